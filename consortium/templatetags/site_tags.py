"""Template tags of the public site: the home page of the current language, the consortium's
section navigation, the language switcher, breadcrumbs and cross-language page links."""

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Page, Site

from consortium.models import (
    CompetitionCatalogPage,
    CompetitionIndexPage,
    EventCalendarPage,
    EventIndexPage,
    MemberDirectoryPage,
    NewsCatalogPage,
    NewsIndexPage,
    ProgramCatalogPage,
    ProgramIndexPage,
)

register = template.Library()

# The consortium's sections, in menu order: live children of the language's home page.
SECTIONS = (
    ("directory", MemberDirectoryPage),
    ("programs", ProgramCatalogPage),
    ("events", EventCalendarPage),
    ("competitions", CompetitionCatalogPage),
    ("news", NewsCatalogPage),
)


def current_page(context):
    """The Wagtail page being rendered, or None (search results, error pages)."""
    page = context.get("page")
    return page if isinstance(page, Page) else None


def current_locale(context):
    page = current_page(context)
    if page is not None:
        return page.locale
    try:
        return Locale.get_active()
    except Locale.DoesNotExist:
        return None


def request_cache(request):
    """A dict kept on the request, so that the header's tags look each page up once."""
    if request is None:
        return {}
    cache = getattr(request, "_site_tags_cache", None)
    if cache is None:
        cache = request._site_tags_cache = {}
    return cache


def home_for_locale(request, locale):
    """The live home page (the site root or its translation) in `locale`, or None."""
    if locale is None:
        return None
    cache = request_cache(request)
    key = ("home", locale.pk)
    if key not in cache:
        site = Site.find_for_request(request) if request is not None else None
        home = None
        if site is not None:
            root = site.root_page
            home = root if root.locale_id == locale.pk else root.get_translation_or_none(locale)
        cache[key] = home if home is not None and home.live else None
    return cache[key]


def language_root_url(language_code):
    """`/ru/`, `/en/`: the address of a language's home, without touching the database."""
    with translation.override(language_code):
        return reverse("wagtail_serve", args=[""])


@register.simple_tag(takes_context=True)
def language_home(context):
    """`{% language_home as home %}`: the live home page of the current language, or None."""
    return home_for_locale(context.get("request"), current_locale(context))


@register.simple_tag(takes_context=True)
def language_home_url(context):
    """`{% language_home_url %}`: the address of the current language's home page."""
    request = context.get("request")
    home = home_for_locale(request, current_locale(context))
    if home is not None:
        return home.get_url(request)
    return language_root_url(translation.get_language() or settings.LANGUAGE_CODE)


def sections_of(request, home):
    """The consortium's sections under `home` as (key, page) pairs, in menu order."""
    if home is None:
        return []
    cache = request_cache(request)
    key = ("sections", home.pk)
    if key not in cache:
        models = [model for _key, model in SECTIONS]
        children = home.get_children().live().public().type(*models).specific()
        found = {}
        for child in children:
            for name, model in SECTIONS:
                if isinstance(child, model) and name not in found:
                    found[name] = child
        cache[key] = [(name, found[name]) for name, _model in SECTIONS if name in found]
    return cache[key]


@register.simple_tag(takes_context=True)
def consortium_sections(context):
    """`{% consortium_sections as sections %}`: the consortium's section pages of the current
    language by key (`directory`, `programs`, `events`, `competitions`, `news`); missing or
    unpublished sections are absent."""
    request = context.get("request")
    return dict(sections_of(request, home_for_locale(request, current_locale(context))))


