"""The log of changes to the search documents that tells a process its snapshot of the listing
columns is out of date (`search.engines.snapshot`): a table written by triggers."""

from django.db import migrations


def create_change_log(apps, schema_editor):
    from search.engines.registry import create_text_index

    create_text_index(schema_editor)


def drop_change_log(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        for event in ("insert", "update", "delete"):
            schema_editor.execute(f"DROP TRIGGER IF EXISTS search_change_on_{event}")
    elif schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP TRIGGER IF EXISTS search_change_log ON search_searchdocument")
        schema_editor.execute("DROP FUNCTION IF EXISTS search_log_change()")
    schema_editor.execute("DROP TABLE IF EXISTS search_change")


class Migration(migrations.Migration):
    dependencies = [("search", "0003_suggestion_and_listing_indexes")]

    operations = [migrations.RunPython(create_change_log, drop_change_log)]
