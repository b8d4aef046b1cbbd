"""The anonymous page cache: public Wagtail pages are kept, whole, for visitors without a
session, keyed by host, path and query, language and the visually impaired preferences.

Invalidation is by generation: every key carries the current generation, and publishing,
unpublishing, moving or deleting any page, or changing what pages show beside their own fields
(vocabularies, images, view restrictions, sites), starts a new one. A page lists other pages
(catalogues, the home page, calendars), so one publication can change many pages; a new
generation is what is always correct. Entries also expire after PAGE_CACHE_SECONDS, because
listings move with the clock (what is upcoming, whose registration is open).

The generation lives in the same cache as the pages ("pages" in CACHES: a shared file cache by
default, Redis when configured), so every process (web workers, the task worker, the
scheduler) sees the same one."""

import hashlib
import itertools
import uuid

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .accessibility import preferences_cache_key

GENERATION_KEY = "page-cache:generation"
# Not cached: the admin, machine interfaces and files (each has its own rules).
# /healthz must answer even when the page cache itself is broken.
BYPASSED_PREFIXES = ("/admin/", "/api/", "/documents/", "/static/", "/media/", "/healthz")
MAX_QUERY_LENGTH = 200  # longer query strings are not worth a cache entry
MARK = "_cacheable_page"  # set on the request by the before_serve_page hook


def page_cache():
    return caches["pages"]


def current_generation():
    cache = page_cache()
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
        generation = cache.get(GENERATION_KEY)
    return generation


def generation_at_start(request):
    """The generation when this request began (read once per request)."""
    if not hasattr(request, "_page_cache_generation"):
        request._page_cache_generation = current_generation()
    return request._page_cache_generation


def remembered(key, compute):
    """`compute()`, kept for LISTING_COUNT_SECONDS within the current generation: for totals
    over the whole consortium (a listing's count, the home page's figures), which only a
    publication or the clock changes and which cost a scan of every live page of a type."""
    if settings.LISTING_COUNT_SECONDS <= 0:
        return compute()
    key = f"remembered:{current_generation()}:{key}"
    value = page_cache().get(key)
    if value is None:
        value = compute()
        page_cache().set(key, value, settings.LISTING_COUNT_SECONDS)
    return value


def start_new_generation():
    page_cache().set(GENERATION_KEY, uuid.uuid4().hex, None)


def refresh_public_pages():
    """A new generation here, then the front cache emptied (consortium/front_cache.py): a
    page fetched after the ban is rendered under the new generation."""
    from .front_cache import purge_everything

    start_new_generation()
    purge_everything()


TICKETS = itertools.count()


def invalidate_after_commit(**kwargs):
    # After the commit: a request reading the old state until then stores its page under the
    # old generation, which no one reads once the new one exists. Once per commit, however
    # many changes it holds (an import publishes thousands of pages): a refresh that ran on
    # this connection after a change was made covers it.
    connection = transaction.get_connection()
    ticket = next(TICKETS)

    def refresh():
        if getattr(connection, "consortium_pages_refreshed", -1) > ticket:
            return
        connection.consortium_pages_refreshed = next(TICKETS)
        refresh_public_pages()

    transaction.on_commit(refresh, robust=True)


def mark_cacheable(request):
    """Called for each page Wagtail serves (a before_serve_page hook): only Wagtail's pages are
    stored; search results, feeds and error pages are not."""
    setattr(request, MARK, True)


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self.applies_to(request):
            return self.get_response(request)
        key = self.key_for(request)
        cached = page_cache().get(key)
        if cached is not None:
            return self.rebuilt(cached)
        response = self.get_response(request)
        if request.method == "GET" and self.storable(request, response):
            page_cache().set(key, self.stored(response), settings.PAGE_CACHE_SECONDS)
            response["X-Page-Cache"] = "miss"
        return response

    def applies_to(self, request):
        return (
            settings.PAGE_CACHE_SECONDS > 0
            and request.method in ("GET", "HEAD")
            # Editors, and visitors who unlocked a password-protected page, have a session.
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and not request.path.startswith(BYPASSED_PREFIXES)
            and len(request.META.get("QUERY_STRING", "")) <= MAX_QUERY_LENGTH
        )

    def key_for(self, request):
        identity = "\n".join(
            (request.get_host(), request.get_full_path(), preferences_cache_key(request))
        )
        digest = hashlib.sha256(identity.encode()).hexdigest()
        return f"page:{generation_at_start(request)}:{digest}"

    def storable(self, request, response):
        return (
            getattr(request, MARK, False)
            and response.status_code == 200
            and not response.streaming
            and not response.cookies
            and "private" not in response.get("Cache-Control", "")
            and "no-cache" not in response.get("Cache-Control", "")
        )

    def stored(self, response):
        headers = [(name, value) for name, value in response.items() if name != "Set-Cookie"]
        return {"status": response.status_code, "headers": headers, "content": response.content}

    def rebuilt(self, cached):
        response = HttpResponse(cached["content"], status=cached["status"])
        for name, value in cached["headers"]:
            response[name] = value
        response["X-Page-Cache"] = "hit"
        return response


def connect_invalidation():
    """Every change that can alter a public page starts a new generation."""
    from .models import City, ConsortiumImage, Focus, Network, Person, Profile, Region, Venue

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(invalidate_after_commit, dispatch_uid=f"page-cache-{signal!r}")
    post_delete.connect(invalidate_after_commit, sender=Page, dispatch_uid="page-cache-delete")
    for model in (
        PageViewRestriction,
        Site,
        ConsortiumImage,
        Focus,
        Profile,
        Region,
        City,
        Network,
        Person,
        Venue,
    ):
        for signal in (post_save, post_delete):
            signal.connect(
                invalidate_after_commit,
                sender=model,
                dispatch_uid=f"page-cache-{model.__name__}-{signal!r}",
            )
