"""Translations go through moderation like any other change.

wagtail-localize checks only its global `submit_translation` permission on several routes and its
translation editor offers nothing but "Publish". Member staff hold that permission (to translate
their own pages), so the routes are guarded here per page, and people who cannot publish get a
"Submit for moderation" action that saves the translated draft and starts the page's workflow.
"""

from functools import wraps

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import Translation, TranslationSource


def can_translate(user, page):
    """Translating creates a page beside the page's counterpart in the other language: it needs
    the rights to edit the page and to add pages. Roles hold for whole subtrees in both
    languages, so the page's own rights answer for its parent's, without a query per row."""
    if not user.has_perm("wagtail_localize.submit_translation") or page.is_root():
        return False
    permissions = page.permissions_for_user(user)
    return permissions.can_edit() and (user.is_superuser or "add" in permissions.permissions)


def guard_submit_translation(view):
    """ "Translate this page" (and "include subtree") only for pages the user may translate."""

    @wraps(view)
    def guarded(request, page_id, **kwargs):
        page = get_object_or_404(Page, id=page_id)
        pages = [page]
        if request.method == "POST" and request.POST.get("include_subtree"):
            pages = page.get_descendants(inclusive=True)
        if not all(can_translate(request.user, each) for each in pages):
            raise PermissionDenied
        return view(request, page_id=page_id, **kwargs)

    return guarded


def guard_update_translations(view):
    """ "Sync translated pages" needs the right to edit the source; its "publish immediately"
    needs the right to publish every translation it would publish."""

    @wraps(view)
    def guarded(request, translation_source_id, **kwargs):
        source = get_object_or_404(TranslationSource, id=translation_source_id)
        instance = source.get_source_instance()
        if isinstance(instance, Page):
            if not instance.permissions_for_user(request.user).can_edit():
                raise PermissionDenied
            if request.method == "POST" and request.POST.get("publish_translations"):
                for translation in source.translations.filter(enabled=True):
                    target = translation.get_target_instance()
                    if not target.permissions_for_user(request.user).can_publish():
                        raise PermissionDenied
        return view(request, translation_source_id=translation_source_id, **kwargs)

    return guarded


def guard_convert_to_alias(view):
    """An alias mirrors its source's live state, so converting a draft translation into one
    publishes it: only for people who may publish the page."""

    @wraps(view)
    def guarded(request, page_id, **kwargs):
        page = get_object_or_404(Page, id=page_id)
        if not page.permissions_for_user(request.user).can_publish():
            raise PermissionDenied
        return view(request, page_id=page_id, **kwargs)

    return guarded


def can_submit_translation(user, page):
    """Whether the translation editor offers "Submit for moderation" to `user`."""
    permissions = page.permissions_for_user(user)
    return permissions.can_edit() and not permissions.can_publish() and bool(page.get_workflow())


@require_POST
def submit_translation_for_moderation(request, translation_id):
    """Save the translated draft of a page and hand it to the page's workflow, as Wagtail's
    editor does for "Submit for moderation" (resume after changes were requested; restart when
    the submitter changes an item already waiting)."""
    translation = get_object_or_404(Translation, id=translation_id, enabled=True)
    page = translation.get_target_instance()
    if not isinstance(page, Page) or not can_submit_translation(request.user, page):
        raise PermissionDenied
    edit_url = redirect("wagtailadmin_pages:edit", page.id)
    workflow_state = page.current_workflow_state
    if (
        workflow_state is not None
        and workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
        and not workflow_state.user_can_cancel(request.user)
    ):
        messages.error(request, _("This translation is already waiting for moderation."))
        return edit_url
    with transaction.atomic():
        try:
            translation.save_target(user=request.user, publish=False)
        except ValidationError as error:
            messages.error(
                request,
                _("The translation cannot be submitted yet: %(errors)s")
                % {"errors": "; ".join(error.messages)},
            )
            return edit_url
        page = translation.get_target_instance()
        if (
            workflow_state is not None
            and workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
        ):
            workflow_state.resume(request.user)
        else:
            if workflow_state is not None:
                workflow_state.cancel(user=request.user)
            page.get_workflow().start(page, request.user)
    messages.success(
        request,
        _("The translation '%(title)s' has been submitted for moderation.")
        % {"title": page.get_admin_display_title()},
    )
    return edit_url
