"""Faults injected into the production-like stack while it serves load (docs/security.md items
20, 21 and 24), written to var/faults/results.json and printed as Markdown for
docs/benchmarks.md:

    .venv/bin/python bench/faults.py

Two visitors, a searcher and an editor publishing program pages through the admin (HTTP, as
a person does) run throughout; every answer is recorded with the scenario and phase it fell in.

1. es-stop: the Elasticsearch node is stopped, then started again: no 500, no failed publish,
   searches marked degraded, and the index catches up (documents against live public pages,
   Elasticsearch against the documents) within a bounded wait.
2. es-slow: Elasticsearch answers 2 s late (services/faultproxy.py): searches fall back in
   time, publishing stays bounded.
3. pg-restart (last: it is the one that can leave damage): the PostgreSQL cluster restarts:
   503s, never 500s; recovery without restarting gunicorn; no lost publish; a whole page tree.

The services are all our own (bench/faults_stack.py). The Django-side checks run in
`manage.py shell` subprocesses that import this file."""

import contextlib
import itertools
import json
import math
import os
import re
import shutil
import signal
import statistics
import sys
import threading
import time
from collections import Counter

from faults_stack import (
    PORT,
    PYTHON,
    SERVE_DIR,
    VAR,
    elasticsearch,
    faultproxy,
    pid_of,
    postgres,
    proxy_set,
    redis,
    restart_postgres,
    run,
    serve,
)

BASE = f"http://127.0.0.1:{PORT}"
SEARCHES = ["лекция", "робототехника", "программирование", "школьников", "олимпиада"]
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
KINDS = ("page", "search API", "search page", "edit form", "publish")
DEGRADED_NOTICE = '<p class="notice" role="status">'
CONVERGE_SECONDS = 90  # the catch-up task waits SEARCH_RETRY_AFTER (30 s) after a miss


# --- Django-side checks, run in `manage.py shell` (they print one JSON line) ------------------


def django(env, function, **arguments):
    code = f"import sys; sys.path.insert(0, 'bench'); import faults; faults.{function}()"
    env = {**env, "FAULTS_ARGUMENTS": json.dumps(arguments)}
    out = run(PYTHON, "manage.py", "shell", "-c", code, env=env).stdout
    return json.loads(out.strip().splitlines()[-1])


def arguments():
    return json.loads(os.environ["FAULTS_ARGUMENTS"])


def plan():
    """Public addresses to visit and program pages to publish (what the admin's form posts)."""
    from consortium import models as m
    from home.models import HomePage
    from tests.sharing_setup import program_form_data

    urls = [page.url for page in HomePage.objects.live().public()[:2]]
    for model in (m.ProgramPage, m.EventPage, m.InstitutionPage, m.ProgramCatalogPage):
        urls += [page.url for page in model.objects.live().public().order_by("pk")[:15]]
    edited = m.ProgramPage.objects.live().public().filter(locale__language_code="ru")
    edited = [{"id": p.pk, "form": program_form_data(p)} for p in edited.order_by("pk")[:12]]
    print(json.dumps({"urls": urls, "edited": edited}, ensure_ascii=False))


def drift_now():
    """What the public search index lacks or holds wrongly: the documents against the live
    public pages, Elasticsearch against the documents."""
    from wagtail.models import Page

    from search import documents
    from search.engines.registry import elasticsearch_engine, unavailable_errors
    from search.index import candidate_ids
    from search.models import SearchDocument

    pages = list(Page.objects.filter(pk__in=candidate_ids()))
    surroundings = documents.Surroundings(pages)
    public = {page.pk: page.last_published_at for page in pages if surroundings.is_public(page)}
    indexed = dict(SearchDocument.objects.values_list("page_id", "indexed_at"))
    drift = {
        "public_pages": len(public),
        "db_documents": len(indexed),
        "db_missing": len(public.keys() - indexed.keys()),
        "db_extra": len(indexed.keys() - public.keys()),
        "db_stale": sum(1 for pk, when in public.items() if pk in indexed and when > indexed[pk]),
    }
    try:
        in_es = elasticsearch_engine().indexed()
    except unavailable_errors() as error:
        return {**drift, "es_error": str(error)[:200]}
    behind = [pk for pk, when in indexed.items() if (in_es.get(pk) or "") < when.isoformat()]
    return {
        **drift,
        "es_documents": len(in_es),
        "es_missing": len(indexed.keys() - in_es.keys()),
        "es_extra": len(in_es.keys() - indexed.keys()),
        "es_behind": len(set(behind) - (indexed.keys() - in_es.keys())),
    }


