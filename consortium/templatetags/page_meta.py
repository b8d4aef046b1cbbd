"""`{% page_meta %}` in the head of every page: the canonical URL, hreflang alternates to the
page's live, public translations, and Open Graph tags (title, description, type, URL, locale,
image), so that search engines and link previews (messengers, social networks) get them right."""

from django import template
from wagtail.images.models import SourceImageIOError

from consortium.models import EventPage, NewsPage

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
    versions = page.get_translations(inclusive=True).live().public().select_related("locale")
    alternates = [
        (version.locale.language_code, version.get_full_url(request)) for version in versions
    ]
    return {
        "canonical": url,
        "alternates": alternates if len(alternates) > 1 else [],
        "title": page.seo_title or page.title,
        "description": page.search_description or getattr(page, "summary", ""),
        "type": "article" if isinstance(page, ARTICLES) else "website",
        "locale": OG_LOCALES.get(page.locale.language_code, page.locale.language_code),
        "image": share_image(page, request),
    }


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
