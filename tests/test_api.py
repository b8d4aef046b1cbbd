"""The read-only JSON API (/api/v2/, Wagtail API v2): each endpoint lists the live, public pages
of the language asked for; drafts, pages under a view restriction and unpublished changes never
show, whoever asks; filters on the exposed fields; bad input is a 400 with a message; only GET."""

import datetime

from django.contrib.auth import get_user_model
from django.test import TestCase
from wagtail.models import PageViewRestriction

from consortium.models import NewsIndexPage, ProgramIndexPage

from . import factories as f
from .search_setup import build_search_world, publish

API = "/api/v2"


class APITestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_search_world()
        pages = cls.world.pages
        news_index = NewsIndexPage.objects.child_of(cls.world.a.page).get()
        pages.news = publish(
            f.NewsPageFactory(
                parent=news_index,
                title="Новости Севера",
                date=datetime.date(2026, 11, 3),
                live=False,
            )
        )
        pages.draft_news = f.NewsPageFactory(
            parent=news_index, title="Черновик новости", live=False
        )

    def get_json(self, url, status=200, **params):
        response = self.client.get(url, params)
        self.assertEqual(response.status_code, status, response.content[:300])
        self.assertEqual(response["Content-Type"], "application/json")
        return response.json()

    def titles(self, endpoint, **params):
        items = self.get_json(f"{API}/{endpoint}/", limit=50, **params)["items"]
        return {item["title"] for item in items}


