"""Plone-style moderation states of a page, from Wagtail's publishing and workflow data."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import WorkflowState

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


def moderation_state(page):
    """The state an editor would name: moderation first (it is what waits for someone), then
    the page's own publishing state."""
    workflow_state = page.current_workflow_state
    if workflow_state is not None:
        if workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            return ModerationState.CHANGES_REQUESTED
        task = workflow_state.current_task_state and workflow_state.current_task_state.task
        if task is not None and isinstance(task.specific, MemberApprovalTask):
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
