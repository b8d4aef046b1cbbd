"""Wagtail's `update_index`, then the public search's own index: one command rebuilds every
search index. Both rebuilds are atomic for readers (Elasticsearch swaps an alias; the
database rebuild is one transaction)."""

from modelsearch.management.commands.rebuild_modelsearch_index import Command as WagtailCommand

from search.index import rebuild


class Command(WagtailCommand):
    help = WagtailCommand.help + " Then rebuild the public search index."

    def handle(self, **options):
        super().handle(**options)
        count = rebuild()
        if options.get("verbosity", 1):
            self.stdout.write(f"Public search: indexed {count} candidate pages.")
