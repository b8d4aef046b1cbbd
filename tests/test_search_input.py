"""Whatever arrives in the query string, the search answers 200 or 400, never 500 (a
property-based test over the parameters)."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra import django as hypothesis_django

from .test_search import SearchTestCase

NAMES = [
    "q",
    "lang",
    "type",
    "focus",
    "profile",
    "region",
    "city",
    "member",
    "kind",
    "format",
    "payment",
    "level",
    "age",
    "age_max",
    "grade",
    "date_from",
    "date_to",
    "upcoming",
    "registration_open",
    "sort",
    "page",
    "page_size",
    "unknown",
]
VALUES = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=300),
    st.integers(min_value=-(10**12), max_value=10**12).map(str),
    st.sampled_from(["program", "event", "ru", "en", "true", "2026-02-08", "relevance", "", "0"]),
    st.just("x" * 5000),
)


class SearchInputPropertyTests(hypothesis_django.TestCase, SearchTestCase):
    @settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.dictionaries(st.sampled_from(NAMES), st.lists(VALUES, min_size=1, max_size=3)))
    def test_any_parameters_answer_200_or_400(self, params):
        for url in ("/api/search/", "/api/search/suggest/", "/ru/search/"):
            response = self.client.get(url, params)
            self.assertIn(response.status_code, (200, 400), (url, params))
            if url.startswith("/api/") and response.status_code == 400:
                self.assertTrue(response.json()["errors"])


class EmptyIndexTests(hypothesis_django.TestCase):
    def test_filters_on_an_empty_index_find_nothing_instead_of_failing(self):
        from consortium.site_setup import set_up_site

        set_up_site()
        response = self.client.get("/ru/search/", {"type": "program", "region": "3", "age": "9"})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.context["answer"]["count"], 0)
