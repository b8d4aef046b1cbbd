"""Search on the database: the documents and their facets in `SearchDocument`, full text through
the database's own index (`text_index`, one per vendor).

One statement answers a search. The documents that match the text and the non-facet conditions
are computed once, with their rank, as a materialised `matched` set; the count, the requested
page and one count per facet value (each facet under every *other* facet's filter) are read from
it in the same statement. Asking once per facet would repeat the full-text match eleven times,
and ranking inside a join would recompute the ranking's statistics per row (what makes Wagtail's
database backend slow on a large site)."""

from difflib import SequenceMatcher

from django.db import connection
from django.db.models import Case, IntegerField, When
from django.utils import timezone

from ..models import SearchDocument
from ..query import FACETS, Sort
from ..text import query_words, words
from .base import TEXT_FACETS, Answer, condition_filters, facet_column

MATCHED_COLUMNS = ["page_id", "upcoming", "starts_at", "published_at", "title"]
MATCHED_COLUMNS += [facet_column(name) for name in FACETS]
COUNT, PAGE = -1, -2  # row kinds beside the facets' positions in FACETS

# The requested page's order. For equal text, what is still to come ranks above what is over;
# the page id keeps the order stable.
ORDERINGS = {
    "text": "rank, upcoming, page_id",
    Sort.NEWEST: "published_at DESC NULLS LAST, title, page_id",
    Sort.SOONEST: "upcoming, starts_at ASC NULLS LAST, title, page_id",
    Sort.RELEVANCE: "upcoming, published_at DESC NULLS LAST, title, page_id",
}


class DatabaseEngine:
    name = "database"

    def __init__(self, text_index):
        self.text_index = text_index

    @property
    def engine_name(self):
        return f"database:{connection.vendor}"

    def search(self, query):
        terms = query_words(query.text)
        matched, params = self.matched(terms, query, MATCHED_COLUMNS)
        ordering = ORDERINGS["text" if terms and query.sort == Sort.RELEVANCE else query.sort]
        branches = [
            facet_counts(position, name, query.filters) for position, name in enumerate(FACETS)
        ]
        where, where_params = facet_conditions(query.filters)
        branches.append(
            (f"SELECT {COUNT}, NULL, NULL, count(*) FROM matched WHERE {where}", where_params)  # noqa: S608
        )
        # The page's rows carry their position, the union of branches keeping no order.
        branches.append(
            (
                f"SELECT * FROM (SELECT {PAGE}, NULL, page_id, ROW_NUMBER() OVER (ORDER BY "  # noqa: S608
                f"{ordering}) FROM matched WHERE {where} ORDER BY {ordering} "
                "LIMIT %s OFFSET %s) page",
                [*where_params, query.page_size, query.offset],
            )
        )
        sql = f"WITH matched AS MATERIALIZED ({matched}) " + " UNION ALL ".join(
            branch for branch, _ in branches
        )
        for _, branch_params in branches:
            params += branch_params
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        return answer(rows, self.engine_name)

    def matched(self, terms, query, columns):
        """SQL of the documents meeting the query's non-facet conditions (and its text), with
        their rank (lower is better; 0 without text), and its parameters."""
        documents = SearchDocument.objects.filter(condition_filters(query)).annotate(
            upcoming=Case(
                When(ends_at__gte=timezone.now(), then=0), default=1, output_field=IntegerField()
            )
        )
        selected, params = documents.values_list(*columns).query.sql_with_params()
        if terms:
            return self.text_index.matched(terms, query.language, selected, params)
        return f"SELECT 0 AS rank, selected.* FROM ({selected}) selected", list(params)  # noqa: S608

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


def facet_conditions(filters, excluded=None):
    """SQL requiring every facet filter but `excluded`'s, and its parameters."""
    clauses, params = ["1 = 1"], []
    for name in FACETS:
        values = filters.get(name)
        if name != excluded and values:
            clauses.append(f"{facet_column(name)} IN ({', '.join(['%s'] * len(values))})")
            params += list(values)
    return " AND ".join(clauses), params


def facet_counts(position, name, filters):
    """The branch counting each value of one facet under every other facet's filter. Rows are
    (position, text value, id value, count): one column per type keeps the union well typed."""
    column = facet_column(name)
    where, params = facet_conditions(filters, excluded=name)
    if name in TEXT_FACETS:
        values, blank = f"{column}, CAST(NULL AS INTEGER)", f"{column} <> ''"
    else:
        values, blank = f"CAST(NULL AS VARCHAR(30)), {column}", f"{column} IS NOT NULL"
    sql = (
        f"SELECT {position}, {values}, count(*) FROM matched "  # noqa: S608 - known columns
        f"WHERE {where} AND {blank} GROUP BY {column}"
    )
    return sql, params


def answer(rows, engine):
    count, page, facets = 0, [], {name: {} for name in FACETS}
    for kind, text_value, id_value, number in rows:
        if kind == COUNT:
            count = number
        elif kind == PAGE:
            page.append((number, id_value))
        else:
            facets[FACETS[kind]][id_value if text_value is None else text_value] = number
    return Answer(
        count=count, page_ids=[pk for _, pk in sorted(page)], facets=facets, engine=engine
    )


SAME_TITLES = 10  # pages read per title wanted: many pages share a title
TYPO_MIN_LENGTH = 4
TYPO_KEPT_PREFIX = 3
TYPO_CANDIDATES = 200
TYPO_SIMILARITY = 0.75


def similarity(word, title):
    """How close `word` is to the closest word of `title` (0 to 1)."""
    return max((SequenceMatcher(None, word, other).ratio() for other in words(title)), default=0)
