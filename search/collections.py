"""What a collection page lists: its saved criteria joined with what the visitor narrows (the
search page's own parameters), run through the same search service as the search page."""

from consortium.models import InstitutionPage

from . import service
from .query import FACET_TITLES, SearchForm


def saved_filters(collection):
    """The collection's facet filters, as the search service takes them. Members are matched
    to the collection's language through their translation key."""
    filters = {
        "type": list(collection.types),
        "focus": [term.pk for term in collection.focuses.all()],
        "profile": [term.pk for term in collection.profiles.all()],
        "region": [term.pk for term in collection.regions.all()],
        "city": [term.pk for term in collection.cities.all()],
        "kind": list(collection.kinds),
        "format": list(collection.formats),
        "payment": list(collection.payments),
        "level": list(collection.levels),
    }
    keys = [member.translation_key for member in collection.members.all()]
    if keys:
        filters["member"] = sorted(
            InstitutionPage.objects.filter(
                translation_key__in=keys, locale_id=collection.locale_id
            ).values_list("pk", flat=True)
        ) or [0]  # none of them in this language: nothing matches, rather than everything
    return {name: sorted(values) for name, values in filters.items() if values}


def narrowed(query, collection, saved):
    """The visitor's query inside the collection: the collection's criteria always hold and
    the visitor's choices can only narrow them."""
    for name, values in saved.items():
        within = set(query.filters.get(name, [])) & set(values)
        query.filters[name] = sorted(within) if within else values
    query.text = " ".join(part for part in (collection.search_text, query.text) if part)
    if collection.age_from is not None or collection.age_to is not None:
        youngest = collection.age_from if collection.age_from is not None else 0
        oldest = collection.age_to if collection.age_to is not None else 99
        one_age_inside = query.age_max is None and query.age in range(youngest, oldest + 1)
        if not one_age_inside:
            query.age, query.age_max = youngest, oldest
    query.upcoming = query.upcoming or collection.upcoming
    query.registration_open = query.registration_open or collection.registration_open
    return query


def collection_results(collection, request):
    form = SearchForm(request.GET)
    if not form.is_valid():
        return {"form": form, "answer": None, "facets": []}
    # The collection's language, whatever the request's `lang` says.
    query = form.search_query(collection.locale.language_code)
    query.language = collection.locale.language_code
    if not form.cleaned_data["sort"]:
        query.sort = collection.sort
    saved = saved_filters(collection)
    answer = service.run(narrowed(query, collection, saved))
    facets = []
    for name, title in FACET_TITLES.items():
        values = answer["facets"][name]
        if name in saved:
            if len(saved[name]) < 2:
                continue  # fixed by the collection: nothing for the visitor to choose
            values = [item for item in values if item["value"] in saved[name]]
        facets.append((name, title, values))
    return {
        "form": form,
        "query": query,
        "answer": answer,
        "facets": facets,
    }
