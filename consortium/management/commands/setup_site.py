from django.core.management.base import BaseCommand

from consortium.site_setup import set_up_site


class Command(BaseCommand):
    help = "Create the locales, the home pages and the consortium sections (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("--hostname", default="localhost")
        parser.add_argument("--port", type=int, default=80)

    def handle(self, *args, hostname, port, **options):
        home, sections = set_up_site(hostname=hostname, port=port)
        self.stdout.write(
            self.style.SUCCESS(
                f"Site ready: {home.title} with {len(sections)} sections in both languages."
            )
        )
