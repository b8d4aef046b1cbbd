"""Requests that try the edges (security.md items 14, 15 and 18): return URLs pointing off-site,
forged Host headers, huge titles and slugs, forms with thousands of fields."""

from urllib.parse import urlsplit

from django.test import TestCase

from consortium.sharing.roles import Role

from .sharing_setup import PASSWORD, build_two_members, program_form_data

OFF_SITE = [
    "//evil.example",
    "///evil.example",
    "\\\\evil.example",
    "/\\evil.example",
    "https:evil.example",
    "https://evil.example/",
    "http:/evil.example",
    "%2F%2Fevil.example",
    " //evil.example",
    "\t//evil.example",
    "/%09/evil.example",
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    "data:text/html,<script>alert(1)</script>",
]


def stays_on_site(location):
    """Read as a browser would (control characters dropped, backslashes as slashes): no
    scheme and no host of its own."""
    cleaned = "".join(ch for ch in location if ch > " ").replace("\\", "/")
    parts = urlsplit(cleaned)
    return not parts.scheme and not parts.netloc


class ReturnUrlTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_two_members()
        cls.editor = cls.world.users[Role.EDITOR]

    def test_login_never_forwards_off_site(self):
        for next_url in OFF_SITE:
            with self.subTest(next=next_url):
                response = self.client.post(
                    "/admin/login/",
                    {"username": self.editor.username, "password": PASSWORD, "next": next_url},
                )
                self.assertEqual(response.status_code, 302)
                self.assertTrue(stays_on_site(response["Location"]), response["Location"])
                self.client.logout()

    def test_our_own_redirects_never_forward_off_site(self):
        for next_url in OFF_SITE:
            with self.subTest(next=next_url):
                for response in (
                    self.client.get("/accessibility/", {"mode": "on", "next": next_url}),
                    self.client.get("/", {"next": next_url}),
                ):
                    if response.status_code in (301, 302):
                        self.assertTrue(stays_on_site(response["Location"]), response["Location"])
                    else:
                        self.assertIn(response.status_code, (200, 400))

    def test_admin_next_after_an_action_stays_on_site(self):
        self.client.force_login(self.editor)
        page = self.world.a.program
        for next_url in OFF_SITE:
            with self.subTest(next=next_url):
                response = self.client.post(
                    f"/admin/pages/{page.pk}/edit/?next={next_url}", program_form_data(page)
                )
                self.assertEqual(response.status_code, 302)
                self.assertTrue(stays_on_site(response["Location"]), response["Location"])


class HostHeaderTests(TestCase):
    def test_an_unknown_host_is_a_400(self):
        for host in ("evil.example", "localhost.evil.example", "evil.example:80@localhost", ""):
            with self.subTest(host=host):
                for url in ("/", "/ru/", "/admin/login/", "/api/search/", "/healthz"):
                    response = self.client.get(url, headers={"host": host})
                    self.assertEqual(response.status_code, 400, url)

    def test_a_forwarded_host_is_not_trusted(self):
        response = self.client.get("/ru/", headers={"x-forwarded-host": "evil.example"})
        self.assertNotIn("evil.example", response.content.decode())


class OversizedInputTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_two_members()

    def test_huge_titles_and_slugs_are_validation_errors(self):
        self.client.force_login(self.world.users[Role.EDITOR])
        page = self.world.a.program
        for fields in ({"title": "Т" * 100_000}, {"slug": "s" * 5_000}, {"summary": "х" * 100_000}):
            with self.subTest(field=next(iter(fields))):
                response = self.client.post(
                    f"/admin/pages/{page.pk}/edit/", program_form_data(page, **fields)
                )
                self.assertEqual(response.status_code, 200)  # the form again, with its error
                self.assertTrue(response.context["form"].errors)
        page.refresh_from_db()
        self.assertEqual(page.revisions.count(), 0)

    def test_thousands_of_fields_are_a_400(self):
        fields = {f"field{i}": "x" for i in range(5_000)}
        self.client.force_login(self.world.users[Role.EDITOR])
        for url in ("/admin/login/", f"/admin/pages/{self.world.a.program.pk}/edit/"):
            with self.subTest(url=url):
                self.assertEqual(self.client.post(url, fields).status_code, 400)
        self.assertEqual(self.client.get("/api/search/", fields).status_code, 400)
