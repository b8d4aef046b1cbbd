"""docs/security.md item 22 with the real processes: the task worker (`db_worker --queue-name '*'`)
and the scheduler (`scheduler`, publish_scheduled every run) run as production runs them, on a
database of their own (a SQLite file, or a PostgreSQL database made from the test database);
an editor's scheduled pages are written by another process. Both go down before the dates, and
while they are down nothing changes. When the scheduler is back the page due goes live, the
live pages whose expiry passed go, and the revision whose go-live and expiry both passed is
never published; when the worker is back it runs everything queued meanwhile (the search
index, the heartbeat that /healthz reads). Nothing is lost: every revision and every task."""

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from django.db import connections
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page, PageLogEntry, Revision

from consortium.models import WorkerHeartbeat
from search.models import SearchDocument

from .scheduling_world import TITLES

ROOT = Path(__file__).resolve().parent.parent
ALIAS = "scheduling_processes"  # the test process's connection to the processes' database
GO_LIVE_IN, EXPIRE_IN = 7, 8  # seconds from the scheduling of the pages to their dates
STALE_AFTER = 2  # HEALTHZ_WORKER_MAX_AGE while the worker is down
COMMANDS = {
    "worker": ["manage.py", "db_worker", "--queue-name", "*"],
    # As in production, but a run every second instead of every minute.
    "scheduler": ["manage.py", "scheduler", "--interval", "1"],
}
# Services the suite may be pointed at that these processes must not share with other tests.
NOT_PASSED = {"DATABASE_URL", "ELASTICSEARCH_URL", "REDIS_URL", "FRONTEND_CACHE_URL"}
# The test database is copied, committed and whole (the migrations' rows come back after the
# transactional tests that empty it); nothing is written to it here.
pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("migrated_rows_restored"),
]


def signal_group(process, sig):
    with contextlib.suppress(ProcessLookupError):  # it has already exited
        os.killpg(process.pid, sig)


