"""Admin hooks of moderated publishing (imported by consortium/wagtail_hooks.py)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.ui.sidebar import LinkMenuItem as LinkMenuItemComponent
from wagtail.admin.widgets import ListingButton
from wagtail_localize import wagtail_hooks as localize_hooks

from ..sharing.operations import is_consortium_admin
from . import concurrency  # noqa: F401 - registers its hooks
from .listing import moderated_page_viewset
from .log import can_read_log
from .queue import reviewable_states
from .translations import can_translate


@hooks.register("register_admin_viewset")
def register_moderated_page_viewset():
    return moderated_page_viewset


class ModerationPolicyMenuItem(PageMenuItem):
    label = _("Moderation policy")
    icon_name = "tasks"
    url_name = "consortium_moderation_policy"
    priority = 81

    def is_shown(self, user):
        return self.page.depth > 1 and is_consortium_admin(user)


@hooks.register("register_page_header_buttons")
def moderation_policy_header_button(page, user, view_name, next_url=None):
    yield ModerationPolicyMenuItem(page=page)


class ReviewQueueMenuItem(MenuItem):
    """ "Awaiting my review (N)", shown to anyone with something to review."""

    def is_shown(self, request):
        return self.count(request) > 0

    def count(self, request):
        if not hasattr(request, "_review_queue_count"):
            request._review_queue_count = reviewable_states(request.user).count()
        return request._review_queue_count

    def render_component(self, request):
        return LinkMenuItemComponent(
            self.name,
            f"{self.label} ({self.count(request)})",
            self.url,
            icon_name=self.icon_name,
            classname=self.classname,
            attrs=self.attrs,
        )


@hooks.register("register_admin_menu_item")
def register_review_queue_menu_item():
    return ReviewQueueMenuItem(
        _("Awaiting my review"), reverse("consortium_review_queue"), icon_name="tasks", order=150
    )


class ModerationLogMenuItem(MenuItem):
    def is_shown(self, request):
        return can_read_log(request.user)


@hooks.register("register_reports_menu_item")
def register_moderation_log_menu_item():
    return ModerationLogMenuItem(
        _("Moderation log"), reverse("consortium_moderation_log"), icon_name="history", order=50
    )


class ModerationStatisticsMenuItem(MenuItem):
    def is_shown(self, request):
        return is_consortium_admin(request.user)


@hooks.register("register_reports_menu_item")
def register_moderation_statistics_menu_item():
    return ModerationStatisticsMenuItem(
        _("Moderation statistics"),
        reverse("consortium_moderation_statistics"),
        icon_name="table",
        order=51,
    )


def translation_buttons(page, user, view_name=None, next_url=None):
    """wagtail-localize's "Translate this page" and "Sync translated pages", offered only where
    the routes accept them (they check only a global permission). In a listing row (no
    `view_name`) only "Translate", decided from the listing's own annotations: wagtail-localize
    would run three queries per row."""
    if not page.permissions_for_user(user).can_edit():
        return []
    translate_url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    if view_name is None:
        if getattr(page, "_has_untranslated_locale", False) and can_translate(user, page):
            return [
                ListingButton(
                    _("Translate this page"),
                    translate_url,
                    priority=60,
                    icon_name="wagtail-localize-language",
                )
            ]
        return []
    buttons = localize_hooks.page_listing_more_buttons(page, user, view_name, next_url)
    return [
        button for button in buttons if button.url != translate_url or can_translate(user, page)
    ]


# Wagtail has no hook to filter header or "more" buttons, so ours takes the place of
# wagtail-localize's registration (importing its hooks module above registered it already).
for hook_name in ("register_page_header_buttons", "register_page_listing_more_buttons"):
    hooks._hooks[hook_name] = [
        (translation_buttons if fn is localize_hooks.page_listing_more_buttons else fn, order)
        for fn, order in hooks._hooks[hook_name]
    ]
