"""The events calendar: a list or a month grid, filtered by member, focus, region and online
attendance; past events offer their recordings; bad parameters answer 400 with a message; the
public never sees drafts or private events."""

import datetime
import zoneinfo

from django.test import TestCase
from wagtail.models import PageViewRestriction

from consortium.models import EventCalendarPage, EventIndexPage
from consortium.models.vocabularies import AttendanceMode

from . import factories as f
from .search_setup import build_search_world, publish_event

MOSCOW = zoneinfo.ZoneInfo("Europe/Moscow")


def month_of(url, month, **params):
    return {"view": "month", "month": month, **params}


class EventCalendarTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_search_world()
        cls.calendar = EventCalendarPage.objects.get(locale__language_code="ru")
        a, b = cls.world.a, cls.world.b
        march = datetime.datetime(2027, 3, 10, 18, 0, tzinfo=MOSCOW)
        cls.robots = publish_event(
            a, "Мартовская лекция о роботах", march, focus=cls.world.robotics.focus
        )
        cls.rockets = publish_event(b, "Мартовский запуск ракет", march)
        # 01:30 on 20 March in Kamchatka is still 19 March in Moscow and in UTC.
        kamchatka = zoneinfo.ZoneInfo("Asia/Kamchatka")
        cls.far_east = publish_event(
            b,
            "Ночная лекция на Камчатке",
            datetime.datetime(2027, 3, 20, 1, 30, tzinfo=kamchatka),
            time_zone="Asia/Kamchatka",
        )
        cls.online = publish_event(
            a,
            "Онлайн-лекция о нейросетях",
            march + datetime.timedelta(days=2),
            attendance_mode=AttendanceMode.ONLINE,
            online_url="https://example.com/live",
            venue=None,
        )
        cls.over = publish_event(
            a,
            "Прошедшая лекция с записью",
            datetime.datetime(2026, 1, 15, 18, 0, tzinfo=MOSCOW),
            recording_url="https://example.com/recording",
        )
        index = EventIndexPage.objects.child_of(a.page).get()
        f.EventPageFactory(parent=index, title="Мартовский черновик", live=False, starts_at=march)
        secret = f.EventPageFactory(parent=index, title="Мартовская закрытая", starts_at=march)
        PageViewRestriction.objects.create(page=secret, restriction_type="login")

    def get(self, **params):
        return self.client.get(self.calendar.url, params)

    def test_the_month_grid_puts_each_event_on_its_own_local_day(self):
        response = self.get(view="month", month="2027-03")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Март 2027")
        weeks = response.context["weeks"]
        days = {
            day.day: {event.title for event in events}
            for week in weeks
            for day, events in week
            if day
        }
        self.assertIn("Мартовская лекция о роботах", days[10])
        self.assertIn("Мартовский запуск ракет", days[10])
        self.assertIn("Ночная лекция на Камчатке", days[20])
        self.assertNotIn("Ночная лекция на Камчатке", days[19])
        self.assertEqual(len(days), 31)
        self.assertContains(response, "month=2027-02")
        self.assertContains(response, "month=2027-04")

    def test_drafts_and_private_events_never_appear(self):
        for params in ({"view": "month", "month": "2027-03"}, {}):
            response = self.get(**params)
            self.assertNotContains(response, "Мартовский черновик")
            self.assertNotContains(response, "Мартовская закрытая")

    def test_filters_by_member_focus_region_and_online(self):
        a, b = self.world.a, self.world.b
        cases = {
            "member": (str(b.page.pk), {"Мартовский запуск ракет", "Ночная лекция на Камчатке"}),
            "focus": (self.world.robotics.focus.slug, {"Мартовская лекция о роботах"}),
            "region": (
                self.world.north.region.slug,
                {"Мартовская лекция о роботах", "Онлайн-лекция о нейросетях"},
            ),
            "online": ("on", {"Онлайн-лекция о нейросетях"}),
        }
        for name, (value, expected) in cases.items():
            with self.subTest(name):
                response = self.get(view="month", month="2027-03", **{name: value})
                self.assertEqual(response.status_code, 200)
                found = {
                    event.title
                    for week in response.context["weeks"]
                    for _day, events in week
                    for event in events
                }
                self.assertEqual(found, expected)
                listed = self.get(**{name: value})
                titles = {event.title for event in listed.context["items"]}
                self.assertTrue(expected <= titles, titles)
                self.assertFalse(titles & ({"Мартовский запуск ракет"} - expected))
        self.assertContains(self.get(), f'<option value="{a.page.pk}">{a.page.title}</option>')

    def test_past_events_offer_their_recordings(self):
        past = self.get(when="past")
        self.assertContains(past, "Прошедшая лекция с записью")
        self.assertContains(past, 'href="https://example.com/recording"')
        upcoming = self.get()
        self.assertNotContains(upcoming, "https://example.com/recording")
        january = self.get(view="month", month="2026-01")
        self.assertContains(january, 'href="https://example.com/recording"')

    def test_bad_parameters_answer_400_with_a_message(self):
        for params in (
            {"focus": "no-such-focus"},
            {"region": "<script>"},
            {"member": "99999999"},
            {"view": "year"},
            {"view": "month", "month": "2027-13"},
            {"month": "март"},
        ):
            with self.subTest(params):
                response = self.get(**params)
                self.assertEqual(response.status_code, 400)
                self.assertContains(response, 'role="alert"', status_code=400)
                self.assertNotContains(response, "<script>", status_code=400)

    def test_a_members_index_has_no_member_filter_and_lists_only_its_own(self):
        index = EventIndexPage.objects.child_of(self.world.b.page).get()
        response = self.client.get(index.url, {"view": "month", "month": "2027-03"})
        self.assertEqual(response.status_code, 200)
        self.assertNotIn("member", response.context["filters"].fields)
        self.assertContains(response, "Мартовский запуск ракет")
        self.assertNotContains(response, "Мартовская лекция о роботах")

    def test_the_english_calendar_lists_english_events_only(self):
        english = EventCalendarPage.objects.get(locale__language_code="en")
        response = self.client.get(english.url, {"view": "month", "month": "2027-03"})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "March 2027")
        self.assertNotContains(response, "Мартовская лекция о роботах")
