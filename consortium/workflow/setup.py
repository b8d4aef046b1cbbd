"""The consortium's moderation policies (Plone's placeful workflow policies): three workflows
built from two tasks, assigned per subtree; the nearest assignment above a page wins."""

from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowPage, WorkflowTask

from ..models import MemberApprovalTask
from ..sharing.roles import MODERATORS_GROUP

MEMBER_APPROVAL = "Member approval"
CONSORTIUM_MODERATION = "Consortium moderation"
TWO_STEPS = "Two-step moderation"
CONSORTIUM_ONLY = "Consortium moderation only"
MEMBER_ONLY = "Member approval only"
POLICIES = {
    TWO_STEPS: [MEMBER_APPROVAL, CONSORTIUM_MODERATION],
    CONSORTIUM_ONLY: [CONSORTIUM_MODERATION],
    MEMBER_ONLY: [MEMBER_APPROVAL],
}
DEFAULT_MEMBER_POLICY = TWO_STEPS
ROOT_POLICY = CONSORTIUM_ONLY  # consortium-level pages have no member to approve them


@transaction.atomic
def ensure_workflows():
    member_task = MemberApprovalTask.objects.filter(name=MEMBER_APPROVAL).first()
    if member_task is None:
        member_task = MemberApprovalTask.objects.create(name=MEMBER_APPROVAL)
    moderation = GroupApprovalTask.objects.filter(name=CONSORTIUM_MODERATION).first()
    if moderation is None:
        moderation = GroupApprovalTask.objects.create(name=CONSORTIUM_MODERATION)
        moderation.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    tasks = {MEMBER_APPROVAL: member_task, CONSORTIUM_MODERATION: moderation}
    workflows = {}
    for name, steps in POLICIES.items():
        workflow, created = Workflow.objects.get_or_create(name=name)
        if created:
            for order, step in enumerate(steps):
                WorkflowTask.objects.create(workflow=workflow, task=tasks[step], sort_order=order)
        workflows[name] = workflow
    WorkflowPage.objects.update_or_create(
        page=Page.get_first_root_node(), defaults={"workflow": workflows[ROOT_POLICY]}
    )
    return workflows


def assign_policy(page, name):
    """Give `page` and its translations (the whole subtree in every language) a policy."""
    workflow = Workflow.objects.get(name=name, active=True)
    for translation in page.get_translations(inclusive=True):
        WorkflowPage.objects.update_or_create(page=translation, defaults={"workflow": workflow})


def inherit_policy(page):
    """Remove the policy set on `page` (in every language): it follows the page above again."""
    WorkflowPage.objects.filter(page__in=page.get_translations(inclusive=True)).delete()


def policy_source(page):
    """The page whose assignment decides `page`'s policy (itself or the nearest above)."""
    assigned = WorkflowPage.objects.filter(
        page__in=page.get_ancestors(inclusive=True), workflow__active=True
    )
    return assigned.select_related("page", "workflow").order_by("-page__depth").first()
