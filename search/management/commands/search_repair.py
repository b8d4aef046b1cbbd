from django.core.management.base import BaseCommand

from search.index import repair


class Command(BaseCommand):
    help = (
        "Compare the public search index with the pages and fix the difference "
        "(updates missed while a search engine was down)."
    )

    def handle(self, *args, **options):
        refreshed, removed = repair()
        self.stdout.write(f"Refreshed {refreshed} pages, removed {removed} documents.")
