"""The archive: a gzipped tar holding `database/<dump>`, `media/<path>` for every file under
MEDIA_ROOT, and `manifest.json` last (format version, creation time, database vendor, versions,
git commit, and every other member's size and sha256). Files are streamed, never read whole."""

import datetime
import hashlib
import io
import json
import os
import shutil
import subprocess
import tarfile
import zlib
from pathlib import Path, PurePosixPath

import django
import wagtail
from django.conf import settings

FORMAT = "consortium-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
CHUNK = 1024 * 1024


class ArchiveError(Exception):
    """The archive is corrupt, foreign, or does not match its manifest."""


class HashingReader:
    """Reads `size` bytes at most from a file, hashing what it hands out."""

    def __init__(self, file, size):
        self.file, self.left, self.sha256 = file, size, hashlib.sha256()

    def read(self, n=-1):
        n = self.left if n is None or n < 0 else min(n, self.left)
        data = self.file.read(n)
        self.left -= len(data)
        self.sha256.update(data)
        return data


def git_commit():
    try:
        result = subprocess.run(  # noqa: S603
            ["git", "rev-parse", "HEAD"],  # noqa: S607
            cwd=settings.BASE_DIR,
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout.strip() or None


def media_files(root):
    """Every regular file under `root` (renditions included: their rows are in the database),
    as (absolute path, archive name), in a stable order."""
    root = Path(root)
    if not root.is_dir():
        return []
    found = []
    for directory, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            path = Path(directory) / name
            if path.is_file() and not path.is_symlink():
                found.append((path, "media/" + path.relative_to(root).as_posix()))
    return found


class ArchiveWriter:
    def __init__(self, path, vendor):
        self.path = Path(path)
        self.partial = self.path.with_name(self.path.name + ".partial")
        self.vendor = vendor
        self.entries = []

    def __enter__(self):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.tar = tarfile.open(self.partial, "w:gz", format=tarfile.PAX_FORMAT)  # noqa: SIM115
        return self

    def add_file(self, path, name):
        with open(path, "rb") as file:
            size = os.fstat(file.fileno()).st_size
            info = tarfile.TarInfo(name)
            info.size, info.mtime, info.mode = size, int(os.path.getmtime(path)), 0o644
            reader = HashingReader(file, size)
            self.tar.addfile(info, reader)
        self.entries.append({"name": name, "size": size, "sha256": reader.sha256.hexdigest()})

    def manifest(self):
        return {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "created_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
            "database_vendor": self.vendor,
            "django": django.get_version(),
            "wagtail": wagtail.__version__,
            "git_commit": git_commit(),
            "files": self.entries,
        }

    def __exit__(self, exc_type, exc, tb):
        try:
            if exc_type is None:
                data = json.dumps(self.manifest(), indent=2, ensure_ascii=False).encode()
                info = tarfile.TarInfo(MANIFEST)
                info.size, info.mtime, info.mode = (
                    len(data),
                    int(datetime.datetime.now().timestamp()),
                    0o644,
                )
                self.tar.addfile(info, io.BytesIO(data))
        finally:
            self.tar.close()
        if exc_type is None:
            os.replace(self.partial, self.path)
        else:
            self.partial.unlink(missing_ok=True)
        return False


def safe_name(name):
    """The member's name if it is a plain relative path under database/ or media/."""
    path = PurePosixPath(name)
    if (
        path.is_absolute()
        or ".." in path.parts
        or len(path.parts) < 2
        or path.parts[0] not in ("database", "media")
    ):
        raise ArchiveError(f"unexpected member {name!r}: not an archive made by `backup`")
    return path


def extract_verified(archive, database_dir, media_dir):
    """Read the archive once: database members into `database_dir`, media into `media_dir`,
    hashing as they go; then check everything against the manifest. Returns the manifest.
    Raises ArchiveError (the caller removes both directories) if anything is off."""
    seen, manifest = {}, None
    try:
        with tarfile.open(archive, "r|gz") as tar:
            for member in tar:
                if member.name == MANIFEST and member.isfile():
                    manifest = json.loads(tar.extractfile(member).read().decode())
                    continue
                if manifest is not None:
                    raise ArchiveError("members after the manifest")
                path = safe_name(member.name)
                if not member.isfile():
                    raise ArchiveError(f"{member.name!r} is not a regular file")
                if member.name in seen:
                    raise ArchiveError(f"{member.name!r} appears twice")
                base = database_dir if path.parts[0] == "database" else media_dir
                target = Path(base).joinpath(*path.parts[1:])
                target.parent.mkdir(parents=True, exist_ok=True)
                source = tar.extractfile(member)
                sha256 = hashlib.sha256()
                with open(target, "wb") as out:
                    while chunk := source.read(CHUNK):
                        sha256.update(chunk)
                        out.write(chunk)
                seen[member.name] = {"size": member.size, "sha256": sha256.hexdigest()}
    except (
        tarfile.TarError,
        OSError,
        EOFError,
        zlib.error,
        UnicodeDecodeError,
        ValueError,
    ) as error:
        raise ArchiveError(f"cannot read the archive: {error}") from error
    try:
        check_manifest(manifest, seen)
    except (KeyError, TypeError) as error:
        raise ArchiveError(f"the manifest is malformed ({error!r})") from error
    return manifest


def check_manifest(manifest, seen):
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ArchiveError("no consortium backup manifest: not an archive made by `backup`")
    if manifest.get("version") != FORMAT_VERSION:
        raise ArchiveError(f"archive format version {manifest.get('version')!r} is not supported")
    listed = {entry["name"]: entry for entry in manifest.get("files", [])}
    if set(listed) != set(seen):
        missing, extra = sorted(set(listed) - set(seen)), sorted(set(seen) - set(listed))
        raise ArchiveError(f"members do not match the manifest (missing {missing}, extra {extra})")
    for name, entry in listed.items():
        if (entry["size"], entry["sha256"]) != (seen[name]["size"], seen[name]["sha256"]):
            raise ArchiveError(f"checksum mismatch for {name}: the archive is corrupt")


def replace_directory(staged, target):
    """Put `staged` in place of `target`; the old content is moved aside to
    `<target>.replaced-<UTC timestamp>` (returned) rather than deleted."""
    target = Path(target)
    aside = None
    if target.exists():
        stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
        aside = target.with_name(f"{target.name}.replaced-{stamp}")
        os.replace(target, aside)
    try:
        os.replace(staged, target)
    except OSError:
        if aside is not None:
            os.replace(aside, target)
        raise
    return aside


def remove_tree(path):
    if path and Path(path).exists():
        shutil.rmtree(path, ignore_errors=True)
