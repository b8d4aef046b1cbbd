"""Browser tests: a real Chromium (Debian's, at CHROMIUM_PATH) driven by Playwright against a
live server, and axe-core (AXE_PATH) for the accessibility checks. `services/browser` installs
both and prints the two variables; `make test` runs it. Under CI=true a missing browser or axe
is a failure; elsewhere the tests skip and say how to get them.

The site is built once per module inside a transaction that is rolled back at the end: the test
database is SQLite in memory, whose connection the live server's thread shares, so the server
sees the uncommitted pages and nothing is left behind for the other tests."""

import os
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction

from ..tree import build_consortium, publish

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def missing(reason):
    """Fail under CI (the browser tests must run there), skip elsewhere."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true: {reason}", pytrace=False)
    pytest.skip(f'{reason}; run `eval "$(services/browser)"` (or `make test`) to provision it')


def chromium_path():
    path = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
    if not os.access(path, os.X_OK):
        missing(f"no Chromium at {path} (CHROMIUM_PATH)")
    return path


@pytest.fixture(scope="session")
def axe_path():
    default = Path(settings.BASE_DIR) / "var/axe/node_modules/axe-core/axe.min.js"
    path = Path(os.environ.get("AXE_PATH", default))
    if not path.is_file():
        missing(f"no axe-core at {path} (AXE_PATH)")
    return path


def pytest_collection_modifyitems(config, items):
    """The browser tests run last: their session-wide browser keeps Playwright's event loop
    running in the main thread until the session ends, which Django's async-safety guard
    would hold against every test after them."""
    browser_dir = Path(__file__).parent
    items.sort(key=lambda item: browser_dir in Path(item.path).parents)


@pytest.fixture(scope="session")
def browser():
    executable = chromium_path()
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an asyncio loop in this thread; the ORM calls of the fixtures
    # (and pytest-django's savepoints) are plain synchronous code beside it, not coroutines.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
            yield browser
            browser.close()
    finally:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


# Every public page type: the consortium's sections (by slug) and the member's pages (by
# attribute of build_consortium's pages).
SECTION_TYPES = {
    "member directory": "members",
    "program catalogue": "programs",
    "events calendar": "events",
    "competition catalogue": "competitions",
    "news catalogue": "news",
}
PAGE_TYPES = {
    "home": "home",
    "institution": "member",
    "school": "school",
    "member's program index": "program_index",
    "program": "program",
    "member's event index": "event_index",
    "event": "lecture",
    "event series": "series",
    "member's competition index": "competition_index",
    "competition": "competition",
    "member's news index": "news_index",
    "news item": "news",
    "standard page": "standard",
}
EXTRA_TYPES = ["search with results", "search with a 400 error", "404 page"]
ALL_TYPES = [*PAGE_TYPES, *SECTION_TYPES, *EXTRA_TYPES]
SEARCH_WORDS = {"ru": "робототехника", "en": "robotics"}


def page_paths(pages, english):
    """(page type, language) -> path, for every page type, the search page (with results and
    facets, and with a 400 error) and the 404 page. Computed before any browser runs: the ORM
    refuses to run inside Playwright's event loop."""
    paths = {}
    every_page = {name: getattr(pages, attribute) for name, attribute in PAGE_TYPES.items()}
    every_page |= {name: pages.sections[slug] for name, slug in SECTION_TYPES.items()}
    for name, page in every_page.items():
        paths[name, "ru"] = page.url
        paths[name, "en"] = page.get_translation(english.home.locale).url
    for language, word in SEARCH_WORDS.items():
        paths["search with results", language] = f"/{language}/search/?q={word}"
        paths["search with a 400 error", language] = f"/{language}/search/?age=old"
        paths["404 page", language] = f"/{language}/no-such-page/"
    return paths


@pytest.fixture(scope="module")
def live_site(browser, django_db_setup, django_db_blocker):
    """A small but complete consortium (tests/tree.py) with its search index, served by a live
    server thread for the whole module. Attributes: `url` (the server's root), `pages` and
    `english` (the pages of build_consortium), `paths` (see page_paths). Asks for the browser
    first, so that the ORM runs with Playwright's loop already accounted for."""
    from pytest_django.live_server_helper import LiveServer

    from search.index import rebuild

    # The blocker stays lifted for the module: the server thread queries the database while
    # the tests (which do not ask for `db`) drive the browser.
    with django_db_blocker.unblock():
        if connection.vendor != "sqlite" or not connection.is_in_memory_db():
            pytest.skip(
                "the browser tests need the in-memory SQLite test database, shared with the "
                "live server's thread (the PostgreSQL pass deselects them: -m 'not browser')"
            )
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            pages, english = build_consortium()
            # Published as an editor would, so that it has publication dates (its .ics's
            # DTSTAMP); the factories only create pages live.
            for site_pages in (pages, english):
                site_pages.lecture = publish(site_pages.lecture)
            rebuild()
            paths = page_paths(pages, english)
            server = LiveServer("localhost:0")
            try:
                yield SimpleNamespace(url=server.url, pages=pages, english=english, paths=paths)
            finally:
                server.stop()
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            cache.clear()


@pytest.fixture
def context(browser, live_site):
    # bypass_csp: axe-core is injected as an inline script, which the site's policy refuses.
    context = browser.new_context(
        base_url=live_site.url, viewport={"width": 1280, "height": 800}, bypass_csp=True
    )
    yield context
    context.close()


@pytest.fixture
def page(context):
    page = context.new_page()
    page.set_default_timeout(10_000)
    return page


@pytest.fixture
def check_axe(axe_path):
    """`check_axe(page)`: axe-core's WCAG 2.1 A and AA rules on the page as loaded; fails with
    each violation's id, help and the failing nodes' targets."""

    def check(page, label=""):
        if not page.evaluate("typeof window.axe !== 'undefined'"):
            page.add_script_tag(path=str(axe_path))
        result = page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
        )
        assert result["passes"], "axe-core checked nothing"
        violations = result["violations"]
        if violations:
            lines = [f"{label or page.url}: {len(violations)} axe violation(s)"]
            for violation in violations:
                lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
                for node in violation["nodes"]:
                    summary = " ".join(node.get("failureSummary", "").split())
                    lines.append(f"    {node['target']}: {summary[:300]}")
            pytest.fail("\n".join(lines), pytrace=False)
        return result

    return check
