"""The listing columns of every search document of one language (facets, conditions, sort keys)
held in memory as numpy arrays, for the database engine.

Counting ten facets over 60,000 matches, applying the conditions and ordering the requested page
take milliseconds here; in SQL each facet's GROUP BY sorts the matches again (SQLite ~25 ms
each at 100,000 pages). The database stays the source of truth: triggers log every write to the
documents (`search_change`, see the text indexes), and a process reloads its snapshot when the
last entry of that log is no longer the one it loaded with (one primary-key lookup per search)."""

import datetime
import threading

import numpy as np
from django.db import connection
from django.utils import timezone

from ..query import FACETS, Sort
from .base import TEXT_FACETS, Answer, facet_column
from .titles import Titles

NUMBER_COLUMNS = ("age_from", "age_to", "grade_from", "grade_to")
MOMENT_COLUMNS = ("starts_at", "ends_at", "published_at")
DAY_COLUMNS = ("registration_opens", "registration_closes")

_snapshots = {}  # (kind, database alias, language) -> (last change, what was loaded)
_loading = threading.Lock()


def current(kind, language, load):
    """What `load(language)` gives, held per process and kind and reloaded when the documents
    have changed since it was loaded."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, token FROM search_change ORDER BY id DESC LIMIT 1")
        last_change = cursor.fetchone()
    key = (kind, connection.alias, language)

    def fresh():
        change, loaded = _snapshots.get(key, (None, None))
        return loaded if loaded is not None and change == last_change else None

    if (loaded := fresh()) is None:
        with _loading:  # threads that found it stale together load it once
            if (loaded := fresh()) is None:
                loaded = load(language)
                _snapshots[key] = (last_change, loaded)
    return loaded


def snapshot(language):
    """The current snapshot of `language`'s listing columns."""
    return current("listing", language, Snapshot.load)


def titles(language):
    """The current distinct titles of `language`, for suggestions."""
    return current("titles", language, Titles.load)


# Dates become numbers in the database, so loading converts no value in Python: datetimes to
# seconds since the epoch (SQLite stores them as UTC text), dates to their proleptic ordinal.
EPOCH_SQL = {
    "sqlite": "CAST(strftime('%%s', {0}) AS INTEGER) + CAST(substr({0}, 21, 6) AS INTEGER) / 1e6",
    "postgresql": "extract(epoch FROM {0})::float8",
}
ORDINAL_SQL = {
    "sqlite": "CAST(julianday({0}) - 1721424.5 AS INTEGER)",
    "postgresql": "{0} - DATE '0001-01-01' + 1",
}


def loading_sql():
    """SQL of the columns a snapshot holds (LOADED_COLUMNS), a row per document in page id
    order; a facet without a value reads as its blank (0 for ids, which are positive)."""
    vendor = connection.vendor
    columns = [
        "page_id",
        *NUMBER_COLUMNS,
        *(EPOCH_SQL[vendor].format(name) for name in MOMENT_COLUMNS),
        *(ORDINAL_SQL[vendor].format(name) for name in DAY_COLUMNS),
        *(f"coalesce({facet_column(name)}, {blank(name)!r})" for name in FACETS),
        "title",
    ]
    return (
        f"SELECT {', '.join(columns)} FROM search_searchdocument "  # noqa: S608
        "WHERE language = %s ORDER BY page_id"
    )


def blank(facet):
    return "" if facet in TEXT_FACETS else 0


