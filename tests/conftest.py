import os

import pytest
from django.db import connections


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(scope="module")
def migrated_rows_restored(django_db_blocker):
    """For a module of transactional tests (real commits): each test ends with a flush that
    leaves the tables empty, and serialized_rollback brings the migrations' rows (the root page,
    the default site, permissions) back only for the next transactional test. pytest-django
    runs the tests without the `db` fixture last (the browser tests, the backup round trips),
    so they are put back once the module is done."""
    yield
    with django_db_blocker.unblock():
        for connection in connections.all(initialized_only=True):
            contents = getattr(connection, "_test_serialized_contents", None)
            if contents:
                connection.creation.deserialize_db_from_string(contents)


def pytest_report_header(config):
    from django.conf import settings

    engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    return f"database: {engine}; CI={os.environ.get('CI', '')}"
