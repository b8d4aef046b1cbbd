"""The public search on the database engine in use (SQLite FTS5 or PostgreSQL): Russian word
forms, facets with exact counts, filters, what is never shown, and bad input."""

import contextlib
import socket

from django.conf import settings
from django.db import transaction
from django.test import TestCase, override_settings
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from consortium.models import ProgramIndexPage
from search.engines.registry import database_engine, elasticsearch_engine, reset_breaker
from search.index import rebuild, repair
from search.models import SearchDocument
from search.query import SearchQuery

from . import factories as f
from .search_setup import build_search_world, publish


class SearchTestCase(TestCase):
    """Runs on the configured engine: with ELASTICSEARCH_URL set, Elasticsearch must answer
    every query (a silent fallback to the database would not test it)."""

    expected_backend = "elasticsearch" if settings.CONSORTIUM_SEARCH["ELASTICSEARCH_URL"] else None

    @classmethod
    def setUpTestData(cls):
        cls.world = build_search_world()

    def setUp(self):
        reset_breaker()
        if engine := elasticsearch_engine():
            # The database rolls back after each test; the index is reloaded from it.
            engine.rebuild(list(SearchDocument.objects.all()))

    def api(self, **params):
        response = self.client.get("/api/search/", params)
        self.assertEqual(response.status_code, 200, response.content[:300])
        answer = response.json()
        if self.expected_backend:
            self.assertEqual(answer["backend"], self.expected_backend)
        return answer

    def titles(self, **params):
        return [result["title"] for result in self.api(**params)["results"]]

    def facet(self, answer, name):
        return {item["value"]: item["count"] for item in answer["facets"][name]}


class WordFormsAndRankingTests(SearchTestCase):
    def test_russian_word_forms_match(self):
        for query in ("лекция", "лекции", "лекций", "ЛЕКЦИЯМИ"):
            with self.subTest(query=query):
                titles = self.titles(q=query)
                self.assertIn("Лекция по робототехнике для начинающих", titles)
                self.assertIn("Лекции о космосе", titles)

    def test_yo_and_ye_are_the_same_letter(self):
        index = ProgramIndexPage.objects.child_of(self.world.a.page).get()
        publish(
            f.ProgramPageFactory(parent=index, title="Ёлочные игрушки на 3D-принтере", live=False)
        )
        for query in ("елочные", "ёлочная", "ЕЛОЧНЫХ"):
            with self.subTest(query=query):
                self.assertEqual(self.titles(q=query), ["Ёлочные игрушки на 3D-принтере"])

    def test_english_word_forms_match_in_english_only(self):
        self.assertEqual(self.titles(q="lecture", lang="en"), ["Robotics lectures for beginners"])
        self.assertEqual(self.titles(q="lecture", lang="ru"), [])

    def test_title_outweighs_summary_and_upcoming_outranks_past(self):
        titles = self.titles(q="лекции")
        self.assertLess(titles.index("Лекции о космосе"), titles.index("Лекция о Луне"))

    def test_editors_picks_come_first_and_only_public_ones(self):
        query = Query.objects.create(query_string="роботы")
        for page in (self.world.pages.olympiad, self.world.pages.private, self.world.pages.draft):
            SearchPromotion.objects.create(query=query, page=page, description="Выбор редакции")
        promotions = self.api(q="Роботы")["promotions"]
        self.assertEqual([p["title"] for p in promotions], ["Олимпиада по робототехнике"])
        self.assertEqual(self.api(q="роботы", lang="en")["promotions"], [])

    def test_suggestions_complete_words_and_forgive_a_typo(self):
        def suggest(text):
            return self.client.get("/api/search/suggest/", {"q": text}).json()["suggestions"]

        self.assertIn("Ракетомоделирование", suggest("ракетомод"))
        self.assertIn("Лекция по робототехнике для начинающих", suggest("лекция по робот"))
        self.assertIn("Ракетомоделирование", suggest("ракетамоделирование"))  # а for о

    def test_a_title_shared_by_pages_is_suggested_once(self):
        index = ProgramIndexPage.objects.child_of(self.world.a.page).get()
        publish(f.ProgramPageFactory(parent=index, title="Ракетомоделирование", live=False))
        self.assertEqual(len(self.titles(q="ракетомоделирование")), 2)
        suggestions = self.client.get("/api/search/suggest/", {"q": "ракетомод"}).json()
        self.assertEqual(suggestions["suggestions"], ["Ракетомоделирование"])

    def test_snippets_are_highlighted_and_escaped(self):
        result = self.api(q="роботов")["results"][0]
        self.assertIn("<mark>", result["snippet"])


