"""Two moderators deciding the same item at the same moment: Wagtail does not serialise them.
The workflow action URL is served through this guard, which locks the task state for the whole
decision; whoever comes second finds it decided and is told so, instead of a double
transition or a 500. The edit page's action buttons read the task state once, for the same
reason. Two editors saving the same page both keep their revisions (Wagtail's own behaviour);
the second is told that someone saved in between."""

from datetime import datetime

from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.action_menu import WorkflowMenuItem
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


class PinnedWorkflowMenuItem(WorkflowMenuItem):
    """A workflow action button whose task state was read once, with the others'. Wagtail reads
    the page's current task state again for each button; if the workflow moves on in between,
    the button's URL has no task state and the edit page is a 500."""

    def __init__(self, item, task_state):
        super().__init__(item.name, item.label, item.launch_modal, icon_name=item.icon_name)
        self.order = item.order
        self.task_state = task_state

    def get_context_data(self, parent_context):
        context = super(WorkflowMenuItem, self).get_context_data(parent_context)
        context["launch_modal"] = self.launch_modal
        context["current_task_state"] = self.task_state
        return context


@hooks.register("construct_page_action_menu")
def pin_workflow_task_state(menu_items, request, context):
    page = context.get("page")
    if page is None or not page.pk:
        return
    task_state = page.current_workflow_task_state
    for index, item in reversed(list(enumerate(menu_items))):
        if type(item) is WorkflowMenuItem:
            if task_state is None:
                # The workflow ended since the buttons were chosen: no decision is left to take.
                del menu_items[index]
            else:
                menu_items[index] = PinnedWorkflowMenuItem(item, task_state)


def saved_by_others_since_loaded(request, page):
    """The revisions other people saved after this editor loaded the form (their own autosaves
    do not count)."""
    loaded_at = request.POST.get("loaded_revision_created_at", "")
    try:
        loaded_at = datetime.fromisoformat(loaded_at)
    except ValueError:
        return page.revisions.none()  # a form without the field: nothing to compare against
    return page.revisions.filter(created_at__gt=loaded_at).exclude(user=request.user)


@hooks.register("after_edit_page")
def warn_of_a_concurrent_save(request, page):
    others = saved_by_others_since_loaded(request, page).select_related("user")
    latest = others.order_by("-created_at").first()
    if latest is None:
        return
    messages.warning(
        request,
        _(
            "%(name)s saved this page while you were editing it. Both versions are kept: "
            "compare them in the page history before publishing."
        )
        % {"name": latest.user.get_full_name() or latest.user.get_username()},
        buttons=[
            messages.button(
                reverse("wagtailadmin_pages:history", args=[page.pk]), _("Page history")
            )
        ],
    )
