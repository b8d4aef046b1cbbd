"""`/sitemap.xml` (an index) and `/sitemap-<n>.xml` (up to SECTION_SIZE pages each): every live,
public page in both languages, each with its translations as hreflang alternates (the Russian
one also as x-default, as the site's first language); and `/robots.txt`, pointing at it.

The sections are cut in tree order, so that a page's place never depends on what was published
in another branch last."""

from django.conf import settings
from django.core.paginator import EmptyPage, Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET
from wagtail.models import Page

SECTION_SIZE = 10_000  # the protocol allows 50,000; smaller sections keep each request short
DEFAULT_LANGUAGE = settings.LANGUAGE_CODE


def public_pages():
    return (
        Page.objects.live().public().filter(depth__gt=1).select_related("locale").order_by("path")
    )


def sections():
    return Paginator(public_pages(), SECTION_SIZE)


@require_GET
def sitemap_index(request):
    urls = [
        request.build_absolute_uri(reverse("sitemap_section", args=[number]))
        for number in sections().page_range
    ]
    return render(request, "outputs/sitemap_index.xml", {"sitemaps": urls}, "application/xml")


@require_GET
def sitemap_section(request, number):
    try:
        pages = list(sections().page(number))
    except EmptyPage:
        raise Http404 from None
    translations = {}
    for page in public_pages().filter(translation_key__in={page.translation_key for page in pages}):
        translations.setdefault(page.translation_key, []).append(page)
    entries = []
    for page in pages:
        versions = sorted(
            translations.get(page.translation_key, [page]), key=lambda p: p.locale.language_code
        )
        alternates = [
            (version.locale.language_code, version.get_full_url(request)) for version in versions
        ]
        default = dict(alternates).get(DEFAULT_LANGUAGE)
        if len(alternates) > 1 and default:
            alternates.append(("x-default", default))
        entries.append(
            {
                "location": page.get_full_url(request),
                "lastmod": page.last_published_at,
                "alternates": alternates if len(versions) > 1 else [],
            }
        )
    return render(request, "outputs/sitemap.xml", {"entries": entries}, "application/xml")


@require_GET
def robots_txt(request):
    sitemap = request.build_absolute_uri(reverse("sitemap_index"))
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /api/",
        # Search results are endless combinations of one catalogue: crawlers get the pages.
        *(f"Disallow: /{code}/search/" for code, _name in settings.LANGUAGES),
        f"Sitemap: {sitemap}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
