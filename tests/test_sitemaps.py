"""sitemap.xml (parsed as XML) with both languages and their hreflang alternates, and
robots.txt: only live, public pages, never drafts or private sections."""

from unittest import mock
from xml.etree import ElementTree

from django.test import TestCase

from consortium.outputs import sitemaps

from .search_setup import build_search_world

MAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


class SitemapTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_search_world()

    def xml(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "application/xml")
        return ElementTree.fromstring(response.content)  # noqa: S314 - our own output

    def entries(self):
        index = self.xml("/sitemap.xml")
        entries = {}
        for section in index.iter(f"{MAP}loc"):
            for url in self.xml(section.text.removeprefix("http://testserver")).iter(f"{MAP}url"):
                alternates = {
                    link.get("hreflang"): link.get("href") for link in url.iter(f"{XHTML}link")
                }
                entries[url.findtext(f"{MAP}loc")] = alternates
        return entries

    def test_both_languages_with_their_alternates(self):
        entries = self.entries()
        robots, robots_en = self.world.pages.robots, self.world.pages.robots_en
        ru, en = robots.get_full_url(), robots_en.get_full_url()
        self.assertIn(ru, entries)
        self.assertIn(en, entries)
        expected = {"ru": ru, "en": en, "x-default": ru}
        self.assertEqual(entries[ru], expected)
        self.assertEqual(entries[en], expected)
        rockets = self.world.pages.rockets.get_full_url()  # Russian only: no alternates
        self.assertEqual(entries[rockets], {})

    def test_drafts_and_private_pages_are_left_out(self):
        urls = " ".join(self.entries())
        self.assertNotIn(self.world.pages.draft.slug, urls)
        self.assertNotIn(self.world.pages.private.slug, urls)

    def test_sections_split_a_large_site_and_a_missing_one_is_404(self):
        with mock.patch.object(sitemaps, "SECTION_SIZE", 5):
            index = self.xml("/sitemap.xml")
            self.assertGreater(len(list(index.iter(f"{MAP}sitemap"))), 1)
            self.assertEqual(len(self.entries()), sitemaps.public_pages().count())
        self.assertEqual(self.client.get("/sitemap-999.xml").status_code, 404)

    def test_pages_name_their_canonical_url_translations_and_open_graph(self):
        robots, robots_en = self.world.pages.robots, self.world.pages.robots_en
        html = self.client.get(robots.url).content.decode()
        self.assertIn(f'<link rel="canonical" href="{robots.get_full_url()}">', html)
        self.assertIn(
            f'<link rel="alternate" hreflang="en" href="{robots_en.get_full_url()}">', html
        )
        self.assertIn(f'<meta property="og:title" content="{robots.title}">', html)
        self.assertIn('<meta property="og:locale" content="ru_RU">', html)
        self.assertIn(f'<meta property="og:description" content="{robots.summary}">', html)
        rockets = self.client.get(self.world.pages.rockets.url).content.decode()
        self.assertNotIn('hreflang="en"', rockets.split("</head>")[0])  # no translation

    def test_robots_txt_points_at_the_sitemap_and_keeps_crawlers_out_of_admin(self):
        response = self.client.get("/robots.txt")
        self.assertEqual(response["Content-Type"], "text/plain; charset=utf-8")
        text = response.content.decode()
        self.assertIn("Disallow: /admin/", text)
        self.assertIn("Sitemap: http://testserver/sitemap.xml", text)
