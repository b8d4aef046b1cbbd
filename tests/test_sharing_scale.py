"""Roles cost a bounded number of queries: what a member editor's explorer, edit view and
listing run does not grow with the number of members and pages in the consortium.
(The 300-member, 30,000-page figure is measured by bench/sharing_queries.py.)"""

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from consortium.sharing.roles import Role

from . import factories as f
from .sharing_setup import build_two_members, onboard

QUERY_BOUND = 70


def grow(world, members, pages_per_member):
    """More members and pages elsewhere, and more rows in the editor's own listing."""
    for number in range(15):
        f.ProgramPageFactory(parent=world.a.index, title=f"Ещё одна программа {number}")
    city = f.CityFactory()
    for number in range(members):
        member = onboard(f"Участник {number}", f"Member {number}", city)
        for page_number in range(pages_per_member):
            f.ProgramPageFactory(parent=member.index, title=f"Программа {number}-{page_number}")


class BoundedQueriesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_two_members()
        for number in range(5):
            f.ProgramPageFactory(parent=cls.world.a.index, title=f"Своя программа {number}")

    def count(self, url):
        self.client.force_login(self.world.users[Role.EDITOR])
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        return len(queries)

    def measure(self):
        a = self.world.a
        return {
            "explorer": self.count(f"/admin/pages/{a.page.pk}/"),
            "edit": self.count(f"/admin/pages/{a.program.pk}/edit/"),
            "listing": self.count(f"/admin/pages/{a.index.pk}/"),
        }

    def test_queries_do_not_grow_with_the_consortium(self):
        self.measure()  # warm caches (content types, site root paths)
        small = self.measure()
        grow(self.world, members=6, pages_per_member=8)
        large = self.measure()
        self.assertEqual(large, small)
        for view, queries in large.items():
            with self.subTest(view=view):
                self.assertLessEqual(queries, QUERY_BOUND)
