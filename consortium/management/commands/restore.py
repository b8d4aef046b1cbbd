"""`manage.py restore PATH [--no-input] [--skip-search]`: verify an archive of `backup`, then
replace the database and MEDIA_ROOT with its content, rebuild the search indexes, clear caches."""

import os
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from consortium.backup.archive import ArchiveError, extract_verified, remove_tree, replace_directory
from consortium.backup.engines import DUMP_NAMES, MODULES, vendor_of
from consortium.backup.postgres import ToolError


class Command(BaseCommand):
    help = "Replace the database and the media files with a backup archive's (docs/operations.md)."

    def add_arguments(self, parser):
        parser.add_argument("path", help="an archive written by `manage.py backup`")
        parser.add_argument("--no-input", "--noinput", action="store_false", dest="interactive")
        parser.add_argument(
            "--skip-search", action="store_true", help="do not rebuild the search indexes"
        )
        parser.add_argument("--database", default="default")

    def handle(
        self, *args, path, interactive=True, skip_search=False, database="default", **options
    ):
        archive = Path(path)
        if not archive.is_file():
            raise CommandError(f"No such archive: {archive}")
        try:
            vendor = vendor_of(database)
        except ValueError as error:
            raise CommandError(str(error)) from error
        if interactive:
            answer = input(
                f"This replaces the {vendor} database {settings.DATABASES[database]['NAME']} and "
                f"the media files in {settings.MEDIA_ROOT} with {archive}. Type 'yes' to continue: "
            )
            if answer.strip().lower() != "yes":
                raise CommandError("Restore cancelled.")
        media_root = Path(settings.MEDIA_ROOT).resolve()
        media_root.parent.mkdir(parents=True, exist_ok=True)
        scratch = Path(tempfile.mkdtemp(prefix="consortium-restore-"))
        staged_media = Path(
            tempfile.mkdtemp(prefix=f".{media_root.name}.restoring-", dir=media_root.parent)
        )
        os.chmod(staged_media, media_root.stat().st_mode & 0o7777 if media_root.exists() else 0o755)
        try:
            manifest = self.verify(archive, scratch, staged_media, vendor)
            self.stdout.write(
                f"Verified {archive} ({len(manifest['files'])} files, {manifest['created_at']})."
            )
            MODULES[vendor].restore(database, scratch / Path(DUMP_NAMES[vendor]).name)
            aside = replace_directory(staged_media, media_root)
        except (ToolError, ValueError, OSError) as error:
            raise CommandError(f"Restore failed: {error}") from error
        finally:
            remove_tree(scratch)
            remove_tree(staged_media)
        self.stdout.write(f"Restored the database and {media_root}.")
        if aside:
            self.stdout.write(f"The previous media files were moved to {aside}.")
        for alias in ("default", "pages"):
            if alias in settings.CACHES:
                caches[alias].clear()
        if not skip_search:
            call_command("update_index", verbosity=options["verbosity"], stdout=self.stdout)

    def verify(self, archive, scratch, staged_media, vendor):
        try:
            manifest = extract_verified(archive, scratch, staged_media)
        except ArchiveError as error:
            raise CommandError(f"{archive}: {error}. Nothing was changed.") from error
        if manifest["database_vendor"] != vendor:
            raise CommandError(
                f"{archive} holds a {manifest['database_vendor']} database; "
                f"this site uses {vendor}. Nothing was changed."
            )
        if not (scratch / Path(DUMP_NAMES[vendor]).name).is_file():
            raise CommandError(f"{archive} holds no database dump. Nothing was changed.")
        return manifest
