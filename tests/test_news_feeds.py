"""Atom news feeds, parsed as XML: the consortium's and a member's, only live public news of the
language, with the entries' required elements (RFC 4287)."""

import datetime
from xml.etree import ElementTree

from django.test import TestCase

from consortium.models import NewsIndexPage

from . import factories as f
from .search_setup import build_search_world, publish

ATOM = "{http://www.w3.org/2005/Atom}"


class NewsFeedTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_search_world()
        cls.north = cls.news(cls.world.a, "Новости Севера", datetime.date(2026, 11, 3))
        cls.south = cls.news(cls.world.b, "Новости Юга", datetime.date(2026, 11, 20))
        f.NewsPageFactory(
            parent=NewsIndexPage.objects.child_of(cls.world.a.page).get(),
            title="Черновик новости",
            live=False,
        )

    @staticmethod
    def news(member, title, date):
        index = NewsIndexPage.objects.child_of(member.page).get()
        return publish(f.NewsPageFactory(parent=index, title=title, date=date, live=False))

    def feed(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response["Content-Type"].startswith("application/atom+xml"))
        return ElementTree.fromstring(response.content)  # noqa: S314 - our own output

    def entries(self, feed):
        return [entry.findtext(f"{ATOM}title") for entry in feed.iter(f"{ATOM}entry")]

    def test_the_consortium_feed_lists_every_public_news_item_newest_first(self):
        feed = self.feed("/ru/news.atom")
        for name in ("title", "id", "updated"):
            self.assertTrue(feed.findtext(f"{ATOM}{name}"), name)
        self.assertEqual(self.entries(feed)[:2], ["Новости Юга", "Новости Севера"])
        self.assertNotIn("Черновик новости", self.entries(feed))
        entry = next(feed.iter(f"{ATOM}entry"))
        for name in ("id", "updated", "published"):
            self.assertTrue(entry.findtext(f"{ATOM}{name}"), name)
        self.assertTrue(entry.findtext(f"{ATOM}published").startswith("2026-11-20"))
        link = entry.find(f"{ATOM}link").get("href")
        self.assertTrue(link.startswith("http://testserver/ru/"), link)
        self.assertEqual(entry.find(f"{ATOM}author").findtext(f"{ATOM}name"), "Кванториум Юг")

    def test_news_listings_announce_their_feed(self):
        listing = self.north.get_parent()
        feed = f"/ru/members/{self.world.a.page.pk}/news.atom"
        response = self.client.get(listing.url)
        self.assertContains(response, 'rel="alternate" type="application/atom+xml"')
        self.assertContains(response, f'href="{feed}"', count=2)  # in the head and the page

    def test_a_member_feed_lists_only_its_news(self):
        feed = self.feed(f"/ru/members/{self.world.a.page.pk}/news.atom")
        self.assertEqual(self.entries(feed), ["Новости Севера"])

    def test_no_feed_for_an_unknown_member_and_no_russian_news_in_english(self):
        self.assertEqual(self.client.get("/ru/members/999999/news.atom").status_code, 404)
        self.assertEqual(self.entries(self.feed("/en/news.atom")), [])
