"""`load_demo` builds the promised consortium and can be run again without changing it."""

import datetime
from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import TestCase, override_settings
from django.utils import timezone
from wagtail.models import Locale, Page

from consortium.demo.users import DEMO_USERS
from consortium.models import (
    CollectionPage,
    CompetitionPage,
    EventPage,
    EventSeriesPage,
    InstitutionPage,
    MemberDirectoryPage,
    NewsPage,
    ProgramPage,
    SchoolPage,
)
from home.models import HomePage

QUANTA = {
    "auto",
    "aero",
    "bio",
    "geo",
    "space",
    "nano",
    "industrial-design",
    "robotics",
    "it",
    "energy",
    "neuro",
    "laser",
    "vr-ar",
}


def load_demo():
    call_command("load_demo", stdout=StringIO())


@override_settings(DEBUG=True)
class DemoConsortiumTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_demo()
        cls.russian = Locale.objects.get(language_code="ru")
        cls.english = Locale.objects.get(language_code="en")

    def russian_live(self, model):
        return model.objects.live().filter(locale=self.russian)

    def english_keys(self, model):
        return set(
            model.objects.filter(locale=self.english).values_list("translation_key", flat=True)
        )

    def test_members(self):
        members = self.russian_live(InstitutionPage)
        self.assertGreaterEqual(members.count(), 12)
        self.assertGreaterEqual(len(set(members.values_list("kind", flat=True))), 5)
        self.assertGreaterEqual(len(set(members.values_list("region", flat=True))), 6)
        kinds = set(members.values_list("kind", flat=True))
        self.assertTrue({"university", "science_house", "school", "technopark", "club"} <= kinds)
        school = SchoolPage.objects.get(locale=self.russian, school_number="777")
        self.assertEqual(school.city.slug, "saint-petersburg")
        house = members.filter(kind="science_house").exclude(parent_institution=None).first()
        self.assertEqual(house.parent_institution.kind, "university")

    def test_programs_cover_all_quanta_with_varied_terms(self):
        programs = self.russian_live(ProgramPage)
        self.assertGreaterEqual(programs.count(), 40)
        self.assertTrue(set(programs.values_list("profile__slug", flat=True)) >= QUANTA)
        for field in ("format", "payment", "level", "age_from"):
            with self.subTest(field=field):
                self.assertGreater(len(set(programs.values_list(field, flat=True))), 1)
        self.assertFalse(programs.filter(member=None).exists())

    def test_events_past_upcoming_and_the_science_week(self):
        events = self.russian_live(EventPage)
        now = timezone.now()
        self.assertGreaterEqual(events.count(), 25)
        self.assertTrue(events.upcoming().exists())
        past = events.past()
        self.assertTrue(past.exists())
        self.assertTrue(past.exclude(recording_url="").exists())
        self.assertTrue(events.filter(attendance_mode="online").exclude(online_url="").exists())
        week = EventSeriesPage.objects.get(locale=self.russian, slug="scientific-kaleidoscope")
        self.assertEqual((week.starts_on.month, week.starts_on.day + 3), (2, 8))
        lectures = events.filter(series=week, event_type="lecture")
        self.assertGreaterEqual(lectures.values("member").distinct().count(), 3)
        self.assertGreater(week.ends_on, (now - datetime.timedelta(days=1)).date())

    def test_competitions_with_stages_and_windows(self):
        competitions = self.russian_live(CompetitionPage)
        self.assertGreaterEqual(competitions.count(), 6)
        self.assertTrue(competitions.registration_open().exists())
        for competition in competitions:
            with self.subTest(competition=competition.slug):
                self.assertTrue(competition.stages.exists())
                self.assertIsNotNone(competition.registration_closes)

    def test_news(self):
        self.assertGreaterEqual(self.russian_live(NewsPage).count(), 10)

    def test_collections_list_what_matches_in_both_languages(self):
        for collection in CollectionPage.objects.live():
            with self.subTest(collection=collection.url):
                response = self.client.get(collection.url)
                self.assertGreater(response.context["answer"]["count"], 0)

    def test_english_translations(self):
        for model in (HomePage, MemberDirectoryPage, InstitutionPage):
            with self.subTest(model=model):
                self.assertEqual(
                    self.english_keys(model),
                    set(
                        model.objects.filter(locale=self.russian).values_list(
                            "translation_key", flat=True
                        )
                    ),
                )
        self.assertGreaterEqual(
            len(self.english_keys(ProgramPage)) * 2, self.russian_live(ProgramPage).count()
        )
        self.assertFalse(Page.objects.filter(locale=self.english, live=False).exists())

    def test_the_page_tree_is_consistent_and_every_live_page_is_served(self):
        # Each page's child count is what routing trusts: a stale one hides a whole subtree.
        wrong = [
            (page.pk, page.title, page.numchild)
            for page in Page.objects.all()
            if page.numchild
            != Page.objects.filter(path__startswith=page.path, depth=page.depth + 1).count()
        ]
        self.assertEqual(wrong, [])
        not_served = []
        for page in Page.objects.live().public().filter(depth__gt=1).specific():
            response = self.client.get(page.url)
            if response.status_code != 200:
                not_served.append((page.url, response.status_code))
        self.assertEqual(not_served, [])

    def test_the_public_search_is_built(self):
        answer = self.client.get("/api/search/", {"q": "лекции", "type": "event"}).json()
        self.assertGreater(answer["count"], 5)
        self.assertTrue(all(result["type"] == "event" for result in answer["results"]))

    def test_demo_users_for_every_role(self):
        User = get_user_model()  # noqa: N806
        self.assertTrue(User.objects.get(username="admin").is_superuser)
        self.assertTrue(
            User.objects.get(username="moderator").groups.filter(name="Moderators").exists()
        )
        for username in (
            "leonov-editor",
            "leonov-approver",
            "chelyabinsk-editor",
            "chelyabinsk-approver",
        ):
            with self.subTest(username=username):
                user = User.objects.get(username=username)
                self.assertTrue(user.has_perm("wagtailadmin.access_admin"))
                self.assertFalse(user.is_superuser)

    def test_demo_users_can_sign_in_to_the_admin(self):
        self.assertTrue(self.client.login(username="leonov-editor", password="editor-demo-2026"))
        self.assertEqual(self.client.get("/admin/").status_code, 200)

    def test_loading_again_changes_nothing(self):
        before = {
            model: model.objects.count()
            for model in (
                Page,
                InstitutionPage,
                ProgramPage,
                EventPage,
                CompetitionPage,
                NewsPage,
                get_user_model(),
            )
        }
        revisions = Page.objects.values_list("pk", "latest_revision_id")
        revisions_before = dict(revisions)
        load_demo()
        self.assertEqual({model: model.objects.count() for model in before}, before)
        self.assertEqual(dict(revisions), revisions_before)


class DemoWithoutDebugTests(TestCase):
    def test_no_accounts_on_a_production_site(self):
        load_demo()
        users = get_user_model().objects.all()
        self.assertFalse(users.filter(username__in=[row[0] for row in DEMO_USERS]).exists())
        # Onboarding creates each member admin's account, without a password to sign in with.
        self.assertTrue(users.exists())
        self.assertFalse(any(user.has_usable_password() for user in users))
        self.assertTrue(ProgramPage.objects.exists())
