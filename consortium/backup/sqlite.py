"""SQLite: a consistent copy through the online backup API, and an atomic replacement of the
database file (a temporary file beside it, then os.replace)."""

import os
import sqlite3
import tempfile
from pathlib import Path

from django.db import connections


def is_file_database(name):
    return bool(name) and not str(name).startswith("file:") and str(name) != ":memory:"


def dump(alias, target):
    """Copy the database `alias` to the file `target` page by page, without blocking writers
    for long and never half-written."""
    connection = connections[alias]
    name = connection.settings_dict["NAME"]
    if not is_file_database(name):
        # An in-memory database (the test runner's) is only reachable through Django's
        # connection, maybe inside a transaction, where the backup API would wait forever.
        connection.ensure_connection()
        Path(target).write_bytes(connection.connection.serialize())
        return
    destination = sqlite3.connect(target)
    source = sqlite3.connect(f"file:{Path(name).resolve()}?mode=ro", uri=True)
    try:
        source.backup(destination)
    finally:
        source.close()
        destination.close()


def restore(alias, dump_file):
    connection = connections[alias]
    name = connection.settings_dict["NAME"]
    if not is_file_database(name):
        raise ValueError(f"cannot restore into the in-memory database {name!r}")
    target = Path(name).resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    check = sqlite3.connect(f"file:{dump_file}?mode=ro", uri=True)
    try:
        if check.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise ValueError("the database in the archive fails SQLite's integrity check")
    finally:
        check.close()
    connections.close_all()
    descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(descriptor, "wb") as out, open(dump_file, "rb") as source:
            while chunk := source.read(1024 * 1024):
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
