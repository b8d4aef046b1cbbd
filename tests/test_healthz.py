"""`/healthz`: 200 when the database, the search engine, the caches and the worker's heartbeat are
well, 503 naming what fails; never cached, never redirected, never a 500."""

import time
import unittest
from datetime import timedelta
from io import StringIO
from unittest import mock

from django.conf import settings
from django.core.cache.backends.locmem import LocMemCache
from django.core.management import call_command
from django.db import connection, connections
from django.test import TestCase, override_settings
from django.utils import timezone

from consortium import health
from consortium.health import check_database
from consortium.models import WorkerHeartbeat
from search.engines.registry import elasticsearch_engine, reset_breaker

WITH_ELASTICSEARCH = bool(settings.CONSORTIUM_SEARCH["ELASTICSEARCH_URL"])
NO_ELASTICSEARCH = {**settings.CONSORTIUM_SEARCH, "ELASTICSEARCH_URL": ""}
DEAD_ELASTICSEARCH = {
    **settings.CONSORTIUM_SEARCH,
    "ELASTICSEARCH_URL": "http://127.0.0.1:9",
    "INDEX": "test_healthz_dead",
}


class BrokenCache(LocMemCache):
    """A cache whose server is gone: every call raises, as a Redis client does."""

    def set(self, *args, **kwargs):
        raise ConnectionError("cache server at redis://:secret@10.0.0.9:6379 unreachable")

    def get(self, *args, **kwargs):
        raise ConnectionError("cache server at redis://:secret@10.0.0.9:6379 unreachable")


BROKEN_PAGES_CACHE = {
    **settings.CACHES,
    "pages": {"BACKEND": f"{__name__}.BrokenCache", "LOCATION": "healthz-broken"},
}


def run_scheduler_once():
    call_command("scheduler", "--once", stdout=StringIO(), stderr=StringIO())


class HealthzTestCase(TestCase):
    def setUp(self):
        reset_breaker()
        self.addCleanup(reset_breaker)

    def beat(self, age=timedelta(seconds=5)):
        WorkerHeartbeat.objects.update_or_create(
            queue_name="default", defaults={"beat_at": timezone.now() - age}
        )

    def healthz(self, expected_status, **params):
        response = self.client.get("/healthz", params)
        self.assertEqual(response.status_code, expected_status, response.content[:500])
        self.assertEqual(response["Content-Type"], "application/json")
        self.assertEqual(response["Cache-Control"], "no-store")
        return response.json()


@override_settings(CONSORTIUM_SEARCH=NO_ELASTICSEARCH)
class HealthyTests(HealthzTestCase):
    def test_all_good_is_200_with_every_check_ok(self):
        self.beat()
        body = self.healthz(200)
        self.assertEqual(body["status"], "ok")
        self.assertEqual(body["failing"], [])
        self.assertEqual(set(body["checks"]), {"database", "search", "cache", "worker"})
        for name, check in body["checks"].items():
            self.assertIs(check["ok"], True, name)
        database = body["checks"]["database"]
        self.assertEqual(database["vendor"], connection.vendor)
        self.assertGreaterEqual(database["ms"], 0)
        self.assertLess(database["ms"], 1000)
        self.assertEqual(body["checks"]["search"]["engine"], "database")
        self.assertEqual(set(body["checks"]["cache"]["caches"]), set(settings.CACHES))
        worker = body["checks"]["worker"]
        self.assertEqual(worker["queue"], "default")
        self.assertLessEqual(worker["age_seconds"], 10)
        self.assertEqual(worker["max_age_seconds"], settings.HEALTHZ_WORKER_MAX_AGE)

    def test_outside_the_language_prefixes_and_not_behind_login(self):
        self.beat()
        response = self.client.get("/healthz", HTTP_ACCEPT_LANGUAGE="en")
        self.assertEqual(response.status_code, 200)  # no redirect to /en/healthz, no login
        self.assertNotIn("sessionid", response.cookies)
        self.assertEqual(self.client.head("/healthz").status_code, 200)
        self.assertEqual(self.client.post("/healthz").status_code, 405)

    def test_only_checks_the_parts_named(self):
        body = self.healthz(200, only="database,cache")  # no heartbeat: the worker is not asked
        self.assertEqual(set(body["checks"]), {"database", "cache"})
        body = self.healthz(400, only="database,disk")
        self.assertEqual(body["unknown"], ["disk"])
        self.assertEqual(body["known"], ["database", "search", "cache", "worker"])


