"""One search, as the HTML page and the JSON API both present it: run the engine, then describe
the results and facets (labels in the requested language)."""

from django.utils import translation
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.utils import normalise_query_string

from consortium.models import City, Focus, Profile, Region
from consortium.models.vocabularies import Format, InstitutionKind, Level, Payment

from .engines.registry import ask
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
    with translation.override(query.language):
        return {
            "count": answer.count,
            "page": query.page,
            "pages": max(1, -(-answer.count // query.page_size)),
            "results": describe_results(answer.page_ids, query),
            "facets": describe_facets(answer.facets, query),
            "backend": answer.engine,
            "degraded": degraded,
            "promotions": promotions(query) if query.page == 1 else [],
        }


def promotions(query):
    """Editors' picks for this query (Wagtail's search promotions): live, public pages of the
    requested language, or external links."""
    if not query.text:
        return []
    picks = SearchPromotion.objects.filter(
        query__query_string=normalise_query_string(query.text)
    ).order_by("sort_order")
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


def describe_results(page_ids, query):
    documents = SearchDocument.objects.in_bulk(page_ids)
    terms = {
        name: model.objects.in_bulk({getattr(doc, f"{name}_id") for doc in documents.values()})
        for name, model in TERM_MODELS.items()
    }
    stems = query_stems(query.text)
    return [
        describe(documents[page_id], terms, stems) for page_id in page_ids if page_id in documents
    ]


def term(terms, name, term_id):
    found = terms[name].get(term_id)
    return {"id": found.pk, "label": found.name} if found else None


def describe(document, terms, stems):
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
        "region": term(terms, "region", document.region_id),
        "focus": term(terms, "focus", document.focus_id),
        "profile": term(terms, "profile", document.profile_id),
        "starts_at": document.starts_at.isoformat() if document.starts_at else None,
        "ends_at": document.ends_at.isoformat() if document.ends_at else None,
        "age_from": document.age_from,
        "age_to": document.age_to,
        "format": document.format or None,
        "payment": document.payment or None,
    }


def facet_labels(name, values):
    if name in CHOICE_LABELS:
        labels = dict(CHOICE_LABELS[name].choices)
        return {value: str(labels.get(value, value)) for value in values}
    if name == "member":
        rows = SearchDocument.objects.filter(page_id__in=values).values_list("page_id", "title")
        return dict(rows)
    return {pk: term.name for pk, term in TERM_MODELS[name].objects.in_bulk(values).items()}


def describe_facets(facets, query):
    described = {}
    for name in FACETS:
        counts = facets.get(name, {})
        labels = facet_labels(name, list(counts))
        selected = set(query.filters.get(name, []))
        described[name] = sorted(
            (
                {
                    "value": value,
                    "label": labels.get(value, str(value)),
                    "count": count,
                    "selected": value in selected,
                }
                for value, count in counts.items()
            ),
            key=lambda item: (-item["count"], item["label"]),
        )
    return described


def suggest(text, language, limit=10):
    titles, _degraded = ask("suggest", text, language, limit)
    return titles
