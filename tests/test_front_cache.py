"""The HTTP front cache, through a real Varnish (services/varnish/default.vcl) in front of a
live server, with the page cache on a real Redis: an anonymous page is kept and served by
Varnish; a publication is visible through it within a second, on the page and on a listing
that shows it; nothing answered to a logged-in editor, nor the admin, is ever stored (security
note 15); a purge that fails does not fail the publication."""

import time
import urllib.request

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from consortium.models import ProgramCatalogPage

from .services import redis_caches, redis_url, started_varnish
from .tree import build_consortium

# Real commits (the purge runs after the commit); the migrations' rows (the root page, the
# default site) come back after each test.
pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("migrated_rows_restored"),
]


@pytest.fixture
def front(live_server, settings):
    settings.CACHES = redis_caches(redis_url())
    settings.PAGE_CACHE_SECONDS = 300
    url, stop = started_varnish(live_server.url.split("//", 1)[1])
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "consortium.front_cache.VarnishBackend", "LOCATION": url}
    }
    try:
        pages, _english = build_consortium()
        yield url, pages
    finally:
        stop()


def fetch(url, cookie=None):
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})  # noqa: S310
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - our server
        return response.headers, response.read().decode()


def visible_within(url, text, seconds):
    deadline = time.monotonic() + seconds
    while True:
        headers, body = fetch(url)
        if text in body:
            return headers
        assert time.monotonic() < deadline, f"{text!r} not on {url} after {seconds} s"
        time.sleep(0.05)


def test_a_publication_is_visible_through_the_front_cache_within_a_second(front):
    url, pages = front
    program = pages.program
    catalogue = url + ProgramCatalogPage.objects.get(locale__language_code="ru").url
    for page_url in (url + program.url, catalogue):
        first, _body = fetch(page_url)
        assert first["X-Cache"] == "miss"
        assert "s-maxage=300" in first["Cache-Control"]
        assert "public" in first["Cache-Control"]
        assert fetch(page_url)[0]["X-Cache"] == "hit"

    program.title = "Робототехника: новый набор"
    started = time.monotonic()
    program.save_revision().publish()
    for page_url in (url + program.url, catalogue):
        headers = visible_within(page_url, "Робототехника: новый набор", 1.0)
        assert time.monotonic() - started < 1.0
        assert headers["X-Cache"] == "miss"  # rendered again, then kept
        assert fetch(page_url)[0]["X-Cache"] == "hit"


def test_nothing_answered_to_a_logged_in_editor_is_stored(front):
    url, pages = front
    editor = get_user_model().objects.create_superuser("editor", "editor@example.com", "x")
    client = Client()
    client.force_login(editor)
    session = f"sessionid={client.cookies['sessionid'].value}; vi=s5.f2.l3.k3.c2.i1"
    for path in (pages.program.url, "/admin/", "/ru/"):
        for _visit in range(2):
            headers, _body = fetch(url + path, cookie=session)
            assert headers["X-Cache"] == "pass"
            assert "private" in headers["Cache-Control"]
    # Had the editor's page been kept, the anonymous visitor with the same cookies would get it.
    headers, _body = fetch(url + pages.program.url, cookie="vi=s5.f2.l3.k3.c2.i1")
    assert headers["X-Cache"] == "miss"


def test_a_failing_purge_never_fails_a_publication(front, settings, caplog):
    _url, pages = front
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "consortium.front_cache.VarnishBackend",
            "LOCATION": "http://127.0.0.1:9",  # nothing listens there
            "TIMEOUT": 0.5,
        }
    }
    pages.program.save_revision().publish()
    assert "Could not purge every page from the front cache" in caplog.text
