"""Signing in to the admin: django-axes locks a username out from one address after
AXES_FAILURE_LIMIT wrong passwords, with a 429 page that says what to do, counting the real
client address behind proxies; the login and the password reset answer alike for existing and
unknown accounts (nothing tells an attacker which names exist)."""

import re
from datetime import timedelta

from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import TestCase, override_settings

LOGIN = "/admin/login/"
RESET = "/admin/password_reset/"
PASSWORD = "correct horse battery staple"  # noqa: S105
# The form's token and the one the admin's scripts read (wagtailConfig).
CSRF_TOKEN = re.compile(rb'(name="csrfmiddlewaretoken" value="|"CSRF_TOKEN": ")[A-Za-z0-9]+')


@override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=3, TRUSTED_PROXY_COUNT=0)
class LoginThrottleTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = get_user_model().objects.create_superuser(
            "editor", "editor@example.com", PASSWORD
        )

    def setUp(self):
        self.client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"

    def login(self, password, username="editor", address="192.0.2.10", **extra):
        return self.client.post(
            LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address, **extra
        )

    def fail(self, times, **kwargs):
        for _ in range(times):
            response = self.login("wrong", **kwargs)
            self.assertEqual(response.status_code, 200)  # the form again, with its error

    def lock_out(self, **kwargs):
        self.fail(2, **kwargs)
        self.assertLockedOut(self.login("wrong", **kwargs))  # the third failure locks

    def assertLockedOut(self, response):
        self.assertEqual(response.status_code, 429)
        self.assertContains(response, "Too many failed sign-in attempts", status_code=429)
        self.assertContains(response, "Try again in 15 minutes", status_code=429)
        self.assertNotIn("_auth_user_id", self.client.session)

    def test_the_right_password_works_below_the_limit_and_resets_the_count(self):
        self.fail(2)
        self.assertEqual(self.login(PASSWORD).status_code, 302)
        self.client.logout()
        self.fail(2)
        self.assertEqual(self.login(PASSWORD).status_code, 302)

    def test_after_the_limit_even_the_right_password_is_refused(self):
        self.lock_out()
        self.assertLockedOut(self.login(PASSWORD))

    def test_the_lock_holds_one_username_from_one_address(self):
        self.lock_out()
        self.assertEqual(self.login(PASSWORD, address="192.0.2.11").status_code, 302)
        self.client.logout()
        get_user_model().objects.create_user(
            "other", "other@example.com", PASSWORD, is_superuser=True
        )
        self.assertEqual(self.login(PASSWORD, username="other").status_code, 302)

    def test_the_lock_ends_after_the_cool_off(self):
        self.lock_out()
        attempt = AccessAttempt.objects.get(username="editor")
        attempt.attempt_time -= timedelta(minutes=15, seconds=1)
        attempt.save()
        self.assertEqual(self.login(PASSWORD).status_code, 302)

    def test_the_russian_admin_says_it_in_russian(self):
        self.lock_out()
        response = self.login(PASSWORD, HTTP_ACCEPT_LANGUAGE="ru")
        self.assertContains(response, "Слишком много неудачных попыток входа", status_code=429)

    @override_settings(TRUSTED_PROXY_COUNT=1)
    def test_behind_a_proxy_the_address_the_proxy_saw_counts(self):
        # The proxy (REMOTE_ADDR) appends the client's address; whatever the client wrote in
        # X-Forwarded-For itself is ignored, so forging it does not escape the lock.
        for forged in ("10.0.0.1", "10.0.0.2", "10.0.0.3"):
            response = self.login(
                "wrong", address="127.0.0.1", HTTP_X_FORWARDED_FOR=f"{forged}, 198.51.100.7"
            )
        self.assertLockedOut(response)
        self.assertEqual(AccessAttempt.objects.get().ip_address, "198.51.100.7")
        response = self.login(PASSWORD, address="127.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.8")
        self.assertEqual(response.status_code, 302)


def without_token(response, *words):
    body = CSRF_TOKEN.sub(rb"\1", response.content)
    for word in words:
        body = body.replace(word.encode(), b"NAME")
    return body


@override_settings(AXES_ENABLED=True)
class SameAnswerForUnknownAccountsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        get_user_model().objects.create_superuser("editor", "editor@example.com", PASSWORD)

    def test_a_wrong_password_and_an_unknown_name_get_the_same_page(self):
        known = self.client.post(LOGIN, {"username": "editor", "password": "wrong"})
        unknown = self.client.post(LOGIN, {"username": "nobody1", "password": "wrong"})
        self.assertEqual(known.status_code, unknown.status_code)
        self.assertEqual(without_token(known, "editor"), without_token(unknown, "nobody1"))

    def test_a_password_reset_answers_alike_and_mails_only_existing_accounts(self):
        known = self.client.post(RESET, {"email": "editor@example.com"})
        unknown = self.client.post(RESET, {"email": "nobody@example.com"})
        self.assertEqual((known.status_code, known["Location"]), (302, unknown["Location"]))
        self.assertEqual(unknown.status_code, 302)
        done = self.client.get(known["Location"])
        self.assertEqual(done.status_code, 200)
        self.assertEqual([message.to for message in mail.outbox], [["editor@example.com"]])