class ReadingTests(APITestCase):
    """What the endpoints list and show, and their filters."""

    def test_each_endpoint_lists_the_live_public_pages_of_the_language(self):
        pages = self.world.pages
        expected = {
            "programs": {pages.robots.title, pages.python.title, pages.rockets.title},
            "events": {pages.space_lectures.title, pages.moon.title},
            "competitions": {pages.olympiad.title},
            "institutions": {"Кванториум Север", "Кванториум Юг", "Кванториум Закрытый"},
            "news": {pages.news.title},
        }
        for endpoint, titles in expected.items():
            with self.subTest(endpoint):
                answer = self.get_json(f"{API}/{endpoint}/", locale="ru")
                self.assertEqual({item["title"] for item in answer["items"]}, titles)
                self.assertEqual(answer["meta"]["total_count"], len(titles))
                self.assertEqual({item["meta"]["locale"] for item in answer["items"]}, {"ru"})

    def test_english_lists_only_the_english_pages(self):
        self.assertEqual(self.titles("programs", locale="en"), {self.world.pages.robots_en.title})
        self.assertIn("Quantorium North", self.titles("institutions", locale="en"))
        self.assertNotIn("Кванториум Север", self.titles("institutions", locale="en"))

    def test_the_pages_endpoint_holds_only_the_public_types(self):
        types = {item["meta"]["type"] for item in self.get_json(f"{API}/pages/", limit=50)["items"]}
        self.assertTrue(types)
        allowed = {"ProgramPage", "EventPage", "CompetitionPage", "InstitutionPage", "NewsPage"}
        self.assertLessEqual(types, {f"consortium.{name}" for name in allowed})
        programs = self.titles("pages", type="consortium.ProgramPage", locale="ru")
        self.assertEqual(programs, self.titles("programs", locale="ru"))

    def test_a_listing_carries_the_fields_of_its_type(self):
        [item] = self.get_json(f"{API}/programs/", format="online")["items"]
        self.assertEqual(item["title"], self.world.pages.python.title)
        self.assertEqual(
            item["format"], {"value": "online", "label_ru": "Онлайн", "label_en": "Online"}
        )
        self.assertEqual(item["payment"]["value"], "paid")
        self.assertEqual(item["price"], "4500.00")
        self.assertEqual(item["member"]["title"], "Кванториум Север")
        self.assertTrue(
            item["member"]["detail_url"].endswith(f"/institutions/{item['member']['id']}/")
        )
        self.assertTrue(item["meta"]["detail_url"].startswith("http://testserver/api/v2/programs/"))

    def test_events_come_soonest_first_with_their_times_and_venue(self):
        items = self.get_json(f"{API}/events/")["items"]
        self.assertEqual([item["title"] for item in items], ["Лекция о Луне", "Лекции о космосе"])
        lecture = items[1]
        self.assertEqual(lecture["time_zone"], "Europe/Moscow")
        self.assertEqual(lecture["status"]["value"], "scheduled")
        self.assertEqual(lecture["attendance_mode"]["value"], "offline")
        self.assertTrue(lecture["venue"]["name_ru"])
        self.assertTrue(lecture["venue"]["city"]["slug"])
        self.assertLess(lecture["starts_at"], lecture["ends_at"])

    def test_a_program_in_full(self):
        robots = self.world.pages.robots
        page = self.get_json(f"{API}/programs/{robots.pk}/")
        self.assertEqual(page["focus"]["id"], self.world.robotics.focus_id)
        self.assertEqual(page["profile"]["name_en"], "Robotics")
        self.assertEqual((page["age_from"], page["age_to"]), (10, 14))
        self.assertEqual(page["meta"]["html_url"], robots.full_url)
        for name in ("registration_opens", "registration_closes", "level", "schedule", "body"):
            self.assertIn(name, page)

    def test_a_competition_lists_its_stages(self):
        olympiad = self.world.pages.olympiad
        f.CompetitionStageFactory(page=olympiad, name="Финал", format="in_person")
        publish(olympiad)
        page = self.get_json(f"{API}/competitions/{olympiad.pk}/")
        [stage] = page["stages"]
        self.assertEqual(stage["name"], "Финал")
        self.assertEqual(stage["format"]["label_en"], "In person")
        self.assertTrue(page["registration_closes"])

    def test_news_with_its_date_and_member(self):
        page = self.get_json(f"{API}/news/{self.world.pages.news.pk}/")
        self.assertEqual(page["date"], "2026-11-03")
        self.assertEqual(page["member"]["id"], self.world.a.page.pk)
        self.assertEqual(page["age_rating"]["value"], "0+")

    def test_a_school_shows_its_own_fields(self):
        directory = self.world.a.page.get_parent()
        school = publish(f.SchoolPageFactory(parent=directory, title="Школа № 5", live=False))
        page = self.get_json(f"{API}/institutions/{school.pk}/")
        self.assertEqual(page["meta"]["type"], "consortium.SchoolPage")
        self.assertEqual(page["kind"]["value"], "school")
        self.assertEqual((page["grade_from"], page["grade_to"]), (1, 11))
        self.assertEqual(page["city"]["id"], school.city_id)

    def test_by_focus_member_and_format(self):
        pages = self.world.pages
        by_focus = self.titles("programs", focus=self.world.robotics.focus_id, locale="ru")
        self.assertEqual(by_focus, {pages.robots.title})
        by_member = self.titles("programs", member=self.world.a.page.pk)
        self.assertEqual(by_member, {pages.robots.title, pages.python.title})
        self.assertEqual(self.titles("programs", format="online"), {pages.python.title})
        self.assertEqual(self.titles("programs", payment="paid"), {pages.python.title})
        by_event_member = self.titles("events", member=self.world.b.page.pk)
        self.assertEqual(by_event_member, {pages.space_lectures.title, pages.moon.title})

    def test_by_place_and_date(self):
        north = self.titles("institutions", city=self.world.north.pk, locale="ru")
        self.assertEqual(north, {"Кванториум Север", "Кванториум Закрытый"})
        self.assertEqual(self.titles("news", date="2026-11-03"), {"Новости Севера"})

    def test_a_page_of_a_member_found_under_it(self):
        pages = self.world.pages
        under_b = self.titles("pages", descendant_of=self.world.b.page.pk)
        self.assertEqual(
            under_b, {pages.rockets.title, pages.space_lectures.title, pages.moon.title}
        )

    def test_pagination_and_order(self):
        answer = self.get_json(f"{API}/programs/", limit=1, offset=1, order="-title", locale="ru")
        self.assertEqual(answer["meta"]["total_count"], 3)
        [item] = answer["items"]
        self.assertEqual(item["title"], self.world.pages.robots.title)


