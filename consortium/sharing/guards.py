"""Admin routes where Wagtail shows something of an object before asking whether the user may
act on it: guarded here, wrapped around Wagtail's own views in cms/urls.py."""

from functools import wraps

from django.apps import apps
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from wagtail.models import Page
from wagtail.permissions import policy_registry

# Any of these on an object lets its title be shown back to the user.
SEEING_ACTIONS = ["add", "change", "delete", "choose", "view", "publish", "lock", "unlock"]


def visible_instances(user, model):
    """What of `model` the user may see anything of in the admin."""
    policy = policy_registry.get_by_type(model)
    if issubclass(model, Page):
        return policy.explorable_instances(user)
    return policy.instances_user_has_any_permission_for(user, SEEING_ACTIONS)


def guard_bulk_action(dispatcher):
    """A bulk-action screen names every object it was given that the user may not act on
    ("you don't have permission to…"): given another member's ids (or "all" of a listing), it
    would name that member's drafts and media. Only what the user may see is named."""

    @wraps(dispatcher)
    def guarded(request, app_label, model_name, action):
        try:
            model = apps.get_model(app_label, model_name)
        except LookupError as error:
            raise Http404 from error
        response = dispatcher(request, app_label, model_name, action)
        context = getattr(response, "context_data", None)
        if context and context.get("items_with_no_access"):
            visible = set(visible_instances(request.user, model).values_list("pk", flat=True))
            context["items_with_no_access"] = [
                entry
                for entry in context["items_with_no_access"]
                if getattr(entry, "pk", None) in visible
                or (isinstance(entry, dict) and entry["item"].pk in visible)
            ]
        return response

    return guarded


def require_page_edit(view):
    """For page views Wagtail opens to anyone in the admin (the "publish will cancel the
    workflow" dialog names the page's moderation step): only for those who may edit it."""

    @wraps(view)
    def guarded(request, page_id, **kwargs):
        page = get_object_or_404(Page, pk=page_id)
        if not page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        return view(request, page_id=page_id, **kwargs)

    return guarded
