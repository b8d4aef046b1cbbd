"""Indexes for the listings' orders (docs/benchmarks.md, "Load").

A catalogue lists the live pages of one language by title, twelve at a time. Without an index
on (locale, title) PostgreSQL joined and sorted every live program page of the language (tens of
thousands of wide rows, spilled to disk) to keep twelve: 40 ms at 10,000 pages and more than a
second at 100,000. Walking a partial index of live pages in title order stops after twelve. The
index is on Wagtail's table, so it is created here rather than declared on a model. Calendars
(events by start) and news listings (newest first) get the same from indexes on their own
tables."""

from django.conf import settings
from django.db import migrations, models

INDEX = "consortium_page_live_locale_title"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page (locale_id, title) WHERE live"
    )
    schema_editor.execute("ANALYZE wagtailcore_page")


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("consortium", "0011_tree_prefix_indexes"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.RunPython(create_index, drop_index),
        migrations.AddIndex(
            model_name="eventpage",
            index=models.Index(fields=["starts_at"], name="consortium_event_starts_at"),
        ),
        migrations.AddIndex(
            model_name="newspage",
            index=models.Index(fields=["-date", "-page_ptr"], name="consortium_news_latest"),
        ),
    ]
