"""The Content-Security-Policy of the public site and of the admin (cms/security.py), kept
whole by the page cache; and production's TLS settings: `check --deploy` clean, HSTS and
secure, HttpOnly cookies on a request that came over HTTPS through the proxy."""

import os
import re
import shutil
import subprocess
import sys
import tempfile

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.test import SimpleTestCase, TestCase, override_settings

from .tree import build_consortium

NONCE = re.compile(r"'nonce-([A-Za-z0-9+/=]{16,})'")
SCRIPT_NONCE = re.compile(rb'<script type="application/ld\+json" nonce="([^"]+)">')


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split("; ")}


class PublicPolicyTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.pages, cls.english = build_consortium()

    def test_the_policy_is_strict_and_names_the_nonce_of_the_inline_script(self):
        response = self.client.get(self.pages.program.url)
        policy = directives(response)
        self.assertEqual(policy["default-src"], ["'self'"])
        self.assertEqual(policy["object-src"], ["'none'"])
        self.assertEqual(policy["base-uri"], ["'none'"])
        self.assertEqual(policy["form-action"], ["'self'"])
        self.assertEqual(policy["frame-ancestors"], ["'self'"])
        self.assertEqual(policy["img-src"], ["'self'", "data:"])
        for directive in ("script-src", "style-src"):
            # An inline script or style without this response's nonce would be blocked:
            # nothing in the policy lets inline code, eval or other origins through.
            sources = policy[directive]
            self.assertNotIn("'unsafe-inline'", sources)
            self.assertNotIn("'unsafe-eval'", sources)
            self.assertFalse(
                [
                    s
                    for s in sources
                    if s not in ("'self'", "'strict-dynamic'") and not s.startswith("'nonce-")
                ],
                sources,
            )
        nonce = NONCE.search(" ".join(policy["script-src"])).group(1)
        self.assertEqual(SCRIPT_NONCE.search(response.content).group(1).decode(), nonce)

    def test_every_uncached_response_has_a_fresh_nonce(self):
        nonces = set()
        for url in (self.pages.program.url, self.pages.program.url, self.pages.news.url):
            response = self.client.get(url)
            nonces.add(NONCE.search(response["Content-Security-Policy"]).group(1))
        self.assertEqual(len(nonces), 3)

    def test_error_pages_carry_the_policy_too(self):
        response = self.client.get("/ru/no-such-page/")
        self.assertEqual(response.status_code, 404)
        self.assertIn("object-src 'none'", response["Content-Security-Policy"])

    @override_settings(PAGE_CACHE_SECONDS=300)
    def test_a_cached_page_keeps_the_header_and_nonce_of_its_render(self):
        caches["pages"].clear()
        first = self.client.get(self.pages.program.url)
        second = self.client.get(self.pages.program.url)
        self.assertEqual((first["X-Page-Cache"], second["X-Page-Cache"]), ("miss", "hit"))
        self.assertEqual(second["Content-Security-Policy"], first["Content-Security-Policy"])
        nonce = NONCE.search(second["Content-Security-Policy"]).group(1)
        self.assertEqual(SCRIPT_NONCE.search(second.content).group(1).decode(), nonce)

    def test_the_admin_has_its_own_policy_without_a_nonce(self):
        admin = get_user_model().objects.create_superuser("root", "root@example.com", "x")
        self.client.force_login(admin)
        response = self.client.get("/admin/")
        self.assertEqual(response.status_code, 200)
        policy = directives(response)
        self.assertEqual(policy["script-src"], ["'self'", "'unsafe-inline'"])
        self.assertEqual(policy["object-src"], ["'none'"])
        self.assertEqual(policy["frame-ancestors"], ["'self'"])
        self.assertNotIn("nonce-", response["Content-Security-Policy"])


def production_env(**extra):
    """The environment .ci/run's deploy check uses (VAR_DIR: an empty one). The database is a
    fresh SQLite file there, never the suite's own (the PostgreSQL pass exports DATABASE_URL)."""
    environ = {name: value for name, value in os.environ.items() if name != "DATABASE_URL"}
    return {
        **environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": "test-" + "0123456789abcdef" * 4,
        "ALLOWED_HOSTS": "cms.example.org",
        **extra,
    }


def run_in_production(*args, var_dir):
    return subprocess.run(  # noqa: S603 - this interpreter, our own arguments
        [sys.executable, *args],
        cwd=settings.BASE_DIR,
        env=production_env(VAR_DIR=str(var_dir)),
        capture_output=True,
        text=True,
        timeout=120,
    )


# Requests to the production settings, in a fresh process, through the whole middleware stack,
# to a view that sets both cookies (the database holds only the session table).
PROBE = """
import sys, types
import django
from django.conf import settings
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.urls import path

def probe(request):
    get_token(request)
    request.session["probe"] = 1
    return HttpResponse("ok")

sys.modules["probe_urls"] = types.SimpleNamespace(urlpatterns=[path("probe/", probe)])
settings.ROOT_URLCONF = "probe_urls"
django.setup()
from django.contrib.sessions.models import Session
from django.db import connection
from django.test import Client
with connection.schema_editor() as editor:
    editor.create_model(Session)
response = Client(HTTP_X_FORWARDED_PROTO="https", HTTP_HOST="cms.example.org").get("/probe/")
print("STATUS", response.status_code)
print("HSTS", response.get("Strict-Transport-Security"))
print("NOSNIFF", response.get("X-Content-Type-Options"))
print("CSRF", response.cookies["csrftoken"].output())
print("SESSION", response.cookies["sessionid"].output())
plain = Client(HTTP_HOST="cms.example.org").get("/probe/")
print("PLAIN", plain.status_code, plain.get("Location"))
"""


class ProductionSettingsTests(SimpleTestCase):
    def setUp(self):
        self.var_dir = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, self.var_dir)

    def test_check_deploy_is_clean(self):
        result = run_in_production(
            "manage.py", "check", "--deploy", "--fail-level", "WARNING", var_dir=self.var_dir
        )
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)

    def test_https_responses_carry_hsts_and_secure_cookies(self):
        result = run_in_production("-c", PROBE, var_dir=self.var_dir)
        self.assertEqual(result.returncode, 0, result.stderr)
        lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
        self.assertEqual(lines["STATUS"], "200")
        self.assertEqual(lines["HSTS"], "max-age=31536000; includeSubDomains; preload")
        self.assertEqual(lines["NOSNIFF"], "nosniff")
        self.assertIn("; Secure", lines["CSRF"])
        self.assertIn("; Secure", lines["SESSION"])
        self.assertIn("; HttpOnly", lines["SESSION"])
        self.assertIn("SameSite=Lax", lines["SESSION"])
        # Plain HTTP is sent to HTTPS, before any cookie is set.
        self.assertEqual(lines["PLAIN"], "301 https://cms.example.org/probe/")
