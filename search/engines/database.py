"""Search on the database: the documents and their facets in `SearchDocument`, full text through
the database's own index (`text_index`, one per vendor).

The full-text index gives the matching documents with their rank, in one pass (ranking inside a
join would recompute the ranking's statistics per row, what makes Wagtail's database backend slow
on a large site). Conditions, facet counts and the requested page are then computed over the
listing columns held in memory (`snapshot`), where ten facets over 60,000 matches take
milliseconds instead of one sort per facet in SQL."""

from difflib import SequenceMatcher

from django.db import connection

from ..models import SearchDocument
from ..text import query_words, words
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

    def suggest(self, text, language, limit=10):
        """Titles starting with the words typed (the last one as a prefix); when fewer than
        `limit`, titles with a word close to the last one typed (a typo after its first
        letters), by similarity."""
        terms = query_words(text)
        if not terms:
            return []
        titles = self.best_titles(terms, language, limit)
        last = terms[-1]
        if len(titles) < limit and len(last) >= TYPO_MIN_LENGTH:
            candidates = self.best_titles(
                [*terms[:-1], last[:TYPO_KEPT_PREFIX]], language, TYPO_CANDIDATES
            )
            close = sorted(
                (-closeness, title)
                for title in candidates
                if title not in titles and (closeness := similarity(last, title)) >= TYPO_SIMILARITY
            )
            titles += [title for _, title in close][: limit - len(titles)]
        return titles

    def best_titles(self, terms, language, limit):
        """Up to `limit` distinct titles, best first (many pages share a title)."""
        page_ids = self.text_index.best_titles(terms, language, limit * SAME_TITLES)
        titles = dict(
            SearchDocument.objects.filter(page_id__in=page_ids).values_list("page_id", "title")
        )
        ordered = dict.fromkeys(titles[page_id] for page_id in page_ids if page_id in titles)
        return list(ordered)[:limit]


SAME_TITLES = 10  # pages read per title wanted: many pages share a title
TYPO_MIN_LENGTH = 4
TYPO_KEPT_PREFIX = 3
TYPO_CANDIDATES = 200
TYPO_SIMILARITY = 0.75


def similarity(word, title):
    """How close `word` is to the closest word of `title` (0 to 1)."""
    return max((SequenceMatcher(None, word, other).ratio() for other in words(title)), default=0)
