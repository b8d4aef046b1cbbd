"""`{% page_meta %}` in the head of every page: the canonical URL, hreflang alternates to the
page's live, public translations, Open Graph tags (title, description, type, URL, locale,
image) and schema.org JSON-LD, so that search engines, aggregators and link previews
(messengers, social networks) get them right."""

import json

from django import template
from django.utils.safestring import mark_safe
from wagtail.images.models import SourceImageIOError

from cms.security import csp_nonce
from consortium.models import EventPage, NewsPage
from consortium.outputs.structured_data import structured_data

from .site_tags import header_pages, home_for_locale, translations_of

register = template.Library()

OG_LOCALES = {"ru": "ru_RU", "en": "en_GB"}
ARTICLES = (NewsPage, EventPage)  # dated content, shared like articles


@register.inclusion_tag("includes/page_meta.html", takes_context=True)
def page_meta(context):
    page = context.get("page")
    request = context.get("request")
    if page is None or not hasattr(page, "get_full_url"):
        return {}
    url = page.get_full_url(request)
    # The page's translations come from the query the header's tags share (site_tags).
    home = home_for_locale(request, page.locale_id)
    versions = translations_of(header_pages(request, page, home), page)
    alternates = [
        (code, version.get_full_url(request))
        for code, version in versions.items()
        if version.live and not version.private
    ]
    own = versions.get(next((c for c, v in versions.items() if v.pk == page.pk), None))
    language = own.locale.language_code if own is not None else page.locale.language_code
    return {
        "canonical": url,
        "alternates": alternates if len(alternates) > 1 else [],
        "title": page.seo_title or page.title,
        "description": page.search_description or getattr(page, "summary", ""),
        "type": "article" if isinstance(page, ARTICLES) else "website",
        "locale": OG_LOCALES.get(language, language),
        "image": share_image(page, request),
        "json_ld": json_ld(structured_data(page, request)),
        "csp_nonce": csp_nonce(request),
    }


# What must not appear raw inside <script>: the same escapes as Django's json_script.
SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld(data):
    if data is None:
        return None
    text = json.dumps(data, ensure_ascii=False).translate(SCRIPT_ESCAPES)
    return mark_safe(text)  # noqa: S308 - JSON with the characters that end a script escaped


def share_image(page, request):
    """A 1200×630 rendition of the page's image (what link previews show), or None."""
    image = getattr(page, "image", None)
    if image is None:
        return None
    try:
        rendition = image.get_rendition("fill-1200x630")
    except SourceImageIOError:  # the file is missing: a preview without an image, not a 500
        return None
    return {"url": request.build_absolute_uri(rendition.url), "alt": image.title}
