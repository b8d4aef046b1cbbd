"""SQLite's full-text index for the search: an FTS5 table of stemmed title, summary and body
(rowid = page id), ranked with bm25, title and summary weighing more than the body."""

from django.db import connection

from ..text import fts_match, stemmed
from .snapshot import parsed_hits

LISTING_COLUMNS = [
    *("type", "focus_id", "profile_id", "region_id", "city_id", "member_id", "kind"),
    *("format", "payment", "level", "age_from", "age_to", "grade_from", "grade_to"),
    *("starts_at", "ends_at", "registration_opens", "registration_closes", "published_at"),
    "title",
]


# Weights: title, summary, body. The hits come back as two strings of numbers, parsed by numpy:
# tens of thousands of Python tuples would cost more than the ranking (and wake the collector).
HITS = (
    "WITH hits(id, rank) AS MATERIALIZED (SELECT rowid, bm25(search_fts, 10.0, 4.0, 1.0) "
    "FROM search_fts WHERE search_fts MATCH %s) "
    "SELECT group_concat(id, ' '), group_concat(rank, ' ') FROM hits"
)


class SqliteTextIndex:
    def create(self, cursor):
        cursor.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
            "title, summary, body, tokenize = 'unicode61 remove_diacritics 2')"
        )
        # SQLite keeps a row's long text inline, so the facet columns behind it sit on overflow
        # pages; loading a snapshot (`snapshot`) reads them from this index instead.
        columns = ", ".join(LISTING_COLUMNS)
        cursor.execute(
            "CREATE INDEX IF NOT EXISTS search_document_listing "
            f"ON search_searchdocument (language, {columns})"
        )
        # The documents' last change, for the snapshots in memory (`snapshot`): one row, a new
        # random token per write. SQLite lets one writer in at a time, so the row is no queue.
        cursor.execute(
            "CREATE TABLE IF NOT EXISTS search_change (id INTEGER PRIMARY KEY, token INTEGER)"
        )
        for event in ("INSERT", "UPDATE", "DELETE"):
            cursor.execute(
                f"CREATE TRIGGER IF NOT EXISTS search_change_on_{event.lower()} AFTER {event} "  # noqa: S608
                "ON search_searchdocument BEGIN "
                "INSERT OR REPLACE INTO search_change (id, token) VALUES (1, random()); END"
            )

    def store(self, documents):
        rows = [
            (doc.page_id, stemmed(doc.title), stemmed(doc.summary), stemmed(doc.body))
            for doc in documents
        ]
        self.remove([row[0] for row in rows])
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO search_fts (rowid, title, summary, body) VALUES (%s, %s, %s, %s)",
                rows,
            )

    def remove(self, page_ids):
        with connection.cursor() as cursor:
            cursor.executemany(
                "DELETE FROM search_fts WHERE rowid = %s", [(pk,) for pk in page_ids]
            )

    def tidy(self):
        """After a bulk write: the change log is one row already, and SQLite needs no vacuum."""

    def clear(self):
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM search_fts")

    def hits(self, terms, language):
        """(page ids, ranks) of the documents whose text matches `terms`, as `parsed_hits`
        gives them (lower rank better).
        bm25() is computed in one pass over the matches: joined row by row, FTS5 would count each
        term's documents again for every row. Other languages' documents are dropped later."""
        with connection.cursor() as cursor:
            cursor.execute(HITS, [fts_match(terms)])
            return parsed_hits(*cursor.fetchone())
