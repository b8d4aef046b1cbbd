"""What tests/test_scheduling_processes.py puts in its database and reads from the site, in a
fresh process against that database (DJANGO_SETTINGS_MODULE=tests.process_settings,
DATABASE_URL and VAR_DIR set), as an editor's and a visitor's requests would:

    python -m tests.scheduling_world setup GO_LIVE_IN EXPIRE_IN
        the pages, dated in seconds from now (a line "scheduled" once the dates are set)
    python -m tests.scheduling_world look PATH…
        the pages and /healthz?only=worker, once a line is read on stdin

Each ends with one line of JSON."""

import json
import sys
import time
from datetime import timedelta

TITLES = {
    "scheduled": "Выходит по расписанию после сбоя",
    "missed": "Пропущенная публикация",
    "replaced": "Действующая новость",
    "replacement": "Новая версия истекла во время сбоя",
    "expiring": "Истекает во время сбоя",
}


def wait_for(condition, seconds, what):
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        time.sleep(0.1)


def setup(go_live_in, expire_in):
    from django.test import Client
    from django.utils import timezone
    from django_tasks import TaskResultStatus
    from django_tasks_db.models import DBTaskResult
    from wagtail.models import Page

    from consortium.models import WorkerHeartbeat
    from consortium.site_setup import set_up_site

    from . import factories as f

    started = timezone.now()
    _, sections = set_up_site()
    member = f.InstitutionPageFactory(parent=sections["members"], title="Кванториум", slug="q")
    news_index = f.NewsIndexPageFactory(parent=member, title="Новости", slug="news")
    # The worker and the scheduler are running: the dates are counted from when they are.
    beat = WorkerHeartbeat.objects.filter(beat_at__gte=started)
    wait_for(beat.exists, 60, "the worker's first heartbeat")

    def news(key, slug, live):
        page = f.NewsPageFactory(parent=news_index, title=TITLES[key], slug=slug, live=live)
        if live:
            page.save_revision().publish()  # live with a live revision, as an editor leaves it
        return Page.objects.get(pk=page.pk).specific  # as the next edit loads it

    expiring = news("expiring", "expiring", live=True)
    replaced = news("replaced", "replaced", live=True)
    scheduled = news("scheduled", "scheduled", live=False)
    missed = news("missed", "missed", live=False)
    wait_for(  # the search index has the live pages (their publication's task has run)
        lambda: not DBTaskResult.objects.filter(
            task_path="search.index.refresh_pages", status=TaskResultStatus.READY
        ).exists(),
        30,
        "the worker to run the publications' tasks",
    )

    now = timezone.now()
    go_live, expiry = now + timedelta(seconds=go_live_in), now + timedelta(seconds=expire_in)
    expiring.expire_at = go_live
    expiring.save_revision().publish()  # live now, until go_live
    scheduled.go_live_at = go_live
    scheduled.save_revision().publish()  # approved, waiting for its date
    missed.go_live_at, missed.expire_at = go_live, expiry
    missed.save_revision().publish()
    replaced.title = TITLES["replacement"]
    replaced.go_live_at, replaced.expire_at = go_live, expiry
    replaced.save_revision().publish()  # the new version is scheduled; the old one stays live
    sys.stdout.write("scheduled\n")  # the cue for the outage to begin
    sys.stdout.flush()

    pages = {
        "scheduled": scheduled,
        "missed": missed,
        "replaced": replaced,
        "expiring": expiring,
        "index": news_index,
    }
    urls = {key: page.get_url() for key, page in pages.items()}
    cached = {}
    client = Client()
    for key in ("index", "expiring", "replaced"):  # a visitor: now in the page cache
        response = client.get(urls[key])
        cached[key] = [response.status_code, response.get("X-Page-Cache")]
    return {
        "ids": {key: page.pk for key, page in pages.items()},
        "urls": urls,
        "cached": cached,
        "go_live": go_live.isoformat(),
        "expiry": expiry.isoformat(),
        "revisions": {
            key: sorted(page.revisions.values_list("pk", flat=True)) for key, page in pages.items()
        },
    }


def look(*paths):
    """Ready first (Django loaded), then, at the line on stdin, a visitor's requests."""
    from django.test import Client
    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018 (the URLconf imported before the cue)
    client = Client()
    sys.stdin.readline()
    answers = {}
    for path in paths:
        response = client.get(path)
        answers[path] = {
            "status": response.status_code,
            "cache": response.get("X-Page-Cache"),
            "text": response.content.decode(),
        }
    health = client.get("/healthz", {"only": "worker"})
    return {"pages": answers, "healthz": {"code": health.status_code, **health.json()}}


if __name__ == "__main__":
    import django

    django.setup()
    command, *args = sys.argv[1:]
    result = setup(*map(float, args)) if command == "setup" else look(*args)
    sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
