"""Moderation e-mail through a real SMTP server (aiosmtpd on localhost), and the daily
reminders of items that wait too long."""

import datetime
import socket
import time
from email import message_from_string
from email.header import decode_header, make_header

from aiosmtpd.controller import Controller
from django.core import mail
from django.test import TestCase, override_settings
from django.utils import timezone
from wagtail.models import TaskState
from wagtail.users.models import UserProfile

from consortium.sharing.roles import Role
from consortium.workflow.notifications import send_review_reminders

from .sharing_setup import build_two_members
from .test_workflow import submit


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        self.messages.append((envelope.rcpt_tos, envelope.content.decode("utf-8", "replace")))
        return "250 OK"


def subject(raw_message):
    return str(make_header(decode_header(message_from_string(raw_message)["Subject"])))


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RealSmtpTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_two_members()
        for user in cls.world.users.values():
            user.email = f"{user.username}@example.com"
            user.save()
        UserProfile.objects.update_or_create(
            user=cls.world.users[Role.REVIEWER], defaults={"preferred_language": "ru"}
        )
        UserProfile.objects.update_or_create(
            user=cls.world.users[Role.MEMBER_ADMIN], defaults={"preferred_language": "en"}
        )

    def setUp(self):
        self.inbox = Inbox()
        self.port = free_port()
        self.smtp = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.smtp.start()
        self.addCleanup(self.smtp.stop)

    def delivered(self):
        deadline = time.monotonic() + 5
        while not self.inbox.messages and time.monotonic() < deadline:
            time.sleep(0.05)
        return {address: body for recipients, body in self.inbox.messages for address in recipients}

    def test_submission_reaches_each_reviewer_in_their_language(self):
        with override_settings(
            EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=self.port,
        ):
            submit(self, self.world.a.program, "Новое название")
        delivered = self.delivered()
        reviewer = delivered[self.world.users[Role.REVIEWER].email]
        member_admin = delivered[self.world.users[Role.MEMBER_ADMIN].email]
        self.assertNotIn(self.world.users[Role.EDITOR].email, delivered)
        self.assertRegex(subject(reviewer), "[а-яА-Я]")  # Russian for the Russian reviewer
        self.assertNotRegex(subject(member_admin).replace("Новое название", ""), "[а-яА-Я]")
        self.assertIn("/admin/", member_admin)

    def test_reminders_once_a_day_for_old_items_only(self):
        submit(self, self.world.a.program, "Новое название")
        mail.outbox.clear()
        self.assertEqual(send_review_reminders(older_than_days=3), 0)  # not old yet
        TaskState.objects.update(started_at=timezone.now() - datetime.timedelta(days=5))
        self.assertEqual(send_review_reminders(older_than_days=3), 1)
        recipients = sorted(address for message in mail.outbox for address in message.to)
        self.assertIn(self.world.users[Role.REVIEWER].email, recipients)
        self.assertNotIn(self.world.users[Role.EDITOR].email, recipients)
        self.assertEqual(send_review_reminders(older_than_days=3), 0)  # already today
        tomorrow = timezone.localdate() + datetime.timedelta(days=1)
        self.assertEqual(send_review_reminders(older_than_days=3, today=tomorrow), 1)