def converged(drift):
    wrong = ("missing", "extra", "stale", "behind")
    return "es_error" not in drift and not any(
        value for key, value in drift.items() if key.endswith(wrong)
    )


def converge(quiet=False):
    """Poll the drift until there is none or the bound passes; then what the worker has left."""
    from django_tasks_db.models import DBTaskResult

    started, drift = time.monotonic(), {}
    while time.monotonic() - started < arguments()["seconds"]:
        drift = drift_now()
        if converged(drift):
            break
        time.sleep(2)
    waited = round(time.monotonic() - started, 1)
    due = DBTaskResult.objects.ready().count()
    found = {"converged": converged(drift), "seconds": waited, "tasks_due": due, **drift}
    if not quiet:
        print(json.dumps(found))
    return found


def after_fault():
    """Both checks in one shell: Django's start-up costs seconds on this machine."""
    print(json.dumps({**integrity(), "index": converge(quiet=True)}))


def integrity():
    """Acknowledged publications still live (a later, refused one may have landed too: markers
    only grow), and treebeard's own check of the page tree."""
    from wagtail.models import Page

    from consortium.models import ProgramPage

    lost = []
    for page_id, marker in arguments()["acknowledged"].items():
        summary = ProgramPage.objects.get(pk=page_id).summary
        found = re.search(r"\[faults #(\d+)\]", summary)
        if not found or int(found.group(1)) < marker:
            lost.append({"page": page_id, "acknowledged": marker, "live": summary[-20:]})
    names = ("evil_chars", "bad_steplen", "orphans", "wrong_depth", "wrong_numchild")
    problems = {name: len(ids) for name, ids in zip(names, Page.find_problems(), strict=True)}
    return {"lost_publishes": lost, "tree_problems": problems}


# --- the load ----------------------------------------------------------------------------------


class Load:
    """Two visitors, a searcher (the JSON API and the HTML page in turn) and an editor who
    publishes program pages through the admin, every answer recorded with the current phase."""

    def __init__(self, plan_data):
        self.plan = plan_data
        self.phase = ("setup", "")
        self.events = []  # (scenario, phase, kind, status, degraded, seconds); append is atomic
        self.acknowledged = {}  # page id -> the marker of its last publication answered 302
        self.markers = itertools.count(1)
        self.stopping, self.publishing = threading.Event(), threading.Event()
        self.threads = [
            threading.Thread(target=target, args=args, daemon=True)
            for target, args in ((self.visitor, (0,)), (self.visitor, (1,)), (self.searcher, ()))
        ]
        self.threads.append(threading.Thread(target=self.editor, daemon=True))

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.stopping.set()
        for thread in self.threads:
            thread.join(timeout=30)

    def request(self, session, kind, method, url, degraded=None, **kwargs):
        import requests

        started = time.monotonic()
        try:
            response = session.request(method, BASE + url, timeout=20, **kwargs)
        except requests.RequestException as error:
            response, status = None, type(error).__name__
        else:
            status = str(response.status_code)
            if status == "503":  # the app asks to come back; Varnish's own says nothing
                status += " app" if "Retry-After" in response.headers else " varnish"
        is_degraded = bool(response is not None and response.ok and degraded and degraded(response))
        self.events.append((*self.phase, kind, status, is_degraded, time.monotonic() - started))
        return response

    def visitor(self, offset):
        import requests

        session, urls = requests.Session(), self.plan["urls"]
        for index in itertools.count(offset, 2):
            if self.stopping.is_set():
                return
            self.request(session, "page", "GET", urls[index % len(urls)])
            time.sleep(0.1)

    def searcher(self):
        import requests

        session = requests.Session()
        for index in itertools.count():
            if self.stopping.is_set():
                return
            words = SEARCHES[index % len(SEARCHES)]
            if index % 2:
                url, marked = f"/ru/search/?q={words}", lambda r: DEGRADED_NOTICE in r.text
                self.request(session, "search page", "GET", url, marked)
            else:
                url, marked = f"/api/search/?q={words}", lambda r: r.json().get("degraded")
                self.request(session, "search API", "GET", url, marked)
            time.sleep(0.2)

    def log_in(self, session):
        form = session.get(f"{BASE}/admin/login/", timeout=20)
        password = (SERVE_DIR / "admin_password").read_text().strip()
        credentials = {"username": "admin", "password": password}
        token = {"csrfmiddlewaretoken": CSRF.search(form.text).group(1)}
        session.post(f"{BASE}/admin/login/", {**credentials, **token}, timeout=20)

    def editor(self):
        import requests

        session, pages = requests.Session(), itertools.cycle(self.plan["edited"])
        self.log_in(session)
        while not self.stopping.is_set():
            if not self.publishing.is_set():
                time.sleep(0.2)
                continue
            page = next(pages)
            url = f"/admin/pages/{page['id']}/edit/"
            form = self.request(session, "edit form", "GET", url, allow_redirects=False)
            if form is None or form.status_code != 200:
                time.sleep(1)
                if form is not None and form.status_code == 302:  # the session was lost
                    with contextlib.suppress(requests.RequestException, AttributeError):
                        self.log_in(session)
                continue
            marker = next(self.markers)
            summary = page["form"]["summary"].split(" [faults #")[0][:200]
            data = {**page["form"], "summary": f"{summary} [faults #{marker}]"}
            data |= {"csrfmiddlewaretoken": CSRF.search(form.text).group(1)}
            data["action-publish"] = "action-publish"
            answer = self.request(session, "publish", "POST", url, data=data, allow_redirects=False)
            if answer is not None and answer.status_code == 302:
                self.acknowledged[str(page["id"])] = marker
            time.sleep(0.3)

    def hold(self, scenario, phase, seconds=0.0):
        self.phase = (scenario, phase)
        time.sleep(seconds)


