"""Which engine answers. The database's own full-text index (SQLite FTS5 or PostgreSQL) always
holds the documents; with Elasticsearch configured it answers first, and when it fails or is
slow the database answers instead, marked as degraded. After a failure Elasticsearch is left
alone for a short while so that every query does not wait for the timeout again."""

import logging
import time
from functools import cache

from django.conf import settings
from django.db import connection

from .database import DatabaseEngine
from .postgres_fts import PostgresTextIndex
from .sqlite_fts import SqliteTextIndex

logger = logging.getLogger(__name__)
_elasticsearch_down_until = 0.0


@cache
def text_index():
    return PostgresTextIndex() if connection.vendor == "postgresql" else SqliteTextIndex()


def create_text_index(schema_editor):
    """Create the database's full-text tables, columns and indexes where missing (migrations)."""
    index = {"sqlite": SqliteTextIndex, "postgresql": PostgresTextIndex}.get(
        schema_editor.connection.vendor
    )
    if index:
        index().create(schema_editor.connection.cursor())


def database_engine():
    return DatabaseEngine(text_index())


def elasticsearch_engine():
    """The Elasticsearch engine when configured, else None."""
    search = settings.CONSORTIUM_SEARCH
    if not search["ELASTICSEARCH_URL"]:
        return None
    return _elasticsearch(search["ELASTICSEARCH_URL"], search["INDEX"])


@cache
def _elasticsearch(url, index):
    from .elastic import ElasticsearchEngine

    return ElasticsearchEngine(url, index)


def unavailable_errors():
    from .elastic import UNAVAILABLE

    return UNAVAILABLE


def elasticsearch_resting():
    """Whether Elasticsearch failed less than RETRY_AFTER seconds ago (in this process)."""
    return time.monotonic() < _elasticsearch_down_until


def trip_breaker():
    global _elasticsearch_down_until
    _elasticsearch_down_until = time.monotonic() + settings.CONSORTIUM_SEARCH["RETRY_AFTER"]


def ask(method, *args):
    """Call `method` on the preferred engine, falling back to the database. Returns the result
    and whether the fallback answered."""
    engine = elasticsearch_engine()
    if engine is not None:
        if not elasticsearch_resting():
            try:
                return getattr(engine, method)(*args), False
            except unavailable_errors() as error:
                logger.warning("Elasticsearch unavailable, the database answers: %s", error)
                trip_breaker()
        return getattr(database_engine(), method)(*args), True
    return getattr(database_engine(), method)(*args), False


def reset_breaker():
    global _elasticsearch_down_until
    _elasticsearch_down_until = 0.0
