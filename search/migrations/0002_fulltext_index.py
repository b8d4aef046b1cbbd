"""The full-text index of the public search: SQLite's FTS5 table or PostgreSQL's tsvector (since
0006 a table of its own; this migration makes it too on a new database)."""

from django.db import migrations


def create_fulltext_table(apps, schema_editor):
    from search.engines.registry import create_text_index

    create_text_index(schema_editor)


def drop_fulltext_table(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute("DROP TABLE IF EXISTS search_fts")
    elif schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS search_vector")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_search_document")]

    operations = [migrations.RunPython(create_fulltext_table, drop_fulltext_table)]
