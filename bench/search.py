"""How fast the public search indexes and answers in a consortium of 100,000 pages, on the
database engine (SQLite FTS5 or PostgreSQL), on Elasticsearch when configured, and against
Wagtail's stock database search backend.

    .venv/bin/python bench/search.py [--pages 100000] [--queries-only]
    DATABASE_URL=postgres://…/bench_search .venv/bin/python bench/search.py
    eval "$(services/elasticsearch.sh start)"; .venv/bin/python bench/search.py

Builds its own SQLite database under var/bench/ (or uses DATABASE_URL: a PostgreSQL database
whose name starts with "bench", dropped and created again), fills it with a synthetic
consortium, builds our index and Wagtail's, runs twenty representative queries and writes a
Markdown section into docs/benchmarks.md (one section per database, replaced when rerun).
`--queries-only` reuses the database and indexes of the previous run.

Pages are real Wagtail pages. About a hundred go through `add_child` (to measure it); the rest
are written in bulk: tree paths computed as treebeard computes them, the `wagtailcore_page`
rows and the specific rows inserted a batch at a time, parents' `numchild` set at the end, no
revisions. The tree is then checked with treebeard's `find_problems()`."""

import argparse
import json
import os
import random
import sys
from pathlib import Path

from search_bench import ROOT

sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
os.environ.setdefault("VAR_DIR", str(ROOT / "var" / "bench"))
# Our Elasticsearch index becomes test_bench_public_search: never a development or test index.
os.environ.setdefault("ELASTICSEARCH_INDEX_PREFIX", "bench_")
os.environ.setdefault("LOG_LEVEL", "WARNING")  # not a line per Elasticsearch request

# The benchmark itself, once the environment is set (none of it imports Django when imported).
from search_bench.diagnosis import diagnose
from search_bench.indexing import diagnose_indexing, index_ours
from search_bench.queries import run_ours
from search_bench.report import TARGETS
from search_bench.results import REPORTED_OPTIONS, publish, report_only, results_file, revision
from search_bench.stock import configure_stock_backends, index_stock, run_stock, update_index_only
from search_bench.tree import build

SQLITE_FILE = Path(os.environ["VAR_DIR"]) / "search.sqlite3"


# --- command line and database -------------------------------------------------------------


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=100_000)
    parser.add_argument("--members", type=int, default=100)
    parser.add_argument("--regions", type=int, default=20)
    parser.add_argument("--queries-only", action="store_true", help="reuse the last build")
    parser.add_argument("--repeat", type=int, default=20, help="timed runs per query")
    parser.add_argument(
        "--budget", type=float, default=60, help="seconds of timed runs per query at most"
    )
    parser.add_argument(
        "--cap", type=float, default=120, help="stop a single call after this many seconds"
    )
    parser.add_argument(
        "--stock-index-timeout",
        type=float,
        default=1800,
        help="give up building Wagtail's index after this many seconds",
    )
    parser.add_argument(
        "--reindex",
        action="store_true",
        help="with --queries-only: migrate and rebuild our indexes, measuring their build anew",
    )
    parser.add_argument("--skip-stock", action="store_true", help="no Wagtail stock backend")
    parser.add_argument(
        "--stock-elasticsearch",
        action="store_true",
        help="also build and query Wagtail's own Elasticsearch backend",
    )
    parser.add_argument("--seed", type=int, default=20260201)
    parser.add_argument("--no-docs", action="store_true", help="do not write docs/benchmarks.md")
    parser.add_argument(
        "--report-only",
        action="store_true",
        help="write the section again from the last run's saved figures, measuring nothing",
    )
    parser.add_argument("--update-index", help=argparse.SUPPRESS)  # internal: one stock backend
    return parser.parse_args()


