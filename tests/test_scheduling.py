"""Go-live and expiry dates are honoured by the scheduler, with nobody running a command."""

import datetime
import time
from io import StringIO

from django.core.management import call_command
from django.test import TestCase
from django.utils import timezone

from . import factories as f
from .tree import build_consortium


def run_scheduler_once():
    call_command("scheduler", "--once", stdout=StringIO(), stderr=StringIO())


class SchedulerTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.pages, _ = build_consortium()

    def test_scheduled_go_live_and_expiry(self):
        page = f.NewsPageFactory(parent=self.pages.news_index, title="По расписанию", live=False)
        page.go_live_at = timezone.now() + datetime.timedelta(seconds=2)
        page.save_revision().publish()  # approved, waiting for its date
        page.refresh_from_db()
        self.assertFalse(page.live)
        run_scheduler_once()
        page.refresh_from_db()
        self.assertFalse(page.live)  # not yet
        time.sleep(2.5)
        run_scheduler_once()
        page.refresh_from_db()
        self.assertTrue(page.live)

        type(page).objects.filter(pk=page.pk).update(
            expire_at=timezone.now() - datetime.timedelta(minutes=1)
        )
        run_scheduler_once()
        page.refresh_from_db()
        self.assertFalse(page.live)
        self.assertTrue(page.expired)
        self.assertNotContains(self.client.get(self.pages.news_index.url), "По расписанию")

    def test_go_live_and_expiry_both_passed_while_the_scheduler_was_down(self):
        # docs/security.md item 22: nothing ran between the two dates; the page never shows.
        page = f.NewsPageFactory(parent=self.pages.news_index, title="Пропущенная", live=False)
        page.go_live_at = timezone.now() + datetime.timedelta(seconds=1)
        page.expire_at = timezone.now() + datetime.timedelta(seconds=2)
        page.save_revision().publish()
        time.sleep(2.2)
        run_scheduler_once()
        page.refresh_from_db()
        self.assertEqual((page.live, page.expired), (False, True))
        self.assertFalse(page.revisions.filter(approved_go_live_at__isnull=False).exists())
        self.assertNotContains(self.client.get(self.pages.news_index.url), "Пропущенная")
