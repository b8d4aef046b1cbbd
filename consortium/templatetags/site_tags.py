"""Template tags of the public site: the home page of the current language, the consortium's
section navigation, the language switcher, breadcrumbs and cross-language page links."""

from django import template
from django.conf import settings
from django.db.models import Q
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Page, Site

from consortium import serving
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


# A dict kept on the request, so that the header's tags look each page up once.
request_cache = serving.request_memo


def current_page(context):
    """The Wagtail page being rendered, or None (search results, error pages)."""
    page = context.get("page")
    return page if isinstance(page, Page) else None


def current_locale(context):
    page = current_page(context)
    if page is not None:
        return page.locale
    cache = request_cache(context.get("request"))
    if "active_locale" not in cache:
        try:
            cache["active_locale"] = Locale.get_active()
        except Locale.DoesNotExist:
            cache["active_locale"] = None
    return cache["active_locale"]


def current_locale_id(context):
    """The current locale's id, read from the page without a query when there is one."""
    page = current_page(context)
    if page is not None:
        return page.locale_id
    locale = current_locale(context)
    return locale.pk if locale is not None else None


def home_for_locale(request, locale):
    """The live home page (the site root or its translation) in `locale` (a Locale or its
    id), or None. The home page the request was routed from needs no query."""
    if locale is None:
        return None
    locale_id = getattr(locale, "pk", locale)
    cache = request_cache(request)
    key = ("home", locale_id)
    routed_from = cache.get("routed_from")
    if key not in cache and routed_from is not None and routed_from.locale_id == locale_id:
        cache[key] = routed_from if routed_from.live else None
    if key not in cache:
        site = Site.find_for_request(request) if request is not None else None
        home = None
        if site is not None:
            root = site.root_page
            home = root if root.locale_id == locale_id else root.get_translation_or_none(locale_id)
        cache[key] = home if home is not None and home.live else None
    return cache[key]


def language_root_url(language_code):
    """`/ru/`, `/en/`: the address of a language's home, without touching the database."""
    with translation.override(language_code):
        return reverse("wagtail_serve", args=[""])


@register.simple_tag(takes_context=True)
def language_home(context):
    """`{% language_home as home %}`: the live home page of the current language, or None."""
    return home_for_locale(context.get("request"), current_locale_id(context))


@register.simple_tag(takes_context=True)
def language_home_url(context):
    """`{% language_home_url %}`: the address of the current language's home page."""
    request = context.get("request")
    home = home_for_locale(request, current_locale_id(context))
    if home is not None:
        return home.get_url(request)
    return language_root_url(translation.get_language() or settings.LANGUAGE_CODE)


def header_pages(request, page, home):
    """In one query, what the header and head of a page show: the page's translations, the
    home page's translations (each with its locale and whether it is private) and the home
    page's live section children (generic pages: their title and address are all the menu
    needs)."""
    cache = request_cache(request)
    key = ("header", page.pk if page is not None else None, home.pk if home else None)
    routed = cache.get("header_rows")  # read while routing (consortium.serving.route)
    from_route = routed is not None and home is not None and routed[0] == home.pk
    if key not in cache and from_route and (page is None or page.pk in routed[1]):
        cache[key] = routed[2]
    if key not in cache:
        keys = [p.translation_key for p in (page, home) if p is not None]
        wanted = Q(translation_key__in=keys)
        if home is not None:
            models = [model for _key, model in SECTIONS]
            wanted |= Q(
                Page.objects.type_q(*models),
                depth=home.depth + 1,
                path__startswith=home.path,
                live=True,
            )
        rows = list(
            Page.objects.filter(wanted)
            .annotate(private=serving.restricted())
            .select_related("locale")
            .order_by("path")
        )
        cache[key] = rows
    return cache[key]


def translations_of(rows, page):
    """{language code: page} of `page`'s translations among the header's pages, live or not,
    itself included."""
    if page is None:
        return {}
    key = page.translation_key
    return {row.locale.language_code: row for row in rows if row.translation_key == key}


def sections_of(request, home, page=None):
    """The consortium's sections under `home` as (key, page) pairs, in menu order (read
    with the header's other pages of `page`)."""
    if home is None:
        return []
    cache = request_cache(request)
    key = ("sections", home.pk)
    if key not in cache:
        found = {}
        for row in header_pages(request, page, home):
            child = row.depth == home.depth + 1 and row.path.startswith(home.path)
            if not child or not row.live or row.private:
                continue
            model = row.specific_class
            for name, section_model in SECTIONS:
                if model is not None and issubclass(model, section_model) and name not in found:
                    found[name] = row
        cache[key] = [(name, found[name]) for name, _model in SECTIONS if name in found]
    return cache[key]


@register.simple_tag(takes_context=True)
def consortium_sections(context):
    """`{% consortium_sections as sections %}`: the consortium's section pages of the current
    language by key (`directory`, `programs`, `events`, `competitions`, `news`); missing or
    unpublished sections are absent."""
    request = context.get("request")
    home = home_for_locale(request, current_locale_id(context))
    return dict(sections_of(request, home, current_page(context)))


@register.inclusion_tag("includes/site_nav.html", takes_context=True)
def site_nav(context):
    """`{% site_nav %}`: the main navigation of the consortium's sections."""
    request = context.get("request")
    page = current_page(context)
    home = home_for_locale(request, current_locale_id(context))
    links = []
    for key, section in sections_of(request, home, page):
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
    home = home_for_locale(request, current_locale_id(context))
    # The page's and the home page's translations, from the query the navigation shares.
    rows = header_pages(request, page, home)
    translations = translations_of(rows, page)
    homes = translations_of(rows, home)
    languages = []
    for code, name in settings.LANGUAGES:
        translated = translations.get(code)
        target = None
        if translated is not None and page is not None and translated.pk == page.pk:
            target = page
        elif translated is not None and translated.live:
            target = translated
        if target is not None:
            url = target.get_url(request)
        else:
            other_home = homes.get(code)
            live = other_home is not None and other_home.live
            url = other_home.get_url(request) if live else language_root_url(code)
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
    ancestors = serving.cached_ancestors(page, min_depth=2)  # read while routing
    if ancestors is None:
        ancestors = page.get_ancestors().filter(depth__gte=2)
    ancestors = [ancestor for ancestor in ancestors if ancestor.live]
    return {"request": context.get("request"), "ancestors": ancestors, "page": page}


@register.simple_tag
def member_sections(page):
    """`{% member_sections page as sections %}`: the live, public sections of a member
    institution (its programs, events, competitions, news and other pages), in tree order:
    generic pages (their title and address are what the page shows), read while routing
    or else in one query."""
    children = page.__dict__.get(serving.SERVED_CHILDREN)
    if children is not None:
        return [child for child in children if child.live and not child.private]
    return Page.objects.child_of(page).live().exclude(serving.restricted())


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
    return next(
        (s for s in sections if s.specific_class and issubclass(s.specific_class, model)), None
    )


@register.filter
def live_translation(page):
    """`{{ page.parent_institution|live_translation }}`: the page in the active language if
    its translation is live, else the page itself when it is live, else None."""
    if page is None:
        return None
    locale = page._state.fields_cache.get("locale")  # read with the page (select_related)
    if locale is not None and locale.language_code == translation.get_language():
        return page if page.live else None
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
    if hasattr(pages, "select_related"):  # a queryset: each page with its locale, one query
        pages = pages.select_related(f"{attribute}__locale" if attribute else "locale")
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
