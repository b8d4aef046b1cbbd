"""Suggestions come from the titles of the snapshot in memory (`search.engines.titles`): the
indexes of titles alone go, and with them their share of every document's write."""

from django.db import migrations


def drop_title_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute("DROP TABLE IF EXISTS search_titles_fts")
    elif schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS title_vector")


class Migration(migrations.Migration):
    dependencies = [("search", "0004_change_log")]

    # Going back needs no title index: the suggestions of this code do not read one.
    operations = [migrations.RunPython(drop_title_indexes, migrations.RunPython.noop)]
