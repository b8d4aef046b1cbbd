"""`manage.py backup` and `manage.py restore`: a round trip into a fresh database (SQLite file
or PostgreSQL server, whichever the suite runs on) gives back every page, revision, workflow,
local role and media file, and a search that finds the content; a corrupt or foreign archive is
refused before anything is touched."""

import io
import json
import os
import subprocess
import sys
import tarfile
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, connections
from django.test import TestCase
from wagtail.models import Page

from consortium.models import ConsortiumImage

from .sharing_setup import build_two_members
from .test_admin import png_file

ROOT = Path(__file__).resolve().parent.parent


def run(environment, *command):
    """A command in a fresh process on `environment`'s database and VAR_DIR."""
    env = {k: v for k, v in os.environ.items() if k != "ELASTICSEARCH_URL"}
    env |= {"DJANGO_SETTINGS_MODULE": "cms.settings.test", "CI": ""} | environment
    result = subprocess.run(  # noqa: S603
        [sys.executable, *command], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def tree_bytes(root):
    root = Path(root)
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def round_trip(tmp_path, source_url, target_url):
    source = {"DATABASE_URL": source_url, "VAR_DIR": str(tmp_path / "a")}
    target = {"DATABASE_URL": target_url, "VAR_DIR": str(tmp_path / "b")}
    before = json.loads(run(source, "-m", "tests.backup_world", "build"))
    archive = tmp_path / "backup.tar.gz"
    run(source, "manage.py", "backup", "--output", str(archive))
    with tarfile.open(archive) as tar:
        names = tar.getnames()
        manifest = json.load(tar.extractfile("manifest.json"))
    assert names[-1] == "manifest.json"
    assert manifest["database_vendor"] == connection.vendor
    assert {entry["name"] for entry in manifest["files"]} == set(names[:-1])
    output = run(target, "manage.py", "restore", str(archive), "--no-input")
    assert "Public search: indexed" in output
    after = json.loads(run(target, "-m", "tests.backup_world", "snapshot"))

    assert len(before["pages"]) > 20 and len(before["revisions"]) > 20
    assert [s[3] for s in before["workflow_states"]] == ["in_progress"]
    assert any(row[0] == "b-reader" for row in before["user_permissions"])
    assert "Программа Технопарк А" in before["search"]["ru:Программа"]
    assert "Program Technopark B" in before["search"]["en:Program"]
    for key in before:
        assert after[key] == before[key], key
    media = tree_bytes(tmp_path / "a" / "test-media")
    assert any(name.startswith("original_images/") for name in media)
    assert any(name.startswith("images/") for name in media)  # renditions
    assert any(name.startswith("documents/") for name in media)
    assert tree_bytes(tmp_path / "b" / "test-media") == media


@pytest.fixture
def test_database(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        yield connection
        connections.close_all()


@pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3",
    reason="runs in the SQLite pass",
)
def test_sqlite_round_trip(tmp_path, test_database):
    # The migrated (empty) test database, copied to a file: a fresh site's database.
    source = tmp_path / "a.sqlite3"
    test_database.ensure_connection()
    source.write_bytes(test_database.connection.serialize())
    round_trip(tmp_path, f"sqlite:///{source}", f"sqlite:///{tmp_path / 'b' / 'b.sqlite3'}")


@pytest.mark.postgres
@pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql",
    reason="runs in the PostgreSQL pass",
)
def test_postgresql_round_trip(tmp_path, test_database):
    params = test_database.settings_dict
    suffix = uuid.uuid4().hex[:10]
    source, target = f"backup_src_{suffix}", f"backup_dst_{suffix}"
    connections.close_all()  # CREATE DATABASE … TEMPLATE needs the template to be idle
    admin = connection.get_new_connection(
        {**connection.get_connection_params(), "dbname": "postgres"}
    )
    admin.autocommit = True
    try:
        with admin.cursor() as cursor:
            connections.close_all()
            cursor.execute(f'CREATE DATABASE "{source}" TEMPLATE "{params["NAME"]}"')
            cursor.execute(f'CREATE DATABASE "{target}"')
        base = (
            f"postgres://{params['USER']}:{params['PASSWORD']}@{params['HOST'] or 'localhost'}"
            f":{params['PORT'] or 5432}/"
        )
        round_trip(tmp_path, base + source, base + target)
    finally:
        with admin.cursor() as cursor:
            for name in (source, target):
                cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


class RefusalTests(TestCase):
    """Archives that must not be restored: nothing in the database or MEDIA_ROOT changes."""

    @classmethod
    def setUpTestData(cls):
        cls.world = build_two_members()

    def setUp(self):
        ConsortiumImage.objects.create(
            title="Лаборатория", file=png_file("lab.png"), description="Лаборатория"
        )
        self.archive = Path(settings.MEDIA_ROOT).parent / "backup.tar.gz"
        call_command("backup", output=str(self.archive), stdout=io.StringIO())
        self.media = tree_bytes(settings.MEDIA_ROOT)
        self.world.a.program.title = "Изменено после резервной копии"
        self.world.a.program.save()
        self.pages_now = list(Page.objects.values_list("id", "title", "path").order_by("id"))

    def assert_refused(self, archive, message, **options):
        with self.assertRaisesMessage(CommandError, message):
            call_command("restore", str(archive), stdout=io.StringIO(), **options)
        self.assertEqual(
            list(Page.objects.values_list("id", "title", "path").order_by("id")), self.pages_now
        )
        self.assertEqual(tree_bytes(settings.MEDIA_ROOT), self.media)
        leftovers = [
            p.name for p in Path(settings.MEDIA_ROOT).parent.iterdir() if "restoring" in p.name
        ]
        self.assertEqual(leftovers, [])

    def test_a_flipped_byte_is_refused(self):
        data = bytearray(self.archive.read_bytes())
        data[len(data) // 2] ^= 0xFF
        self.archive.write_bytes(bytes(data))
        self.assert_refused(self.archive, "Nothing was changed", interactive=False)

    def test_a_file_that_does_not_match_the_manifest_is_refused(self):
        tampered = self.archive.with_name("tampered.tar.gz")
        with tarfile.open(self.archive) as source, tarfile.open(tampered, "w:gz") as out:
            for member in source:
                data = source.extractfile(member).read()
                if member.name.startswith("media/"):
                    data = data[:-1] + bytes([data[-1] ^ 1])
                out.addfile(member, io.BytesIO(data))
        self.assert_refused(tampered, "checksum mismatch", interactive=False)

    def test_a_foreign_archive_is_refused(self):
        foreign = self.archive.with_name("foreign.tar.gz")
        with tarfile.open(foreign, "w:gz") as out:
            info = tarfile.TarInfo("media/x.txt")
            info.size = 1
            out.addfile(info, io.BytesIO(b"x"))
        self.assert_refused(foreign, "not an archive made by `backup`", interactive=False)

    def test_nothing_happens_without_confirmation(self):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr("builtins.input", lambda prompt: "no")
            self.assert_refused(self.archive, "Restore cancelled")
