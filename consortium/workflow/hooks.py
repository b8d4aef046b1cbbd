"""Admin hooks of moderated publishing (imported by consortium/wagtail_hooks.py)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.sidebar import LinkMenuItem as LinkMenuItemComponent

from ..sharing.operations import is_consortium_admin
from .log import can_read_log
from .queue import reviewable_states


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
