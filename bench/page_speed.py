"""How long one public page of each type takes, uncached and from the anonymous page cache,
against the database DATABASE_URL names (the demo's var/db.sqlite3 by default), in-process
through Django's whole middleware stack (no HTTP server; `make serve` and the load test of
issue 7 measure that).

    DATABASE_URL=sqlite:////tmp/demo.sqlite3 .venv/bin/python bench/page_speed.py [--repeat 30]

Prints a Markdown table for docs/benchmarks.md: per page type and language, the p50 and p95 of
an uncached render (the page cache off), the queries it took, and the p50 and p95 of a
cache hit (the configured "pages" cache: a file cache by default)."""

import argparse
import logging
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from page_queries import LANGUAGES, measure, page_types, url_of  # noqa: E402

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")


def percentile(samples, share):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def timed(client, url, repeat):
    """Milliseconds per request, and whether the last one came from the page cache."""
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        response = client.get(url)
        samples.append((time.perf_counter() - started) * 1000)
        assert response.status_code in (200, 404), (url, response.status_code)
    return samples, response.get("X-Page-Cache") == "hit"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30)
    arguments = parser.parse_args()

    import django

    django.setup()
    logging.getLogger("django.request").setLevel(logging.ERROR)  # the 404 row logs each visit
    from django.conf import settings
    from django.core.cache import caches
    from django.db import connection
    from django.test import Client
    from django.test.utils import override_settings
    from wagtail.models import Page

    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    client = Client()
    pages = Page.objects.count()
    print(f"{pages:,} pages; {connection.vendor}; {arguments.repeat} requests each\n")
    print(
        "| page | language | uncached p50 ms | uncached p95 ms | queries "
        "| cached p50 ms | cached p95 ms |"
    )
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for label, model in page_types():
        for language in LANGUAGES:
            url = url_of(label, model, language)
            if url is None:
                continue
            with override_settings(PAGE_CACHE_SECONDS=0):
                client.get(url)  # warm the process (templates, site root paths)
                _status, queries = measure(client, url)
                uncached, _hit = timed(client, url, arguments.repeat)
            with override_settings(PAGE_CACHE_SECONDS=300):
                caches["pages"].clear()
                client.get(url)
                cached, hit = timed(client, url, arguments.repeat)
            from_cache = (
                f"{statistics.median(cached):.2f} | {percentile(cached, 0.95):.2f}"
                if hit
                else "not cached | —"
            )
            print(
                f"| {label} | {language} | {statistics.median(uncached):.1f} "
                f"| {percentile(uncached, 0.95):.1f} | {len(queries)} | {from_cache} |"
            )


if __name__ == "__main__":
    main()
