"""`manage.py backup [--output PATH]`: the database and MEDIA_ROOT in one .tar.gz archive."""

import datetime
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from consortium.backup.archive import ArchiveWriter, media_files
from consortium.backup.engines import DUMP_NAMES, MODULES, vendor_of
from consortium.backup.postgres import ToolError


def default_output():
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    return Path(settings.VAR_DIR) / "backups" / f"consortium-{stamp}.tar.gz"


class Command(BaseCommand):
    help = "Write the database and the media files into one archive (docs/operations.md)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output", help="archive path (default var/backups/consortium-<UTC>.tar.gz)"
        )
        parser.add_argument("--database", default="default")

    def handle(self, *args, output=None, database="default", **options):
        output = Path(output) if output else default_output()
        try:
            vendor = vendor_of(database)
            with tempfile.TemporaryDirectory(prefix="consortium-backup-") as scratch:
                dump_file = Path(scratch) / "dump"
                MODULES[vendor].dump(database, dump_file)
                with ArchiveWriter(output, vendor) as archive:
                    archive.add_file(dump_file, DUMP_NAMES[vendor])
                    for path, name in media_files(settings.MEDIA_ROOT):
                        archive.add_file(path, name)
        except (ToolError, ValueError, OSError) as error:
            raise CommandError(f"Backup failed: {error}") from error
        count = len(archive.entries) - 1
        size = output.stat().st_size
        self.stdout.write(f"Wrote {output} ({vendor} database, {count} media files, {size} bytes).")
