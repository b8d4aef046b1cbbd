"""SQLite's full-text index for the search: an FTS5 table of stemmed title, summary and body
(rowid = page id), ranked with bm25, title and summary weighing more than the body."""

from django.db import connection
from django.db.models import Q
from django.db.models.expressions import RawSQL
from django.utils import timezone

from ..text import fts_match, stemmed


class SqliteTextIndex:
    def create(self, cursor):
        cursor.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
            "title, summary, body, tokenize = 'unicode61 remove_diacritics 2')"
        )

    def store(self, documents):
        rows = [
            (doc.page_id, stemmed(doc.title), stemmed(doc.summary), stemmed(doc.body))
            for doc in documents
        ]
        with connection.cursor() as cursor:
            cursor.executemany(
                "DELETE FROM search_fts WHERE rowid = %s", [(row[0],) for row in rows]
            )
            cursor.executemany(
                "INSERT INTO search_fts (rowid, title, summary, body) VALUES (%s, %s, %s, %s)", rows
            )

    def remove(self, page_ids):
        with connection.cursor() as cursor:
            cursor.executemany(
                "DELETE FROM search_fts WHERE rowid = %s", [(pk,) for pk in page_ids]
            )

    def clear(self):
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_fts")

    def matches(self, terms, language):
        sql = "SELECT rowid FROM search_fts WHERE search_fts MATCH %s"
        return Q(page_id__in=RawSQL(sql, [fts_match(terms)]))  # noqa: S611 - constant SQL

    def ranked(
        self, terms, language, candidate_ids, start, stop, prefix_last=False, titles_only=False
    ):
        expression = fts_match(terms, prefix_last)
        if titles_only:
            expression = "title : (" + expression + ")"
        candidates, params = candidate_ids.query.sql_with_params()
        # For equal text, what is still to come ranks above what is over.
        # `candidates` is SQL compiled by Django from our own queryset; values are parameters.
        sql = (
            "SELECT search_fts.rowid FROM search_fts "  # noqa: S608
            "JOIN search_searchdocument document ON document.page_id = search_fts.rowid "
            f"WHERE search_fts MATCH %s AND search_fts.rowid IN ({candidates}) "
            "ORDER BY bm25(search_fts, 10.0, 4.0, 1.0), "  # title, summary, body
            "CASE WHEN document.ends_at >= %s THEN 0 ELSE 1 END LIMIT %s OFFSET %s"
        )
        now = connection.ops.adapt_datetimefield_value(timezone.now())
        with connection.cursor() as cursor:
            cursor.execute(sql, [expression, *params, now, stop - start, start])
            return [row[0] for row in cursor.fetchall()]
