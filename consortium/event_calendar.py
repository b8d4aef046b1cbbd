"""The events calendar's views and filters: a list (upcoming or past, paginated) or a month
grid, filtered by member, focus, region and online attendance. Every parameter is checked by
one form before it reaches the ORM; a bad one is reported and answered with a 400."""

import calendar
import datetime

from django import forms
from django.db.models import CharField, Q, Value
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.dates import WEEKDAYS, WEEKDAYS_ABBR
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .models.taxonomy import Focus, Region, pick_language
from .models.vocabularies import AttendanceMode, EventStatus

MONTH_FORMAT = "%Y-%m"
MONTH_EVENTS_LIMIT = 1_000  # a month grid is not paginated; this bounds a very busy month


class View:
    LIST, MONTH = "list", "month"
    CHOICES = [(LIST, _("List")), (MONTH, _("Month"))]


class When:
    UPCOMING, PAST = "upcoming", "past"
    CHOICES = [(UPCOMING, _("Upcoming")), (PAST, _("Past"))]


def filter_choices(locale_id, with_members):
    """Members (live, public, in this language), focuses and regions for the filter selects,
    read in one statement. Focuses and regions are chosen by slug, as in the iCal feeds."""
    from .models.members import InstitutionPage

    def term_rows(kind, model, order):
        return model.objects.order_by().values_list(
            Value(kind, output_field=CharField()), "slug", "name_ru", "name_en", order
        )

    rows = term_rows("focus", Focus, "sort_order").union(
        term_rows("region", Region, "pk"), all=True
    )
    if with_members:
        members = (
            InstitutionPage.objects.live()
            .public()
            .filter(locale_id=locale_id)
            .order_by()
            .values_list(
                Value("member", output_field=CharField()),
                Cast("pk", CharField()),
                "title",
                "title",
                "pk",
            )
        )
        rows = rows.union(members, all=True)
    choices = {"focus": [], "region": [], "member": []}
    for kind, key, name_ru, name_en, order in rows:
        choices[kind].append((order, str(key), pick_language(name_ru, name_en)))
    return {
        kind: [("", pgettext_lazy("a filter left open", "Any"))]
        + [(key, label) for _order, key, label in sorted(items, key=_sort_key(kind))]
        for kind, items in choices.items()
    }


def _sort_key(kind):
    # Focuses keep their official order; places and members read alphabetically.
    return (lambda item: item[0]) if kind == "focus" else (lambda item: item[2])


class EventFilters(forms.Form):
    view = forms.ChoiceField(label=_("Show as"), choices=View.CHOICES, required=False)
    when = forms.ChoiceField(label=_("Which events"), choices=When.CHOICES, required=False)
    month = forms.CharField(label=_("Month"), required=False, max_length=7)
    member = forms.ChoiceField(label=_("Institution"), required=False)
    focus = forms.ChoiceField(label=_("Direction"), required=False)
    region = forms.ChoiceField(label=_("Region"), required=False)
    online = forms.BooleanField(label=_("Online only"), required=False)

    def __init__(self, data, *, locale_id, with_members):
        super().__init__(data)
        for name, choices in filter_choices(locale_id, with_members).items():
            if name in self.fields:
                self.fields[name].choices = choices
        if not with_members:
            del self.fields["member"]

    def clean_month(self):
        text = self.cleaned_data["month"]
        if not text:
            return timezone.localdate().replace(day=1)
        try:
            return datetime.datetime.strptime(text, MONTH_FORMAT).date()
        except ValueError:
            raise forms.ValidationError(
                _("Give the month as YYYY-MM, e.g. 2026-09."), code="invalid"
            ) from None

    @property
    def values(self):
        """The cleaned values, or the defaults when the form is invalid (the page then shows
        the errors and lists everything)."""
        data = self.cleaned_data if self.is_bound and self.is_valid() else {}
        return {
            "view": data.get("view") or View.LIST,
            "when": data.get("when") or When.UPCOMING,
            "month": data.get("month") or timezone.localdate().replace(day=1),
            "member": data.get("member"),
            "focus": data.get("focus"),
            "region": data.get("region"),
            "online": data.get("online", False),
        }

    def apply(self, events):
        values = self.values
        if values["member"]:
            events = events.filter(member_id=int(values["member"]))
        if values["focus"]:
            events = events.filter(focus__slug=values["focus"])
        if values["region"]:
            events = events.filter(member__region__slug=values["region"])
        if values["online"]:
            events = events.filter(
                Q(attendance_mode__in=[AttendanceMode.ONLINE, AttendanceMode.MIXED])
                | Q(status=EventStatus.MOVED_ONLINE)
            )
        return events


def month_weeks(events, month):
    """The month as weeks (Monday first) of (day, [events]) pairs; days of the neighbouring
    months are None. Each event is placed on the days it covers in its own time zone."""
    first = month
    last = month.replace(day=calendar.monthrange(month.year, month.month)[1])
    by_day = {}
    for event in events:
        start = timezone.localtime(event.starts_at, event.zone).date()
        end = timezone.localtime(event.ends_at or event.starts_at, event.zone).date()
        day = max(start, first)
        while day <= min(end, last):
            by_day.setdefault(day, []).append(event)
            day += datetime.timedelta(days=1)
    weeks = calendar.Calendar(firstweekday=calendar.MONDAY).monthdatescalendar(
        month.year, month.month
    )
    return [
        [(day, by_day.get(day, [])) if day.month == month.month else (None, []) for day in week]
        for week in weeks
    ]


def in_month(events, month):
    """Events that touch the month anywhere in Russia (a day's margin either side covers every
    time zone from Kaliningrad to Kamchatka)."""
    start = datetime.datetime.combine(month, datetime.time.min, tzinfo=datetime.UTC)
    next_month = (month + datetime.timedelta(days=32)).replace(day=1)
    end = datetime.datetime.combine(next_month, datetime.time.min, tzinfo=datetime.UTC)
    margin = datetime.timedelta(days=1)
    return (
        events.filter(starts_at__lt=end + margin)
        .filter(
            Q(ends_at__gte=start - margin) | Q(ends_at__isnull=True, starts_at__gte=start - margin)
        )
        .order_by("starts_at")[:MONTH_EVENTS_LIMIT]
    )


def weekday_names():
    """(name, abbreviation) of each weekday, Monday first, in the active language."""
    return [(WEEKDAYS[day], WEEKDAYS_ABBR[day]) for day in range(7)]


def neighbour_months(month):
    previous = (month - datetime.timedelta(days=1)).replace(day=1)
    following = (month + datetime.timedelta(days=32)).replace(day=1)
    return previous.strftime(MONTH_FORMAT), following.strftime(MONTH_FORMAT)
