"""Elasticsearch 8 as the public search engine. The database keeps the documents (the source of
truth); Elasticsearch holds a copy of them for ranking, filtering and exact facet counts, in an
index behind an alias so that a rebuild swaps atomically.

One analyzer serves both languages: ё folded into е, lower case, then the Snowball Russian and
the English stemmers (each leaves the other script's words alone), as `search.text` does for
SQLite."""

import logging
import time

from django.conf import settings
from django.utils import timezone
from elastic_transport import TransportError
from elasticsearch import Elasticsearch, helpers
from elasticsearch import exceptions as es_exceptions

from ..query import FACETS, Sort
from ..text import query_words
from .base import TEXT_FACETS, Answer, facet_column

logger = logging.getLogger(__name__)
UNAVAILABLE = (TransportError, es_exceptions.ApiError, ConnectionError)
FACET_SIZE = 10_000  # every value: counts are exact, never the top ten
SHARED_FILTER = "unfiltered_facets"  # the aggregation of the facets not filtered themselves

ANALYSIS = {
    "char_filter": {"fold_yo": {"type": "mapping", "mappings": ["ё => е", "Ё => Е"]}},
    "filter": {
        "russian_stemmer": {"type": "stemmer", "language": "russian"},
        "english_stemmer": {"type": "stemmer", "language": "english"},
    },
    "analyzer": {
        "consortium_text": {
            "tokenizer": "standard",
            "char_filter": ["fold_yo"],
            "filter": ["lowercase", "russian_stemmer", "english_stemmer"],
        },
    },
}
KEYWORDS = ["language", "type", "kind", "format", "payment", "level"]
# Ids are matched and counted, never compared: as keywords their terms aggregations count
# through global ordinals (built at refresh, not by the first search after it).
IDS = ["member_id", "region_id", "city_id", "focus_id", "profile_id"]
INTEGERS = ["age_from", "age_to", "grade_from", "grade_to"]
DATES = ["starts_at", "ends_at", "registration_opens", "registration_closes", "published_at"]
DATES += ["indexed_at"]
MAPPINGS = {
    "dynamic": "strict",
    "properties": {
        "title": {"type": "text", "analyzer": "consortium_text"},
        "summary": {"type": "text", "analyzer": "consortium_text"},
        "body": {"type": "text", "analyzer": "consortium_text"},
        **{name: {"type": "keyword", "eager_global_ordinals": True} for name in KEYWORDS + IDS},
        **{name: {"type": "integer"} for name in INTEGERS},
        **{name: {"type": "date"} for name in DATES},
    },
}


def config():
    return settings.CONSORTIUM_SEARCH


