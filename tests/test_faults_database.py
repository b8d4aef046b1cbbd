"""The database lost in the middle of a request (docs/security.md item 24): its connection is
cut from another session (`pg_terminate_backend`, what a restart or failover does) while an
editor creates a page. The answer is a 503 asking to come back, never a 500, and the page tree
is whole afterwards (`fixtree`). Runs in the PostgreSQL pass."""

import unittest
from io import StringIO

import psycopg
import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models.signals import post_save
from django.test import Client, TransactionTestCase
from wagtail.models import Page

from consortium.models import ProgramPage
from consortium.sharing.roles import Role

from .sharing_setup import build_two_members, program_form_data


def cut_connection_of(pid):
    """From a second session, as an operator or a restarting server would."""
    params = connection.get_connection_params()
    params.pop("cursor_factory", None)
    with psycopg.connect(**params, autocommit=True) as other:
        other.execute("SELECT pg_terminate_backend(%s)", [pid])


@unittest.skipUnless(connection.vendor == "postgresql", "runs in the PostgreSQL pass")
@pytest.mark.usefixtures("migrated_rows_restored")
class DatabaseLostMidRequestTests(TransactionTestCase):
    serialized_rollback = True  # restore what migrations created, for the tests after it

    def test_cut_while_creating_a_page_is_503_and_the_tree_stays_whole(self):
        world = build_two_members()
        index = world.a.index
        pages_before = Page.objects.count()
        client = Client(raise_request_exception=False)
        client.force_login(world.users[Role.EDITOR])

        def cut(sender, instance, created, **kwargs):
            if created:  # the page row is written, its revision not yet
                cut_connection_of(connection.connection.info.backend_pid)

        post_save.connect(cut, sender=ProgramPage)
        self.addCleanup(post_save.disconnect, cut, sender=ProgramPage)
        response = client.post(
            f"/admin/pages/add/consortium/programpage/{index.pk}/",
            program_form_data(world.a.program, title="Оборванная", slug="oborvannaya"),
        )
        post_save.disconnect(cut, sender=ProgramPage)

        self.assertEqual(response.status_code, 503)
        self.assertEqual(response["Retry-After"], "30")
        self.assertContains(response, "<h1>", status_code=503)
        self.assertEqual(Page.objects.count(), pages_before)  # rolled back with the tree
        report = StringIO()
        call_command("fixtree", "--noinput", stdout=report)
        self.assertEqual(report.getvalue().count("No problems found."), 2, report.getvalue())
        self.assertEqual(client.get("/ru/").status_code, 200)  # the next request reconnects
