"""A synthetic stock site: a home page as the site root, program sections in the menu, and
--pages program pages spread over them, written in bulk with treebeard's paths (as
bench/search.py writes ours); nothing is done when the database already holds that many."""

import uuid

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from stocksite.models import HomePage, ProgramIndexPage, ProgramPage

BODY = "<p>" + "A program for school students: lessons, projects and a final show. " * 12 + "</p>"


class Command(BaseCommand):
    help = __doc__

    def add_arguments(self, parser):
        parser.add_argument("--pages", type=int, default=100_000)
        parser.add_argument("--sections", type=int, default=20)
        parser.add_argument("--batch", type=int, default=2_000)

    def handle(self, pages, sections, batch, **options):
        if ProgramPage.objects.count() >= pages:
            self.stdout.write(f"{ProgramPage.objects.count()} program pages already")
            return
        with transaction.atomic():
            root = Page.get_first_root_node()
            for child in root.get_children():
                child.delete()
            home = root.add_child(instance=HomePage(title="Home", slug="home"))
            Site.objects.all().delete()
            Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
            indexes = [
                home.add_child(
                    instance=ProgramIndexPage(
                        title=f"Section {n}", slug=f"section-{n}", show_in_menus=True
                    )
                )
                for n in range(1, sections + 1)
            ]
        content_type = ContentType.objects.get_for_model(ProgramPage)
        locale = Locale.get_default()
        now = timezone.now()
        per_section = -(-pages // sections)
        written = 0
        for index in indexes:
            count = min(per_section, pages - written)
            for start in range(0, count, batch):
                rows = []
                for n in range(start + 1, min(start + batch, count) + 1):
                    slug = f"program-{written + n}"
                    rows.append(
                        Page(
                            title=f"Program {written + n}",
                            draft_title=f"Program {written + n}",
                            slug=slug,
                            path=Page._get_path(index.path, index.depth + 1, n),
                            depth=index.depth + 1,
                            numchild=0,
                            url_path=f"{index.url_path}{slug}/",
                            content_type=content_type,
                            locale=locale,
                            translation_key=uuid.uuid4(),
                            live=True,
                            first_published_at=now,
                            last_published_at=now,
                        )
                    )
                with transaction.atomic():
                    Page.objects.bulk_create(rows)
                    with connection.cursor() as cursor:
                        cursor.executemany(
                            "INSERT INTO stocksite_programpage (page_ptr_id, intro, body)"
                            " VALUES (%s, %s, %s)",
                            [(row.pk, f"About {row.title}", BODY) for row in rows],
                        )
            Page.objects.filter(pk=index.pk).update(numchild=count)
            written += count
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        self.stdout.write(f"{written} program pages in {sections} sections")
