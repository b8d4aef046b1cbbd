"""The public site under its real Content-Security-Policy, enforced by Chromium: every public page
type in Russian and English loads and is used without a single violation.

conftest's `context` bypasses the policy (axe-core is injected inline); these tests open their
own context without `bypass_csp`. Before any navigation an init script records each
`securitypolicyviolation` event in `window.__cspViolations`, and the console is watched for
Chromium's reports ("… violates the following Content Security Policy directive …", "Refused
to …"). Each response must carry the policy: no 'unsafe-inline' or 'unsafe-eval' for scripts or
styles, a nonce on every page Wagtail serves, and on inline code the nonce of its response.
The error pages (500 and 503), which a live server cannot be made to produce on demand, are
rendered by cms.views.server_error behind the CSP middleware and served to the browser with
their header. A control test proves the recorders do see a violation."""

import re

import pytest
from django.db import OperationalError
from django.test import RequestFactory
from django.utils import translation

from cms.security import ContentSecurityPolicyMiddleware
from cms.views import server_error

from .conftest import ALL_TYPES

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

LANGUAGES = ["ru", "en"]
STATUS = {"search with a 400 error": 400, "404 page": 404, "500 page": 500, "503 page": 503}
# Beyond conftest's ALL_TYPES: the collection page, the calendar as a month grid, search with
# facets set, two pages in the version for the visually impaired, and the error pages.
VISUALLY_IMPAIRED = ["home (visually impaired)", "program (visually impaired)"]
# The `vi` cookie of the version for the visually impaired: scheme 2 (white on black), font
# size 3 (consortium/accessibility.py).
VISUALLY_IMPAIRED_COOKIE = "s3.f1.l1.k1.c2.i1"
ERROR_PAGES = {"500 page": RuntimeError, "503 page": OperationalError}
CSP_TYPES = [
    *ALL_TYPES,
    "collection",
    "events calendar (month)",
    "search with facets",
    *VISUALLY_IMPAIRED,
    *ERROR_PAGES,
]
# Page types with inline code (JSON-LD; the error pages' <style>), so that the nonce checks have
# something to check.
HAS_INLINE_CODE = {
    "institution",
    "school",
    "program",
    "event",
    "competition",
    "500 page",
    "503 page",
}
# The views outside Wagtail's page tree have no inline code, so their policy names no nonce:
# no script at all may run there ('strict-dynamic' drops 'self').
WITHOUT_NONCE = {"search with results", "search with a 400 error", "search with facets", "404 page"}

RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', event => {
    window.__cspViolations.push({
        url: document.location.href,
        directive: event.violatedDirective,
        blocked: event.blockedURI,
        sample: event.sample,
        where: event.sourceFile + ':' + event.lineNumber,
    });
}, true);
"""
# The inline code of the page as parsed, with the nonce each element carries (the DOM hides
# the attribute's value but keeps it in the `nonce` property).
INLINE_CODE = """() => [
    ...[...document.querySelectorAll('script:not([src]), style')].map(el => ({
        what: el.tagName.toLowerCase() + (el.type ? '[type=' + el.type + ']' : ''),
        nonce: el.nonce,
    })),
    ...[...document.querySelectorAll('[style]')].map(el => ({
        what: el.tagName.toLowerCase() + '[style]', nonce: '',
    })),
]"""
NONCE = re.compile(r"'nonce-([^']+)'")


def directives(policy):
    parts = (part.split() for part in policy.split(";") if part.strip())
    return {part[0]: part[1:] for part in parts}


@pytest.fixture(scope="module")
def csp_paths(live_site):
    """(page type, language) -> path for CSP_TYPES: conftest's paths and the extra ones (from
    fields already loaded; no queries beside Playwright's loop)."""
    paths = dict(live_site.paths)
    for language, site in (("ru", live_site.pages), ("en", live_site.english)):
        word = {"ru": "робототехника", "en": "robotics"}[language]
        paths["collection", language] = site.collection.url
        paths["events calendar (month)", language] = paths["events calendar", language] + (
            "?view=month"
        )
        paths["search with facets", language] = (
            f"/{language}/search/?q={word}&type=program&focus={live_site.pages.program.focus_id}"
            "&upcoming=true"
        )
        for name in VISUALLY_IMPAIRED:
            paths[name, language] = paths[name.removesuffix(" (visually impaired)"), language]
        for name in ERROR_PAGES:
            paths[name, language] = f"/{language}/__{name.split()[0]}/"
    return paths


@pytest.fixture(scope="module")
def error_pages(csp_paths):
    """(page type, language) -> (status, headers, body) of the 500 and 503 pages, as
    cms.views.server_error renders them inside the CSP middleware."""

    def render(path, exception):
        def fail(request):
            try:
                raise exception("for the test")
            except exception:
                return server_error(request)

        request = RequestFactory().get(path)
        response = ContentSecurityPolicyMiddleware(fail)(request)
        headers = dict(response.items())
        return response.status_code, headers, response.content

    pages = {}
    for (name, language), path in csp_paths.items():
        if name in ERROR_PAGES:
            with translation.override(language):
                pages[name, language] = render(path, ERROR_PAGES[name])
    return pages


@pytest.fixture(scope="module")
def csp_tab(browser, live_site):
    """One page for the module, in a context made without `bypass_csp` (conftest's `context`
    has it), with the violation recorder installed before any navigation and the console
    watched: its `console_reports` lists the console's CSP messages. One page rather than one
    per test: a new page costs a new renderer process."""
    context = browser.new_context(base_url=live_site.url, viewport={"width": 1280, "height": 800})
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    page.set_default_timeout(10_000)

    def on_console(message):
        text = message.text
        if "Content Security Policy" in text or "Refused to" in text:
            page.console_reports.append(f"{page.url}: console {message.type}: {text}")

    page.on("console", on_console)
    yield page
    context.close()


