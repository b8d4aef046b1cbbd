from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand

from consortium.demo.loader import DemoLoader
from consortium.demo.users import create_demo_users
from consortium.site_setup import set_up_site
from search.indexing import deferred_indexing


class Command(BaseCommand):
    help = "Build the demo consortium (idempotent). Demo accounts only when DEBUG is on."

    def handle(self, *args, **options):
        with deferred_indexing():
            # The site's own address, so that the full URLs of feeds, calendars and the
            # sitemap lead back to the site being served (`make run`: http://127.0.0.1:8000).
            address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
            default_port = 443 if address.scheme == "https" else 80
            home, sections = set_up_site(
                hostname=address.hostname or "localhost", port=address.port or default_port
            )
            loader = DemoLoader(home, sections)
            loader.load()
        self.stdout.write(self.style.SUCCESS("Demo consortium loaded."))
        if not settings.DEBUG:
            self.stdout.write("DEBUG is off: no demo accounts created.")
            return
        create_demo_users(loader.institutions)
        self.stdout.write("Demo accounts are listed by `manage.py demo_accounts` and the README.")
