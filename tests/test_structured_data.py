"""schema.org JSON-LD in the head of programs, events, competitions and institutions, parsed as
JSON and checked for the properties each type needs."""

import datetime
import json
import re

from django.test import TestCase

from . import factories as f
from .search_setup import build_search_world, publish

LD_JSON = re.compile(r'<script type="application/ld\+json" nonce="[^"]+">(.*?)</script>', re.S)


class StructuredDataTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_search_world()

    def data(self, page):
        html = self.client.get(page.url).content.decode()
        found = LD_JSON.findall(html)
        self.assertEqual(len(found), 1, page.url)
        data = json.loads(found[0])
        self.assertEqual(data["@context"], "https://schema.org")
        self.assertEqual(data["url"], page.get_full_url())
        self.assertEqual(data["name"], page.title)
        return data

    def test_a_program_is_a_course_with_an_instance(self):
        data = self.data(self.world.pages.robots)
        self.assertEqual(data["@type"], "Course")
        self.assertEqual(data["provider"]["name"], "Кванториум Север")
        [instance] = data["hasCourseInstance"]
        self.assertEqual(instance["@type"], "CourseInstance")
        self.assertEqual(instance["courseMode"], "onsite")
        self.assertEqual(data["offers"]["price"], 0)
        self.assertEqual(data["audience"]["suggestedMinAge"], 10)

    def test_an_event_is_an_education_event_in_its_time_zone(self):
        lecture = self.world.pages.space_lectures
        data = self.data(lecture)
        self.assertEqual(data["@type"], "EducationEvent")
        starts = datetime.datetime.fromisoformat(data["startDate"])
        self.assertEqual(starts, lecture.starts_at)
        self.assertEqual(starts.utcoffset(), datetime.timedelta(hours=3))  # Moscow
        self.assertEqual(data["eventStatus"], "https://schema.org/EventScheduled")
        self.assertEqual(data["location"][0]["@type"], "Place")
        self.assertEqual(data["organizer"]["name"], "Кванториум Юг")

    def test_a_competition_is_an_event_with_a_sub_event_per_stage(self):
        olympiad = self.world.pages.olympiad
        for name, starts in (("Отборочный этап", (2027, 1, 10)), ("Финал", (2027, 3, 1))):
            f.CompetitionStageFactory(page=olympiad, name=name, starts_on=datetime.date(*starts))
        olympiad = publish(olympiad)
        data = self.data(olympiad)
        self.assertEqual(data["@type"], "Event")
        self.assertEqual(
            [stage["name"] for stage in data["subEvent"]], ["Отборочный этап", "Финал"]
        )
        self.assertEqual(data["startDate"], "2027-01-10")
        self.assertTrue(all(stage["@type"] == "Event" for stage in data["subEvent"]))

    def test_an_institution_is_an_educational_organization(self):
        data = self.data(self.world.a.page)
        self.assertEqual(data["@type"], "EducationalOrganization")
        self.assertEqual(data["address"]["addressLocality"], "Мурманск")

    def test_text_cannot_close_the_script(self):
        robots = self.world.pages.robots
        robots.summary = "Роботы </script><script>alert(1)</script>"
        robots = publish(robots)
        html = self.client.get(robots.url).content.decode()
        self.assertNotIn("<script>alert(1)", html)
        self.assertEqual(self.data(robots)["description"], robots.summary)
