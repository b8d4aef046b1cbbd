"""No public page needs more than QUERY_BUDGET SQL queries, uncached, in either language; and
no listing's count grows with its number of cards (an N+1 guard). How the budget is kept:
docs/architecture.md, "Queries per public page"."""

import io
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from PIL import Image as PILImage
from wagtail.models import Site

from consortium.models import ConsortiumImage, EventPage, InstitutionPage

from . import factories as f
from .tree import PAGE_NAMES, build_consortium, translate

QUERY_BUDGET = 15
CARDS = 5
SECTION_NAMES = ["members", "programs", "events", "competitions", "news"]
SEARCH = "search/?q=робототехника&type=program&type=event&payment=free"
MISSING = "no-such-page-anywhere/"


def png_bytes():
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 48), "teal").save(buffer, "PNG")
    return buffer.getvalue()


def make_image(title):
    return ConsortiumImage.objects.create(
        title=title,
        file=SimpleUploadedFile(f"{title}.png", png_bytes(), content_type="image/png"),
        description=f"{title}: alt text",
    )


def add_cards(pages, english, count, start=0):
    """`count` more cards with images in every listing: institutions, programs, lectures,
    open competitions and news, each also in English when `english` is given."""
    for number in range(start, start + count):
        image = make_image(f"card-{number}")
        made = [
            f.InstitutionPageFactory(
                parent=pages.sections["members"], title=f"Институт {number}", logo=image
            ),
            f.ProgramPageFactory(
                parent=pages.program_index, title=f"Программа {number}", image=image
            ),
            f.EventPageFactory(
                parent=pages.event_index,
                title=f"Лекция {number}",
                event_type="lecture",
                series=pages.series,
                image=image,
            ),
            f.CompetitionPageFactory(
                parent=pages.competition_index, title=f"Конкурс {number}", image=image
            ),
            f.NewsPageFactory(parent=pages.news_index, title=f"Новость {number}", image=image),
        ]
        if english is not None:
            for page in made:
                translate(page, title=f"{page.title} (en)")


def build_world(cards):
    pages, english = build_consortium()
    image = make_image("page")
    every = [getattr(tree, name) for tree in (pages, english) for name in PAGE_NAMES]
    for page in [*every, *pages.sections.values()]:
        page.specific.__class__.objects.filter(pk=page.pk).update(image=image)
    InstitutionPage.objects.filter(pk=pages.member.pk).update(logo=image)
    # Units of the member (affiliated institutions) and co-organisers, so those lists show.
    f.InstitutionPageFactory(
        parent=pages.sections["members"], title="Филиал", parent_institution=pages.member
    )
    add_cards(pages, english, cards)
    return pages, english


def urls(pages, english):
    """(name, language, address, expected status) of one page of every type, both languages."""
    found = []
    for language, tree in (("ru", pages), ("en", english)):
        for name in PAGE_NAMES:
            found.append((name, language, getattr(tree, name).url, 200))
        for name in SECTION_NAMES:
            section = pages.sections[name]
            if language == "en":
                section = section.get_translation(english.home.locale)
            found.append((f"section {name}", language, section.url, 200))
            if name == "events":
                found.append(("events month", language, f"{section.url}?view=month", 200))
        found.append(("search", language, f"/{language}/{SEARCH}", 200))
        found.append(("404", language, f"/{language}/{MISSING}", 404))
    return found


class QueryBudgetMixin:
    def setUp(self):
        super().setUp()
        # The images' files where this test's MEDIA_ROOT is (conftest gives each test its own).
        for image in ConsortiumImage.objects.all():
            path = Path(settings.MEDIA_ROOT) / image.file.name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(png_bytes())

    def count_queries(self, url, status):
        """The queries of one uncached request: once before (renditions generated, content
        types known to the process, as on a running site), then with every cache emptied
        but Wagtail's site root paths (process-wide in Wagtail itself)."""
        self.assertEqual(self.client.get(url).status_code, status, url)
        for cache in caches.all():
            cache.clear()
        Site.get_site_root_paths()
        with CaptureQueriesContext(connection) as captured:
            response = self.client.get(url)
        self.assertEqual(response.status_code, status, url)
        return [query["sql"] for query in captured.captured_queries]

    def describe(self, url, queries):
        listing = "\n".join(f"{number}. {sql}" for number, sql in enumerate(queries, start=1))
        return f"{url}: {len(queries)} queries\n{listing}"


class QueryBudgetTests(QueryBudgetMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.pages, cls.english = build_world(cards=CARDS)

    def test_every_public_page_within_the_budget(self):
        for name, language, url, status in urls(self.pages, self.english):
            with self.subTest(page=name, language=language):
                queries = self.count_queries(url, status)
                self.assertLessEqual(len(queries), QUERY_BUDGET, self.describe(url, queries))

    def test_listings_show_their_cards(self):
        """The budget is met with the cards on the page, not by leaving them out."""
        response = self.client.get(self.pages.program_index.url)
        self.assertContains(response, "card--program", count=CARDS + 1)
        self.assertContains(self.client.get(self.pages.home.url), "card--event")


class QueryCountDoesNotGrowWithCardsTests(QueryBudgetMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.pages, _english = build_world(cards=0)
        add_cards(cls.pages, None, 2)

    def listing_urls(self):
        pages = self.pages
        return [
            pages.home.url,
            pages.member.url,
            pages.series.url,
            *(section.url for section in pages.sections.values()),
            pages.program_index.url,
            pages.event_index.url,
            pages.competition_index.url,
            pages.news_index.url,
        ]

    def test_two_cards_and_eight_cards_take_the_same_queries(self):
        few = {url: self.count_queries(url, 200) for url in self.listing_urls()}
        add_cards(self.pages, None, 6, start=2)
        self.assertEqual(EventPage.objects.filter(title__regex=r"^Лекция \d+$").count(), 8)
        for url in self.listing_urls():
            with self.subTest(url=url):
                many = self.count_queries(url, 200)
                self.assertEqual(
                    len(many),
                    len(few[url]),
                    f"2 cards: {self.describe(url, few[url])}\n\n8 cards: "
                    f"{self.describe(url, many)}",
                )
