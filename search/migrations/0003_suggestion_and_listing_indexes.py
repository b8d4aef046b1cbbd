"""Suggestions get an index of titles alone: on PostgreSQL a tsvector with a GIN index, on SQLite
an FTS5 table filled from the stemmed titles already indexed. SQLite also gets an index of the
facet and condition columns, read by searches without text."""

from django.db import migrations


def create_indexes(apps, schema_editor):
    from search.engines.registry import create_text_index

    create_text_index(schema_editor)
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(
            "INSERT INTO search_titles_fts (rowid, language, title) SELECT search_fts.rowid, "
            "language, search_fts.title FROM search_fts JOIN search_searchdocument "
            "ON page_id = search_fts.rowid"
        )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute("DROP INDEX IF EXISTS search_document_listing")
        schema_editor.execute("DROP TABLE IF EXISTS search_titles_fts")
    elif schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE search_searchdocument DROP COLUMN title_vector")


class Migration(migrations.Migration):
    dependencies = [("search", "0002_fulltext_index")]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
