from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from consortium.demo.users import DEMO_USERS


class Command(BaseCommand):
    help = "List the demo accounts that exist on this (development) site."

    def handle(self, *args, **options):
        existing = set(
            get_user_model()
            .objects.filter(username__in=[row[0] for row in DEMO_USERS])
            .values_list("username", flat=True)
        )
        if not settings.DEBUG or not existing:
            self.stdout.write("  No demo accounts (they exist only on development sites).")
            return
        self.stdout.write("  Demo accounts (username / password, role):")
        for username, password, _first, _last, role, member in DEMO_USERS:
            if username in existing:
                where = f", {member}" if member else ""
                self.stdout.write(f"    {username} / {password}  ({role}{where})")
