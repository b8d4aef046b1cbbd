"""Search on the database: filters and exact facet counts in SQL over `SearchDocument`, full
text through the database's own index (`text_index`, one per vendor). Ranking is bounded: the
full-text index returns the best page of matches directly instead of ranking every row in
Python or in a correlated subquery, as Wagtail's database backend does."""

from difflib import SequenceMatcher

from django.db import connection
from django.db.models import Case, Count, F, IntegerField, When
from django.utils import timezone

from ..models import SearchDocument
from ..query import FACETS, Sort
from ..text import query_words, words
from .base import TEXT_FACETS, Answer, facet_column, filters_except


class DatabaseEngine:
    name = "database"

    def __init__(self, text_index):
        self.text_index = text_index

    def matching(self, query):
        """A Q restricting documents to those matching the text, or None without text."""
        terms = query_words(query.text)
        return self.text_index.matches(terms, query.language) if terms else None

    def search(self, query):
        text = self.matching(query)
        documents = SearchDocument.objects.filter(filters_except(query))
        if text is not None:
            documents = documents.filter(text)
        count = documents.count()
        page_ids = self.ordered_page(query, documents, text is not None)
        facets = {}
        for name in FACETS:
            scope = SearchDocument.objects.filter(filters_except(query, excluded=name))
            if text is not None:
                scope = scope.filter(text)
            column = facet_column(name)
            empty = {column: ""} if name in TEXT_FACETS else {f"{column}__isnull": True}
            rows = scope.exclude(**empty).values(column).annotate(count=Count("pk")).order_by()
            facets[name] = {row[column]: row["count"] for row in rows}
        return Answer(count=count, page_ids=page_ids, facets=facets, engine=self.engine_name)

    @property
    def engine_name(self):
        return f"database:{connection.vendor}"

    def ordered_page(self, query, documents, has_text):
        start, stop = query.offset, query.offset + query.page_size
        now = timezone.now()
        upcoming_first = Case(
            When(ends_at__gte=now, then=0), default=1, output_field=IntegerField()
        )
        if has_text and query.sort == Sort.RELEVANCE:
            ids = documents.values_list("page_id", flat=True)
            return self.text_index.ranked(query_words(query.text), query.language, ids, start, stop)
        if query.sort == Sort.NEWEST:
            ordering = [F("published_at").desc(nulls_last=True), "title"]
        elif query.sort == Sort.SOONEST:
            ordering = [upcoming_first, F("starts_at").asc(nulls_last=True), "title"]
        else:
            ordering = [upcoming_first, F("published_at").desc(nulls_last=True), "title"]
        return list(documents.order_by(*ordering).values_list("page_id", flat=True)[start:stop])

    def suggest(self, text, language, limit=10):
        """Titles starting with the words typed (the last one as a prefix); when fewer than
        `limit`, titles with a word close to the last one typed (a typo after its first
        letters), by similarity."""
        terms = query_words(text)
        if not terms:
            return []
        ids = SearchDocument.objects.filter(language=language).values_list("page_id", flat=True)
        page_ids = self.text_index.ranked(
            terms, language, ids, 0, limit, prefix_last=True, titles_only=True
        )
        titles = self.titles(page_ids)
        last = terms[-1]
        if len(titles) < limit and len(last) >= TYPO_MIN_LENGTH:
            stem_prefix = [*terms[:-1], last[:TYPO_KEPT_PREFIX]]
            candidates = self.titles(
                self.text_index.ranked(
                    stem_prefix,
                    language,
                    ids,
                    0,
                    TYPO_CANDIDATES,
                    prefix_last=True,
                    titles_only=True,
                )
            )
            close = sorted(
                (
                    (-similarity(last, title), title)
                    for title in candidates
                    if title not in titles and similarity(last, title) >= TYPO_SIMILARITY
                ),
            )
            titles += [title for _, title in close][: limit - len(titles)]
        return titles

    @staticmethod
    def titles(page_ids):
        found = dict(
            SearchDocument.objects.filter(page_id__in=page_ids).values_list("page_id", "title")
        )
        return [found[page_id] for page_id in page_ids if page_id in found]


TYPO_MIN_LENGTH = 4
TYPO_KEPT_PREFIX = 3
TYPO_CANDIDATES = 200
TYPO_SIMILARITY = 0.75


def similarity(word, title):
    """How close `word` is to the closest word of `title` (0 to 1)."""
    return max((SequenceMatcher(None, word, other).ratio() for other in words(title)), default=0)
