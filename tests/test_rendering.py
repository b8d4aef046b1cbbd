"""Every page type renders for the public in Russian and in English."""

from django.test import TestCase
from wagtail.models import Page, get_page_models

from .tree import build_consortium

PAGE_NAMES = [
    "home",
    "member",
    "school",
    "program_index",
    "event_index",
    "competition_index",
    "news_index",
    "series",
    "program",
    "lecture",
    "competition",
    "news",
    "standard",
]
SECTION_NAMES = ["members", "programs", "events", "competitions", "news"]


class EveryPageTypeRendersTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.pages, cls.english = build_consortium()

    def assert_renders(self, page, language):
        response = self.client.get(page.url)
        self.assertEqual(response.status_code, 200, page.url)
        self.assertTrue(page.url.startswith(f"/{language}/"), page.url)
        self.assertContains(response, f'<html lang="{language}"')
        self.assertContains(response, page.title)
        return response

    def test_every_page_type_in_russian(self):
        for name in PAGE_NAMES:
            with self.subTest(page=name):
                self.assert_renders(getattr(self.pages, name), "ru")
        for name in SECTION_NAMES:
            with self.subTest(section=name):
                self.assert_renders(self.pages.sections[name], "ru")

    def test_every_page_type_in_english(self):
        for name in PAGE_NAMES:
            with self.subTest(page=name):
                self.assert_renders(getattr(self.english, name), "en")
        for name in SECTION_NAMES:
            with self.subTest(section=name):
                self.assert_renders(
                    self.pages.sections[name].get_translation(self.english.home.locale), "en"
                )

    def test_every_page_type_is_covered(self):
        rendered = {type(getattr(self.pages, name).specific) for name in PAGE_NAMES}
        rendered |= {type(section.specific) for section in self.pages.sections.values()}
        self.assertEqual(rendered, {m for m in get_page_models() if m is not Page})
