"""Two moderators deciding the same item at the same moment: Wagtail does not serialise them.
The workflow action URL is served through this guard, which locks the task state for the whole
decision; whoever comes second finds it decided and is told so, instead of a double
transition or a 500."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail.admin.auth import require_admin_access
from wagtail.models import TaskState


def serialise_workflow_action(action_view):
    def guarded(request, page_id, action_name, task_state_id):
        if request.method != "POST":
            return action_view(
                request, page_id=page_id, action_name=action_name, task_state_id=task_state_id
            )
        with transaction.atomic():
            state = TaskState.objects.select_for_update().filter(pk=task_state_id).first()
            if state is None or state.status != TaskState.STATUS_IN_PROGRESS:
                messages.warning(request, _("Someone else has already decided on this item."))
                return redirect("wagtailadmin_pages:edit", page_id)
            return action_view(
                request, page_id=page_id, action_name=action_name, task_state_id=task_state_id
            )

    return require_admin_access(guarded)
