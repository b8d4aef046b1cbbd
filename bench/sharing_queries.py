"""How many SQL queries (and how long) a member editor's explorer, edit view and listing
take in a consortium of 300 members and 30,000 pages, against a small one.

    .venv/bin/python bench/sharing_queries.py [--members 300] [--pages 30000]

Builds its own SQLite database under var/bench/ (or uses DATABASE_URL), prints a Markdown
table and writes it into docs/benchmarks.md."""

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
os.environ.setdefault("VAR_DIR", str(ROOT / "var" / "bench"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=300)
    parser.add_argument("--pages", type=int, default=30_000)
    options = parser.parse_args()

    import django

    Path(os.environ["VAR_DIR"]).mkdir(parents=True, exist_ok=True)
    db = Path(os.environ["VAR_DIR"]) / "db.sqlite3"
    if db.exists() and "DATABASE_URL" not in os.environ:
        db.unlink()
    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    settings.ALLOWED_HOSTS = ["testserver"]
    call_command("migrate", verbosity=0)

    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    from consortium.models import City, ProgramIndexPage, ProgramPage, Region
    from consortium.onboarding import add_member
    from consortium.sharing.operations import assign_role
    from consortium.sharing.roles import Role
    from consortium.site_setup import set_up_site
    from search.indexing import deferred_indexing

    setup_test_environment()
    set_up_site()
    region = Region.objects.create(
        slug="r", name_ru="Регион", name_en="Region", federal_district="central"
    )
    city = City.objects.create(slug="c", name_ru="Город", name_en="City", region=region)
    editor = get_user_model().objects.create_user("editor", password="bench-password-1")

    def onboard(number, programs):
        member = add_member(
            name=f"Участник {number}",
            name_en=f"Member {number}",
            kind="technopark",
            region=region,
            city=city,
            admin_email=f"m{number}@example.com",
            publish_pages=True,
        )
        index = ProgramIndexPage.objects.child_of(member.page).get()
        for page_number in range(programs):
            index.add_child(
                instance=ProgramPage(
                    title=f"Программа {number}-{page_number}", slug=f"p{page_number}"
                )
            )
        return member

    def measure():
        client = Client()
        client.force_login(editor)
        figures = {}
        for name, url in (
            ("explorer", f"/admin/pages/{own.page.pk}/"),
            ("edit view", f"/admin/pages/{own_program.pk}/edit/"),
            ("listing", f"/admin/pages/{own_index.pk}/"),
        ):
            client.get(url)  # warm
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                response = client.get(url)
                elapsed = time.perf_counter() - started
            assert response.status_code == 200, (url, response.status_code)
            figures[name] = (len(queries), elapsed * 1000)
        return figures

    rows = []
    with deferred_indexing(rebuild=False):
        own = onboard(0, 20)
        own_index = ProgramIndexPage.objects.child_of(own.page).get()
        own_program = ProgramPage.objects.child_of(own_index).first()
        assign_role(own.page, editor, Role.EDITOR)
        rows.append(("1 member", measure()))
        per_member = max(0, options.pages // options.members - 10)
        started = time.perf_counter()
        for number in range(1, options.members):
            onboard(number, per_member)
        build_seconds = time.perf_counter() - started
        from wagtail.models import Page

        rows.append((f"{options.members} members, {Page.objects.count()} pages", measure()))

    table = [
        "| consortium | explorer: queries / ms | edit view: queries / ms | listing: queries / ms |",
        "| --- | --- | --- | --- |",
    ]
    for label, figures in rows:
        cells = " | ".join(f"{q} / {ms:.0f}" for q, ms in figures.values())
        table.append(f"| {label} | {cells} |")
    vendor = connection.vendor
    section = "\n".join(
        [
            "## Local roles: queries per admin view for a member editor",
            "",
            f"Command: `.venv/bin/python bench/sharing_queries.py --members {options.members} "
            f"--pages {options.pages}` ({vendor}, 2 cores; building the tree took "
            f"{build_seconds:.0f} s). Times are one warm request through Django's test client.",
            "",
            *table,
            "",
            "The query counts are the same at both sizes: role resolution reads the user's grants "
            "and the blocked pages, never the tree (asserted in `tests/test_sharing_scale.py`).",
            "",
        ]
    )
    print(section)
    write_section(ROOT / "docs" / "benchmarks.md", section)


def write_section(path, section):
    """Replace this benchmark's section in docs/benchmarks.md, keeping the others."""
    heading = section.splitlines()[0]
    text = path.read_text() if path.exists() else "# Benchmarks\n\n"
    if heading in text:
        start = text.index(heading)
        end = text.find("\n## ", start + 1)
        text = text[:start] + section + (text[end + 1 :] if end != -1 else "")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.write_text(text)


if __name__ == "__main__":
    main()