class SafetyTests(APITestCase):
    """What never shows, what is refused."""

    def test_drafts_and_private_pages_are_absent_and_not_found(self):
        pages = self.world.pages
        for endpoint in ("programs", "pages"):
            titles = self.titles(endpoint)
            for page in (pages.draft, pages.private):
                with self.subTest(endpoint=endpoint, page=page.title):
                    self.assertNotIn(page.title, titles)
                    answer = self.get_json(f"{API}/{endpoint}/{page.pk}/", status=404)
                    self.assertIn("message", answer)
        self.assertNotIn(pages.draft_news.title, self.titles("news"))
        self.get_json(f"{API}/news/{pages.draft_news.pk}/", status=404)
        self.get_json(f"{API}/pages/find/", status=404, id=pages.private.pk)

    def test_a_page_restricted_itself_is_absent_even_for_a_signed_in_superuser(self):
        python = self.world.pages.python
        PageViewRestriction.objects.create(page=python, restriction_type="login")
        admin = get_user_model().objects.create_superuser("api-admin", "a@example.com", "x")
        self.client.force_login(admin)
        self.assertNotIn(python.title, self.titles("programs"))
        self.get_json(f"{API}/programs/{python.pk}/", status=404)

    def test_unpublished_changes_do_not_show(self):
        rockets = self.world.pages.rockets
        rockets.title = "Черновое название"
        rockets.summary = "Черновое описание."
        rockets.save_revision()
        page = self.get_json(f"{API}/programs/{rockets.pk}/")
        self.assertEqual(page["title"], "Ракетомоделирование")
        self.assertEqual(page["summary"], "Строим модели ракет и запускаем их.")
        self.assertIn("Ракетомоделирование", self.titles("programs"))
        self.assertNotIn("Черновое название", self.titles("pages"))

    def test_links_to_draft_pages_are_left_out(self):
        lecture = self.world.pages.space_lectures
        draft_member = f.InstitutionPageFactory(
            parent=self.world.a.page.get_parent(), title="Черновой участник", live=False
        )
        lecture.co_organisers.add(draft_member, self.world.a.page)
        publish(lecture)
        page = self.get_json(f"{API}/events/{lecture.pk}/")
        self.assertEqual([link["id"] for link in page["co_organisers"]], [self.world.a.page.pk])

    def test_bad_input_is_a_400_with_a_message(self):
        robots = self.world.pages.robots.pk
        bad = [
            ("programs/", {"colour": "red"}),
            ("pages/", {"type": "consortium.Nothing"}),
            ("pages/", {"type": "not-a-type"}),
            ("pages/", {"type": "home.HomePage"}),
            ("programs/", {"type": "consortium.EventPage"}),
            ("programs/abc/", {}),
            ("programs/0/", {}),
            ("programs/find/", {"id": "abc"}),
            ("programs/", {"limit": "100000"}),
            ("programs/", {"limit": "-1"}),
            ("programs/", {"offset": "99999999999999999999999"}),
            ("programs/", {"locale": "de"}),
            ("programs/", {"focus": "technical"}),
            ("programs/", {"member": "99999999999999999999999"}),
            ("programs/", {"teachers": "x"}),
            ("programs/", {"price": "cheap"}),
            ("programs/", {"registration_opens": "tomorrow"}),
            ("events/", {"starts_at": "2026-13-45"}),
            ("programs/", {"order": "password"}),
            ("programs/", {"fields": "secret"}),
            ("programs/", {"fields": "title("}),
            ("programs/", {"search": "роботы"}),
            ("programs/", {"slug": "a\x00b"}),
            ("programs/", {"descendant_of": "abc"}),
            (f"programs/{robots}/", {"rich_text_format": "pdf"}),
        ]
        for url, params in bad:
            with self.subTest(url=url, params=params):
                answer = self.get_json(f"{API}/{url}", status=400, **params)
                self.assertTrue(answer["message"])

    def test_a_missing_page_is_a_json_404_not_a_redirect(self):
        self.assertIn("message", self.get_json(f"{API}/programs/999999/", status=404))
        self.get_json(f"{API}/programs/99999999999999999999999/", status=404)

    def test_only_get_head_and_options(self):
        url = f"{API}/programs/"
        detail = f"{API}/programs/{self.world.pages.robots.pk}/"
        self.assertEqual(self.client.post(url, {"title": "x"}).status_code, 405)
        self.assertEqual(self.client.put(detail, {}).status_code, 405)
        self.assertEqual(self.client.patch(detail, {}).status_code, 405)
        self.assertEqual(self.client.delete(detail).status_code, 405)
        self.assertEqual(self.client.head(url).status_code, 200)
        self.assertEqual(self.client.options(url).status_code, 200)
        self.assertEqual(self.client.post(url)["Allow"], "GET, HEAD, OPTIONS")

    def test_basic_credentials_are_ignored_not_checked(self):
        response = self.client.get(f"{API}/programs/", HTTP_AUTHORIZATION="Basic bm86cGFzcw==")
        self.assertEqual(response.status_code, 200)

    def test_a_new_member_program_appears_only_once_published(self):
        index = ProgramIndexPage.objects.child_of(self.world.b.page).get()
        program = f.ProgramPageFactory(parent=index, title="Новая программа", live=False)
        self.assertNotIn("Новая программа", self.titles("programs"))
        publish(program)
        self.assertIn("Новая программа", self.titles("programs"))
