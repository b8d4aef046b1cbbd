"""Admin and serving hooks of local roles (imported by consortium/wagtail_hooks.py): the Sharing
button, onboarding menu item, audit log actions, private pages, the page chooser, the
dashboard panel."""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.models import Page, PageViewRestriction
from wagtail.permissions import policy_registry

from . import operations
from .grants import cached_grants
from .roles import MODERATORS_GROUP
from .visibility import private_page_visible_to


class SharingMenuItem(PageMenuItem):
    label = _("Sharing")
    icon_name = "group"
    url_name = "consortium_sharing"
    priority = 80

    def is_shown(self, user):
        return self.page.depth > 1 and operations.can_manage_sharing(user, self.page)


@hooks.register("register_page_header_buttons")
def sharing_header_button(page, user, view_name, next_url=None):
    yield SharingMenuItem(page=page)


@hooks.register("register_page_listing_more_buttons")
def sharing_listing_button(page, user, next_url=None):
    yield SharingMenuItem(page=page)


@hooks.register("before_move_page")
def refuse_moves_the_user_may_not_make(request, page, destination):
    # Wagtail checks the right to move only when the move is confirmed; the confirmation
    # screen itself would show anyone the page's latest (draft) title.
    if not page.permissions_for_user(request.user).can_move_to(destination):
        raise PermissionDenied


@hooks.register("register_log_actions")
def register_sharing_log_actions(actions):
    actions.register_action("consortium.grant_role", _("Grant role"), _("Granted a role"))
    actions.register_action("consortium.revoke_role", _("Revoke role"), _("Revoked a role"))
    actions.register_action(
        "consortium.block_inheritance",
        _("Block role inheritance"),
        _("Stopped inheriting roles from above"),
    )
    actions.register_action(
        "consortium.restore_inheritance",
        _("Restore role inheritance"),
        _("Inherits roles from above again"),
    )


@hooks.register("on_serve_page", order=-10)
def private_pages_for_role_holders(callback):
    """Private pages are for people with a local role there (Readers and up) and the
    consortium's moderators and admins; a signed-in visitor without one is refused. Anonymous
    visitors and password-protected pages keep Wagtail's own handling."""

    def inner(page, request, serve_args, serve_kwargs):
        restrictions = page.get_view_restrictions()
        user = request.user
        if not restrictions or not user.is_authenticated:
            return callback(page, request, serve_args, serve_kwargs)
        if private_page_visible_to(user, page):
            response = page.serve(request, *serve_args, **serve_kwargs)
            add_never_cache_headers(response)
            return response
        if all(r.restriction_type == PageViewRestriction.PASSWORD for r in restrictions):
            return callback(page, request, serve_args, serve_kwargs)
        raise PermissionDenied

    return inner


@hooks.register("construct_page_chooser_queryset")
def page_chooser_without_other_members_drafts(pages, request):
    """Linking to any public page of the consortium is fine; seeing another member's drafts
    (or private pages) in the chooser is not. Staff get live public pages plus their own."""
    user = request.user
    if operations.is_consortium_admin(user) or user.groups.filter(name=MODERATORS_GROUP).exists():
        return pages
    own = policy_registry.get_by_type(Page).instances_user_has_any_permission_for(
        user, {"add", "change"}
    )
    return pages.filter(
        Q(pk__in=own.values("pk"))
        | Q(pk__in=Page.objects.live().public().values("pk"))
        | Q(depth=1)
    )


class MyPagesPanel(Component):
    """Dashboard panel: the pages the user holds local roles on, one click from the admin home
    (the explorer starts at the tree root, which holds both languages)."""

    name = "consortium_my_pages"
    template_name = "consortium/admin/my_pages_panel.html"
    order = 50

    def __init__(self, grants):
        self.grants = grants

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["grants"] = sorted(self.grants, key=lambda g: (g.page.locale_id, g.page.path))
        return context


@hooks.register("construct_homepage_panels")
def add_my_pages_panel(request, panels):
    grants = cached_grants(request.user)
    if grants:
        panels.append(MyPagesPanel(grants))


class AddMemberMenuItem(MenuItem):
    def is_shown(self, request):
        return operations.is_consortium_admin(request.user)


@hooks.register("register_admin_menu_item")
def register_add_member_menu_item():
    return AddMemberMenuItem(
        _("Add a member"), reverse("consortium_add_member"), icon_name="group", order=290
    )
