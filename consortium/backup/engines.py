"""The database half of a backup, by vendor."""

from django.db import connections

from . import postgres, sqlite

DUMP_NAMES = {"sqlite": "database/db.sqlite3", "postgresql": "database/db.pgdump"}
MODULES = {"sqlite": sqlite, "postgresql": postgres}


def vendor_of(alias):
    vendor = connections[alias].vendor
    if vendor not in MODULES:
        raise ValueError(f"backups support SQLite and PostgreSQL, not {vendor}")
    return vendor