# --- the scenarios ---------------------------------------------------------------------------


def es_stop(load, node, env):
    load.publishing.set()
    load.hold("es-stop", "before", 10)
    load.hold("es-stop", "Elasticsearch stopped")
    node.stop()
    time.sleep(20)
    load.hold("es-stop", "Elasticsearch starting")
    node.start()
    load.hold("es-stop", "Elasticsearch back", 10)
    return checks(load, env, "es-stop", CONVERGE_SECONDS)


def es_slow(load, env):
    load.publishing.set()
    load.hold("es-slow", "Elasticsearch 2 s late")
    proxy_set("slow", 2)
    time.sleep(20)
    proxy_set("pass")
    load.hold("es-slow", "Elasticsearch back", 5)
    return checks(load, env, "es-slow", 30)


def pg_restart(load, env):
    gunicorn = pid_of("gunicorn")
    load.publishing.set()
    load.hold("pg-restart", "before", 10)
    load.hold("pg-restart", "restart + 5 s")
    started = time.monotonic()
    restart_postgres()
    restart_seconds = round(time.monotonic() - started, 1)
    time.sleep(5)
    load.hold("pg-restart", "after", 15)
    return {
        "restart_seconds": restart_seconds,
        "gunicorn_not_restarted": gunicorn is not None and pid_of("gunicorn") == gunicorn,
        # The worker exits when the database goes away; scripts/keep-running starts it again.
        "worker_restarts": worker_restarts(),
        "worker_running": pid_of("worker") is not None,
        "scheduler_running": pid_of("scheduler") is not None,
        **checks(load, env, "pg-restart", 20),
    }


def worker_restarts():
    log = (SERVE_DIR / "worker.log").read_text(errors="replace")
    return log.count("keep-running: ")


def checks(load, env, scenario, converge_seconds):
    """With publishing stopped (visitors go on): no acknowledged publication lost, the tree
    whole, nothing left in the task queue, and the search index converging."""
    load.publishing.clear()
    load.hold(scenario, "checks", 1)  # the publication in flight
    return django(env, "after_fault", acknowledged=load.acknowledged, seconds=converge_seconds)


# --- results -----------------------------------------------------------------------------------


