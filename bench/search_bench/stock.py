"""Wagtail's own search, measured against ours: its backends configured, its index built by
`update_index` in a child process (bench/search.py run again with --update-index), its queries
timed."""

import os
import subprocess
import sys
import time

from . import ROOT
from .queries import queries
from .timing import shown, summary, timed

STOCK_INDEX_PREFIX = "bench_consortium_"  # Wagtail's own Elasticsearch indexes, if measured
SCRIPT = ROOT / "bench" / "search.py"  # the benchmark's entry point, run for update_index


def configure_stock_backends(settings, elasticsearch_url):
    """Wagtail's stock search, the baseline: its database backend always (with the test settings
    it would be Elasticsearch as soon as ELASTICSEARCH_URL is set); its Elasticsearch backend
    too, under a benchmark-only index prefix, when asked for."""
    backends = {
        "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "russian"}
    }
    if elasticsearch_url:
        backends["elasticsearch"] = {
            "BACKEND": "wagtail.search.backends.elasticsearch8",
            "URLS": [elasticsearch_url],
            "INDEX_PREFIX": STOCK_INDEX_PREFIX,
            "TIMEOUT": 30,
        }
    settings.WAGTAILSEARCH_BACKENDS = backends


def update_index_only(backend):
    import django
    from django.conf import settings

    django.setup()
    configure_stock_backends(settings, os.environ.get("ELASTICSEARCH_URL", "").strip())
    from django.core.management import call_command

    call_command("update_index", backend_name=backend, verbosity=0)


def index_stock(options, timings, backend):
    """Wagtail's update_index for one stock backend, in a child process so that it can be
    given up after --stock-index-timeout."""
    command = [sys.executable, SCRIPT, "--update-index", backend]
    started = time.perf_counter()
    try:
        subprocess.run(  # noqa: S603 - the benchmark's script, with its own interpreter
            command, check=True, timeout=options.stock_index_timeout, env=os.environ
        )
    except subprocess.TimeoutExpired:
        timings[f"stock_{backend}_index_s"] = None
        print(f"Wagtail's index ({backend}) not built within {options.stock_index_timeout:.0f} s")
        return False
    timings[f"stock_{backend}_index_s"] = time.perf_counter() - started
    print(
        f"Wagtail's update_index ({backend}): {timings[f'stock_{backend}_index_s']:.0f} s",
        flush=True,
    )
    return True


def run_stock(backend, options, ids):
    """{label: (p50, p95, count, runs)} for the text queries, through Wagtail's own search:
    live, public pages of the query's language, all words required, first page of ten (or the
    requested page), the count taken as a listing does."""
    from wagtail.models import Locale, Page

    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    measured, figures = {}, {}
    for label, arguments in queries(ids):
        text = arguments.get("text")
        if not text:
            continue
        language = arguments.get("language", "ru")
        page = arguments.get("page", 1)
        key = (text, language, page)
        if key not in measured:

            def search(text=text, language=language, page=page):
                results = (
                    Page.objects.live()
                    .public()
                    .filter(locale=locales[language])
                    .search(text, operator="and", backend=backend)
                )
                count = results.count()
                return count, list(results[(page - 1) * 10 : page * 10])

            samples, result = timed(search, options.repeat, options.budget, options.cap)
            count = result[0] if result else None
            measured[key] = (*summary(samples), count, len(samples))
            print(
                f"  stock {backend:13} {label:36} {shown(*measured[key][:2], len(samples))}  "
                f"{count} results",
                flush=True,
            )
        figures[label] = measured[key]
    return figures
