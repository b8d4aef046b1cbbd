"""E-mail for the member approval step. Wagtail's own notifiers cover the rest: the
moderators hear of items that reach their step (group task submission), authors hear of
changes requested and of publication. All respect each user's language and opt-outs."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.admin.mail import BaseGroupApprovalTaskStateEmailNotifier
from wagtail.models import TaskState
from wagtail.signals import task_submitted

from ..models import MemberApprovalTask
from ..models.workflow import REVIEW_ROLES
from ..sharing.grants import effective_assignments


class MemberApprovalSubmissionNotifier(BaseGroupApprovalTaskStateEmailNotifier):
    notification = "submitted"

    def can_handle(self, instance, **kwargs):
        return isinstance(instance, TaskState) and isinstance(
            instance.task.specific, MemberApprovalTask
        )

    def get_recipient_users(self, task_state, **kwargs):
        """The Reviewers (and Member admins) of the member that owns the page, only."""
        page = task_state.workflow_state.content_object
        user_ids, group_ids = set(), set()
        for assignment in effective_assignments(page):
            if assignment.role.value not in REVIEW_ROLES:
                continue
            if isinstance(assignment.principal, get_user_model()):
                user_ids.add(assignment.principal.pk)
            else:
                group_ids.add(assignment.principal.pk)
        recipients = (
            get_user_model()
            .objects.filter(Q(pk__in=user_ids) | Q(groups__in=group_ids), is_active=True)
            .distinct()
        )
        triggering_user = kwargs.get("user")
        if triggering_user is not None:
            recipients = recipients.exclude(pk=triggering_user.pk)
        return recipients


member_approval_submission_notifier = MemberApprovalSubmissionNotifier()


def connect():
    task_submitted.connect(
        member_approval_submission_notifier,
        sender=TaskState,
        dispatch_uid="consortium_member_approval_submitted",
    )
