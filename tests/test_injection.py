"""Content injection (security.md items 8 and 9): script-carrying rich text posted through the
admin is stored without it, and markup in titles, alt text, vocabulary and user names comes out
escaped on public pages, feeds, the admin's listings, history and revision compare, and e-mail."""

import json
from html.parser import HTMLParser

from django.core import mail
from django.test import TestCase

from consortium.models import ConsortiumImage
from consortium.sharing.roles import Role

from . import factories as f
from .sharing_setup import build_two_members, make_user, program_form_data
from .test_admin import png_file
from .test_workflow import submit

XSS = '"><svg onload=alert(1)>'
RAW = "<svg onload"  # what must never reach a browser as markup
JAVASCRIPT_URLS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;avascript:alert(1)",
    "javascript&colon;alert(1)",
    "\x01javascript:alert(1)",
]


class Hrefs(HTMLParser):
    """Every href and event-handler attribute as a browser reads them (entities decoded)."""

    def __init__(self):
        super().__init__()
        self.hrefs, self.handlers, self.scripts = [], [], 0

    def handle_starttag(self, tag, attrs):
        self.scripts += tag == "script"
        for name, value in attrs:
            if name == "href" and value is not None:
                self.hrefs.append("".join(ch for ch in value if ch > " ").lower())
            if name.startswith("on"):
                self.handlers.append((tag, name))


def contentstate_link(url, text="нажмите"):
    """What a tampered Draftail editor could post: a link entity with any URL."""
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "a1",
                    "text": f"{text} <script>alert(1)</script> <img src=x onerror=alert(1)>",
                    "type": "unstyled",
                    "depth": 0,
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": 0, "length": len(text), "key": 0}],
                    "data": {},
                }
            ],
            "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": url}}},
        }
    )


class RichTextThroughTheAdminTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_two_members()
        cls.superuser = make_user("root")
        cls.superuser.is_superuser = True
        cls.superuser.save()

    def test_javascript_links_and_markup_are_stored_without_them(self):
        page = self.world.a.program
        for who in (self.world.users[Role.EDITOR], self.superuser):
            self.client.force_login(who)
            for url in JAVASCRIPT_URLS:
                with self.subTest(who=who.username, url=url):
                    data = program_form_data(page, title="Ссылки")
                    data["goals"] = contentstate_link(url)
                    if who.is_superuser:
                        data["action-publish"] = "1"  # editors save drafts
                    response = self.client.post(f"/admin/pages/{page.pk}/edit/", data)
                    self.assertEqual(response.status_code, 302)
                    stored = page.get_latest_revision_as_object().goals
                    parsed = Hrefs()
                    parsed.feed(stored)
                    self.assertFalse([h for h in parsed.hrefs if "javascript:" in h], stored)
                    self.assertEqual((parsed.handlers, parsed.scripts), ([], 0), stored)
        page.refresh_from_db()
        public = Hrefs()
        public.feed(self.client.get(page.url).content.decode())
        self.assertFalse([h for h in public.hrefs if h.startswith("javascript:")])

    def test_there_is_no_write_api(self):
        # API v2 is read-only (tests/test_api.py::SafetyTests); nothing else accepts writes.
        for method in ("post", "put", "patch"):
            response = getattr(self.client, method)(
                "/api/v2/pages/", {"title": XSS}, content_type="application/json"
            )
            self.assertEqual(response.status_code, 405)


class EscapingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_two_members()
        world, a = cls.world, cls.world.a
        cls.editor = world.users[Role.EDITOR]
        cls.editor.first_name = f"Иван{XSS}"
        cls.editor.email = "editor@example.com"
        cls.editor.save()
        for user in world.users.values():
            if not user.email:
                user.email = f"{user.username}@example.com"
                user.save()
        image = ConsortiumImage.objects.create(
            title=f"Снимок{XSS}", file=png_file(), description=f"Лаборатория{XSS}"
        )
        focus = f.FocusFactory(name_ru=f"Направление{XSS}", name_en=f"Focus{XSS}")
        profile = f.ProfileFactory(focus=focus, name_ru=f"Профиль{XSS}")
        cls.program = f.ProgramPageFactory(
            parent=a.index, title=f"Программа{XSS}", focus=focus, profile=profile, image=image
        )
        news_index = a.page.get_children().type(f.NewsIndexPageFactory._meta.model).first()
        cls.news = f.NewsPageFactory(parent=news_index, title=f"Новость{XSS}")
        cls.super = make_user("root")
        cls.super.is_superuser = True
        cls.super.save()

    def assertEscaped(self, response, where):
        body = response.content.decode()
        self.assertEqual(response.status_code, 200, where)
        self.assertNotIn(RAW, body, where)
        self.assertTrue("&lt;svg" in body or "\\u003csvg" in body or "&#x3C;svg" in body, where)

    def test_public_pages_feeds_and_structured_data(self):
        for url in (
            self.program.url,
            self.program.get_parent().url,
            "/ru/news.atom",
            self.news.url,
        ):
            with self.subTest(url=url):
                self.assertEscaped(self.client.get(url), url)

    def test_admin_listings_history_and_compare(self):
        self.client.force_login(self.editor)
        self.program.save_revision(user=self.editor)
        self.client.post(
            f"/admin/pages/{self.program.pk}/edit/",
            program_form_data(self.program, title=f"Вторая{XSS}"),
        )
        self.client.force_login(self.super)
        pk = self.program.pk
        for url in (
            f"/admin/pages/{self.program.get_parent().pk}/",
            "/admin/pages/search/?q=Программа",
            f"/admin/pages/{pk}/history/",
            f"/admin/pages/{pk}/revisions/compare/earliest...latest/",
            f"/admin/pages/{pk}/edit/",
            "/admin/snippets/consortium/focus/",
            "/admin/images/",
            "/admin/users/",
        ):
            with self.subTest(url=url):
                self.assertEscaped(self.client.get(url), url)

    def test_moderation_e_mail(self):
        submit(self, self.program, f"Заявка{XSS}")
        self.assertTrue(mail.outbox)
        for message in mail.outbox:
            for html, _type in getattr(message, "alternatives", []):
                self.assertNotIn(RAW, html)
