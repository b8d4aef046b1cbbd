"""Every page type renders for the public in Russian and in English."""

import itertools
import re

from django.test import TestCase
from wagtail.models import Page, get_page_models

from .tree import PAGE_NAMES, build_consortium

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
        self.assert_accessible_structure(response.content.decode())
        return response

    def assert_accessible_structure(self, html):
        """Skip link, landmarks, one h1 and no skipped heading level, labelled search."""
        self.assertIn('href="#main"', html)
        self.assertRegex(html, r'<main id="main"')
        self.assertRegex(html, r"<header[ >]")
        self.assertRegex(html, r"<nav [^>]*aria-label=")
        self.assertRegex(html, r"<footer[ >]")
        self.assertRegex(html, r'<label for="site-search-query"')
        levels = [int(level) for level in re.findall(r"<h([1-6])[ >]", html)]
        self.assertEqual(levels.count(1), 1, levels)
        self.assertEqual(levels[0], 1, levels)
        for previous, current in itertools.pairwise(levels):
            self.assertLessEqual(current, previous + 1, levels)

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
