"""Indexes for tree queries on PostgreSQL at 100,000 pages (docs/benchmarks.md, "Load").

Wagtail filters `path` by prefix (children: depth and path prefix) and our routing reads pages
by `url_path` (equal, or by prefix for a section's children). PostgreSQL's default btree cannot
serve a prefix LIKE under a non-C collation and Wagtail has no index on `url_path`, so both
scanned the page table. Pattern operator classes serve equality and prefixes under any
collation. SQLite needs none of this (its LIKE is not index-assisted either way)."""

from django.db import migrations

INDEXES = {
    "consortium_page_depth_path_pattern": "(depth, path varchar_pattern_ops)",
    "consortium_page_url_path_pattern": "(url_path text_pattern_ops)",
}


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, columns in INDEXES.items():
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON wagtailcore_page {columns}")
    schema_editor.execute("ANALYZE wagtailcore_page")


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("consortium", "0010_worker_heartbeat")]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
