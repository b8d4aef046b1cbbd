"""`/healthz` for load balancers and monitoring: the database, the search engine, the caches and
the task worker's heartbeat, each checked with a short timeout, in a JSON body; 200 when every
part checked is well, 503 naming the failing ones (see docs/operations.md, "Health check").

`?only=database,cache` checks only the parts named: what a load balancer should ask, since the
search engine and the worker are shared by every app server (taking them all out of rotation
helps no one). A check never raises: its exception is reported by class name only (messages
can carry addresses with passwords) and logged."""

import logging
import time
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.http import require_safe
from django_tasks import task, task_backends

from search.engines.registry import elasticsearch_engine
from search.models import SearchDocument

from .models import WorkerHeartbeat

logger = logging.getLogger(__name__)


# --- the worker's heartbeat -------------------------------------------------------------------


@task(takes_context=True)
def heartbeat(context):
    """Run by the worker: proves it is alive and taking tasks from this queue."""
    queue_name = context.task_result.task.queue_name
    WorkerHeartbeat.objects.update_or_create(
        queue_name=queue_name, defaults={"beat_at": timezone.now()}
    )
    return queue_name


def heartbeat_queues():
    return sorted(task_backends[heartbeat.backend].queues) or [heartbeat.queue_name]


def enqueue_heartbeats():
    """One heartbeat per queue of the tasks backend (the scheduler calls this every minute)."""
    for queue_name in heartbeat_queues():
        heartbeat.using(queue_name=queue_name).enqueue()


# --- the checks -------------------------------------------------------------------------------


def milliseconds_since(started):
    return round((time.monotonic() - started) * 1000, 1)


def check_database(db=connection):
    """`SELECT 1`, with a statement timeout on PostgreSQL (connecting is bounded by
    `connect_timeout` in DATABASE_URL, see docs/operations.md)."""
    started = time.monotonic()
    with db.cursor() as cursor:
        if db.vendor != "postgresql":
            cursor.execute("SELECT 1")
            cursor.fetchone()
        else:
            timeout = int(settings.HEALTHZ_TIMEOUT * 1000)
            cursor.execute("SELECT set_config('statement_timeout', %s, false)", [str(timeout)])
            try:
                cursor.execute("SELECT 1")
                cursor.fetchone()  # before the RESET, which returns no row
            finally:
                cursor.execute("RESET statement_timeout")
    return {"ok": True, "vendor": db.vendor, "ms": milliseconds_since(started)}


def check_search():
    """Elasticsearch when ELASTICSEARCH_URL is configured: reachable within HEALTHZ_TIMEOUT,
    the cluster not red and the search index present. Otherwise the database's full-text
    index answers, and it is well when its table can be read."""
    started = time.monotonic()
    engine = elasticsearch_engine()
    if engine is None:
        SearchDocument.objects.only("pk").first()
        return {"ok": True, "engine": "database", "ms": milliseconds_since(started)}
    result = {"ok": False, "engine": "elasticsearch", "fallback": "database"}
    try:
        client = engine.client.options(request_timeout=settings.HEALTHZ_TIMEOUT)
        status = client.cluster.health()["status"]
        index = bool(client.indices.exists_alias(name=engine.alias))
    except Exception as error:
        log_failure("search", error)
        return {**result, "error": type(error).__name__, "ms": milliseconds_since(started)}
    result.update(cluster=status, index=index, ms=milliseconds_since(started))
    result["ok"] = status != "red" and index
    if not index:
        result["error"] = "the search index is missing (run search_rebuild)"
    return result


def check_cache():
    """Set, read and delete a random key in every cache of CACHES."""
    started = time.monotonic()
    results = {}
    for alias in settings.CACHES:
        key, value = f"healthz:{uuid.uuid4().hex}", uuid.uuid4().hex
        try:
            cache = caches[alias]
            cache.set(key, value, 30)
            read = cache.get(key)
            cache.delete(key)
        except Exception as error:
            log_failure(f"cache {alias}", error)
            results[alias] = {"ok": False, "error": type(error).__name__}
            continue
        results[alias] = {"ok": read == value}
        if read != value:
            results[alias]["error"] = "the value written was not read back"
    ok = all(result["ok"] for result in results.values())
    return {"ok": ok, "caches": results, "ms": milliseconds_since(started)}


def check_worker():
    """The stalest heartbeat of the queues is at most HEALTHZ_WORKER_MAX_AGE seconds old."""
    max_age = settings.HEALTHZ_WORKER_MAX_AGE
    queues = heartbeat_queues()
    beats = dict(
        WorkerHeartbeat.objects.filter(queue_name__in=queues).values_list("queue_name", "beat_at")
    )
    result = {"ok": False, "max_age_seconds": max_age}
    missing = [name for name in queues if name not in beats]
    if missing:
        return {**result, "queue": missing[0], "last_heartbeat": None, "error": "no heartbeat"}
    queue_name = min(beats, key=beats.get)
    age = timezone.now() - beats[queue_name]
    result.update(
        queue=queue_name,
        last_heartbeat=beats[queue_name].isoformat(),
        age_seconds=round(age.total_seconds()),
        ok=age <= timedelta(seconds=max_age),
    )
    if not result["ok"]:
        result["error"] = "the heartbeat is too old (are the worker and the scheduler running?)"
    return result


CHECKS = {
    "database": check_database,
    "search": check_search,
    "cache": check_cache,
    "worker": check_worker,
}


def log_failure(name, error):
    logger.warning("Health check %s failed: %s", name, type(error).__name__, exc_info=error)


def run_check(name):
    started = time.monotonic()
    try:
        return CHECKS[name]()
    except Exception as error:
        log_failure(name, error)
        return {"ok": False, "error": type(error).__name__, "ms": milliseconds_since(started)}


@require_safe
def healthz(request):
    names = list(CHECKS)
    if "only" in request.GET:
        names = [name.strip() for name in request.GET["only"].split(",") if name.strip()]
        unknown = sorted(set(names) - set(CHECKS))
        if unknown or not names:
            response = JsonResponse(
                {"error": "unknown check", "unknown": unknown, "known": list(CHECKS)}, status=400
            )
            response["Cache-Control"] = "no-store"
            return response
    checks = {name: run_check(name) for name in CHECKS if name in names}
    failing = [name for name, result in checks.items() if not result["ok"]]
    body = {"status": "failing" if failing else "ok", "checks": checks, "failing": failing}
    response = JsonResponse(body, status=503 if failing else 200)
    response["Cache-Control"] = "no-store"
    return response