@override_settings(CONSORTIUM_SEARCH=NO_ELASTICSEARCH)
class WorkerHeartbeatTests(HealthzTestCase):
    def test_no_heartbeat_is_503_naming_the_worker(self):
        body = self.healthz(503)
        self.assertEqual(body["status"], "failing")
        self.assertEqual(body["failing"], ["worker"])
        self.assertIsNone(body["checks"]["worker"]["last_heartbeat"])
        self.assertTrue(body["checks"]["database"]["ok"])

    def test_a_stale_heartbeat_is_503_naming_the_worker(self):
        self.beat(age=timedelta(seconds=settings.HEALTHZ_WORKER_MAX_AGE + 60))
        body = self.healthz(503)
        self.assertEqual(body["failing"], ["worker"])
        self.assertGreater(body["checks"]["worker"]["age_seconds"], settings.HEALTHZ_WORKER_MAX_AGE)

    @override_settings(HEALTHZ_WORKER_MAX_AGE=3600)
    def test_the_maximum_age_is_configurable(self):
        self.beat(age=timedelta(minutes=30))
        self.assertEqual(self.healthz(200)["checks"]["worker"]["max_age_seconds"], 3600)

    def test_the_scheduler_enqueues_the_heartbeat_the_worker_records(self):
        # The test settings run tasks at once (ImmediateBackend): the scheduler's enqueue is
        # the worker's run.
        self.beat(age=timedelta(hours=1))
        run_scheduler_once()
        beat = WorkerHeartbeat.objects.get(queue_name="default")
        self.assertLess(timezone.now() - beat.beat_at, timedelta(seconds=10))
        self.assertEqual(WorkerHeartbeat.objects.count(), 1)  # updated in place
        body = self.healthz(200)
        self.assertLessEqual(body["checks"]["worker"]["age_seconds"], 10)


@override_settings(CONSORTIUM_SEARCH=NO_ELASTICSEARCH)
class CacheTests(HealthzTestCase):
    @override_settings(CACHES=BROKEN_PAGES_CACHE, PAGE_CACHE_SECONDS=300)
    def test_a_failing_cache_is_503_naming_the_cache_without_its_address(self):
        # With the page cache on, its middleware would read the broken cache first: /healthz
        # is bypassed, so the answer is the check's 503, not a 500.
        self.beat()
        response = self.client.get("/healthz")
        self.assertEqual(response.status_code, 503)
        self.assertNotContains(response, "secret", status_code=503)
        body = response.json()
        self.assertEqual(body["failing"], ["cache"])
        caches = body["checks"]["cache"]["caches"]
        self.assertEqual(caches["pages"], {"ok": False, "error": "ConnectionError"})
        self.assertTrue(caches["default"]["ok"])


@override_settings(CONSORTIUM_SEARCH=NO_ELASTICSEARCH)
class DatabaseCheckTests(HealthzTestCase):
    def test_an_unreachable_database_is_503_naming_the_database(self):
        # A real connection to a database that cannot be reached (a closed port on PostgreSQL,
        # a directory that does not exist on SQLite) in place of the default one, which the
        # test's own transaction holds.
        default = connections["default"]
        unreachable = {**default.settings_dict, "CONN_HEALTH_CHECKS": False}
        if default.vendor == "postgresql":
            unreachable.update(HOST="127.0.0.1", PORT="9", PASSWORD="secret-password")
        else:
            unreachable.update(NAME="/nonexistent/healthz/db.sqlite3")
        down = default.__class__(unreachable, alias="healthz-down")
        self.addCleanup(down.close)
        self.beat()
        with mock.patch.dict(health.CHECKS, database=lambda: check_database(down)):
            response = self.client.get("/healthz")
        self.assertEqual(response.status_code, 503)
        self.assertNotContains(response, "secret", status_code=503)
        body = response.json()
        self.assertEqual(body["failing"], ["database"])
        self.assertEqual(body["checks"]["database"]["error"], "OperationalError")

    def test_the_database_check_reports_its_timing(self):
        result = check_database()
        self.assertTrue(result["ok"])
        self.assertEqual(result["vendor"], connection.vendor)
        self.assertIsInstance(result["ms"], float)


class SearchCheckTests(HealthzTestCase):
    @override_settings(CONSORTIUM_SEARCH=NO_ELASTICSEARCH)
    def test_without_elasticsearch_the_database_engine_answers(self):
        search = self.healthz(503)["checks"]["search"]  # 503: no heartbeat here
        self.assertEqual(search["engine"], "database")
        self.assertTrue(search["ok"])

    @override_settings(CONSORTIUM_SEARCH=DEAD_ELASTICSEARCH)
    def test_elasticsearch_unreachable_is_503_naming_search_and_fast(self):
        self.beat()
        elasticsearch_engine()  # the client is made (and its library imported) once per process
        started = time.monotonic()
        body = self.healthz(503)
        self.assertLess(time.monotonic() - started, 3)
        self.assertEqual(body["failing"], ["search"])
        search = body["checks"]["search"]
        self.assertEqual(search["engine"], "elasticsearch")
        self.assertEqual(search["fallback"], "database")
        self.assertEqual(search["error"], "ConnectionError")
        # A load balancer asking about this server only still keeps it in rotation.
        self.assertEqual(self.healthz(200, only="database,cache")["failing"], [])

    @unittest.skipUnless(WITH_ELASTICSEARCH, "needs ELASTICSEARCH_URL (make test-postgres)")
    def test_a_running_elasticsearch_is_ok(self):
        elasticsearch_engine().ensure_index()
        self.beat()
        search = self.healthz(200)["checks"]["search"]
        self.assertEqual(search["engine"], "elasticsearch")
        self.assertIn(search["cluster"], {"green", "yellow"})
        self.assertIs(search["index"], True)
