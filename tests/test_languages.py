"""Russian by default, English on request: `/` follows the visitor, every page links to its
translation, error pages speak the visitor's language."""

from django.test import TestCase, override_settings
from django.urls import path

from cms import urls as project_urls

from .tree import build_consortium


def broken_view(request):
    raise RuntimeError("boom")


urlpatterns = [
    path("ru/broken/", broken_view),
    path("en/broken/", broken_view),
    *project_urls.urlpatterns,
]
handler500 = project_urls.handler500
handler404 = project_urls.handler404


class LanguageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.pages, cls.english = build_consortium()

    def test_root_follows_accept_language_or_falls_back_to_russian(self):
        cases = [
            ("en-GB,en;q=0.9", "/en/"),
            ("ru-RU,ru;q=0.9", "/ru/"),
            ("de-DE,fr;q=0.8", "/ru/"),
            ("", "/ru/"),
        ]
        for header, target in cases:
            with self.subTest(header=header):
                response = self.client.get("/", HTTP_ACCEPT_LANGUAGE=header)
                self.assertRedirects(response, target, fetch_redirect_response=False)
                self.assertIn("Accept-Language", response["Vary"])

    def test_both_home_pages_are_served_under_their_prefix(self):
        self.assertContains(self.client.get("/ru/"), self.pages.home.title)
        self.assertContains(self.client.get("/en/"), 'lang="en"')

    def test_switcher_leads_to_the_translation_of_the_same_page(self):
        response = self.client.get(self.pages.program.url)
        self.assertContains(response, f'href="{self.english.program.url}"')
        response = self.client.get(self.english.program.url)
        self.assertContains(response, f'href="{self.pages.program.url}"')

    def test_switcher_falls_back_to_the_home_page_without_translation(self):
        from . import factories as f

        lonely = f.ProgramPageFactory(parent=self.pages.program_index, title="Только по-русски")
        response = self.client.get(lonely.url)
        self.assertContains(response, 'href="/en/"')

    def test_not_found_in_both_languages(self):
        russian = self.client.get("/ru/no-such-page/")
        english = self.client.get("/en/no-such-page/")
        self.assertEqual((russian.status_code, english.status_code), (404, 404))
        self.assertContains(russian, 'lang="ru"', status_code=404)
        self.assertContains(english, 'lang="en"', status_code=404)
        self.assertNotEqual(russian.content, english.content)

    @override_settings(ROOT_URLCONF=__name__, DEBUG=False)
    def test_server_error_in_both_languages(self):
        self.client.raise_request_exception = False
        russian = self.client.get("/ru/broken/")
        english = self.client.get("/en/broken/")
        self.assertEqual((russian.status_code, english.status_code), (500, 500))
        self.assertContains(russian, 'lang="ru"', status_code=500)
        self.assertContains(english, 'lang="en"', status_code=500)
        self.assertNotEqual(russian.content, english.content)
