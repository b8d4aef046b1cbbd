"""The anonymous page cache: a second visit is served without touching the database; editors
and visitors with a session always get a fresh page; publishing or unpublishing a page, or
anything a page lists, is visible on the next visit; the visually impaired version and each
language are cached apart."""

from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from wagtail import hooks
from wagtail.models import PageViewRestriction

from consortium.accessibility import COOKIE_NAME
from consortium.models import ProgramCatalogPage, ProgramPage
from consortium.page_cache import start_new_generation

from . import factories as f
from .tree import build_consortium


@override_settings(PAGE_CACHE_SECONDS=300)
class PageCacheTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.pages, cls.english = build_consortium()
        cls.catalogue = ProgramCatalogPage.objects.get(locale__language_code="ru")

    def setUp(self):
        caches["pages"].clear()

    def visit(self, url, expected_status=200, **extra):
        response = self.client.get(url, **extra)
        self.assertEqual(response.status_code, expected_status)
        return response

    def published(self, page):
        with self.captureOnCommitCallbacks(execute=True):
            page.save_revision().publish()

    def test_a_second_visit_is_served_from_the_cache_without_queries(self):
        first = self.visit(self.pages.program.url)
        self.assertEqual(first["X-Page-Cache"], "miss")
        with self.assertNumQueries(0):
            second = self.visit(self.pages.program.url)
        self.assertEqual(second["X-Page-Cache"], "hit")
        self.assertEqual(second.content, first.content)
        self.assertEqual(second["Content-Type"], first["Content-Type"])

    def test_visitors_with_a_session_always_get_a_fresh_page(self):
        self.visit(self.pages.program.url)
        editor = get_user_model().objects.create_superuser("editor", "editor@example.com", "x")
        self.client.force_login(editor)
        response = self.visit(self.pages.program.url)
        self.assertNotIn("X-Page-Cache", response)

    def test_publishing_a_listed_page_refreshes_the_pages_that_list_it(self):
        for url in (self.catalogue.url, "/ru/"):
            self.visit(url)
            self.assertEqual(self.visit(url)["X-Page-Cache"], "hit")
        newcomer = f.ProgramPageFactory(
            parent=self.pages.program_index, title="Новая программа о дронах", live=False
        )
        self.published(newcomer)
        catalogue = self.visit(self.catalogue.url)
        self.assertEqual(catalogue["X-Page-Cache"], "miss")
        self.assertContains(catalogue, "Новая программа о дронах")

    def test_unpublishing_a_page_takes_it_off_at_once(self):
        self.visit(self.pages.program.url)
        with self.captureOnCommitCallbacks(execute=True):
            self.pages.program.unpublish()
        self.visit(self.pages.program.url, expected_status=404)
        self.assertNotContains(self.visit(self.catalogue.url), self.pages.program.title)

    def test_a_draft_changes_nothing_until_it_is_published(self):
        self.visit(self.pages.program.url)
        program = self.pages.program
        program.title = "Черновое название"
        with self.captureOnCommitCallbacks(execute=True):
            revision = program.save_revision()
        response = self.visit(program.url)
        self.assertEqual(response["X-Page-Cache"], "hit")
        self.assertNotContains(response, "Черновое название")
        with self.captureOnCommitCallbacks(execute=True):
            revision.publish()
        self.assertContains(self.visit(program.url), "Черновое название")

    def test_a_vocabulary_change_refreshes_pages(self):
        focus = self.pages.program.focus
        self.visit(self.pages.program.url)
        focus.name_ru = "Новое имя направленности"
        with self.captureOnCommitCallbacks(execute=True):
            focus.save()
        self.assertContains(self.visit(self.pages.program.url), "Новое имя направленности")

    def test_a_new_view_restriction_applies_at_once(self):
        self.visit(self.pages.program.url)
        with self.captureOnCommitCallbacks(execute=True):
            PageViewRestriction.objects.create(page=self.pages.program, restriction_type="login")
        self.visit(self.pages.program.url, expected_status=302)

    def test_languages_and_the_visually_impaired_version_are_cached_apart(self):
        normal = self.visit(self.pages.program.url)
        self.client.cookies[COOKIE_NAME] = "s5.f2.l3.k3.c2.i1"
        low_vision = self.visit(self.pages.program.url)
        self.assertEqual(low_vision["X-Page-Cache"], "miss")
        self.assertNotEqual(low_vision.content, normal.content)
        self.assertEqual(self.visit(self.pages.program.url)["X-Page-Cache"], "hit")
        del self.client.cookies[COOKIE_NAME]
        self.assertEqual(self.visit(self.pages.program.url).content, normal.content)
        english = self.visit(self.english.program.url)
        self.assertEqual(english["X-Page-Cache"], "miss")

    def test_only_wagtail_pages_are_stored(self):
        for _visit in range(2):
            search = self.visit("/ru/search/", data={"q": "робототехника"})
            self.assertNotIn("X-Page-Cache", search)
            self.visit("/ru/no-such-page/", expected_status=404)
        private = self.pages.news
        PageViewRestriction.objects.create(page=private, restriction_type="login")
        for _visit in range(2):
            self.assertNotIn("X-Page-Cache", self.visit(private.url, expected_status=302))

    def test_a_page_rendered_while_a_change_commits_is_not_kept_by_the_front_cache(self):
        def change_commits_meanwhile(page, request, serve_args, serve_kwargs):
            start_new_generation()

        with hooks.register_temporarily("before_serve_page", change_commits_meanwhile):
            during = self.visit(self.pages.program.url)
        self.assertIn("private", during["Cache-Control"])
        after = self.visit(self.pages.program.url)
        self.assertIn("public", after["Cache-Control"])


