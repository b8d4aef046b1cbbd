"""Elasticsearch failing under the site (docs/security.md items 20 and 21), through the fault
proxy (services/faultproxy.py) in front of the real node: refused, then back; slow by seconds.
Editors publish through the moderation workflow, tasks go through the real database queue and
worker, and the public search is asked over HTTP. Runs in the Elasticsearch pass."""

import time
import unittest
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import TransactionTestCase, override_settings
from wagtail.models import Page

from consortium.sharing.roles import Role
from search.documents import SEARCHED_MODELS
from search.engines.registry import elasticsearch_engine, reset_breaker
from search.index import rebuild
from search.indexing import deferred_indexing
from services.faultproxy import FaultProxy

from .sharing_setup import build_two_members
from .test_workflow import act, submit

ELASTICSEARCH_URL = settings.CONSORTIUM_SEARCH["ELASTICSEARCH_URL"]
DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
PUBLISH_BOUND = 2.5  # seconds an approval may take whatever Elasticsearch does


def run_worker():
    """The real worker, until the queue holds nothing due."""
    call_command("db_worker", "--batch", "--no-startup-delay", "--queue-name", "*", verbosity=0)


@unittest.skipUnless(ELASTICSEARCH_URL, "needs ELASTICSEARCH_URL (make test-search-elasticsearch)")
@pytest.mark.usefixtures("migrated_rows_restored")
class ElasticsearchFaultTests(TransactionTestCase):
    serialized_rollback = True  # restore what migrations created, for the tests after it

    def setUp(self):
        target = urlsplit(ELASTICSEARCH_URL)
        self.proxy = FaultProxy((target.hostname, target.port)).start()
        self.addCleanup(self.proxy.close)
        backends = settings.WAGTAILSEARCH_BACKENDS
        through_proxy = override_settings(
            TASKS=DATABASE_QUEUE,
            CONSORTIUM_SEARCH={
                **settings.CONSORTIUM_SEARCH,
                "ELASTICSEARCH_URL": self.proxy.url,
                "RETRY_AFTER": 1,
            },
            WAGTAILSEARCH_BACKENDS={
                **backends,
                "default": {**backends["default"], "URLS": [self.proxy.url], "TIMEOUT": 1},
            },
        )
        through_proxy.enable()
        self.addCleanup(through_proxy.disable)
        reset_breaker()
        self.addCleanup(reset_breaker)
        with deferred_indexing(rebuild=False):  # Wagtail's admin index is not under test
            self.world = build_two_members()
        rebuild()

    def publish_through_moderation(self, page, title):
        """Submit, approve twice; returns the seconds the final approval took."""
        submit(self, page, title)
        self.assertEqual(act(self, Role.REVIEWER, page, "approve").status_code, 302)
        started = time.monotonic()
        response = act(self, "moderator", page, "approve")
        took = time.monotonic() - started
        self.assertEqual(response.status_code, 302)
        page.refresh_from_db()
        self.assertEqual((page.title, page.live), (title, True))
        return took

    def search(self, text, path="/api/search/"):
        started = time.monotonic()
        response = self.client.get(path, {"q": text})
        return response, time.monotonic() - started

    def live_public_titles(self):
        pages = Page.objects.live().public().type(*SEARCHED_MODELS)
        return dict(pages.values_list("pk", "title"))

    def elasticsearch_titles(self):
        engine = elasticsearch_engine()
        engine.client.indices.refresh(index=engine.alias)
        hits = engine.client.search(index=engine.alias, size=1000, source=["title"])["hits"]
        return {int(hit["_id"]): hit["_source"]["title"] for hit in hits["hits"]}

    def test_refused_publishing_succeeds_search_degrades_and_the_index_catches_up(self):
        self.assertEqual(self.elasticsearch_titles(), self.live_public_titles())
        self.proxy.set("refuse")
        a, b = self.world.a, self.world.b
        self.publish_through_moderation(a.program, "Робототехника во время сбоя")
        b.program.title = "Программа Б, исправленная во время сбоя"
        b.program.save_revision().publish()
        b.program_en.unpublish()
        run_worker()  # the documents follow; Elasticsearch's copy waits

        for path in ("/api/search/", "/ru/search/"):
            response, _ = self.search("сбоя", path)
            self.assertEqual(response.status_code, 200)
        api = self.client.get("/api/search/", {"q": "сбоя"}).json()
        self.assertTrue(api["degraded"])
        self.assertTrue(api["backend"].startswith("database"))
        found = {result["title"] for result in api["results"]}
        self.assertEqual(found, {a.program.title, b.program.title})
        self.assertContains(self.client.get("/ru/search/", {"q": "сбоя"}), 'role="status"')

        self.proxy.set("pass")
        time.sleep(1.1)  # RETRY_AFTER: the catch-up task is due
        run_worker()
        self.assertEqual(self.elasticsearch_titles(), self.live_public_titles())
        api = self.client.get("/api/search/", {"q": "сбоя"}).json()
        self.assertEqual((api["backend"], api["degraded"]), ("elasticsearch", False))
        self.assertEqual(len(api["results"]), 2)

    def test_slow_publishing_stays_bounded_and_search_times_out_cleanly(self):
        self.proxy.set("slow", 3)
        took = self.publish_through_moderation(self.world.a.program, "Публикация при медленном")
        self.assertLess(took, PUBLISH_BOUND)
        timeout = settings.CONSORTIUM_SEARCH["TIMEOUT"]
        response, took = self.search("медленном")
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.json()["degraded"])
        self.assertLess(took, timeout + 1)
        response, took = self.search("медленном", "/ru/search/")  # Elasticsearch left alone
        self.assertContains(response, 'role="status"')
        self.assertLess(took, 1)
        self.proxy.set("pass")
        time.sleep(1.1)
        run_worker()
        self.assertEqual(self.elasticsearch_titles(), self.live_public_titles())