@pytest.fixture
def csp_page(csp_tab):
    """csp_tab with no console reports, cookies or routes from the test before."""
    csp_tab.console_reports = []
    yield csp_tab
    csp_tab.unroute_all()
    csp_tab.context.clear_cookies()


# The cheap interactive bit, in one round trip: type into the site search, open the settings of
# the version for the visually impaired, scroll to the end and back a frame later; then let the
# browser dispatch the violation events it has queued (tasks of their own) and report the
# page's language, its violations and its inline code.
USE_AND_REPORT = f"""() => new Promise(done => {{
    const search = document.getElementById('site-search-query');
    if (search) {{
        search.focus();
        search.value = 'р';
        search.dispatchEvent(new Event('input', {{bubbles: true}}));
    }}
    const settings = document.querySelector('.vi-panel__details');
    if (settings) settings.open = true;
    window.scrollTo(0, document.body.scrollHeight);
    requestAnimationFrame(() => {{
        window.scrollTo(0, 0);
        setTimeout(() => done({{
            lang: document.documentElement.lang,
            violations: window.__cspViolations,
            inline: ({INLINE_CODE})(),
        }}), 50);
    }});
}})"""


def use_the_page(page):
    """Take the keyboard's focus, then USE_AND_REPORT; the load is awaited by page.goto."""
    page.keyboard.press("Tab")
    return page.evaluate(USE_AND_REPORT)


def describe(url, violations, console):
    lines = [f"{url}: {len(violations)} CSP violation(s), {len(console)} console report(s)"]
    lines += [
        f"- {v['url']}: {v['directive']} blocked {v['blocked'] or '(no URI)'}"
        f" at {v['where']} {v['sample']!r}"
        for v in violations
    ]
    lines += [f"- {report}" for report in console]
    return "\n".join(lines)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", CSP_TYPES)
def test_no_content_security_policy_violations(
    csp_page, live_site, csp_paths, error_pages, name, language
):
    page = csp_page
    path = csp_paths[name, language]
    if name in VISUALLY_IMPAIRED:
        cookie = {"name": "vi", "value": VISUALLY_IMPAIRED_COOKIE, "url": live_site.url}
        page.context.add_cookies([cookie])
    if name in ERROR_PAGES:
        status, headers, body = error_pages[name, language]
        page.route(path, lambda route: route.fulfill(status=status, headers=headers, body=body))

    response = page.goto(path)
    assert response.status == STATUS.get(name, 200), (name, language, response.url)
    state = use_the_page(page)
    assert state["lang"] == language, (response.url, state["lang"])
    violations, console = state["violations"], page.console_reports

    # The policy is there and strict: without the header there would be nothing to violate.
    policy = response.headers.get("content-security-policy")
    assert policy, f"{response.url} has no Content-Security-Policy header"
    assert "content-security-policy-report-only" not in response.headers
    policy = directives(policy)
    for directive in ("script-src", "style-src"):
        assert directive in policy, (response.url, directive, policy)
        assert "'unsafe-inline'" not in policy[directive], (response.url, policy[directive])
        assert "'unsafe-eval'" not in policy[directive], (response.url, policy[directive])
    assert policy["object-src"] == ["'none'"], policy

    assert not violations and not console, describe(response.url, violations, console)

    # Inline code carries the nonce of its response's policy. The browser does not check
    # JSON-LD (a data block, never run), so a lost nonce there shows only here.
    nonces = {nonce for sources in policy.values() for nonce in NONCE.findall(" ".join(sources))}
    if name not in WITHOUT_NONCE:
        assert len(nonces) == 1, f"{response.url}: the policy names no single nonce: {nonces}"
    inline = state["inline"]
    if name in HAS_INLINE_CODE:
        assert inline, f"{response.url} has no inline code any more; update HAS_INLINE_CODE"
    if inline:
        assert len(nonces) == 1, f"{response.url} has inline code {inline} but nonces {nonces}"
        wrong = [code for code in inline if code["nonce"] not in nonces]
        assert not wrong, f"{response.url}: inline code without the response's nonce: {wrong}"


def test_the_recorders_see_inline_code_without_the_nonce(csp_page, csp_paths):
    """The control: the program page as served, with an inline script and an inline style
    added, one of them with the response's nonce and one without. The browser must run the
    one with the nonce and refuse the other, and both recorders must report the refusal."""
    page = csp_page
    path = csp_paths["program", "ru"]

    def tamper(route):
        response = route.fetch()
        nonces = set(NONCE.findall(response.headers.get("content-security-policy", "")))
        nonce = nonces.pop() if len(nonces) == 1 else "no-single-nonce"
        added = (
            f'<script nonce="{nonce}">window.__withNonce = true;</script>'
            "<script>window.__withoutNonce = true;</script>"
            '<style>body { outline: 1px solid red; }</style><p style="color: red">x</p>'
        )
        body = response.text().replace("</main>", added + "</main>", 1)
        route.fulfill(response=response, body=body)

    page.route(path, tamper)
    response = page.goto(path)
    assert "content-security-policy" in response.headers, f"{response.url} has no policy"
    violations, console = use_the_page(page)["violations"], page.console_reports
    assert page.evaluate("window.__withNonce") is True
    assert page.evaluate("window.__withoutNonce") is None
    blocked = sorted(v["directive"] for v in violations)
    assert blocked == ["script-src-elem", "style-src-attr", "style-src-elem"], violations
    assert len(console) == 3, console
