"""Events as iCalendar (RFC 5545): one event, or a feed a calendar app subscribes to.

Each event keeps its time zone (DTSTART;TZID=… with the matching VTIMEZONE), a UID that never
changes (its translation key and language: the Russian and English pages are separate entries),
a SEQUENCE raised by publications that change what a calendar shows (`EventSequence`), and
STATUS:CANCELLED once cancelled, so that subscribers see the cancellation instead of losing
the entry."""

import icalendar
from django.utils import timezone, translation
from wagtail.models import Site

from ..models import EventPage, EventSequence
from ..models.events import CARD_RELATIONS
from ..models.vocabularies import AttendanceMode, EventStatus

PRODUCT = "-//Consortium CMS//Events//RU"
STATUS = {
    EventStatus.SCHEDULED: "CONFIRMED",
    EventStatus.MOVED_ONLINE: "CONFIRMED",
    EventStatus.POSTPONED: "TENTATIVE",
    EventStatus.CANCELLED: "CANCELLED",
}


def events_for_calendar(events):
    """`events` (a queryset of EventPage) with what their entries show, in one query each."""
    return events.select_related(*CARD_RELATIONS).order_by("starts_at", "pk")


def sequences(events):
    ids = [event.pk for event in events]
    return dict(EventSequence.objects.filter(page_id__in=ids).values_list("page_id", "sequence"))


def calendar(events, name, language, request):
    """The iCalendar text of `events` (of `language`, filtered and ordered) as bytes."""
    events = list(events)
    numbers = sequences(events)
    feed = icalendar.Calendar()
    feed.add("prodid", PRODUCT)
    feed.add("version", "2.0")
    feed.add("calscale", "GREGORIAN")
    feed.add("x-wr-calname", name)
    host = uid_host(request)
    with translation.override(language):
        for event in events:
            feed.add_component(entry(event, numbers.get(event.pk, 0), language, host, request))
    feed.add_missing_timezones()
    return feed.to_ical()


def uid_host(request):
    """The default site's host name: UIDs must not change with the name a feed is fetched by."""
    site = Site.objects.filter(is_default_site=True).first() or Site.find_for_request(request)
    return site.hostname if site else request.get_host().split(":")[0]


def entry(event, sequence, language, host, request):
    component = icalendar.Event()
    component.add("uid", f"event-{event.translation_key}-{language}@{host}")
    # A page made live by code or an import has no publication dates; DTSTAMP is required.
    stamp = event.last_published_at or event.first_published_at or event.latest_revision_created_at
    component.add("dtstamp", stamp or timezone.now())
    if event.last_published_at:
        component.add("last-modified", event.last_published_at)
    component.add("sequence", sequence)
    component.add("dtstart", event.starts_at.astimezone(event.zone))
    if event.ends_at:
        component.add("dtend", event.ends_at.astimezone(event.zone))
    component.add("summary", event.title)
    url = event.get_full_url(request)
    component.add("url", url)
    component.add("description", "\n\n".join(filter(None, [event.summary, url])))
    component.add("status", STATUS.get(event.status, "CONFIRMED"))
    component.add("categories", [str(event.get_event_type_display())])
    if location := location_of(event):
        component.add("location", location)
    venue = event.venue
    if venue and venue.latitude is not None and venue.longitude is not None:
        component.add("geo", (float(venue.latitude), float(venue.longitude)))
    return component


def location_of(event):
    """The venue (name, address, city) unless the event happens only online; its link then."""
    online_only = event.attendance_mode == AttendanceMode.ONLINE or (
        event.status == EventStatus.MOVED_ONLINE
    )
    if event.venue and not online_only:
        venue = event.venue
        return ", ".join(filter(None, [venue.name, venue.address, venue.city.name]))
    return event.online_url or ""


def published_events(language):
    """Live, public events of `language`."""
    return EventPage.objects.live().public().filter(locale__language_code=language)
