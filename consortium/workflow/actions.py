"""What happens when a workflow is approved at its last step."""

from django.core.exceptions import PermissionDenied


def publish_approved(workflow_state, user=None):
    """Publish the approved revision even though the final approver (a moderator, or a
    member's reviewer under a "member only" policy) holds no publish right of their own: the
    approval is the permission. Refuses anything but a workflow that has really finished."""
    if workflow_state.status != workflow_state.STATUS_APPROVED:
        raise PermissionDenied("Only an approved workflow publishes.")
    revision = workflow_state.content_object.get_latest_revision()
    revision.publish(user=user, skip_permission_checks=True)
