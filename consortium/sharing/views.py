"""The Sharing screen of a page (Plone's Sharing tab)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.admin.auth import require_admin_access
from wagtail.models import Page
from wagtail.permissions import policy_registry

from . import operations
from .forms import PrincipalSearchForm, SharingChangeForm
from .grants import effective_assignments, is_blocked
from .roles import ROLE_DESCRIPTIONS, Role


def sharing(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    grantable = operations.grantable_roles(request.user, page)
    if not grantable:
        raise PermissionDenied
    if request.method == "POST":
        return change(request, page)
    search = PrincipalSearchForm(request.GET)
    users, groups = search.results()
    return TemplateResponse(
        request,
        "consortium/admin/sharing.html",
        {
            "page": page,
            "assignments": effective_assignments(page),
            "blocked": is_blocked(page),
            "grantable": [
                (role, role.label, ROLE_DESCRIPTIONS[role]) for role in Role if role in grantable
            ],
            "principal_search": search,
            "found_users": users,
            "found_groups": groups,
        },
    )


def change(request, page):
    form = SharingChangeForm(request.POST)
    if not form.is_valid():
        for error in form.errors.get("__all__", []) or [_("The request was not understood.")]:
            messages.error(request, error)
        return redirect("consortium_sharing", page.pk)
    action = form.cleaned_data["action"]
    if action == "grant":
        operations.grant_role(page, form.principal, form.cleaned_data["role"], by=request.user)
        messages.success(request, _("Role granted."))
    elif action == "revoke":
        operations.revoke_role(page, form.principal, form.cleaned_data["role"], by=request.user)
        messages.success(request, _("Role revoked."))
    elif action == "block":
        operations.block_inheritance(page, by=request.user)
        messages.success(request, _("This page no longer inherits roles from above."))
    else:
        operations.restore_inheritance(page, by=request.user)
        messages.success(request, _("This page inherits roles from above again."))
    return redirect("consortium_sharing", page.pk)


def guard_explorer(explorer_view):
    """Wagtail lets anyone browse any page below their "explorable root", which for staff of
    one member with pages in two language trees is the tree root. Refuse listing a page the
    user has no role on or under, before Wagtail's explorer runs."""

    def guarded(request, parent_page_id):
        explorable = policy_registry.get_by_type(Page).explorable_instances(request.user)
        if not explorable.filter(pk=parent_page_id).exists():
            raise PermissionDenied
        return explorer_view(request, parent_page_id=parent_page_id)

    return require_admin_access(guarded)
