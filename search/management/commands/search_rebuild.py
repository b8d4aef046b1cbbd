from django.core.management.base import BaseCommand

from search.index import rebuild


class Command(BaseCommand):
    help = "Rebuild the public search index from the live, public pages."

    def handle(self, *args, **options):
        self.stdout.write(f"Indexed {rebuild()} candidate pages.")