def summarise(events):
    rows = {}
    for scenario, phase, kind, status, degraded, seconds in events:
        row = rows.setdefault(f"{scenario}|{phase}|{kind}", {"statuses": Counter(), "ms": []})
        row["statuses"][status] += 1
        row["degraded"] = row.get("degraded", 0) + degraded
        row["ms"].append(seconds * 1000)
    for row in rows.values():
        ms = sorted(row.pop("ms"))
        row["requests"] = len(ms)
        row["p95_ms"] = round(ms[math.ceil(0.95 * len(ms)) - 1]) if ms else 0  # nearest rank
        row["median_ms"] = round(statistics.median(ms)) if ms else 0
        row["max_ms"] = round(ms[-1]) if ms else 0
        row["statuses"] = dict(row["statuses"])
    return rows


def server_errors():
    """500s the app answered (gunicorn's access log) and, per log, how often each exception
    ended a logged traceback."""
    access = (SERVE_DIR / "access.log").read_text(errors="replace").splitlines()
    found = {"500s in access.log": sum(1 for line in access if re.search(r'" 500 \d', line))}
    for log in sorted(SERVE_DIR.glob("*.log")):
        endings = re.findall(r"^(\w[\w.]*(?:Error|Exception)): ?(.{0,60})", log.read_text(), re.M)
        if endings:
            counted = Counter(f"{name}: {text}" for name, text in endings)
            found[f"exceptions in {log.name}"] = dict(counted.most_common(4))
    return found


def described(value):
    if isinstance(value, dict) and "converged" in value:  # an index check
        wrong = {
            k: v for k, v in value.items() if k.endswith(("missing", "extra", "stale", "behind"))
        }
        drift = ", ".join(f"{k} {v}" for k, v in wrong.items() if v) or "no drift"
        state = "converged" if value["converged"] else "**not converged**"
        return (
            f"{state} after {value['seconds']} s: {value['public_pages']} live public pages, "
            f"{value['db_documents']} documents, {value.get('es_documents', '?')} in "
            f"Elasticsearch; {drift}; {value['tasks_due']} tasks due"
        )
    return f"`{json.dumps(value, ensure_ascii=False)}`"


def markdown(results):
    lines = [
        "| Scenario | Phase | Kind | Requests | Answers | Degraded | Median ms | p95 ms | Max ms |",
        "| --- | --- | --- | ---: | --- | ---: | ---: | ---: | ---: |",
    ]
    phases = dict.fromkeys(key.rsplit("|", 1)[0] for key in results["requests"])
    for phase in phases:
        for kind in KINDS:
            if row := results["requests"].get(f"{phase}|{kind}"):
                answers = ", ".join(f"{s}: {n}" for s, n in sorted(row["statuses"].items()))
                times = f"{row['median_ms']} | {row['p95_ms']} | {row['max_ms']}"
                lines.append(
                    f"| {phase.replace('|', ' | ')} | {kind} | {row['requests']} | {answers} "
                    f"| {row['degraded']} | {times} |"
                )
    lines += ["", "| Check | Result |", "| --- | --- |"]
    for scenario, checks in results["checks"].items():
        for name, value in checks.items():
            lines.append(f"| {scenario}: {name} | {described(value)} |")
    return "\n".join(lines)


def main():
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # so that the teardown runs
    shutil.rmtree(VAR, ignore_errors=True)  # a fresh stack: the demo marker, the ES data
    VAR.mkdir(parents=True)
    started = time.monotonic()
    results = {"requests": {}, "checks": {}}
    try:
        run_scenarios(results, started)
    finally:
        results["total_seconds"] = round(time.monotonic() - started)
        (VAR / "results.json").write_text(json.dumps(results, indent=1, ensure_ascii=False))
    print(markdown(results))


def run_scenarios(results, started):
    with contextlib.ExitStack() as services:
        services.enter_context(postgres())
        services.enter_context(redis())
        node = services.enter_context(elasticsearch())
        services.enter_context(faultproxy())
        env = services.enter_context(serve())
        results["setup_seconds"] = round(time.monotonic() - started)
        with Load(django(env, "plan")) as load:
            load.hold("baseline", "warm-up")
            results["checks"]["baseline"] = {"index": django(env, "converge", seconds=30)}
            try:
                results["checks"]["es-stop"] = es_stop(load, node, env)
                results["checks"]["es-slow"] = es_slow(load, env)
                results["checks"]["pg-restart"] = pg_restart(load, env)
            finally:
                results["requests"] = summarise(load.events)
        results["checks"]["logs"] = server_errors()


if __name__ == "__main__":
    main()
