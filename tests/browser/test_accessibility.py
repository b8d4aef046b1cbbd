"""axe-core's WCAG 2.1 A and AA rules on every public page type in both languages, keyboard
access (focus order, visible focus, no trap) and 200% zoom without horizontal scrolling."""

import pytest

from .conftest import ALL_TYPES

# django_db: the test database is set up (and each test runs in a savepoint of the module's
# transaction, see conftest.live_site).
pytestmark = [pytest.mark.browser, pytest.mark.django_db]

LANGUAGES = ["ru", "en"]
STATUS = {"search with a 400 error": 400, "404 page": 404}


def open_page(page, live_site, name, language):
    response = page.goto(live_site.paths[name, language])
    assert response.status == STATUS.get(name, 200), (name, language, response.url)
    assert page.evaluate("document.documentElement.lang") == language
    return response


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", ALL_TYPES)
def test_no_axe_violations(page, live_site, check_axe, name, language):
    open_page(page, live_site, name, language)
    check_axe(page, f"{name} ({language})")


def test_search_page_shows_results_and_facets(page, live_site):
    """The search page axe checks is the full one: results, facets, their labels."""
    open_page(page, live_site, "search with results", "ru")
    assert page.locator(".search-results li").count() >= 1
    assert page.locator(".search-facet").count() >= 2
    assert page.get_by_role("checkbox").count() >= 2


# Focus: every element that can take the keyboard's focus, in document order (no positive
# tabindex is used anywhere, so document order is tab order).
DESCRIBE = """el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
    + (el.name ? '[name=' + el.name + ']' : '')
    + ' ' + (el.getAttribute('href') || el.value || el.textContent.trim()).slice(0, 60)"""
TABBABLE = f"""() => {{
    const describe = {DESCRIBE};
    const selector = 'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]),'
        + ' select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';
    return [...document.querySelectorAll(selector)]
        .filter(el => el.tabIndex >= 0 && el.getClientRects().length
            && getComputedStyle(el).visibility !== 'hidden')
        .map(describe);
}}"""
# After each Tab: the element that has the focus, how its focus is drawn, and how the element
# focused before it is drawn now that it has lost the focus.
STEP = f"""() => {{
    const describe = {DESCRIBE};
    const ring = el => {{
        const style = getComputedStyle(el);
        return [style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow,
            style.backgroundColor, style.color, style.textDecorationLine].join(' ');
    }};
    const previous = window.__focused || null;
    const el = document.activeElement;
    const active = el && el !== document.body ? el : null;
    window.__focused = active;
    return {{
        id: active && describe(active),
        ring: active && ring(active),
        focusVisible: active && active.matches(':focus-visible'),
        previousRing: previous && ring(previous),
    }};
}}"""


@pytest.mark.parametrize("name", ["home", "program"])
def test_keyboard_reaches_everything_in_order_with_visible_focus(page, live_site, name):
    open_page(page, live_site, name, "ru")
    expected = page.evaluate(TABBABLE)
    assert len(expected) > 10, expected
    reached, rings = [], []
    for _ in range(len(expected) + 5):
        page.keyboard.press("Tab")
        step = page.evaluate(STEP)
        if rings:
            rings[-1].append(step["previousRing"])
        if step["id"] is None or (reached and step["id"] == reached[0]):
            break  # focus left the page (for the browser's own interface) or wrapped around
        assert step["focusVisible"], f"{step['id']} is focused but not :focus-visible"
        reached.append(step["id"])
        rings.append([step["id"], step["ring"]])
    else:
        pytest.fail(f"focus never left the page nor wrapped (a trap?): {reached[-5:]}")
    assert reached == expected, "the tab order is not the document order"
    invisible = [element for element, focused, unfocused in rings if focused == unfocused]
    assert not invisible, f"focus is not visible on {invisible}"


@pytest.fixture
def zoomed_page(browser, live_site):
    """1280 px at 200% zoom: a 640 px wide viewport at a device scale factor of 2."""
    context = browser.new_context(
        base_url=live_site.url, viewport={"width": 640, "height": 400}, device_scale_factor=2
    )
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_200_percent_zoom_needs_no_horizontal_scrolling(zoomed_page, live_site, language):
    too_wide = {}
    for name in ALL_TYPES:
        open_page(zoomed_page, live_site, name, language)
        scroll_width, inner_width = zoomed_page.evaluate(
            "[document.documentElement.scrollWidth, window.innerWidth]"
        )
        if scroll_width > inner_width:
            too_wide[name] = scroll_width
    assert not too_wide, f"wider than the 640 px viewport: {too_wide}"


def switch_on_visually_impaired(context, live_site, scheme="1", size="3"):
    """The version for the visually impaired, as its settings panel leaves it: the `vi`
    cookie (consortium/accessibility.py), here with the given colour scheme and font size."""
    value = f"s{size}.f1.l1.k1.c{scheme}.i1"
    context.add_cookies([{"name": "vi", "value": value, "url": live_site.url}])


@pytest.mark.parametrize("scheme", ["1", "2", "3", "4", "5"])
@pytest.mark.parametrize("name", ["home", "program", "search with results"])
def test_no_axe_violations_in_every_colour_scheme(
    context, page, live_site, check_axe, name, scheme
):
    switch_on_visually_impaired(context, live_site, scheme=scheme)
    open_page(page, live_site, name, "ru")
    assert f"vi-scheme-{scheme}" in page.evaluate("document.documentElement.className")
    check_axe(page, f"{name} (ru, visually impaired, scheme {scheme})")


@pytest.mark.parametrize(
    "language, scheme, size",
    [("en", "2", "5"), ("ru", "5", "4")],  # white on black at 26 px; green on brown at 23 px
)
@pytest.mark.parametrize("name", ALL_TYPES)
def test_no_axe_violations_in_the_visually_impaired_version(
    context, page, live_site, check_axe, name, language, scheme, size
):
    """Every page type in both languages, each in a dark scheme at a large font size."""
    switch_on_visually_impaired(context, live_site, scheme=scheme, size=size)
    open_page(page, live_site, name, language)
    assert f"vi-scheme-{scheme}" in page.evaluate("document.documentElement.className")
    check_axe(page, f"{name} ({language}, visually impaired, scheme {scheme}, size {size})")