@register.inclusion_tag("includes/site_nav.html", takes_context=True)
def site_nav(context):
    """`{% site_nav %}`: the main navigation of the consortium's sections."""
    request = context.get("request")
    page = current_page(context)
    home = home_for_locale(request, current_locale(context))
    links = []
    for key, section in sections_of(request, home):
        if page is not None and page.pk == section.pk:
            current = "page"
        elif page is not None and page.path.startswith(section.path):
            current = "true"
        else:
            current = ""
        links.append({"key": key, "page": section, "current": current})
    return {"request": request, "links": links}


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """`{% language_switcher %}`: one link per language in settings.LANGUAGES, to the live
    translation of the current page, otherwise to that language's home page."""
    request = context.get("request")
    page = current_page(context)
    active = translation.get_language() or settings.LANGUAGE_CODE
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    languages = []
    for code, name in settings.LANGUAGES:
        locale = locales.get(code)
        target = None
        if page is not None and locale is not None:
            if page.locale_id == locale.pk:
                target = page
            else:
                translated = page.get_translation_or_none(locale)
                if translated is not None and translated.live:
                    target = translated
        if target is not None:
            url = target.get_url(request)
        else:
            home = home_for_locale(request, locale)
            url = home.get_url(request) if home is not None else language_root_url(code)
        languages.append(
            {
                "code": code,
                "name": name,
                "url": url or language_root_url(code),
                "is_current": code == active,
                "is_translation": target is not None,
            }
        )
    return {"languages": languages}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """`{% breadcrumbs %}`: the live ancestors of the current page from the language's home;
    nothing on the home page itself or on pages outside the page tree."""
    page = current_page(context)
    if page is None or page.depth <= 2:
        return {"ancestors": [], "page": page}
    ancestors = page.get_ancestors().filter(depth__gte=2).live()
    return {"request": context.get("request"), "ancestors": ancestors, "page": page}


@register.simple_tag
def member_sections(page):
    """`{% member_sections page as sections %}`: the live, public sections of a member
    institution (its programs, events, competitions, news and other pages), in tree order."""
    return page.get_children().live().public().specific()


MEMBER_SECTION_MODELS = {
    "programs": ProgramIndexPage,
    "events": EventIndexPage,
    "competitions": CompetitionIndexPage,
    "news": NewsIndexPage,
}


@register.simple_tag
def member_section(sections, key):
    """`{% member_section sections "programs" as section %}`: from the sections that
    `member_sections` found, the one of a kind (`programs`, `events`, `competitions`,
    `news`), or None. Needs no query of its own."""
    model = MEMBER_SECTION_MODELS.get(key)
    if model is None:
        return None
    return next((section for section in sections if isinstance(section, model)), None)


@register.filter
def live_translation(page):
    """`{{ page.parent_institution|live_translation }}`: the page in the active language if
    its translation is live, else the page itself when it is live, else None."""
    if page is None:
        return None
    localized = page.localized
    return localized if localized.live else None


@register.filter
def live_translations(pages, attribute=None):
    """`{{ page.partners.all|live_translations }}`: the same as `live_translation` for each
    page of a list or queryset, leaving out those that have nothing live. With an argument,
    the pages are read from that attribute of each item:
    `{{ page.related_links.all|live_translations:"related" }}`."""
    if pages is None:
        return []
    if attribute:
        pages = (getattr(item, attribute, None) for item in pages)
    found = (live_translation(page) for page in pages)
    return [page for page in found if page is not None]


@register.filter
def elided_page_range(items):
    """`{% for number in items|elided_page_range %}`: page numbers around the current one,
    with `Paginator.ELLIPSIS` standing for the gaps."""
    return items.paginator.get_elided_page_range(items.number, on_each_side=2, on_ends=1)


@register.inclusion_tag("includes/staff_banner.html", takes_context=True)
def staff_banner(context):
    """`{% staff_banner %}`: for signed-in staff who may edit this page, its moderation state
    and a link to edit it. Nothing for visitors (and no query for them)."""
    from consortium.workflow.states import moderation_state

    request = context.get("request")
    page = current_page(context)
    user = getattr(request, "user", None)
    if page is None or user is None or not user.is_authenticated:
        return {}
    if not page.permissions_for_user(user).can_edit():
        return {}
    return {"page": page, "state": moderation_state(page)}