class VisibilityTests(SearchTestCase):
    def test_drafts_and_private_pages_never_appear(self):
        everything = self.titles(q="лекция", page_size=50)
        self.assertNotIn("Черновая лекция", everything)
        self.assertNotIn("Закрытая лекция для своих", everything)
        suggestions = self.client.get("/api/search/suggest/", {"q": "лекция для сво"}).json()
        self.assertEqual(suggestions["suggestions"], [])
        self.assertFalse(SearchDocument.objects.filter(title__contains="Закрытая").exists())

    def test_unpublishing_removes_and_publishing_adds(self):
        robots = self.world.pages.robots
        robots.unpublish()
        self.assertNotIn(robots.title, self.titles(q="робототехнике"))
        robots.save_revision().publish()
        self.assertIn(robots.title, self.titles(q="робототехнике"))

    def test_database_answers_follow_writes_committed_or_rolled_back(self):
        # The database engine counts from a snapshot in memory; a write, or its rollback,
        # must never leave that snapshot behind.
        rockets, engine = self.world.pages.rockets, database_engine()

        def found():
            return engine.search(SearchQuery(text="ракетомоделирование")).page_ids

        self.assertEqual(found(), [rockets.pk])
        with transaction.atomic():
            rockets.unpublish()
            self.assertEqual(found(), [])
            transaction.set_rollback(True)
        self.assertEqual(found(), [rockets.pk])
        SearchDocument.objects.filter(page_id=rockets.pk).update(language="en")
        self.assertEqual(found(), [])

    def test_repair_applies_updates_missed_while_indexing_was_down(self):
        rockets, moon = self.world.pages.rockets, self.world.pages.moon
        SearchDocument.objects.filter(page_id=rockets.pk).delete()  # a publication missed
        SearchDocument.objects.filter(page_id=moon.pk).update(title="Устаревший заголовок")
        type(moon).objects.filter(pk=moon.pk).update(last_published_at=timezone.now())
        self.assertEqual(repair(), (2, 0))
        self.assertIn("Ракетомоделирование", self.titles(q="ракетомоделирование"))
        self.assertEqual(SearchDocument.objects.get(page_id=moon.pk).title, moon.title)
        self.assertEqual(repair(), (0, 0))

    def test_rebuild_gives_the_same_index(self):
        before = sorted(SearchDocument.objects.values_list("page_id", flat=True))
        rebuild()
        self.assertEqual(sorted(SearchDocument.objects.values_list("page_id", flat=True)), before)
        self.assertIn("Лекции о космосе", self.titles(q="космос"))


class FacetTests(SearchTestCase):
    def test_counts_apply_the_other_filters_and_or_within_a_facet(self):
        answer = self.api(type="program")
        self.assertEqual(answer["count"], 3)
        self.assertEqual(self.facet(answer, "payment"), {"free": 2, "paid": 1})
        # The type facet ignores its own filter: other types keep their counts.
        self.assertEqual(
            self.facet(answer, "type"),
            {"program": 3, "event": 2, "competition": 1, "institution": 3},
        )
        both = self.api(type=["program", "competition"])
        self.assertEqual(both["count"], 4)

    def test_different_facets_combine_with_and(self):
        answer = self.api(type="program", payment="free", region=self.world.south.region_id)
        self.assertEqual([r["title"] for r in answer["results"]], ["Ракетомоделирование"])

    def test_age_matches_each_programs_range(self):
        titles = set(self.titles(type="program", age=15))
        self.assertEqual(titles, {"Курс программирования на Python", "Ракетомоделирование"})

    def test_an_age_range_finds_every_program_it_overlaps(self):
        # robots 10–14, python 14–17, rockets 12–16
        titles = set(self.titles(type="program", age=8, age_max=10))
        self.assertEqual(titles, {"Лекция по робототехнике для начинающих"})
        titles = set(self.titles(type="program", age_max=11))
        self.assertEqual(titles, {"Лекция по робототехнике для начинающих"})
        self.assertEqual(len(self.titles(type="program", age=11, age_max=17)), 3)
        self.assertEqual(
            self.client.get("/api/search/", {"age": 12, "age_max": 9}).status_code, 400
        )

    def test_pages_follow_each_other_without_overlap(self):
        for sort in ("relevance", "newest", "soonest"):
            whole = self.titles(type="program", sort=sort, page_size=50)
            paged = [
                title
                for page in (1, 2)
                for title in self.titles(type="program", sort=sort, page_size=2, page=page)
            ]
            self.assertEqual(paged, whole, sort)
            self.assertEqual(len(whole), 3)

    def test_upcoming_and_sorting(self):
        upcoming = self.titles(type="event", upcoming="true")
        self.assertEqual(upcoming, ["Лекции о космосе"])
        self.assertEqual(self.titles(type="event", sort="soonest")[0], "Лекции о космосе")