def prepare_database(fresh):
    """Point DATABASE_URL at the benchmark's database; start it empty unless `fresh` is false."""
    url = os.environ.get("DATABASE_URL", "")
    SQLITE_FILE.parent.mkdir(parents=True, exist_ok=True)  # VAR_DIR: the run's saved figures too
    if not url:
        if fresh:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{SQLITE_FILE}{suffix}").unlink(missing_ok=True)
        os.environ["DATABASE_URL"] = f"sqlite:///{SQLITE_FILE}"
        return
    if not url.startswith("postgres"):
        sys.exit("DATABASE_URL: SQLite (the default) or PostgreSQL only")
    import dj_database_url
    import psycopg

    config = dj_database_url.parse(url)
    name = config["NAME"]
    if not name.startswith("bench"):
        sys.exit(f"Refusing to use database {name!r}: its name must start with 'bench'")
    if not fresh:
        return
    admin = psycopg.connect(
        host=config["HOST"],
        port=config["PORT"] or 5432,
        user=config["USER"],
        password=config["PASSWORD"],
        dbname="postgres",
        autocommit=True,
    )
    with admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')


# --- main ------------------------------------------------------------------------------------


def main():
    options = parse_args()
    if options.update_index:
        update_index_only(options.update_index)
        return
    if options.report_only:
        report_only(options)
        return
    command = "DATABASE_URL=… " if os.environ.get("DATABASE_URL") else ""
    if os.environ.get("ELASTICSEARCH_URL"):
        command += "ELASTICSEARCH_URL=… "
    command += ".venv/bin/python bench/search.py " + " ".join(sys.argv[1:])
    prepare_database(fresh=not options.queries_only)

    import logging

    import django
    from django.conf import settings

    django.setup()
    for name in ("elastic_transport", "elasticsearch"):
        logging.getLogger(name).setLevel(logging.WARNING)
    elasticsearch_url = os.environ.get("ELASTICSEARCH_URL", "").strip()
    configure_stock_backends(settings, elasticsearch_url)
    settings.ALLOWED_HOSTS = ["testserver", "localhost"]
    from django.core.management import call_command
    from django.db import connection

    vendor = connection.vendor
    state = Path(os.environ["VAR_DIR"]) / f"search-{vendor}.json"
    rng = random.Random(options.seed)  # noqa: S311 - synthetic content, not secrets
    if options.queries_only:
        timings = json.loads(state.read_text())
        if options.reindex:
            call_command("migrate", verbosity=0)
            index_ours(timings)
            timings["index_command"] = command
        diagnose_indexing(timings)  # a few seconds; keeps the figures of the current code
        state.write_text(json.dumps(timings, indent=1))
    else:
        call_command("migrate", verbosity=0)
        timings = {"build_command": command}
        build(options, rng, timings)
        index_ours(timings)
        diagnose_indexing(timings)
        if not options.skip_stock:
            index_stock(options, timings, "default")
            if options.stock_elasticsearch and elasticsearch_url:
                index_stock(options, timings, "elasticsearch")
        state.write_text(json.dumps(timings, indent=1))

    from django.db.models import Count

    from consortium.models import Region
    from search.models import SearchDocument

    busiest = (
        SearchDocument.objects.exclude(region=None)
        .values("region")
        .annotate(n=Count("pk"))
        .order_by("-n")
        .first()
    )
    ids = {"region": busiest["region"] if busiest else Region.objects.first().pk}
    print("Queries:", flush=True)
    ours = {"database": run_ours("database", options, ids)}
    if elasticsearch_url:
        ours["elasticsearch"] = run_ours("elasticsearch", options, ids)
    stock = stock_es = None
    if not options.skip_stock and timings.get("stock_default_index_s") is not None:
        stock = run_stock("default", options, ids)
    if (
        options.stock_elasticsearch
        and elasticsearch_url
        and timings.get("stock_elasticsearch_index_s") is not None
    ):
        stock_es = run_stock("elasticsearch", options, ids)
    diagnosis = diagnose(ids, TARGETS[vendor], ours["database"], options.cap)
    diagnosis_file = Path(os.environ["VAR_DIR"]) / f"search-diagnosis-{vendor}.txt"
    diagnosis_file.write_text("\n".join(diagnosis) + "\n")
    print("\n".join(diagnosis))
    saved = {
        "command": command,
        "commit": revision(),
        "options": {name: getattr(options, name) for name in REPORTED_OPTIONS},
        "ours": ours,
        "stock": stock,
        "stock_es": stock_es,
        "diagnosis": diagnosis,
    }
    results_file(vendor).write_text(json.dumps(saved, indent=1, ensure_ascii=False))
    publish(vendor, timings, saved, options.no_docs)


if __name__ == "__main__":
    main()
