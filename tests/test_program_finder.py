"""The program finder on the home page and the programs catalogue: its answers are search
parameters, so submitting it as a browser does (empty "any" choices included) opens faceted
search results for programs."""

from django.test import TestCase

from consortium.models import ProgramCatalogPage

from .search_setup import build_search_world

EVERY_FIELD_EMPTY = {
    "type": "program",
    "age": "",
    "focus": "",
    "region": "",
    "city": "",
    "format": "",
}


class ProgramFinderTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_search_world()

    def test_the_home_page_and_the_catalogue_show_the_finder_in_their_language(self):
        catalogue = ProgramCatalogPage.objects.get(locale__language_code="ru")
        for url, city, heading in (
            ("/ru/", "Мурманск", "Подобрать программу для ребёнка"),
            (catalogue.url, "Мурманск", "Подобрать программу для ребёнка"),
            ("/en/", "Murmansk", "Find a program for a child"),
        ):
            with self.subTest(url):
                response = self.client.get(url)
                self.assertContains(response, heading)
                self.assertContains(
                    response, 'action="%s"' % ("/en/search/" if "/en/" in url else "/ru/search/")
                )
                self.assertContains(response, f">{city}</option>")
                self.assertContains(response, 'name="payment" value="free"')

    def finder(self, **answers):
        response = self.client.get("/ru/search/", {**EVERY_FIELD_EMPTY, **answers})
        self.assertEqual(response.status_code, 200, response.content[:300])
        return response, {result["title"] for result in response.context["answer"]["results"]}

    def test_empty_answers_mean_any_and_list_every_program(self):
        _response, titles = self.finder()
        pages = self.world.pages
        self.assertEqual(titles, {pages.robots.title, pages.python.title, pages.rockets.title})

    def test_age_free_and_place_narrow_the_results_and_set_the_facets(self):
        pages = self.world.pages
        response, titles = self.finder(age="12", payment="free")
        self.assertEqual(titles, {pages.robots.title, pages.rockets.title})
        payment = {item["value"]: item for item in response.context["answer"]["facets"]["payment"]}
        self.assertTrue(payment["free"]["selected"])
        _response, titles = self.finder(age="12", payment="free", city=str(self.world.north.pk))
        self.assertEqual(titles, {pages.robots.title})
        _response, titles = self.finder(region=str(self.world.south.region_id))
        self.assertEqual(titles, {pages.rockets.title})
        _response, titles = self.finder(focus=str(self.world.space.focus_id), format="in_person")
        self.assertEqual(titles, {pages.rockets.title})

    def test_a_tampered_answer_is_a_form_error_not_a_500(self):
        response = self.client.get("/ru/search/", {**EVERY_FIELD_EMPTY, "age": "двенадцать"})
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, 'role="alert"', status_code=400)
