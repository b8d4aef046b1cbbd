"""A run's saved figures, and the section they give: printed, and written into
docs/benchmarks.md."""

import argparse
import json
import os
import re
import subprocess
from pathlib import Path

from . import ROOT
from .report import report

REPORTED_OPTIONS = ("members", "repeat", "budget", "cap", "stock_index_timeout")


def revision():
    try:
        return subprocess.run(  # noqa: S603 - a fixed git command
            ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def results_file(vendor):
    return Path(os.environ["VAR_DIR"]) / f"search-{vendor}-results.json"


def publish(vendor, timings, saved, no_docs):
    options = argparse.Namespace(**saved["options"])
    section = report(
        options,
        vendor,
        timings,
        saved["ours"],
        saved["stock"],
        saved["stock_es"],
        saved["diagnosis"],
        saved["command"],
        saved["commit"],
    )
    print(section)
    if not no_docs:
        database = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}[vendor]
        write_section(ROOT / "docs" / "benchmarks.md", section, database)


def report_only(options):
    url = os.environ.get("DATABASE_URL", "")
    vendor = "postgresql" if url.startswith("postgres") else "sqlite"
    timings = json.loads((Path(os.environ["VAR_DIR"]) / f"search-{vendor}.json").read_text())
    publish(vendor, timings, json.loads(results_file(vendor).read_text()), options.no_docs)


def write_section(path, section, database):
    """Replace this database's search section in docs/benchmarks.md (whatever its page count),
    keeping the others; a new one goes at the end."""
    text = path.read_text() if path.exists() else "# Benchmarks\n\n"
    pattern = re.compile(rf"^## Public search at [\d,]+ pages \({database}[^)\n]*\)$", re.M)
    found = pattern.search(text)
    if found:
        start = found.start()
        end = text.find("\n## ", start + 1)
        text = text[:start] + section + (text[end + 1 :] if end != -1 else "")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.write_text(text)
