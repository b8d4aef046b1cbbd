"""The version for the visually impaired: a header switch, settings kept in one cookie and
applied as classes on <html>, with no JavaScript, in both languages."""

import io
import re

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import RequestFactory, TestCase
from PIL import Image as PILImage

from consortium.accessibility import (
    COOKIE_NAME,
    SETTINGS,
    Preferences,
    preferences_cache_key,
)
from consortium.models import ConsortiumImage

from .tree import build_consortium

SETTINGS_URL = "/accessibility/"


def png_file(name="photo.png"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "navy").save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


class VisuallyImpairedTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.pages, cls.english = build_consortium()

    def html_tag(self, response):
        return re.search(r"<html[^>]*>", response.content.decode()).group(0)

    def turn_on(self, next_path, **settings):
        return self.client.get(SETTINGS_URL, {"mode": "on", "next": next_path, **settings})

    def test_every_page_offers_the_switch_in_both_languages(self):
        for page in (self.pages.program, self.english.program, self.pages.home):
            with self.subTest(url=page.url):
                response = self.client.get(page.url)
                self.assertContains(
                    response,
                    f'href="{SETTINGS_URL}?mode=on&amp;next={page.url}"',
                )
                self.assertNotIn("class=", self.html_tag(response))
                self.assertNotContains(response, "visually-impaired.css")
        self.assertContains(self.client.get(self.pages.program.url), "Версия для слабовидящих")
        self.assertContains(
            self.client.get(self.english.program.url), "Version for the visually impaired"
        )

    def test_turning_on_sets_one_cookie_and_returns_to_the_page(self):
        response = self.turn_on(self.pages.program.url)
        self.assertRedirects(response, self.pages.program.url, fetch_redirect_response=False)
        cookie = response.cookies[COOKIE_NAME]
        self.assertEqual(cookie.value, "s3.f1.l1.k1.c1.i1")
        self.assertEqual(cookie["samesite"], "Lax")
        self.assertEqual(cookie["max-age"], 365 * 24 * 60 * 60)
        self.assertEqual(cookie["path"], "/")
        self.assertIn("no-store", response["Cache-Control"])
        self.assertEqual(len(response.cookies), 1)

    def test_the_next_page_carries_the_classes_and_the_panel(self):
        self.turn_on(self.pages.program.url, size="5", font="serif", scheme="4", images="off")
        response = self.client.get(self.pages.news.url)
        self.assertEqual(
            self.html_tag(response),
            '<html lang="ru" class="vi vi-size-5 vi-font-serif vi-line-normal '
            'vi-letter-normal vi-scheme-4 vi-images-off">',
        )
        self.assertContains(response, "visually-impaired.css")
        self.assertContains(response, "Настройки версии для слабовидящих")
        self.assertContains(response, '<button type="submit">Применить</button>')
        self.assertContains(response, "Обычная версия")
        self.assertContains(
            response, f'<input type="hidden" name="next" value="{self.pages.news.url}">'
        )
        checked = re.findall(r'name="(\w+)" value="(\w+)" checked', response.content.decode())
        self.assertEqual(
            checked,
            [
                ("size", "5"),
                ("font", "serif"),
                ("line", "normal"),
                ("letter", "normal"),
                ("scheme", "4"),
                ("images", "off"),
            ],
        )
        self.assertEqual(response.content.decode().count("<fieldset"), len(SETTINGS))
        self.assertEqual(response.content.decode().count("<legend>"), len(SETTINGS))

    def test_every_value_of_every_setting_round_trips(self):
        self.turn_on(self.pages.standard.url)
        for setting in SETTINGS:
            for value in setting.values:
                with self.subTest(setting=setting.name, value=value):
                    response = self.client.get(
                        SETTINGS_URL, {setting.name: value, "next": self.pages.standard.url}
                    )
                    self.assertEqual(response.status_code, 302)
                    stored = Preferences.from_cookie(response.cookies[COOKIE_NAME].value)
                    self.assertEqual(getattr(stored, setting.name), value)
                    page = self.client.get(self.pages.standard.url)
                    self.assertIn(f"vi-{setting.name}-{value}", self.html_tag(page))
                    self.assertContains(page, f'name="{setting.name}" value="{value}" checked')
        # The other settings kept what was chosen before.
        final = Preferences.from_cookie(self.client.cookies[COOKIE_NAME].value)
        self.assertEqual(
            final,
            Preferences(
                size="5", font="serif", line="widest", letter="widest", scheme="5", images="grey"
            ),
        )

    def test_the_normal_version_clears_the_cookie(self):
        self.turn_on(self.pages.program.url, scheme="2")
        response = self.client.get(SETTINGS_URL, {"mode": "off", "next": self.pages.program.url})
        self.assertRedirects(response, self.pages.program.url, fetch_redirect_response=False)
        self.assertEqual(response.cookies[COOKIE_NAME].value, "")
        self.assertEqual(response.cookies[COOKIE_NAME]["max-age"], 0)
        page = self.client.get(self.pages.program.url)
        self.assertNotIn("class=", self.html_tag(page))
        self.assertContains(page, "Версия для слабовидящих")

    def test_unknown_values_are_refused_with_a_message_and_change_nothing(self):
        self.turn_on(self.pages.program.url, scheme="3")
        cases = [
            ({"size": "9"}, "Font size", "9"),
            ({"scheme": "pink"}, "Colours", "pink"),
            ({"images": ""}, "Images", ""),
            ({"mode": "maybe"}, "mode", "maybe"),
        ]
        for params, name, value in cases:
            with self.subTest(params=params):
                response = self.client.get(
                    SETTINGS_URL, {**params, "next": self.english.program.url}
                )
                self.assertEqual(response.status_code, 400)
                self.assertContains(
                    response,
                    f"has no value “{value}” for “{name}”. Your settings have not been changed.",
                    status_code=400,
                )
                self.assertContains(response, f'href="{self.english.program.url}"', status_code=400)
                self.assertNotIn(COOKIE_NAME, response.cookies)
        self.assertEqual(self.client.cookies[COOKIE_NAME].value, "s3.f1.l1.k1.c3.i1")

    def test_the_refusal_speaks_the_language_of_the_page_and_escapes_the_value(self):
        response = self.client.get(
            SETTINGS_URL, {"size": "<b>x</b>", "next": self.pages.program.url}
        )
        self.assertContains(response, "Неизвестная настройка вида", status_code=400)
        self.assertContains(response, "&lt;b&gt;x&lt;/b&gt;", status_code=400)
        self.assertNotContains(response, "<b>x</b>", status_code=400)

    def test_parameters_it_does_not_know_are_ignored(self):
        response = self.turn_on(self.pages.program.url, colour="red")
        self.assertEqual(response.status_code, 302)
        self.assertEqual(response.cookies[COOKIE_NAME].value, "s3.f1.l1.k1.c1.i1")

    def test_damaged_cookies_fall_back_safely(self):
        cases = [
            ("garbage", None),
            ("s9.c0.x1", None),
            ("", None),
            ("s4.zz.c99", Preferences(size="4")),
            ("c2", Preferences(scheme="2")),
        ]
        for value, expected in cases:
            with self.subTest(cookie=value):
                self.assertEqual(Preferences.from_cookie(value), expected)
                self.client.cookies[COOKIE_NAME] = value
                response = self.client.get(self.pages.program.url)
                self.assertEqual(response.status_code, 200)
                self.assertEqual("class=" in self.html_tag(response), expected is not None)

    def test_unsafe_next_is_not_followed(self):
        for target in ("https://evil.example/", "//evil.example/", "javascript:alert(1)"):
            with self.subTest(next=target):
                response = self.turn_on(target)
                self.assertRedirects(response, "/ru/", fetch_redirect_response=False)
        response = self.client.get(SETTINGS_URL, {"mode": "off"}, HTTP_ACCEPT_LANGUAGE="en")
        self.assertRedirects(response, "/en/", fetch_redirect_response=False)

    def test_the_view_only_answers_get(self):
        self.assertEqual(self.client.post(SETTINGS_URL, {"mode": "on"}).status_code, 405)

    def test_with_images_off_the_alt_text_takes_the_image_place(self):
        image = ConsortiumImage.objects.create(
            title="Мастерская", file=png_file(), description="Школьники у станка"
        )
        page = self.pages.standard
        page.image = image
        page.save()
        self.assertRegex(self.client.get(page.url).content.decode(), r'<img [^>]*alt="Школьники')
        self.turn_on(page.url, images="off")
        response = self.client.get(page.url)
        self.assertContains(response, '<span class="vi-image-alt">Школьники у станка</span>')
        self.assertNotRegex(response.content.decode(), r"<img ")
        self.turn_on(page.url, images="grey")
        self.assertRegex(self.client.get(page.url).content.decode(), r'<img [^>]*alt="Школьники')

    def test_english_pages_get_the_english_panel(self):
        self.turn_on(self.english.program.url, letter="wide")
        response = self.client.get(self.english.program.url)
        self.assertTrue(self.html_tag(response).startswith('<html lang="en" class="vi '))
        for text in ("Settings for the visually impaired", "Letter spacing", "Normal version"):
            self.assertContains(response, text)
        self.assertContains(response, '<button type="submit">Apply</button>')


class CacheKeyTests(TestCase):
    def key_for(self, cookie=None):
        request = RequestFactory().get("/ru/")
        if cookie is not None:
            request.COOKIES[COOKIE_NAME] = cookie
        return preferences_cache_key(request)

    def test_normal_version_has_an_empty_key(self):
        self.assertEqual(self.key_for(), "")
        self.assertEqual(self.key_for("nonsense"), "")

    def test_equivalent_cookies_share_one_normalised_key(self):
        self.assertEqual(self.key_for("c4"), "s3.f1.l1.k1.c4.i1")
        self.assertEqual(self.key_for("c4.zz.s3"), "s3.f1.l1.k1.c4.i1")
        self.assertEqual(self.key_for("s5.f2.l3.k3.c5.i3"), "s5.f2.l3.k3.c5.i3")