class ElasticsearchEngine:
    name = "elasticsearch"

    def __init__(self, url, alias):
        self.alias = alias
        self.client = Elasticsearch(
            url,
            request_timeout=config()["INDEX_TIMEOUT"],
            retry_on_timeout=False,
            max_retries=0,
        )

    # --- documents -------------------------------------------------------------------------

    @staticmethod
    def source(document):
        data = {name: getattr(document, name) for name in ("title", "summary", "body", *KEYWORDS)}
        data.update({name: getattr(document, name) for name in IDS + INTEGERS})
        data.update({name: getattr(document, name) for name in DATES})
        return data

    def ensure_index(self):
        if not self.client.indices.exists_alias(name=self.alias):
            self.create_index(alias=True)

    def create_index(self, alias=False):
        name = f"{self.alias}_{int(time.time() * 1000)}"
        self.client.indices.create(
            index=name,
            settings={"number_of_shards": 1, "number_of_replicas": 0, "analysis": ANALYSIS},
            mappings=MAPPINGS,
            aliases={self.alias: {}} if alias else None,
        )
        return name

    def store(self, documents, index=None):
        actions = [
            {"_index": index or self.alias, "_id": doc.page_id, "_source": self.source(doc)}
            for doc in documents
        ]
        if actions:
            self.ensure_index()
            # A publication shows in search at once; a rebuild refreshes once at the end.
            helpers.bulk(self.client, actions, refresh=index is None)

    def remove(self, page_ids):
        actions = [{"_op_type": "delete", "_index": self.alias, "_id": pk} for pk in page_ids]
        if actions:
            self.ensure_index()
            helpers.bulk(self.client, actions, raise_on_error=False, refresh=True)

    def clear(self):
        # By name: Elasticsearch refuses wildcard deletions by default.
        for index in self.client.indices.get(index=f"{self.alias}_*"):
            self.client.indices.delete(index=index)
        self.create_index(alias=True)

    def rebuild(self, documents):
        """Load every document into a fresh index, then point the alias at it in one step."""
        new = self.create_index()
        for start in range(0, len(documents), 1000):
            self.store(documents[start : start + 1000], index=new)
        self.client.indices.refresh(index=new)
        # One segment: a rebuilt index is read far more than written, and searching one
        # segment does each aggregation's work once.
        self.client.options(request_timeout=600).indices.forcemerge(index=new, max_num_segments=1)
        old = list(self.client.indices.get_alias(name=self.alias, ignore_unavailable=True))
        actions = [{"add": {"index": new, "alias": self.alias}}]
        actions += [{"remove_index": {"index": index}} for index in old]
        self.client.indices.update_aliases(actions=actions)

    def indexed(self):
        """{page id: indexed_at} of what the index holds, for repairs."""
        self.ensure_index()
        hits = helpers.scan(
            self.client,
            index=self.alias,
            query={"query": {"match_all": {}}},
            _source=["indexed_at"],
        )
        return {int(hit["_id"]): hit["_source"].get("indexed_at") for hit in hits}

    # --- queries ---------------------------------------------------------------------------

    def query_client(self):
        return self.client.options(request_timeout=config()["TIMEOUT"])

    def conditions(self, query):
        now = timezone.now()
        clauses = [{"term": {"language": query.language}}]

        def overlapping(low_field, high_field, bounds):
            low, high = bounds
            return [
                {
                    "bool": {
                        "should": [
                            {"bool": {"must_not": {"exists": {"field": low_field}}}},
                            {"range": {low_field: {"lte": high}}},
                        ]
                    }
                },
                {
                    "bool": {
                        "should": [
                            {"bool": {"must_not": {"exists": {"field": high_field}}}},
                            {"range": {high_field: {"gte": low}}},
                        ]
                    }
                },
            ]

        if query.ages is not None:
            clauses += overlapping("age_from", "age_to", query.ages)
        if query.grades is not None:
            clauses += overlapping("grade_from", "grade_to", query.grades)
        if query.date_from:
            clauses.append({"range": {"ends_at": {"gte": query.date_from.isoformat()}}})
        if query.date_to:
            clauses.append(
                {"range": {"starts_at": {"lte": query.date_to.isoformat() + "T23:59:59"}}}
            )
        if query.upcoming:
            clauses.append({"range": {"ends_at": {"gte": now.isoformat()}}})
        if query.registration_open:
            today = timezone.localdate().isoformat()
            clauses += [
                {"range": {"registration_closes": {"gte": today}}},
                {
                    "bool": {
                        "should": [
                            {"bool": {"must_not": {"exists": {"field": "registration_opens"}}}},
                            {"range": {"registration_opens": {"lte": today}}},
                        ]
                    }
                },
            ]
        return clauses

    @staticmethod
    def facet_clause(name, values):
        return {"terms": {facet_column(name): list(values)}}

    def text_clause(self, query):
        words = query_words(query.text)
        if not words:
            return {"match_all": {}}
        return {
            "multi_match": {
                "query": " ".join(words),
                "fields": ["title^10", "summary^4", "body"],
                "operator": "and",
                "type": "cross_fields",
            }
        }

    @staticmethod
    def facet_aggregations(facet_filters):
        """Each facet counted under every *other* facet's filter: the facets without a filter of
        their own share one filter aggregation (or none, when no facet is filtered), since a
        filter aggregation costs more than the counting under it."""

        def counts(names):
            return {
                name: {"terms": {"field": facet_column(name), "size": FACET_SIZE}} for name in names
            }

        unfiltered = [name for name in FACETS if name not in facet_filters]
        if not facet_filters:
            return counts(unfiltered)
        aggregations = {
            name: {
                "filter": {
                    "bool": {"filter": [c for other, c in facet_filters.items() if other != name]}
                },
                "aggs": counts([name]),
            }
            for name in facet_filters
        }
        if unfiltered:
            aggregations[SHARED_FILTER] = {
                "filter": {"bool": {"filter": list(facet_filters.values())}},
                "aggs": counts(unfiltered),
            }
        return aggregations

    @staticmethod
    def facet_buckets(aggregations, name, facet_filters):
        if not facet_filters:
            return aggregations[name]["buckets"]
        holder = aggregations[name if name in facet_filters else SHARED_FILTER]
        return holder[name]["buckets"]

    def search(self, query):
        facet_filters = {
            name: self.facet_clause(name, values) for name, values in query.filters.items()
        }
        aggregations = self.facet_aggregations(facet_filters)
        matching = {"bool": {"must": [self.text_clause(query)], "filter": self.conditions(query)}}
        if query.text and query.sort == Sort.RELEVANCE:
            sort = ["_score", {"ends_at": {"order": "desc", "missing": "_last"}}]
        elif query.sort == Sort.NEWEST:
            sort = [{"published_at": {"order": "desc", "missing": "_last"}}]
        else:
            # What is still to come first (scored 2, the rest 1), as on the database.
            upcoming = {"filter": {"range": {"ends_at": {"gte": "now"}}}, "weight": 2}
            matching = {
                "function_score": {
                    "query": matching,
                    "functions": [upcoming],
                    "boost_mode": "replace",
                }
            }
            soonest = query.sort == Sort.SOONEST
            then = {
                "starts_at" if soonest else "published_at": {
                    "order": "asc" if soonest else "desc",
                    "missing": "_last",
                }
            }
            sort = ["_score", then]
        response = self.query_client().search(
            index=self.alias,
            query=matching,
            post_filter={"bool": {"filter": list(facet_filters.values())}}
            if facet_filters
            else None,
            aggs=aggregations,
            sort=sort,
            from_=query.offset,
            size=query.page_size,
            track_total_hits=True,
            source=False,
        )
        facets = {}
        for name in FACETS:
            buckets = self.facet_buckets(response["aggregations"], name, facet_filters)
            facets[name] = {
                (bucket["key"] if name in TEXT_FACETS else int(bucket["key"])): bucket["doc_count"]
                for bucket in buckets
                if bucket["key"] != ""
            }
        return Answer(
            count=response["hits"]["total"]["value"],
            page_ids=[int(hit["_id"]) for hit in response["hits"]["hits"]],
            facets=facets,
            engine=self.name,
        )