class Snapshot:
    def __init__(self, rows):
        empty = [()] * len(LOADED_COLUMNS)
        columns = dict(zip(LOADED_COLUMNS, list(zip(*rows, strict=True)) or empty, strict=True))
        self.page_ids = np.array(columns["page_id"], dtype=np.int64)  # ascending
        self.size = len(self.page_ids)
        # NaN for none: NaN fails every comparison, as NULL does in SQL.
        self.values = {
            name: np.array(columns[name], dtype=float)
            for name in (*NUMBER_COLUMNS, *MOMENT_COLUMNS, *DAY_COLUMNS)
        }
        self.facets = {name: FacetColumn(columns[name], blank(name)) for name in FACETS}
        # Each document's place in title order (code points, as SQLite and Elasticsearch sort;
        # ties by page id, the rows' order).
        titles = columns["title"]
        self.title_rank = np.empty(self.size, dtype=np.int64)
        self.title_rank[sorted(range(self.size), key=titles.__getitem__)] = np.arange(self.size)

    @classmethod
    def load(cls, language):
        with connection.cursor() as cursor:
            cursor.execute(loading_sql(), [language])
            return cls(cursor.fetchall())

    def positions(self, page_ids):
        """Where each of `page_ids` (all held) sits in the snapshot."""
        return np.searchsorted(self.page_ids, page_ids)

    def answer(self, query, engine, hits=None):
        """The answer to `query`; `hits` is (page ids, ranks) of the documents matching its
        text (lower rank is better), None for a query without text."""
        meeting = self.conditions(query)
        rank = None
        if hits is not None:
            rank, matching = self.ranks(*hits)
            meeting &= matching
        facet_masks = {
            name: self.facets[name].holding(values)
            for name, values in query.filters.items()
            if values
        }
        selected = meeting.copy()
        for mask in facet_masks.values():
            selected &= mask
        facets = {}
        for name in FACETS:
            counted = selected
            if name in facet_masks:  # counted under every *other* facet's filter
                counted = meeting.copy()
                for other, mask in facet_masks.items():
                    if other != name:
                        counted &= mask
            facets[name] = self.facets[name].counts(counted)
        return Answer(
            count=int(selected.sum()),
            page_ids=self.page(selected, query, rank),
            facets=facets,
            engine=engine,
        )

    def ranks(self, hit_ids, hit_ranks):
        """Each document's rank (infinite when its text does not match) and the mask of
        matches; hits of documents in other languages are not held and drop out."""
        rank = np.full(self.size, np.inf)
        if not self.size:
            return rank, np.zeros(0, dtype=bool)
        places = np.minimum(self.positions(hit_ids), self.size - 1)
        held = self.page_ids[places] == hit_ids
        rank[places[held]] = hit_ranks[held]
        return rank, np.isfinite(rank)

    def conditions(self, query):
        """The documents meeting the query's non-facet conditions (a missing age or grade bound
        does not exclude; a missing date does)."""
        v = self.values
        meeting = np.ones(self.size, dtype=bool)
        for bounds, low, high in (
            (query.ages, "age_from", "age_to"),
            (query.grades, "grade_from", "grade_to"),
        ):
            if bounds is not None:  # the document's range overlaps the asked one
                meeting &= ~(v[low] > bounds[1]) & ~(v[high] < bounds[0])
        if query.date_from:
            meeting &= v["ends_at"] >= start_of(query.date_from)
        if query.date_to:
            meeting &= v["starts_at"] < start_of(query.date_to + datetime.timedelta(days=1))
        if query.upcoming:
            meeting &= v["ends_at"] >= timezone.now().timestamp()
        if query.registration_open:
            today = timezone.localdate().toordinal()
            meeting &= ~(v["registration_opens"] > today) & (v["registration_closes"] >= today)
        return meeting

    def page(self, selected, query, rank):
        """Page ids of the requested page. For equal text what is still to come ranks above what
        is over; titles, then page ids, keep every order total and stable."""
        chosen = np.flatnonzero(selected)
        v = self.values

        def upcoming():  # False (still to come) sorts first
            return ~(v["ends_at"][chosen] >= timezone.now().timestamp())

        def soonest():
            return np.nan_to_num(v["starts_at"][chosen], nan=np.inf)

        def newest():
            return np.nan_to_num(-v["published_at"][chosen], nan=np.inf)

        # Only the keys of the order asked for are computed, the first listed sorting last.
        if rank is not None and query.sort == Sort.RELEVANCE:
            keys = (self.page_ids[chosen], upcoming(), rank[chosen])
        elif query.sort == Sort.NEWEST:
            keys = (self.title_rank[chosen], newest())
        elif query.sort == Sort.SOONEST:
            keys = (self.title_rank[chosen], soonest(), upcoming())
        else:
            keys = (self.title_rank[chosen], newest(), upcoming())
        order = np.lexsort(keys)
        wanted = chosen[order[query.offset : query.offset + query.page_size]]
        return self.page_ids[wanted].tolist()


LOADED_COLUMNS = ["page_id", *NUMBER_COLUMNS, *MOMENT_COLUMNS, *DAY_COLUMNS, *FACETS, "title"]


def parsed_hits(ids, ranks):
    """(page ids, ranks) from the space-separated numbers a text index returns (None: no hit)."""
    return (
        np.fromstring(ids or "", dtype=np.int64, sep=" "),
        np.fromstring(ranks or "", dtype=float, sep=" "),
    )


def start_of(date):
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time())).timestamp()


class FacetColumn:
    """One facet's value per document as a code into its distinct values."""

    def __init__(self, values, blank):
        distinct, codes = np.unique(np.array(values), return_inverse=True)
        self.distinct = distinct
        self.values = distinct.tolist()
        self.codes = codes.astype(np.int32)
        self.blank_codes = [self.values.index(blank)] if blank in self.values else []

    def holding(self, values):
        """The documents holding any of `values` (a value no document holds matches none)."""
        if not len(self.distinct):
            return np.zeros(len(self.codes), dtype=bool)
        places = np.searchsorted(self.distinct, values)
        wanted = [
            place
            for place, value in zip(places, values, strict=True)
            if place < len(self.values) and self.values[place] == value
        ]
        return np.isin(self.codes, wanted)

    def counts(self, selected):
        """{value: how many selected documents hold it}, blanks left out."""
        counts = np.bincount(self.codes[selected], minlength=len(self.values))
        counts[self.blank_codes] = 0
        return {self.values[code]: int(counts[code]) for code in np.flatnonzero(counts)}
