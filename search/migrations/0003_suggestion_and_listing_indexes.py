"""SQLite gets an index of the facet and condition columns, read when a snapshot of them is
loaded. (This migration also made indexes of titles for suggestions, which now come from the
snapshot; 0005 drops them where they were made.)"""

from django.db import migrations


def create_indexes(apps, schema_editor):
    from search.engines.registry import create_text_index

    create_text_index(schema_editor)


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute("DROP INDEX IF EXISTS search_document_listing")


class Migration(migrations.Migration):
    dependencies = [("search", "0002_fulltext_index")]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
