"""The HTTP front cache (Varnish, services/varnish/default.vcl) in front of the app servers.

What it may keep is said here, by Cache-Control: an anonymous visitor's Wagtail page is public
for PAGE_CACHE_SECONDS to shared caches (`s-maxage`) and revalidated by browsers
(`max-age=0`); everything else (a visitor with a session, an editor, the admin, a POST, a
preview, a password form, a response setting a cookie) is `private`, which no shared cache
stores. The VCL adds its own rules on top (no lookup with a session cookie or under /admin/).

It is emptied whenever the page cache starts a new generation (consortium/page_cache.py),
through Wagtail's frontend-cache backends (WAGTAILFRONTENDCACHE): one BAN of every page,
since one publication changes the listings that show it. A purge that fails is logged and never
fails the change that caused it; the pages then expire after PAGE_CACHE_SECONDS."""

import logging
from urllib.parse import urlsplit, urlunsplit
from urllib.request import Request, urlopen

from django.conf import settings
from django.utils.cache import patch_cache_control
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.frontend_cache.backends.http import PurgeRequest
from wagtail.contrib.frontend_cache.utils import get_backends
from wagtail.models import Site

from .page_cache import BYPASSED_PREFIXES, MARK, current_generation, generation_at_start

logger = logging.getLogger(__name__)


class BanRequest(Request):
    def get_method(self):
        return "BAN"


class VarnishBackend(HTTPBackend):
    """Wagtail's HTTP backend with a timeout, and a BAN of everything the cache holds."""

    def __init__(self, params):
        self.timeout = float(params.pop("TIMEOUT", 2))
        super().__init__(params)
        self.location = f"{self.cache_scheme}://{self.cache_netloc}"

    def send(self, request, what):
        try:
            with urlopen(request, timeout=self.timeout):  # noqa: S310 - LOCATION is ours
                pass
        except OSError as error:  # URLError, HTTPError, timeouts, refused connections
            logger.error("Could not purge %s from the front cache: %s", what, error)
            return False
        return True

    def purge(self, url):
        """One URL (Wagtail's API), with every variant the cache keeps of it."""
        parts = urlsplit(url)
        target = urlunsplit(("", "", parts.path or "/", parts.query, ""))
        self.send(PurgeRequest(self.location + target, headers={"Host": parts.netloc}), url)

    def ban_everything(self):
        return self.send(BanRequest(f"{self.location}/"), "every page")


def purge_everything():
    """Called after the commit of any change that can alter a public page."""
    for backend in get_backends().values():
        if hasattr(backend, "ban_everything"):
            backend.ban_everything()
        else:  # another of Wagtail's backends: the site roots at least
            backend.purge_batch([site.root_url + "/" for site in Site.objects.all()])


class SharedCacheControlMiddleware:
    """Says, on every response that does not say it already, whether a shared cache may keep it.
    Placed above the page cache, so that pages it serves are public too."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self.may_be_public(request):
            generation_at_start(request)
        response = self.get_response(request)
        if self.public(request, response):
            patch_cache_control(
                response, public=True, max_age=0, s_maxage=settings.PAGE_CACHE_SECONDS
            )
        elif not response.has_header("Cache-Control") or request.COOKIES.get(
            settings.SESSION_COOKIE_NAME
        ):
            patch_cache_control(response, private=True, no_cache=True)
        return response

    def may_be_public(self, request):
        return (
            settings.PAGE_CACHE_SECONDS > 0
            and request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and not request.path.startswith(BYPASSED_PREFIXES)
        )

    def public(self, request, response):
        control = response.get("Cache-Control", "")
        return (
            self.may_be_public(request)
            and (getattr(request, MARK, False) or response.get("X-Page-Cache") == "hit")
            and not getattr(getattr(request, "user", None), "is_authenticated", False)
            and response.status_code == 200
            and not response.cookies
            and not any(word in control for word in ("private", "no-cache", "no-store"))
            # A page rendered while a change was committed may show the old state, and could
            # reach the front cache after its ban: it is served, but not kept.
            and generation_at_start(request) == current_generation()
        )