@override_settings(LISTING_COUNT_SECONDS=60)
class ListingCountTests(TestCase):
    """A catalogue remembers its total, and the home page its figures, within a generation:
    the next render does not count again, and a publication (a new generation) is counted at
    once."""

    @classmethod
    def setUpTestData(cls):
        cls.pages, cls.english = build_consortium()
        cls.catalogue = ProgramCatalogPage.objects.get(locale__language_code="ru")

    def setUp(self):
        caches["pages"].clear()

    def count_queries(self, url):
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        counts = [q["sql"] for q in queries.captured_queries if "COUNT(" in q["sql"]]
        return response, len(counts)

    def test_the_total_is_counted_once_per_generation(self):
        _, first = self.count_queries(self.catalogue.url)
        self.assertEqual(first, 1)
        _, again = self.count_queries(self.catalogue.url)
        self.assertEqual(again, 0)
        _, filtered = self.count_queries(f"{self.catalogue.url}?page=1")
        self.assertEqual(filtered, 0, "the page number is not part of the total")

    def test_a_publication_is_counted_at_once(self):
        self.count_queries(self.catalogue.url)
        for number in range(3):
            newcomer = f.ProgramPageFactory(
                parent=self.pages.program_index, title=f"Аа программа {number:02}", live=False
            )
            with self.captureOnCommitCallbacks(execute=True):
                newcomer.save_revision().publish()
        response, counted = self.count_queries(self.catalogue.url)
        self.assertEqual(counted, 1)
        live = ProgramPage.objects.live().public().filter(locale_id=self.catalogue.locale_id)
        self.assertEqual(response.context["items"].paginator.count, live.count())

    def test_the_home_page_figures_are_counted_once_per_generation(self):
        _, first = self.count_queries("/ru/")
        _, again = self.count_queries("/ru/")
        self.assertEqual(again, first - 1, "the figures' query runs once")
        programs = self.client.get("/ru/").context["figures"]["programs"]
        newcomer = f.ProgramPageFactory(parent=self.pages.program_index, live=False)
        with self.captureOnCommitCallbacks(execute=True):
            newcomer.save_revision().publish()
        self.assertEqual(self.client.get("/ru/").context["figures"]["programs"], programs + 1)
