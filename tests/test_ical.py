"""iCalendar (RFC 5545) outputs, parsed with the `icalendar` package: one event, the consortium's
and a member's subscription feeds, filters; time zones, stable UIDs, SEQUENCE and cancellation."""

import datetime
import zoneinfo

import icalendar
from django.test import TestCase
from django.utils import timezone

from consortium.models import EventIndexPage
from consortium.models.vocabularies import EventStatus

from . import factories as f
from .search_setup import build_search_world, publish_event

REQUIRED = ("UID", "DTSTAMP", "DTSTART", "SUMMARY", "URL", "STATUS", "SEQUENCE")


class CalendarTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_search_world()

    def calendar(self, url, **params):
        response = self.client.get(url, params)
        self.assertEqual(response.status_code, 200, response.content[:200])
        self.assertEqual(response["Content-Type"], "text/calendar; charset=utf-8")
        return icalendar.Calendar.from_ical(response.content)

    def entries(self, url, **params):
        return {str(e["SUMMARY"]): e for e in self.calendar(url, **params).walk("VEVENT")}


class EventFileTests(CalendarTestCase):
    def test_an_event_downloads_with_its_time_zone_and_every_required_property(self):
        kamchatka = zoneinfo.ZoneInfo("Asia/Kamchatka")
        starts = datetime.datetime(2027, 2, 8, 18, 30, tzinfo=kamchatka)
        event = publish_event(
            self.world.a, "Лекция на Камчатке", starts, time_zone="Asia/Kamchatka"
        )
        response = self.client.get(f"/ru/calendar/events/{event.pk}.ics")
        self.assertIn("attachment", response["Content-Disposition"])
        calendar = icalendar.Calendar.from_ical(response.content)
        self.assertEqual(str(calendar["VERSION"]), "2.0")
        [entry] = calendar.walk("VEVENT")
        for name in REQUIRED:
            self.assertIn(name, entry, name)
        self.assertIn("TZID=Asia/Kamchatka:20270208T183000", entry.to_ical().decode())
        self.assertEqual(entry.decoded("DTSTART"), starts)
        self.assertEqual(entry.decoded("DTSTART").utcoffset(), datetime.timedelta(hours=12))
        zones = [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")]
        self.assertEqual(zones, ["Asia/Kamchatka"])
        self.assertTrue(str(entry["URL"]).endswith(event.url))
        self.assertIn(event.venue.name, str(entry["LOCATION"]))
        self.assertEqual(str(entry["STATUS"]), "CONFIRMED")

    def test_an_event_made_live_without_a_publication_still_has_a_dtstamp(self):
        index = EventIndexPage.objects.child_of(self.world.a.page).get()
        imported = f.EventPageFactory(parent=index, title="Импортированная лекция")
        self.assertIsNone(imported.last_published_at)
        [entry] = self.calendar(f"/ru/calendar/events/{imported.pk}.ics").walk("VEVENT")
        self.assertIn("DTSTAMP", entry)

    def test_event_pages_link_their_file_and_event_listings_their_feed(self):
        lecture = self.world.pages.space_lectures
        self.assertContains(
            self.client.get(lecture.url), f'href="/ru/calendar/events/{lecture.pk}.ics"'
        )
        listing = lecture.get_parent()
        self.assertContains(
            self.client.get(listing.url), f'href="/ru/calendar/members/{self.world.b.page.pk}.ics"'
        )

    def test_drafts_private_and_other_languages_are_not_found(self):
        draft = f.EventPageFactory(
            parent=EventIndexPage.objects.child_of(self.world.a.page).get(), live=False
        )
        self.assertEqual(self.client.get(f"/ru/calendar/events/{draft.pk}.ics").status_code, 404)
        lecture = self.world.pages.space_lectures
        self.assertEqual(self.client.get(f"/en/calendar/events/{lecture.pk}.ics").status_code, 404)


class VersionTests(CalendarTestCase):
    def test_uid_stays_and_sequence_rises_only_when_what_a_calendar_shows_changes(self):
        event = publish_event(
            self.world.a, "Лекция о роботах", timezone.now() + datetime.timedelta(days=9)
        )
        url = f"/ru/calendar/events/{event.pk}.ics"

        def entry():
            [found] = self.calendar(url).walk("VEVENT")
            return found

        first = entry()
        self.assertEqual(int(first["SEQUENCE"]), 0)
        event.save_revision().publish()  # published again, nothing shown changed
        self.assertEqual(int(entry()["SEQUENCE"]), 0)
        event.starts_at += datetime.timedelta(hours=1)
        event.ends_at += datetime.timedelta(hours=1)
        event.save_revision().publish()
        moved = entry()
        self.assertEqual(int(moved["SEQUENCE"]), 1)
        self.assertEqual(str(moved["UID"]), str(first["UID"]))
        event.status = EventStatus.CANCELLED
        event.save_revision().publish()
        cancelled = entry()
        self.assertEqual(str(cancelled["STATUS"]), "CANCELLED")
        self.assertEqual(int(cancelled["SEQUENCE"]), 2)


class FeedTests(CalendarTestCase):
    def test_the_consortium_feed_holds_every_public_event_of_its_language(self):
        entries = self.entries("/ru/calendar.ics")
        self.assertIn("Лекции о космосе", entries)
        self.assertIn("Лекция о Луне", entries)  # over a month ago: still in the feed
        self.assertEqual(self.entries("/en/calendar.ics"), {})  # no English events yet
        uids = [str(entry["UID"]) for entry in entries.values()]
        self.assertEqual(len(uids), len(set(uids)))

    def test_a_member_feed_holds_only_its_events(self):
        publish_event(self.world.a, "Лекция Севера", timezone.now() + datetime.timedelta(days=2))
        north = self.entries(f"/ru/calendar/members/{self.world.a.page.pk}.ics")
        self.assertEqual(list(north), ["Лекция Севера"])
        south = self.entries(f"/ru/calendar/members/{self.world.b.page.pk}.ics")
        self.assertEqual(set(south), {"Лекции о космосе", "Лекция о Луне"})

    def test_feeds_filter_by_focus_and_region(self):
        soon = timezone.now() + datetime.timedelta(days=4)
        space = self.world.space
        publish_event(self.world.a, "Космос на Севере", soon, focus=space.focus, profile=space)
        by_focus = self.entries("/ru/calendar.ics", focus=space.focus.slug)
        self.assertEqual(list(by_focus), ["Космос на Севере"])
        by_region = self.entries("/ru/calendar.ics", region=self.world.south.region.slug)
        self.assertEqual(set(by_region), {"Лекции о космосе", "Лекция о Луне"})

    def test_an_unknown_filter_is_a_400_naming_it(self):
        response = self.client.get("/ru/calendar.ics", {"region": "atlantis"})
        self.assertEqual(response.status_code, 400)
        self.assertIn("region", response.content.decode())

    def test_a_member_that_is_not_public_has_no_feed(self):
        self.assertEqual(self.client.get("/ru/calendar/members/999999.ics").status_code, 404)