class Stack:
    """The site's processes on one database and VAR_DIR (the page cache is a file cache there,
    shared by every process as in production); killed, whatever happens, at teardown."""

    def __init__(self, tmp_path, database_url):
        self.dir = tmp_path
        self.env = {
            key: value
            for key, value in os.environ.items()
            if key not in NOT_PASSED and not key.startswith(("AWS_", "DJANGO_", "HEALTHZ_"))
        } | {
            "DJANGO_SETTINGS_MODULE": "tests.process_settings",
            "DATABASE_URL": database_url,
            "VAR_DIR": str(tmp_path / "var"),
            "SECRET_KEY": uuid.uuid4().hex,
            "ALLOWED_HOSTS": "testserver",
            "SECURE_SSL_REDIRECT": "false",
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
            "PYTHONUNBUFFERED": "1",
        }
        self.processes = {}
        self.helpers = []

    def start(self, name):
        log = open(self.dir / f"{name}.log", "a")  # noqa: SIM115 (closed with the process)
        self.processes[name] = subprocess.Popen(  # noqa: S603
            [sys.executable, *COMMANDS[name]],
            cwd=ROOT,
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log.close()

    def stop(self, *names, sig=signal.SIGTERM):
        """Signalled together, as a supervisor stops them; SIGKILL after 10 s. Exit codes."""
        processes = [self.processes.pop(name) for name in names]
        for process in processes:
            signal_group(process, sig)
        for process in processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                signal_group(process, signal.SIGKILL)
                process.wait()
        return [process.returncode for process in processes]

    def kill_all(self):
        self.stop(*self.processes, sig=signal.SIGKILL)
        for helper in self.helpers:
            if helper.process.poll() is None:
                helper.process.kill()
            helper.process.wait()
            for pipe in (helper.process.stdin, helper.process.stdout):
                with contextlib.suppress(OSError):
                    pipe.close()

    def assert_running(self):
        for name, process in self.processes.items():
            assert process.poll() is None, f"the {name} died\n{self.logs()}"

    def helper(self, *args, max_age=STALE_AFTER):
        """tests/scheduling_world.py in a fresh process; started now, read with `.result()`."""
        helper = Helper(self, args, {**self.env, "HEALTHZ_WORKER_MAX_AGE": str(max_age)})
        self.helpers.append(helper)
        return helper

    def logs(self):
        return "\n".join(
            f"--- {path.name}\n{path.read_text()[-4000:]}" for path in self.dir.glob("*.log")
        )


class Helper:
    def __init__(self, stack, args, env):
        self.stack = stack
        with open(stack.dir / f"{args[0]}-{len(stack.helpers)}.log", "w") as log:
            self.process = subprocess.Popen(  # noqa: S603
                [sys.executable, "-m", "tests.scheduling_world", *map(str, args)],
                cwd=ROOT,
                env=env,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=log,
                text=True,
            )

    def wait_for_line(self, expected):
        for line in self.process.stdout:
            if line.strip() == expected:
                return
        self.result()  # the helper's error, if it failed
        pytest.fail(f"no {expected!r} from {self.process.args}\n{self.stack.logs()}")

    def result(self):
        """A `look` helper looks now (it was started ahead, so as to be loaded by then)."""
        for step in (lambda: self.process.stdin.write("\n"), self.process.stdin.close):
            with contextlib.suppress(BrokenPipeError):  # a helper that is done reads nothing
                step()
        out = self.process.stdout.read()  # after what wait_for_line read, from the same buffer
        self.process.wait(timeout=60)
        assert self.process.returncode == 0, self.stack.logs()
        return json.loads(out.strip().splitlines()[-1])


@pytest.fixture
def shared_database(tmp_path, django_db_blocker):
    """A copy of the migrated test database that other processes can open, as connections[ALIAS]
    here and as the URL it yields there: a SQLite file, or on PostgreSQL a database made with
    the test database as its template (the test database itself may be in memory)."""
    with django_db_blocker.unblock():
        default = connections["default"]
        params = default.settings_dict
        admin = None
        if default.vendor == "sqlite":
            name = tmp_path / "scheduling.sqlite3"
            default.ensure_connection()
            name.write_bytes(default.connection.serialize())
            url = f"sqlite:///{name}"
        else:
            name = f"scheduling_{uuid.uuid4().hex[:10]}"
            connections.close_all()  # CREATE DATABASE … TEMPLATE needs the template idle
            admin = default.get_new_connection(
                {**default.get_connection_params(), "dbname": "postgres"}
            )
            admin.autocommit = True
            with admin.cursor() as cursor:
                cursor.execute(f'CREATE DATABASE "{name}" TEMPLATE "{params["NAME"]}"')
            url = (
                f"postgres://{params['USER']}:{params['PASSWORD']}@{params['HOST'] or 'localhost'}"
                f":{params['PORT'] or 5432}/{name}"
            )
        connections.settings[ALIAS] = {**params, "NAME": str(name), "CONN_MAX_AGE": 0}
        try:
            yield url
        finally:
            connections[ALIAS].close()
            del connections[ALIAS]
            del connections.settings[ALIAS]
            if admin is not None:
                with admin.cursor() as cursor:
                    cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                admin.close()


@pytest.fixture
def stack(tmp_path, shared_database):
    stack = Stack(tmp_path, shared_database)
    yield stack
    stack.kill_all()


def poll(stack, condition, what, seconds=30):
    deadline = time.monotonic() + seconds
    while not (value := condition()):
        stack.assert_running()
        if time.monotonic() > deadline:
            pytest.fail(f"not within {seconds} s: {what}\n{stack.logs()}")
        time.sleep(0.2)
    return value


def sleep_until(moment):
    time.sleep(max(0, (moment - timezone.now()).total_seconds()))


def pages(ids):
    fields = ("live", "expired", "title", "live_revision_id", "has_unpublished_changes")
    rows = Page.objects.using(ALIAS).filter(pk__in=ids.values()).values("pk", *fields)
    by_pk = {row.pop("pk"): row for row in rows}
    return {key: by_pk[pk] for key, pk in ids.items()}


def state(ids):
    """Everything the outage could lose or change, read from the processes' database."""
    db = ALIAS
    object_ids = [str(pk) for pk in ids.values()]
    return {
        "pages": pages(ids),
        "revisions": sorted(
            Revision.objects.using(db)
            .filter(object_id__in=object_ids)
            .values_list("pk", "object_id", "approved_go_live_at")
        ),
        "log": sorted(
            PageLogEntry.objects.using(db)
            .filter(page_id__in=ids.values())
            .values_list("pk", "page_id", "action")
        ),
        "tasks": sorted(DBTaskResult.objects.using(db).values_list("pk", "status")),
        "heartbeat": list(WorkerHeartbeat.objects.using(db).values_list("beat_at", flat=True)),
        "search": sorted(
            SearchDocument.objects.using(db)
            .filter(page_id__in=ids.values())
            .values_list("page_id", flat=True)
        ),
    }


def ready_tasks(**filters):
    return DBTaskResult.objects.using(ALIAS).filter(status=TaskResultStatus.READY, **filters)


def actions(page_id):
    return list(
        PageLogEntry.objects.using(ALIAS)
        .filter(page_id=page_id)
        .order_by("timestamp", "pk")
        .values_list("action", flat=True)
    )


def test_worker_and_scheduler_down_through_go_live_and_expiry(stack):
    stack.start("worker")
    stack.start("scheduler")
    setup = stack.helper("setup", GO_LIVE_IN, EXPIRE_IN)
    # The outage begins as soon as the dates are set: both stopped as a supervisor stops them
    # (what was still queued for the worker stays queued).
    setup.wait_for_line("scheduled")
    assert stack.stop("scheduler", "worker") == [0, 0]
    down_at = timezone.now()
    world = setup.result()
    ids, urls = world["ids"], world["urls"]
    go_live = datetime.fromisoformat(world["go_live"])
    expiry = datetime.fromisoformat(world["expiry"])
    assert down_at < go_live - timedelta(seconds=1), (
        f"the processes took {(down_at - go_live).total_seconds() + GO_LIVE_IN:.1f} s to stop "
        f"after the pages were scheduled; GO_LIVE_IN must be larger on this machine"
    )
    # A visitor's pages, stored in the page cache as the outage began.
    cached = {key: tuple(answer) for key, answer in world["cached"].items()}
    assert cached == dict.fromkeys(("index", "expiring", "replaced"), (200, "miss"))
    before = state(ids)
    assert before["pages"]["scheduled"]["live"] is False
    assert before["pages"]["missed"]["live"] is False
    assert before["pages"]["replaced"]["title"] == TITLES["replaced"]  # the new version waits
    assert before["pages"]["expiring"]["live"] is True
    assert before["search"] == sorted([ids["expiring"], ids["replaced"]])
    statuses = {status for _, status in before["tasks"]}
    assert statuses <= {TaskResultStatus.SUCCESSFUL, TaskResultStatus.READY}
    waiting = [pk for pk, _, go_live_at in before["revisions"] if go_live_at is not None]
    assert len(waiting) == 3  # scheduled, missed and the replacement

    # While both are down: /healthz names the worker once its heartbeat is too old, and the
    # dates pass without anything changing (the expired page is still served, from the page
    # cache too: expiry happens when the scheduler returns).
    outage = stack.helper("look", urls["index"], max_age=STALE_AFTER)
    sleep_until(max(expiry, max(before["heartbeat"]) + timedelta(seconds=STALE_AFTER)))
    time.sleep(1)
    assert state(ids) == before
    outage = outage.result()
    assert outage["healthz"]["code"] == 503
    assert outage["healthz"]["failing"] == ["worker"]
    assert outage["healthz"]["checks"]["worker"]["age_seconds"] > STALE_AFTER
    listing = outage["pages"][urls["index"]]
    assert listing["cache"] == "hit"
    assert TITLES["expiring"] in listing["text"]
    assert state(ids) == before  # the look changed nothing either

    # The scheduler returns (the worker still down): at its first run the page due is live,
    # the expired ones are gone, the version whose dates both passed was never published.
    stack.start("scheduler")
    seen = []

    def scheduler_done():
        now = pages(ids)
        seen.append(now)
        return now["scheduled"]["live"] and not now["expiring"]["live"] and now

    after = poll(stack, scheduler_done, "the scheduled go-live and expiry after the outage")
    assert not any(sample["missed"]["live"] for sample in seen)
    assert not any(sample["replaced"]["title"] == TITLES["replacement"] for sample in seen)
    assert (after["scheduled"]["live"], after["scheduled"]["expired"]) == (True, False)
    assert after["scheduled"]["live_revision_id"] == max(world["revisions"]["scheduled"])
    for key in ("missed", "replaced", "expiring"):
        assert (after[key]["live"], after[key]["expired"]) == (False, True), key
    assert after["replaced"]["title"] == TITLES["replaced"]
    assert actions(ids["scheduled"])[-1] == "wagtail.publish.scheduled"
    assert "wagtail.publish" not in actions(ids["missed"])
    assert "wagtail.publish.scheduled" not in actions(ids["missed"])
    assert actions(ids["replaced"]).count("wagtail.publish") == 1  # its first version only
    assert actions(ids["replaced"])[-1] == "wagtail.unpublish.scheduled"
    assert actions(ids["expiring"])[-1] == "wagtail.unpublish.scheduled"
    assert not Revision.objects.using(ALIAS).filter(approved_go_live_at__isnull=False).exists()
    # Unpublished pages leave the search index at once; the one now live waits for the worker.
    assert state(ids)["search"] == []
    assert ready_tasks(task_path="search.index.refresh_pages").exists()

    # The worker returns: it runs what was queued while it was down.
    keys = ("index", "scheduled", "missed", "replaced", "expiring")
    look = stack.helper("look", *(urls[key] for key in keys), max_age=30)
    worker_back = timezone.now()
    stack.start("worker")
    queued = DBTaskResult.objects.using(ALIAS).filter(enqueued_at__lt=worker_back)

    def queued_done():
        assert not queued.filter(status=TaskResultStatus.FAILED).exists(), stack.logs()
        return not queued.exclude(status=TaskResultStatus.SUCCESSFUL).exists()

    poll(stack, queued_done, "every task queued before the worker returned has run")
    poll(
        stack,
        lambda: WorkerHeartbeat.objects.using(ALIAS).filter(beat_at__gt=worker_back).exists(),
        "a fresh heartbeat",
    )
    final = state(ids)
    assert final["search"] == [ids["scheduled"]]
    assert final["revisions"] == [(pk, oid, None) for pk, oid, _ in before["revisions"]]

    # What a visitor sees now (the page cache started a new generation at each change).
    look = look.result()
    seen_by_visitor = {key: look["pages"][urls[key]] for key in keys}
    assert {key: answer["status"] for key, answer in seen_by_visitor.items()} == {
        "index": 200,
        "scheduled": 200,
        "missed": 404,
        "replaced": 404,
        "expiring": 404,
    }
    listing = seen_by_visitor["index"]["text"]
    assert TITLES["scheduled"] in listing
    for key in ("missed", "replaced", "replacement", "expiring"):
        assert TITLES[key] not in listing, key
    assert look["healthz"]["code"] == 200, look["healthz"]
