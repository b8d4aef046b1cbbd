from django.conf import settings
from django.core.management.base import BaseCommand

from consortium.workflow.notifications import send_review_reminders


class Command(BaseCommand):
    help = "Remind reviewers, once a day, of items waiting longer than the configured days."

    def handle(self, *args, **options):
        sent = send_review_reminders(settings.CONSORTIUM_REVIEW_REMINDER_DAYS)
        if options["verbosity"] > 1:
            self.stdout.write(f"{sent} reminder(s) sent.")
