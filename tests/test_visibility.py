"""The public sees live, public pages of its own language on every listing, and nothing else:
no drafts, no private pages, nothing inside a private section, no other language."""

from django.test import TestCase
from wagtail.models import PageViewRestriction

from home.models import HomeFeaturedProgram
from search.index import rebuild as rebuild_search_index

from . import factories as f
from .tree import add_variants, build_consortium, in_days, translate


class ListingVisibilityTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.pages, cls.english = build_consortium()
        p = cls.pages
        cls.hidden = []
        for parent, factory, title, fields in [
            (p.sections["members"], f.InstitutionPageFactory, "Технопарк", {}),
            (p.program_index, f.ProgramPageFactory, "Программа", {}),
            (
                p.event_index,
                f.EventPageFactory,
                "Лекция",
                {"series": p.series, "event_type": "lecture", "starts_at": in_days(3)},
            ),
            (p.competition_index, f.CompetitionPageFactory, "Конкурс", {}),
            (p.news_index, f.NewsPageFactory, "Новость", {}),
        ]:
            cls.hidden += [page.title for page in add_variants(parent, factory, title, **fields)]
        # A whole member behind a login: its live content stays hidden too.
        secret = f.InstitutionPageFactory(parent=p.sections["members"], title="Секретный центр")
        PageViewRestriction.objects.create(page=secret, restriction_type="login")
        inside = [
            f.ProgramPageFactory(
                parent=f.ProgramIndexPageFactory(parent=secret),
                title="Программа внутри закрытого раздела",
            ),
            f.EventPageFactory(
                parent=f.EventIndexPageFactory(parent=secret),
                title="Лекция внутри закрытого раздела",
                event_type="lecture",
                series=p.series,
            ),
            f.CompetitionPageFactory(
                parent=f.CompetitionIndexPageFactory(parent=secret),
                title="Конкурс внутри закрытого раздела",
            ),
            f.NewsPageFactory(
                parent=f.NewsIndexPageFactory(parent=secret),
                title="Новость внутри закрытого раздела",
            ),
        ]
        cls.hidden += [secret.title, *(page.title for page in inside)]
        # Factories create live pages without Wagtail's publish signal: index them as a rebuild
        # would (the search tests publish through Wagtail).
        rebuild_search_index()
        # A draft program featured on the home page must not leak through the featured list.
        draft_featured = f.ProgramPageFactory(
            parent=p.program_index, title="Черновик в витрине", live=False
        )
        HomeFeaturedProgram.objects.create(page=p.home, program=draft_featured)
        cls.hidden.append(draft_featured.title)

    def russian_listings(self):
        p = self.pages
        return [
            p.home,
            *p.sections.values(),
            p.member,
            p.program_index,
            p.event_index,
            p.competition_index,
            p.news_index,
            p.series,
        ]

    def test_listings_show_live_public_content(self):
        expected = {
            self.pages.home: [
                self.pages.program.title,
                self.pages.lecture.title,
                self.pages.competition.title,
                self.pages.news.title,
            ],
            self.pages.sections["members"]: [self.pages.member.title, self.pages.school.title],
            self.pages.sections["programs"]: [self.pages.program.title],
            self.pages.sections["events"]: [self.pages.lecture.title, self.pages.series.title],
            self.pages.sections["competitions"]: [self.pages.competition.title],
            self.pages.sections["news"]: [self.pages.news.title],
            self.pages.member: [
                self.pages.program.title,
                self.pages.lecture.title,
                self.pages.competition.title,
                self.pages.news.title,
            ],
            self.pages.series: [self.pages.lecture.title],
        }
        for page, titles in expected.items():
            response = self.client.get(page.url)
            for title in titles:
                with self.subTest(listing=page.url, title=title):
                    self.assertContains(response, title)

    def test_no_listing_shows_drafts_private_pages_or_private_sections(self):
        for page in self.russian_listings():
            response = self.client.get(page.url)
            self.assertEqual(response.status_code, 200)
            for title in self.hidden:
                with self.subTest(listing=page.url, title=title):
                    self.assertNotContains(response, title)

    def test_home_figures_count_only_live_public_pages(self):
        figures = self.client.get(self.pages.home.url).context["figures"]
        self.assertEqual(figures, {"members": 2, "programs": 1, "upcoming_events": 1})

    def test_listings_keep_to_their_language(self):
        english_listings = [
            self.english.home,
            self.english.member,
            self.english.series,
            *(s.get_translation(self.english.home.locale) for s in self.pages.sections.values()),
        ]
        for page in english_listings:
            response = self.client.get(page.url)
            with self.subTest(listing=page.url):
                self.assertNotContains(response, self.pages.program.title)
                self.assertNotContains(response, self.pages.lecture.title)
                self.assertNotContains(response, self.pages.news.title)
        for page in self.russian_listings():
            response = self.client.get(page.url)
            with self.subTest(listing=page.url):
                self.assertNotContains(response, self.english.program.title)
                self.assertNotContains(response, self.english.lecture.title)

    def test_search_shows_only_live_public_pages_of_the_language(self):
        response = self.client.get("/ru/search/", {"q": "Программа"})
        self.assertEqual(response.status_code, 200)
        titles = [result["title"] for result in response.context["answer"]["results"]]
        self.assertNotIn(self.english.program.title, titles)
        for title in self.hidden:
            self.assertNotIn(title, titles)
        english = self.client.get("/en/search/", {"q": "Robotics"})
        self.assertEqual(
            [result["title"] for result in english.context["answer"]["results"]],
            [self.english.program.title],
        )

    def test_private_and_draft_pages_are_not_served_to_the_public(self):
        draft = f.NewsPageFactory(parent=self.pages.news_index, title="Не опубликовано", live=False)
        self.assertEqual(self.client.get(f"/ru/news/{draft.slug}/").status_code, 404)
        private_url = next(
            p
            for p in self.pages.news_index.get_children().specific()
            if p.title.endswith("закрытая")
        ).url
        response = self.client.get(private_url)
        self.assertEqual(response.status_code, 302)
        self.assertIn("login", response["Location"])


class PastAndUpcomingEventsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.pages, _ = build_consortium()
        cls.past = f.EventPageFactory(
            parent=cls.pages.event_index,
            title="Прошедшая лекция",
            starts_at=in_days(-10),
            ends_at=in_days(-10, hour=14),
            recording_url="https://video.example/rec",
        )

    def test_upcoming_by_default_past_on_request(self):
        calendar = self.pages.sections["events"]
        upcoming = self.client.get(calendar.url)
        self.assertContains(upcoming, self.pages.lecture.title)
        self.assertNotContains(upcoming, self.past.title)
        past = self.client.get(calendar.url, {"when": "past"})
        self.assertContains(past, self.past.title)
        self.assertNotContains(past, self.pages.lecture.title)

    def test_bad_page_numbers_fall_back_and_an_unknown_when_is_a_400(self):
        calendar = self.pages.sections["events"]
        for params in ({"page": "abc"}, {"page": "-1"}, {"page": "999999"}):
            with self.subTest(params=params):
                response = self.client.get(calendar.url, params)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, self.pages.lecture.title)
        # A filter the calendar does not know is reported (and escaped); everything is listed.
        response = self.client.get(calendar.url, {"when": "<script>"})
        self.assertContains(response, 'role="alert"', status_code=400)
        self.assertContains(response, self.pages.lecture.title, status_code=400)
        self.assertNotContains(response, "<script>", status_code=400)


class FeaturedProgramsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.pages, cls.english = build_consortium()

    def test_editors_order_is_kept_in_both_languages(self):
        second = f.ProgramPageFactory(parent=self.pages.program_index, title="Вторая программа")
        translate(second, title="Second program")
        HomeFeaturedProgram.objects.filter(page=self.pages.home).update(sort_order=1)
        HomeFeaturedProgram.objects.create(page=self.pages.home, program=second, sort_order=0)
        russian = self.client.get(self.pages.home.url).context["featured_programs"]
        self.assertEqual([p.title for p in russian], [second.title, self.pages.program.title])
        # The English home lists the same programs, in English, once its list is synced.
        english_home = self.english.home
        english_home.featured_programs = [
            HomeFeaturedProgram(program=row.program, sort_order=row.sort_order)
            for row in HomeFeaturedProgram.objects.filter(page=self.pages.home)
        ]
        english_home.save()
        english = self.client.get(english_home.url).context["featured_programs"]
        self.assertEqual([p.title for p in english], ["Second program", self.english.program.title])

    def test_search_never_offers_the_tree_root(self):
        response = self.client.get("/ru/search/", {"q": "Root"})
        self.assertEqual(response.context["answer"]["results"], [])
