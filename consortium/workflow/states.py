"""Plone-style moderation states of a page, from Wagtail's publishing and workflow data: for one
page (`moderation_state`) and as a queryset filter (`pages_in_state`); the two agree."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import CharField, Exists, OuterRef
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Revision, WorkflowState

from ..models import MemberApprovalTask


class ModerationState(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PENDING_MEMBER = "pending_member", _("Pending member review")
    PENDING_CONSORTIUM = "pending_consortium", _("Pending consortium review")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    SCHEDULED = "scheduled", _("Scheduled")
    PUBLISHED = "published", _("Published")
    EXPIRED = "expired", _("Expired")
    UNPUBLISHED = "unpublished", _("Unpublished")


def is_member_step(task):
    # By content type, so a listing with prefetched workflow states needs no query per row.
    return task.content_type_id == ContentType.objects.get_for_model(MemberApprovalTask).id


def moderation_state(page):
    """The state an editor would name: moderation first (it is what waits for someone), then
    the page's own publishing state."""
    workflow_state = page.current_workflow_state
    if workflow_state is not None:
        if workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            return ModerationState.CHANGES_REQUESTED
        task_state = workflow_state.current_task_state
        if task_state is not None and is_member_step(task_state.task):
            return ModerationState.PENDING_MEMBER
        return ModerationState.PENDING_CONSORTIUM
    if page.expired:
        return ModerationState.EXPIRED
    if page.live:
        return ModerationState.PUBLISHED
    if page.approved_schedule:
        return ModerationState.SCHEDULED
    if page.first_published_at:
        return ModerationState.UNPUBLISHED
    return ModerationState.DRAFT


def _of_each_page(model):
    """Rows of a generic-keyed `model` (workflow states, revisions) belonging to the outer page."""
    return model.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id=Cast(OuterRef("pk"), output_field=CharField()),
    )


def pages_in_state(pages, state):
    """`pages` narrowed to those whose `moderation_state` is `state`."""
    state = ModerationState(state)
    workflows = _of_each_page(WorkflowState)
    pending = workflows.filter(status=WorkflowState.STATUS_IN_PROGRESS)
    member_step = {
        "current_task_state__task__content_type": ContentType.objects.get_for_model(
            MemberApprovalTask
        )
    }
    if state == ModerationState.CHANGES_REQUESTED:
        return pages.filter(Exists(workflows.filter(status=WorkflowState.STATUS_NEEDS_CHANGES)))
    if state == ModerationState.PENDING_MEMBER:
        return pages.filter(Exists(pending.filter(**member_step)))
    if state == ModerationState.PENDING_CONSORTIUM:
        return pages.filter(Exists(pending.exclude(**member_step)))
    outside_moderation = pages.exclude(Exists(workflows.active()))
    if state == ModerationState.EXPIRED:
        return outside_moderation.filter(expired=True)
    if state == ModerationState.PUBLISHED:
        return outside_moderation.filter(live=True, expired=False)
    scheduled = Exists(_of_each_page(Revision).filter(approved_go_live_at__isnull=False))
    offline = outside_moderation.filter(live=False, expired=False)
    if state == ModerationState.SCHEDULED:
        return offline.filter(scheduled)
    never_published = state == ModerationState.DRAFT
    return offline.exclude(scheduled).filter(first_published_at__isnull=never_published)
