"""Editors get a clear form error for contradictory content, never a crash."""

import datetime

from django.core.exceptions import ValidationError
from django.test import TestCase
from django.utils import timezone

from consortium.models import CompetitionPage, EventPage, InstitutionPage, ProgramPage

from . import factories as f
from .tree import build_consortium


class ContentRulesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.pages, _ = build_consortium()

    def assert_field_error(self, page, field):
        with self.assertRaises(ValidationError) as caught:
            page.full_clean()
        self.assertIn(field, caught.exception.message_dict)

    def program(self, **fields):
        return ProgramPage(title="Программа", slug="p", **fields)

    def test_program_price_follows_payment(self):
        self.assert_field_error(self.program(payment="paid"), "price")
        self.assert_field_error(self.program(payment="free", price=1000), "price")

    def test_program_ranges(self):
        self.assert_field_error(self.program(age_from=14, age_to=10), "age_to")
        self.assert_field_error(self.program(grade_from=9, grade_to=5), "grade_to")
        self.assert_field_error(self.program(capacity=10, free_seats=12), "free_seats")
        self.assert_field_error(self.program(grade_from=0), "grade_from")

    def test_profile_must_belong_to_the_focus(self):
        profile = f.ProfileFactory()
        self.assert_field_error(self.program(profile=profile, focus=f.FocusFactory()), "profile")
        page = self.program(profile=profile)
        page.clean()
        self.assertEqual(page.focus, profile.focus)

    def test_event_dates_and_place(self):
        now = timezone.now()
        venue = f.VenueFactory()
        self.assert_field_error(
            EventPage(
                title="Лекция",
                slug="e",
                starts_at=now,
                venue=venue,
                ends_at=now - datetime.timedelta(hours=1),
            ),
            "ends_at",
        )
        self.assert_field_error(
            EventPage(title="Лекция", slug="e", starts_at=now, attendance_mode="online"),
            "online_url",
        )
        self.assert_field_error(EventPage(title="Лекция", slug="e", starts_at=now), "venue")

    def test_team_competition_needs_team_sizes(self):
        self.assert_field_error(
            CompetitionPage(title="НТО", slug="c", season="2026/27", participation="team"),
            "team_size_max",
        )
        self.assert_field_error(
            CompetitionPage(
                title="НТО",
                slug="c",
                season="2026/27",
                participation="team",
                team_size_min=5,
                team_size_max=2,
            ),
            "team_size_max",
        )

    def test_registration_window(self):
        today = timezone.localdate()
        self.assert_field_error(
            CompetitionPage(
                title="НТО",
                slug="c",
                season="2026/27",
                registration_opens=today,
                registration_closes=today - datetime.timedelta(days=1),
            ),
            "registration_closes",
        )

    def test_institution_city_must_be_in_its_region(self):
        page = InstitutionPage(
            title="Центр",
            slug="c",
            full_name="Центр",
            kind="technopark",
            region=f.RegionFactory(),
            city=f.CityFactory(),
        )
        self.assert_field_error(page, "city")

    def test_schools_use_the_school_type(self):
        city = f.CityFactory()
        page = InstitutionPage(
            title="Школа", slug="s", full_name="Школа", kind="school", region=city.region, city=city
        )
        self.assert_field_error(page, "kind")

    def test_member_is_derived_from_the_tree(self):
        self.assertEqual(self.pages.program.member_id, self.pages.member.pk)
        self.assertEqual(self.pages.lecture.member_id, self.pages.member.pk)

    def test_member_follows_a_move(self):
        other = f.InstitutionPageFactory(parent=self.pages.sections["members"])
        index = f.ProgramIndexPageFactory(parent=other)
        self.pages.program.move(index, pos="last-child")
        self.pages.program.refresh_from_db()
        self.assertEqual(self.pages.program.member_id, other.pk)


class RegistrationWindowTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.pages, _ = build_consortium()

    def test_page_state_and_queryset_agree(self):
        today = timezone.localdate()

        def day(offset):
            return None if offset is None else today + datetime.timedelta(days=offset)

        cases = {
            (None, None): "",
            (-1, None): "open",
            (None, 1): "open",
            (0, 0): "open",
            (1, 5): "soon",
            (-5, -1): "closed",
        }
        for opens, closes in cases:
            f.CompetitionPageFactory(
                parent=self.pages.competition_index,
                title=f"Окно {opens} {closes}",
                registration_opens=day(opens),
                registration_closes=day(closes),
            )
        windows = CompetitionPage.objects.filter(title__startswith="Окно")
        for page in windows:
            opens, closes = page.title.split()[1:]
            key = tuple(None if v == "None" else int(v) for v in (opens, closes))
            with self.subTest(window=key):
                self.assertEqual(page.registration_state, cases[key])
        self.assertEqual(
            {page.title for page in windows.registration_open()},
            {page.title for page in windows if page.registration_is_open},
        )
