"""PostgreSQL's full text moves from a generated column of the documents to a narrow table of
its own, kept by triggers (`search.engines.postgres_fts`): a match no longer decompresses every
matching document's vector."""

from django.db import migrations


def create_text_table(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    from search.engines.postgres_fts import PostgresTextIndex

    schema_editor.execute("ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS search_vector")
    index = PostgresTextIndex()
    with schema_editor.connection.cursor() as cursor:
        index.create(cursor)
        index.fill(cursor)


def drop_text_table(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in ("search_text_sync", "search_text_forget", "search_text_clear"):
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {name} ON search_searchdocument")
        schema_editor.execute(f"DROP FUNCTION IF EXISTS {name}()")
    schema_editor.execute("DROP FUNCTION IF EXISTS search_hits(tsquery)")
    schema_editor.execute("DROP TABLE IF EXISTS search_text")


class Migration(migrations.Migration):
    dependencies = [("search", "0005_drop_title_indexes")]

    operations = [migrations.RunPython(create_text_table, drop_text_table)]
