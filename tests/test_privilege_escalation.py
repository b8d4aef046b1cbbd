"""Privilege escalation (security.md items 5 and 6): a member admin cannot make superusers,
join the moderators or grant what they do not hold; a deactivated user's open session loses
everything at once."""

from django.contrib.auth.models import Group
from django.test import TestCase

from consortium.sharing.operations import assign_role
from consortium.sharing.roles import MODERATORS_GROUP, Role

from .sharing_setup import build_two_members, make_user


class MemberAdminEscalationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_two_members()
        cls.admin = cls.world.users[Role.MEMBER_ADMIN]
        cls.moderators = Group.objects.get(name=MODERATORS_GROUP)

    def setUp(self):
        self.client.force_login(self.admin)

    def assertNotEscalated(self):
        self.admin.refresh_from_db()
        self.assertFalse(self.admin.is_superuser)
        self.assertFalse(self.admin.groups.filter(pk=self.moderators.pk).exists())

    def test_cannot_edit_themselves_into_a_superuser_or_a_moderator(self):
        data = {
            "username": self.admin.username,
            "email": self.admin.email,
            "is_superuser": "on",
            "is_active": "on",
            "groups": [self.moderators.pk],
        }
        self.client.post(f"/admin/users/edit/{self.admin.pk}/", data)
        self.client.post("/admin/account/", {**data, "name_email-email": self.admin.email})
        self.client.post(f"/admin/groups/edit/{self.moderators.pk}/", {"name": MODERATORS_GROUP})
        self.assertNotEscalated()

    def test_the_sharing_screen_grants_nothing_beyond_what_they_hold(self):
        # A member admin of one section only may not grant on the member above it.
        section_admin = make_user("section-admin")
        assign_role(self.world.a.index, section_admin, Role.MEMBER_ADMIN)
        self.client.force_login(section_admin)
        newcomer = make_user("newcomer")
        for page in (self.world.a.page, self.world.home):
            with self.subTest(page=page.title):
                response = self.client.post(
                    f"/admin/sharing/{page.pk}/",
                    {"action": "grant", "user": newcomer.pk, "role": "member_admin"},
                )
                self.assertIn(response.status_code, (302, 403))
                self.assertNotEqual(response.get("Location"), f"/admin/sharing/{page.pk}/")
        self.assertFalse(newcomer.groups.exists())
        self.assertEqual(
            self.client.post(
                f"/admin/sharing/{self.world.a.index.pk}/",
                {"action": "grant", "group": self.moderators.pk, "role": "reader"},
            ).status_code,
            302,
        )
        self.assertFalse(section_admin.groups.filter(pk=self.moderators.pk).exists())


class DeactivationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_two_members()

    def test_an_open_session_loses_everything_at_once(self):
        editor = self.world.users[Role.EDITOR]
        page = self.world.a.program
        self.client.force_login(editor)
        self.assertEqual(self.client.get(f"/admin/pages/{page.pk}/edit/").status_code, 200)
        editor.is_active = False
        editor.save()
        for url in (f"/admin/pages/{page.pk}/edit/", "/admin/", f"/admin/sharing/{page.pk}/"):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 302)
                self.assertIn("/login/", response["Location"])
