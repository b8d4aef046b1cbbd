"""Collections: pages of saved search criteria that always list what currently matches, with
the search page's facets and sort options; visitors can only narrow them; the public sees only
live, public pages of the collection's language."""

from django.core.exceptions import ValidationError
from django.test import TestCase
from wagtail.models import Page

from consortium.models import CollectionPage, ProgramIndexPage
from home.models import HomePage

from . import factories as f
from .search_setup import build_search_world, publish
from .tree import translate


def results(response):
    return [result["title"] for result in response.context["answer"]["results"]]


class CollectionTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_search_world()
        home = HomePage.objects.get(locale__language_code="ru")
        cls.free_robotics = publish(
            f.CollectionPageFactory(
                parent=home,
                title="Бесплатная робототехника для 10–12 лет на Севере",
                live=False,
                types=["program"],
                payments=["free"],
                age_from=10,
                age_to=12,
                focuses=[cls.world.robotics.focus],
                cities=[cls.world.north],
            )
        )
        cls.open_competitions = publish(
            f.CollectionPageFactory(
                parent=home,
                title="Открытые конкурсы Кванториума Север",
                live=False,
                types=["competition"],
                members=[cls.world.a.page],
                registration_open=True,
            )
        )
        cls.programs = publish(
            f.CollectionPageFactory(
                parent=home, title="Все программы", live=False, types=["program"], sort="newest"
            )
        )

    def get(self, collection, **params):
        response = self.client.get(collection.url, params)
        self.assertEqual(response.status_code, 200, response.content[:300])
        return response

    def test_saved_criteria_list_what_matches(self):
        pages = self.world.pages
        self.assertEqual(results(self.get(self.free_robotics)), [pages.robots.title])
        self.assertEqual(results(self.get(self.open_competitions)), [pages.olympiad.title])

    def test_a_collection_follows_publishing_without_being_edited(self):
        index = ProgramIndexPage.objects.child_of(self.world.a.page).get()
        newcomer = publish(
            f.ProgramPageFactory(
                parent=index,
                title="Роботы для младших",
                live=False,
                focus=self.world.robotics.focus,
                age_from=8,
                age_to=11,
                payment="free",
            )
        )
        self.assertIn(newcomer.title, results(self.get(self.free_robotics)))
        Page.objects.get(pk=self.world.pages.robots.pk).specific.unpublish()
        self.assertEqual(results(self.get(self.free_robotics)), [newcomer.title])

    def test_drafts_and_private_pages_are_never_listed(self):
        titles = results(self.get(self.programs, page_size=50))
        self.assertNotIn(self.world.pages.draft.title, titles)
        self.assertNotIn(self.world.pages.private.title, titles)
        self.assertEqual(len(titles), 3)

    def test_visitors_narrow_but_never_widen(self):
        pages = self.world.pages
        paid = self.get(self.programs, payment="paid")
        self.assertEqual(results(paid), [pages.python.title])
        widened = self.get(self.programs, type="event")
        self.assertEqual(len(results(widened)), 3)
        self.assertNotIn(pages.space_lectures.title, results(widened))
        outside_age = self.get(self.free_robotics, age="16")
        self.assertEqual(results(outside_age), [pages.robots.title])

    def test_the_search_pages_facets_and_sort_options_are_offered(self):
        response = self.get(self.programs)
        names = [name for name, _title, _values in response.context["facets"]]
        self.assertNotIn("type", names)  # fixed by the collection
        self.assertIn("payment", names)
        self.assertIn("region", names)
        self.assertEqual(response.context["query"].sort, "newest")
        self.assertContains(response, '<option value="soonest"')
        self.assertContains(response, f'action="{self.programs.url}"')
        self.assertEqual(self.get(self.programs, sort="soonest").context["query"].sort, "soonest")

    def test_an_english_collection_lists_english_pages(self):
        english = publish(translate(self.free_robotics, title="Free robotics", live=False))
        self.assertEqual(results(self.get(english)), [self.world.pages.robots_en.title])
        competitions = publish(translate(self.open_competitions, title="Open", live=False))
        self.assertEqual(results(self.get(competitions)), [])

    def test_bad_parameters_answer_400_with_a_message(self):
        response = self.client.get(self.programs.url, {"age": "много", "sort": "random"})
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, 'role="alert"', status_code=400)

    def test_an_upside_down_age_range_is_refused(self):
        collection = CollectionPage(title="x", age_from=12, age_to=10)
        with self.assertRaises(ValidationError) as raised:
            collection.clean()
        self.assertIn("age_to", raised.exception.message_dict)
