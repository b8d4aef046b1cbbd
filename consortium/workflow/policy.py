"""The moderation policy screen of a page (Plone's workflow policy per folder), for consortium
admins, and the mirroring that makes any assignment, also through Wagtail's Workflows screen,
hold for every language of a page."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Page, WorkflowPage

from ..sharing.operations import is_consortium_admin
from .setup import (
    CONSORTIUM_ONLY,
    MEMBER_ONLY,
    TWO_STEPS,
    assign_policy,
    inherit_policy,
    policy_source,
)

INHERIT = ""
CHOICES = [
    (INHERIT, gettext_lazy("As the page above")),
    (TWO_STEPS, gettext_lazy("Two steps: the member's reviewer, then a consortium moderator")),
    (CONSORTIUM_ONLY, gettext_lazy("Consortium moderation only (no reviewer of its own)")),
    (MEMBER_ONLY, gettext_lazy("Member approval only (a trusted member)")),
]


class PolicyForm(forms.Form):
    policy = forms.ChoiceField(
        label=gettext_lazy("Moderation policy"),
        choices=CHOICES,
        required=False,
    )


def moderation_policy(request, page_id):
    page = get_object_or_404(Page, pk=page_id)
    if not is_consortium_admin(request.user) or page.is_root():
        raise PermissionDenied
    own = WorkflowPage.objects.filter(page=page).select_related("workflow").first()
    form = PolicyForm(
        request.POST or None, initial={"policy": own.workflow.name if own else INHERIT}
    )
    status = 200
    if request.method == "POST":
        if form.is_valid():
            chosen = form.cleaned_data["policy"]
            if chosen == INHERIT:
                inherit_policy(page)
            else:
                assign_policy(page, chosen)
            messages.success(request, _("The moderation policy was saved for every language."))
            return redirect("consortium_moderation_policy", page.pk)
        status = 400
    return TemplateResponse(
        request,
        "consortium/admin/moderation_policy.html",
        {"page": page.specific, "form": form, "source": policy_source(page)},
        status=status,
    )


@receiver(post_save, sender=WorkflowPage)
def mirror_assignment(sender, instance, raw=False, **kwargs):
    if raw:
        return
    for translation in instance.page.get_translations():
        current = WorkflowPage.objects.filter(page=translation).first()
        if current is None or current.workflow_id != instance.workflow_id:
            WorkflowPage.objects.update_or_create(
                page=translation, defaults={"workflow": instance.workflow}
            )


@receiver(post_delete, sender=WorkflowPage)
def mirror_removal(sender, instance, **kwargs):
    # By id: when the page itself is being deleted it is gone already, and so is the need.
    keys = Page.objects.filter(pk=instance.page_id).values("translation_key")
    for assignment in WorkflowPage.objects.filter(page__translation_key__in=keys):
        assignment.delete()
