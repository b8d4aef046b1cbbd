"""The consortium-wide moderation log: every workflow transition and publication, filterable
and exportable as CSV, for moderators and consortium admins."""

import csv

from django import forms
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.models import PageLogEntry

from ..models import InstitutionPage
from ..sharing.operations import is_consortium_admin
from ..sharing.roles import MODERATORS_GROUP

ACTIONS = [
    ("wagtail.workflow.start", _("Submitted")),
    ("wagtail.workflow.approve", _("Approved")),
    ("wagtail.workflow.reject", _("Changes requested")),
    ("wagtail.workflow.resume", _("Resubmitted")),
    ("wagtail.workflow.cancel", _("Cancelled")),
    ("wagtail.publish", _("Published")),
    ("wagtail.unpublish", _("Unpublished")),
]
CSV_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class LogFilterForm(forms.Form):
    member = forms.ModelChoiceField(
        label=_("Member"),
        required=False,
        queryset=InstitutionPage.objects.filter(locale__language_code="ru").order_by("title"),
    )
    action = forms.ChoiceField(
        label=_("Action"), required=False, choices=[("", _("Any action")), *ACTIONS]
    )
    date_from = forms.DateField(label=_("From"), required=False)
    date_to = forms.DateField(label=_("To"), required=False)

    def filter(self, entries):
        data = self.cleaned_data
        if data.get("member"):
            within = Q(pk__in=[])
            for page in data["member"].get_translations(inclusive=True):
                within |= Q(page__path__startswith=page.path)
            entries = entries.filter(within)
        if data.get("action"):
            entries = entries.filter(action=data["action"])
        if data.get("date_from"):
            entries = entries.filter(timestamp__date__gte=data["date_from"])
        if data.get("date_to"):
            entries = entries.filter(timestamp__date__lte=data["date_to"])
        return entries


def can_read_log(user):
    return is_consortium_admin(user) or user.groups.filter(name=MODERATORS_GROUP).exists()


def safe_cell(value):
    """Spreadsheets run cells that start like a formula; quote them (CSV injection)."""
    text = str(value or "")
    return f"'{text}" if text.startswith(CSV_FORMULA_STARTS) else text


def moderation_log(request):
    if not can_read_log(request.user):
        raise PermissionDenied
    form = LogFilterForm(request.GET or None)
    entries = (
        PageLogEntry.objects.filter(action__in=[a for a, _label in ACTIONS])
        .select_related("user", "page", "page__locale")
        .order_by("-timestamp")
    )
    if form.is_bound and not form.is_valid():
        return TemplateResponse(
            request,
            "consortium/admin/moderation_log.html",
            {"form": form, "entries": None},
            status=400,
        )
    if form.is_bound:
        entries = form.filter(entries)
    if request.GET.get("format") == "csv":
        return csv_response(entries)
    page = Paginator(entries, 50).get_page(request.GET.get("p"))
    return TemplateResponse(
        request, "consortium/admin/moderation_log.html", {"form": form, "entries": page}
    )


def csv_response(entries):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="moderation-log.csv"'
    writer = csv.writer(response)
    writer.writerow(["timestamp", "action", "page_id", "page", "language", "user", "comment"])
    for entry in entries.iterator():
        writer.writerow(
            [
                entry.timestamp.isoformat(),
                entry.action,
                entry.page_id,
                safe_cell(entry.label),
                entry.page.locale.language_code if entry.page else "",
                safe_cell(entry.user.get_username() if entry.user else ""),
                safe_cell(entry.comment),
            ]
        )
    return response