class BadInputTests(SearchTestCase):
    def test_bad_parameters_answer_400_naming_the_field(self):
        cases = {
            "page": "-1",
            "page_size": "10000",
            "age": "abc",
            "type": "spaceship",
            "region": "1;DROP",
            "city": "²",
            "date_from": "2026-13-45",
            "sort": "random",
            "q": "x" * 100_000,
        }
        for name, value in cases.items():
            with self.subTest(name=name):
                response = self.client.get("/api/search/", {name: value})
                self.assertEqual(response.status_code, 400)
                self.assertIn(name, response.json()["errors"])

    def test_odd_but_valid_input_answers_200(self):
        for query in ("\x07лекция\x1b", "🚀 ракеты", '"кавычки" AND OR NOT * ( ) :', "ё"):
            with self.subTest(query=query):
                self.assertEqual(self.client.get("/api/search/", {"q": query}).status_code, 200)
        self.assertEqual(self.api(q="лекция", page=999)["results"], [])
        self.assertEqual(self.client.get("/api/search/", {"unknown": "1"}).status_code, 200)

    def test_the_html_page_shows_results_facets_and_errors(self):
        response = self.client.get("/ru/search/", {"q": "лекции"})
        self.assertContains(response, "Лекции о космосе")
        self.assertContains(response, 'name="type"')
        response = self.client.get("/ru/search/", {"age": "old"})
        self.assertContains(response, "age", status_code=400)


class DegradedSearchTests(SearchTestCase):
    """Elasticsearch configured but unreachable or hanging: the database answers, marked as
    degraded, and publishing still works. (Runs on every database; needs no Elasticsearch.)"""

    DEAD = {"ELASTICSEARCH_URL": "http://127.0.0.1:9", "INDEX": "test_dead"}
    expected_backend = None

    def setUp(self):
        super().setUp()
        self.addCleanup(reset_breaker)

    def test_the_database_answers_when_elasticsearch_is_down(self):
        with override_settings(CONSORTIUM_SEARCH={**settings.CONSORTIUM_SEARCH, **self.DEAD}):
            answer = self.api(q="лекции")
            self.assertTrue(answer["degraded"])
            self.assertTrue(answer["backend"].startswith("database"))
            self.assertIn("Лекции о космосе", [r["title"] for r in answer["results"]])
            page = self.client.get("/ru/search/", {"q": "лекции"})
            self.assertContains(page, 'role="status"')
            suggestions = self.client.get("/api/search/suggest/", {"q": "ракетомод"}).json()
            self.assertEqual(suggestions["suggestions"], ["Ракетомоделирование"])
            robots = self.world.pages.robots
            robots.title = "Лекция по робототехнике, обновлённая"
            robots.save_revision().publish()  # publishing never fails because of search
            self.assertIn(robots.title, self.titles(q="обновлённая"))

    def test_the_database_answers_when_elasticsearch_hangs(self):
        # A server that accepts connections and never answers: Elasticsearch overloaded. The
        # query gives up after SEARCH_TIMEOUT (how long that takes is measured in bench/, not
        # here); the next one does not try Elasticsearch again for SEARCH_RETRY_AFTER.
        silent = socket.create_server(("127.0.0.1", 0))
        silent.setblocking(False)
        self.addCleanup(silent.close)
        hanging = {"ELASTICSEARCH_URL": f"http://127.0.0.1:{silent.getsockname()[1]}"}
        with override_settings(CONSORTIUM_SEARCH={**settings.CONSORTIUM_SEARCH, **hanging}):
            for query in ("лекции", "ракеты", "роботы"):
                answer = self.api(q=query)
                self.assertTrue(answer["degraded"])
                self.assertTrue(answer["backend"].startswith("database"))
        connections = []
        with contextlib.suppress(BlockingIOError):
            while True:
                connections.append(silent.accept()[0])
        for connection in connections:
            connection.close()
        self.assertEqual(len(connections), 1)
