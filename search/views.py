"""The public search: an HTML page per language (`/<lang>/search/`) and a JSON API
(`/api/search/`, `/api/search/suggest/`) taking the same parameters."""

from django.http import JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from . import service
from .query import FACET_TITLES, MAX_QUERY_LENGTH, SearchForm, errors_by_field


def parameters(request):
    form = SearchForm(request.GET)
    return form, (form.search_query(translation.get_language()) if form.is_valid() else None)


@require_GET
def search_page(request):
    form, query = parameters(request)
    if query is None:
        return render(request, "search/search.html", {"form": form}, status=400)
    answer = service.run(query) if query.text or query.filters else None
    facets = (
        [(name, title, answer["facets"][name]) for name, title in FACET_TITLES.items()]
        if answer
        else []
    )
    context = {"form": form, "query": query, "answer": answer, "facets": facets}
    return render(request, "search/search.html", context)


@require_GET
def search_api(request):
    form, query = parameters(request)
    if query is None:
        return JsonResponse({"errors": errors_by_field(form)}, status=400)
    return JsonResponse(service.run(query), json_dumps_params={"ensure_ascii": False})


@require_GET
def suggest_api(request):
    text = " ".join(request.GET.get("q", "").split())
    language = request.GET.get("lang") or "ru"
    if language not in dict(SearchForm.base_fields["lang"].choices):
        return JsonResponse({"errors": {"lang": [_("Unknown language.")]}}, status=400)
    if len(text) > MAX_QUERY_LENGTH:
        message = _("At most %(limit)d characters.") % {"limit": MAX_QUERY_LENGTH}
        return JsonResponse({"errors": {"q": [message]}}, status=400)
    titles = service.suggest(text, language) if text else []
    return JsonResponse({"suggestions": titles}, json_dumps_params={"ensure_ascii": False})
