"""How many SQL queries one uncached request for a public page of each type takes, in both
languages, against the database DATABASE_URL names (the demo's var/db.sqlite3 by default).

    cp var/db.sqlite3 /tmp/qb.sqlite3
    DATABASE_URL=sqlite:////tmp/qb.sqlite3 .venv/bin/python bench/page_queries.py [--sql TYPE]

Prints a Markdown table (page type × language × queries) for docs/benchmarks.md; with `--sql`,
also the SQL of the pages of that type (or `all`), grouped by the table each query reads.

"Uncached" means that the whole-page cache is off and Django's cache is cleared before every
request, so the only process-wide
state a request may reuse is what Wagtail and Django keep for the life of the process anyway
(the sites' root paths, content types), warmed by one request beforehand. Memos kept on the
request object live and die with each request, so they are counted honestly."""

import argparse
import os
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
os.environ["PAGE_CACHE_SECONDS"] = "0"  # the rendering is measured, not the page cache

LANGUAGES = ("ru", "en")
SEARCH_QUERY = "?q=лекция&type=program&type=event&payment=free"


def page_types():
    """(label, model or a callable finding the page) in the order of the table."""
    from consortium import models as m
    from home.models import HomePage

    return [
        ("home", HomePage),
        ("member directory", m.MemberDirectoryPage),
        ("institution", m.InstitutionPage),
        ("school", m.SchoolPage),
        ("program catalogue", m.ProgramCatalogPage),
        ("member's program index", m.ProgramIndexPage),
        ("program", m.ProgramPage),
        ("events calendar", m.EventCalendarPage),
        ("events calendar, month grid", m.EventCalendarPage),
        ("member's event index", m.EventIndexPage),
        ("event", m.EventPage),
        ("event series", m.EventSeriesPage),
        ("competition catalogue", m.CompetitionCatalogPage),
        ("member's competition index", m.CompetitionIndexPage),
        ("competition", m.CompetitionPage),
        ("news catalogue", m.NewsCatalogPage),
        ("member's news index", m.NewsIndexPage),
        ("news item", m.NewsPage),
        ("standard page", m.StandardPage),
        ("collection", m.CollectionPage),
        ("search (query and facets)", None),
        ("404", None),
    ]


def url_of(label, model, language):
    """The address of a live, public page of `model` in `language` with the most children
    (the fullest listing), or of the search page or a missing page."""
    if label.startswith("search"):
        return f"/{language}/search/{SEARCH_QUERY}"
    if label == "404":
        return f"/{language}/no-such-page-anywhere/"
    pages = model.objects.live().public().filter(locale__language_code=language)
    if model.__name__ == "InstitutionPage":
        pages = pages.exclude(schoolpage__isnull=False)
    page = pages.order_by("-numchild", "path").first()
    if page is None:
        return None
    return page.url + ("?view=month" if label.endswith("month grid") else "")


def table(sql):
    """The table a SELECT reads first (or the statement's verb)."""
    found = re.search(r'\bFROM\s+"?(\w+)"?', re.sub(r"\(SELECT .*?\)", "", sql))
    verb = sql.split(None, 1)[0].upper()
    return f"{verb} {found.group(1)}" if found else verb


# Our code that every request passes through, which is not where its queries come from.
NOT_ORIGINS = ("bench/page_queries.py", "consortium/page_cache.py", "cms/middleware.py")


def origin(frame):
    """Where a query comes from: the innermost frame of this project's code or the innermost
    template node being rendered (`template:line`), else the innermost frame of Wagtail."""
    wagtail = None
    while frame is not None:
        filename = frame.f_code.co_filename
        node = frame.f_locals.get("self") if frame.f_code.co_name == "render_annotated" else None
        if node is not None and getattr(node, "origin", None) and getattr(node, "token", None):
            return f"{node.origin.template_name}:{node.token.lineno}"
        if filename.startswith(str(ROOT)) and "/.venv/" not in filename:
            if not filename.endswith(NOT_ORIGINS):
                return f"{Path(filename).relative_to(ROOT)}:{frame.f_lineno} {frame.f_code.co_name}"
        elif wagtail is None and "/wagtail/" in filename:
            wagtail = f"wagtail/{filename.split('/wagtail/', 1)[1]}:{frame.f_lineno}"
        frame = frame.f_back
    return wagtail or "?"


def measure(client, url):
    """The status and the (sql, origin) of every query of one uncached request for `url`."""
    import sys

    from django.core.cache import cache
    from django.db import connection
    from wagtail.models import Site

    client.get(url)  # once before: renditions generated, content types known to the process
    cache.clear()
    Site.get_site_root_paths()  # process-wide in Wagtail: kept warm, as in production
    queries = []

    def record(execute, sql, params, many, context):
        queries.append((sql, origin(sys._getframe(1))))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        response = client.get(url)
    return response.status_code, queries


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sql", help="print the SQL of this page type (or 'all')")
    options = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.test import Client
    from django.test.utils import setup_test_environment

    setup_test_environment()
    settings.ALLOWED_HOSTS = ["*"]
    settings.DEBUG = False
    client = Client()
    client.get("/ru/")  # warm the process-wide state (content types, site root paths)

    rows = []
    details = []
    for label, model in page_types():
        counts = []
        for language in LANGUAGES:
            url = url_of(label, model, language)
            if url is None:
                counts.append("—")
                continue
            status, queries = measure(client, url)
            counts.append(str(len(queries)) + ("" if status in (200, 404) else f" ({status})"))
            if options.sql in (label, "all"):
                details.append((label, language, url, queries))
        rows.append((label, *counts))

    print("| page type | ru | en |")
    print("| --- | --- | --- |")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    for label, language, url, queries in details:
        print(f"\n## {label} ({language}) {url}: {len(queries)} queries")
        for where, n in Counter(where for _sql, where in queries).most_common():
            print(f"  {n} × {where}")
        for sql, where in queries:
            print(f"    {table(sql)} ← {where}")


if __name__ == "__main__":
    main()
