"""The engine that answers public searches: the database's own full-text index (SQLite FTS5 or
PostgreSQL), chosen by the database in use."""

from functools import cache

from django.db import connection

from .database import DatabaseEngine
from .postgres_fts import PostgresTextIndex
from .sqlite_fts import SqliteTextIndex


@cache
def text_index():
    return PostgresTextIndex() if connection.vendor == "postgresql" else SqliteTextIndex()


def database_engine():
    return DatabaseEngine(text_index())
