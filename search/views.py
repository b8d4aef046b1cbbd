"""A plain site search over live, public pages of the current language. The faceted search
that replaces it is built in the search issue."""

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

MAX_QUERY_LENGTH = 200
PAGE_SIZE = 10


def search(request):
    query = " ".join(request.GET.get("q", "").split())  # drops control characters and runs of space
    error = ""
    results = None
    if len(query) > MAX_QUERY_LENGTH:
        error = _("The query is too long: at most %(limit)d characters.") % {
            "limit": MAX_QUERY_LENGTH
        }
    elif query:
        pages = (
            Page.objects.live().public().filter(locale=Locale.get_active(), depth__gt=1).specific()
        )
        paginator = Paginator(pages.search(query), PAGE_SIZE)
        results = paginator.get_page(request.GET.get("page"))
    status = 400 if error else 200
    return render(
        request,
        "search/search.html",
        {"query": query, "results": results, "error": error},
        status=status,
    )
