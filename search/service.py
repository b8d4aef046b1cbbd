"""One search, as the HTML page and the JSON API both present it: run the engine, then describe
the results and facets (labels in the requested language)."""

from django.db import connection
from django.utils import translation
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.utils import normalise_query_string

from consortium.models import City, Focus, Profile, Region
from consortium.models.taxonomy import pick_language
from consortium.models.vocabularies import Format, InstitutionKind, Level, Payment

from .engines.registry import ask
from .engines.snapshot import titles
from .models import DocumentType, SearchDocument
from .query import FACETS
from .text import highlight, query_stems, stem, words

CHOICE_LABELS = {
    "type": DocumentType,
    "kind": InstitutionKind,
    "format": Format,
    "payment": Payment,
    "level": Level,
}
TERM_MODELS = {"focus": Focus, "profile": Profile, "region": Region, "city": City}


def run(query):
    answer, degraded = ask("search", query)
    documents = SearchDocument.objects.in_bulk(answer.page_ids)
    with translation.override(query.language):
        labels = facet_labels(answer.facets, documents.values())
        return {
            "count": answer.count,
            "page": query.page,
            "pages": max(1, -(-answer.count // query.page_size)),
            "results": describe_results(answer.page_ids, documents, labels, query),
            "facets": describe_facets(answer.facets, labels, query),
            "backend": answer.engine,
            "degraded": degraded,
            "promotions": promotions(query) if query.page == 1 else [],
        }


def promotions(query):
    """Editors' picks for this query (Wagtail's search promotions): live, public pages of the
    requested language, or external links."""
    if not query.text:
        return []
    picks = list(
        SearchPromotion.objects.filter(
            query__query_string=normalise_query_string(query.text)
        ).order_by("sort_order")
    )
    if not picks:
        return []
    documents = SearchDocument.objects.filter(
        page_id__in=[pick.page_id for pick in picks if pick.page_id], language=query.language
    ).in_bulk()
    described = []
    for pick in picks:
        if pick.page_id in documents:
            document = documents[pick.page_id]
            described.append(
                {"title": document.title, "url": document.url, "description": pick.description}
            )
        elif pick.external_link_url:
            described.append(
                {
                    "title": pick.external_link_text or pick.external_link_url,
                    "url": pick.external_link_url,
                    "description": pick.description,
                }
            )
    return described


def describe_results(page_ids, documents, labels, query):
    stems = query_stems(query.text)
    return [
        describe(documents[page_id], labels, stems) for page_id in page_ids if page_id in documents
    ]


def term(labels, name, term_id):
    label = labels[name].get(term_id)
    return {"id": term_id, "label": label} if label is not None else None


def describe(document, labels, stems):
    # The summary unless only the body holds the words searched for.
    summary_stems = {stem(word) for word in words(document.summary)}
    in_summary = not stems or bool(summary_stems & set(stems))
    snippet_source = document.summary if document.summary and in_summary else document.body
    return {
        "type": document.type,
        "title": document.title,
        "url": document.url,
        "snippet": highlight(snippet_source, stems),
        "member": {"title": document.member_title, "url": document.member_url}
        if document.member_title
        else None,
        "region": term(labels, "region", document.region_id),
        "focus": term(labels, "focus", document.focus_id),
        "profile": term(labels, "profile", document.profile_id),
        "starts_at": document.starts_at.isoformat() if document.starts_at else None,
        "ends_at": document.ends_at.isoformat() if document.ends_at else None,
        "age_from": document.age_from,
        "age_to": document.age_to,
        "format": document.format or None,
        "payment": document.payment or None,
    }


def facet_labels(facets, documents):
    """{facet: {value: label}} for the values counted in `facets` and, for the vocabularies, those
    the `documents` shown hold too. Every search needs them, so they are read in one statement
    (the labels, not objects): five ORM queries took a fifth of an answer's time."""
    labels = {}
    for name, choices in CHOICE_LABELS.items():
        known = dict(choices.choices)
        labels[name] = {value: str(known.get(value, value)) for value in facets.get(name, {})}
    wanted = {"member": set(facets.get("member", {}))}
    for name in TERM_MODELS:
        held = {getattr(document, f"{name}_id") for document in documents}
        wanted[name] = (set(facets.get(name, {})) | held) - {None}
    parts, params = [], []
    for name, ids in wanted.items():
        labels[name] = {}
        if not ids:
            continue
        if name == "member":
            source = "page_id, title, ''", SearchDocument._meta.db_table, "page_id"
        else:
            source = "id, name_ru, name_en", TERM_MODELS[name]._meta.db_table, "id"
        columns, table, key = source
        placeholders = ", ".join(["%s"] * len(ids))  # our tables and columns; values as parameters
        parts.append(f"SELECT %s, {columns} FROM {table} WHERE {key} IN ({placeholders})")  # noqa: S608
        params += [name, *ids]
    if parts:
        with connection.cursor() as cursor:
            cursor.execute(" UNION ALL ".join(parts), params)
            for name, value, russian, english in cursor.fetchall():
                labels[name][value] = (
                    russian if name == "member" else pick_language(russian, english)
                )
    return labels


def describe_facets(facets, labels, query):
    described = {}
    for name in FACETS:
        counts = facets.get(name, {})
        selected = set(query.filters.get(name, []))
        described[name] = sorted(
            (
                {
                    "value": value,
                    "label": labels[name].get(value, str(value)),
                    "count": count,
                    "selected": value in selected,
                }
                for value, count in counts.items()
            ),
            key=lambda item: (-item["count"], item["label"]),
        )
    return described


def suggest(text, language, limit=10):
    """Up to `limit` titles for what is being typed; from the database on every engine
    (`engines.titles`), so Elasticsearch being down changes nothing here."""
    return titles(language).suggest(text, limit)
