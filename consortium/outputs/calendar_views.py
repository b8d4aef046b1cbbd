"""iCalendar downloads and subscription feeds, in the language of the URL:
`calendar.ics` (the consortium, optionally `?focus=<slug>` and/or `?region=<slug>`, each
repeatable), `calendar/members/<id>.ics` (one member's events) and `calendar/events/<id>.ics`
(one event). Feeds hold what is still to come and the last FEED_HISTORY of what is over."""

import datetime

from django import forms
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from ..models import Focus, InstitutionPage, Region
from .ical import calendar, events_for_calendar, published_events

FEED_HISTORY = datetime.timedelta(days=365)
CONTENT_TYPE = "text/calendar; charset=utf-8"


class FeedFilters(forms.Form):
    focus = forms.ModelMultipleChoiceField(
        Focus.objects.all(), to_field_name="slug", required=False
    )
    region = forms.ModelMultipleChoiceField(
        Region.objects.all(), to_field_name="slug", required=False
    )


def ics_response(body, filename, attachment=False):
    response = HttpResponse(body, content_type=CONTENT_TYPE)
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response


def recent_and_upcoming(events):
    return events.exclude(starts_at__lt=timezone.now() - FEED_HISTORY)


@require_GET
def consortium_feed(request):
    filters = FeedFilters(request.GET)
    if not filters.is_valid():
        problems = "; ".join(
            f"{field}: {' '.join(errors)}" for field, errors in filters.errors.items()
        )
        return HttpResponseBadRequest(problems, content_type="text/plain; charset=utf-8")
    language = translation.get_language()
    events = recent_and_upcoming(published_events(language))
    names = [_("Consortium events")]
    if focus := filters.cleaned_data["focus"]:
        events = events.filter(focus__in=focus)
        names += [term.name for term in focus]
    if region := filters.cleaned_data["region"]:
        events = events.filter(member__region__in=region)
        names += [term.name for term in region]
    body = calendar(events_for_calendar(events), " · ".join(names), language, request)
    return ics_response(body, "consortium.ics")


@require_GET
def member_feed(request, member_id):
    language = translation.get_language()
    member = get_object_or_404(
        InstitutionPage.objects.live().public().filter(locale__language_code=language),
        pk=member_id,
    )
    events = recent_and_upcoming(published_events(language).filter(member=member))
    body = calendar(events_for_calendar(events), member.title, language, request)
    return ics_response(body, f"{member.slug}.ics")


@require_GET
def event_file(request, event_id):
    language = translation.get_language()
    events = events_for_calendar(published_events(language).filter(pk=event_id))
    event = events.first()
    if event is None:
        raise Http404
    body = calendar([event], event.title, language, request)
    return ics_response(body, f"{event.slug}.ics", attachment=True)
