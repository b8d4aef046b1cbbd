"""Our index, built and refreshed, on the database and on Elasticsearch; and our search held
to the database (`without_elasticsearch`, for the queries too)."""

import re
import time


def without_elasticsearch():
    from django.conf import settings
    from django.test import override_settings

    return override_settings(
        CONSORTIUM_SEARCH={**settings.CONSORTIUM_SEARCH, "ELASTICSEARCH_URL": ""}
    )


def index_ours(timings):
    from search import index
    from search.engines.registry import elasticsearch_engine
    from search.models import SearchDocument

    with without_elasticsearch():
        started = time.perf_counter()
        index.rebuild()
        timings["our_db_index_s"] = time.perf_counter() - started
    timings["documents"] = SearchDocument.objects.count()
    print(
        f"Our index on the database: {timings['documents']} documents in "
        f"{timings['our_db_index_s']:.0f} s",
        flush=True,
    )
    engine = elasticsearch_engine()
    if engine is not None:
        started = time.perf_counter()
        documents = list(SearchDocument.objects.all())
        timings["es_read_s"] = time.perf_counter() - started
        started = time.perf_counter()
        engine.rebuild(documents)
        timings["es_index_s"] = time.perf_counter() - started
        print(f"Elasticsearch bulk load: {timings['es_index_s']:.0f} s", flush=True)


def diagnose_indexing(timings, sample=500):
    """How fast documents that exist are written again (a refresh): `update_documents` on a
    sample of pages as it runs (autocommit), then the same inside one transaction for
    comparison; its SQL statements by kind."""
    from collections import Counter

    from django.db import connection, transaction
    from django.test.utils import CaptureQueriesContext

    from search import index

    ids = sorted(index.candidate_ids())[:sample]

    with without_elasticsearch():
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            index.update_documents(ids)
            autocommit = time.perf_counter() - started
        started = time.perf_counter()
        with transaction.atomic():
            index.update_documents(ids)
        atomic = time.perf_counter() - started
    kinds = Counter()
    for statement in captured.captured_queries:
        times, sql = re.match(r"(?:(\d+) times: )?(.*)", statement["sql"], re.S).groups()
        if times == "0":
            continue
        table = re.search(r'\b(?:FROM|INTO|UPDATE)\s+"?(\w+)', sql)
        kind = sql.split()[0] + (" " + table.group(1) if table else "")
        kinds[kind + (f" ({times} rows, one statement each)" if times else "")] += 1
    timings["index_sample"] = {
        "pages": len(ids),
        "autocommit_rate": len(ids) / autocommit,
        "atomic_rate": len(ids) / atomic,
        "statements": len(captured.captured_queries),
        "kinds": dict(kinds.most_common()),
    }
    print(f"Indexing sample: {timings['index_sample']}", flush=True)
