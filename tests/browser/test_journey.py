"""A newcomer's journey through the site with the mouse and the keyboard's plain controls: the
program finder, faceted results, a program, its institution, an event and its .ics, the
language switcher both ways, and the version for the visually impaired."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def test_a_newcomer_finds_a_program_an_event_and_the_accessible_version(page, live_site):
    pages, english = live_site.pages, live_site.english
    program, member, lecture = pages.program, pages.member, pages.lecture
    focus, region = program.focus.name_ru, member.city.region.name_ru

    # Home → the program finder.
    page.goto("/ru/")
    finder = page.get_by_role("region", name="Подобрать программу для ребёнка")
    finder.get_by_label("Возраст ребёнка").select_option("12")
    finder.get_by_label("Направление").select_option(label=focus)
    finder.get_by_label("Регион").select_option(label=region)
    finder.get_by_label("Только бесплатные").check()
    finder.get_by_role("button", name="Найти программы").click()

    # → faceted results, the finder's answers set as the search's own facets.
    expect(page).to_have_url(re.compile(r"/ru/search/\?"))
    query = page.url.split("?", 1)[1]
    region_pk = member.city.region.pk
    for parameter in (
        "type=program",
        "age=12",
        f"focus={program.focus.pk}",
        f"region={region_pk}",
        "payment=free",
    ):
        assert parameter in query, query
    for legend, label in (("Направление", focus), ("Регион", region)):
        facet = page.get_by_role("group", name=legend)
        expect(facet.get_by_role("checkbox", name=re.compile(re.escape(label)))).to_be_checked()
    results = page.locator(".search-results")
    expect(results.get_by_role("link", name=program.title)).to_be_visible()

    # → the program → its institution → one of its upcoming events.
    results.get_by_role("link", name=program.title).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(program.title)
    page.get_by_role("main").get_by_role("link", name=member.title).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(member.title)
    page.get_by_role("main").get_by_role("link", name=lecture.title).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(lecture.title)
    event_path = page.url.removeprefix(live_site.url)

    # → its .ics downloads as an iCalendar file.
    with page.expect_download() as download_info:
        page.get_by_role("link", name=re.compile(r"^Добавить в календарь \(\.ics\)")).click()
    download = download_info.value
    assert download.suggested_filename.endswith(".ics"), download.suggested_filename
    with open(download.path(), encoding="utf-8") as ics:
        content = ics.read()
    assert content.startswith("BEGIN:VCALENDAR"), content[:100]
    assert "BEGIN:VEVENT" in content

    # → English and back with the language switcher.
    switcher = page.get_by_role("navigation", name="Язык")
    switcher.get_by_role("link", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text(english.lecture.title)
    page.get_by_role("navigation", name="Language").get_by_role("link", name="Русский").click()
    expect(page.locator("html")).to_have_attribute("lang", "ru")
    assert page.url.removeprefix(live_site.url) == event_path

    # → the version for the visually impaired, from the header's switch.
    html = page.locator("html")
    expect(html).not_to_have_class(re.compile(r"\bvi\b"))
    page.get_by_role("banner").get_by_role("link", name="Версия для слабовидящих").click()
    expect(html).to_have_class(re.compile(r"\bvi\b"))
    assert page.url.removeprefix(live_site.url) == event_path  # back where it was switched on
    panel = page.get_by_role("region", name="Версия для слабовидящих")
    panel.get_by_text("Настройки версии для слабовидящих").click()
    panel.get_by_role("group", name="Размер шрифта").get_by_label(
        "Самый крупный (26 пикс.)"
    ).check()
    panel.get_by_role("group", name="Цветовая схема").get_by_label("Белый на чёрном").check()
    panel.get_by_role("button", name="Применить").click()
    expect(html).to_have_class(re.compile(r"\bvi-size-5\b.*\bvi-scheme-2\b"))
    font_size = page.evaluate("getComputedStyle(document.documentElement).fontSize")
    assert font_size == "26px", font_size

    # Still on after a reload, and on the next page.
    page.reload()
    expect(html).to_have_class(re.compile(r"\bvi-size-5\b.*\bvi-scheme-2\b"))
    page.get_by_role("navigation", name="Разделы консорциума").get_by_role(
        "link", name=pages.sections["programs"].title
    ).click()
    expect(html).to_have_class(re.compile(r"\bvi-scheme-2\b"))

    # "Normal version" turns it off.
    page.get_by_role("link", name="Обычная версия").click()
    expect(html).not_to_have_class(re.compile(r"\bvi\b"))
