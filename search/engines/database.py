"""Search on the database: the documents and their facets in `SearchDocument`, full text through
the database's own index (`text_index`, one per vendor).

The full-text index gives the matching documents with their rank, in one pass (ranking inside a
join would recompute the ranking's statistics per row, what makes Wagtail's database backend slow
on a large site). Conditions, facet counts and the requested page are then computed over the
listing columns held in memory (`snapshot`), where ten facets over 60,000 matches take
milliseconds instead of one sort per facet in SQL."""

from django.db import connection

from ..text import query_words
from .snapshot import snapshot


class DatabaseEngine:
    name = "database"

    def __init__(self, text_index):
        self.text_index = text_index

    @property
    def engine_name(self):
        return f"database:{connection.vendor}"

    def search(self, query):
        terms = query_words(query.text)
        documents = snapshot(query.language)
        hits = self.text_index.hits(terms, query.language) if terms else None
        return documents.answer(query, self.engine_name, hits)
