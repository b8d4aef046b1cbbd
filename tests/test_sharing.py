"""Local roles: inheritance down the tree and across translations, blocking, the Sharing
screen, guardian's traps, private pages, and the audit log."""

from django.contrib.auth.models import Permission
from django.test import TestCase
from guardian.models import UserObjectPermission
from wagtail.models import Page, PageLogEntry, PageViewRestriction

from consortium.sharing.grants import effective_assignments
from consortium.sharing.operations import assign_role, block_inheritance
from consortium.sharing.roles import Role

from . import factories as f
from .sharing_setup import build_two_members, make_user


def fresh(user):
    """The user as a new request would see it (no per-request caches)."""
    return type(user).objects.get(pk=user.pk)


def can_edit(user, page):
    return Page.objects.get(pk=page.pk).specific.permissions_for_user(fresh(user)).can_edit()


class InheritanceTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_two_members()
        cls.editor = cls.world.users[Role.EDITOR]

    def test_roles_reach_the_subtree_and_its_translations(self):
        for page in (
            self.world.a.page,
            self.world.a.program,
            self.world.a.english,
            self.world.a.program_en,
        ):
            with self.subTest(page=page.title):
                self.assertTrue(can_edit(self.editor, page))
        for page in (self.world.b.program, self.world.b.program_en, self.world.home):
            with self.subTest(page=page.title):
                self.assertFalse(can_edit(self.editor, page))

    def test_blocking_stops_inherited_roles_but_the_blocker_keeps_access(self):
        member_admin = self.world.users[Role.MEMBER_ADMIN]
        local_editor = make_user("index-editor")
        assign_role(self.world.a.index, local_editor, Role.EDITOR)
        block_inheritance(self.world.a.index, by=fresh(member_admin))
        program, program_en = self.world.a.program, self.world.a.program_en
        self.assertFalse(can_edit(self.editor, program))
        self.assertFalse(can_edit(self.editor, program_en))  # the block covers both languages
        self.assertTrue(can_edit(self.editor, self.world.a.page))  # above the block: unchanged
        self.assertTrue(can_edit(member_admin, program))
        self.assertTrue(can_edit(local_editor, program_en))
        sources = {(a.principal.username, a.source.pk) for a in effective_assignments(program)}
        self.assertIn(("index-editor", self.world.a.index.pk), sources)
        self.assertNotIn(("a-editor", self.world.a.page.pk), sources)

    def test_explorer_shows_member_staff_only_their_subtree(self):
        self.client.force_login(self.editor)
        directory = self.world.sections["members"]
        response = self.client.get(f"/admin/pages/{directory.pk}/")
        self.assertContains(response, self.world.a.page.title)
        self.assertNotContains(response, self.world.b.page.title)
        self.assertEqual(self.client.get(f"/admin/pages/{self.world.b.page.pk}/").status_code, 302)


class GuardianTrapsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_two_members()

    def test_a_model_level_permission_means_nothing(self):
        user = make_user("global")
        user.user_permissions.add(Permission.objects.get(codename="role_editor"))
        for page in (self.world.a.program, self.world.b.program):
            self.assertFalse(can_edit(user, page))

    def test_a_deactivated_user_loses_everything_at_once(self):
        editor = self.world.users[Role.EDITOR]
        editor.is_active = False
        editor.save()
        self.assertFalse(can_edit(editor, self.world.a.program))
        self.assertFalse(
            self.client.login(username=editor.username, password="correct horse battery staple")
        )

    def test_a_deleted_page_leaves_no_role_behind_for_its_id(self):
        # Guardian keys object permissions by id without a foreign key. Wagtail cannot create a
        # page with a chosen id, so the guarantee is checked where it lives: deleting a page
        # (or the member above it) removes every role stored against its id.
        user = make_user("ghost")
        doomed_index = f.ProgramIndexPageFactory(parent=self.world.b.page, slug="doomed")
        doomed = f.ProgramPageFactory(parent=doomed_index, title="Удаляемая")
        assign_role(doomed, user, Role.EDITOR)
        assign_role(doomed_index, user, Role.READER)
        ids = [str(doomed.pk), str(doomed_index.pk)]
        doomed_index.delete()
        self.assertFalse(UserObjectPermission.objects.filter(object_pk__in=ids).exists())
        reborn = f.ProgramPageFactory(parent=self.world.b.index, title="Новая")
        self.assertFalse(can_edit(user, reborn))
        self.assertNotIn(user, [a.principal for a in effective_assignments(reborn)])


class SharingScreenTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_two_members()
        cls.newcomer = make_user("newcomer")

    def grant(self, page, user, role):
        return self.client.post(
            f"/admin/sharing/{page.pk}/", {"action": "grant", "user": user.pk, "role": role}
        )

    def test_member_admin_grants_within_the_member_and_it_is_logged(self):
        self.client.force_login(self.world.users[Role.MEMBER_ADMIN])
        page = self.world.a.page
        response = self.client.get(f"/admin/sharing/{page.pk}/", {"q": "newcomer"})
        self.assertContains(response, "newcomer")
        self.assertRedirects(
            self.grant(page, self.newcomer, "editor"), f"/admin/sharing/{page.pk}/"
        )
        self.assertTrue(can_edit(self.newcomer, self.world.a.program_en))
        entry = PageLogEntry.objects.get(action="consortium.grant_role", page=page)
        self.assertEqual(entry.data, {"role": "editor", "user": "newcomer"})
        self.client.post(
            f"/admin/sharing/{page.pk}/",
            {"action": "revoke", "user": self.newcomer.pk, "role": "editor"},
        )
        self.assertFalse(can_edit(self.newcomer, self.world.a.program))
        self.assertTrue(PageLogEntry.objects.filter(action="consortium.revoke_role").exists())

    def test_member_admin_cannot_share_another_members_pages(self):
        self.client.force_login(self.world.users[Role.MEMBER_ADMIN])
        for page in (self.world.b.page, self.world.b.english, self.world.home):
            with self.subTest(page=page.title):
                self.assertEqual(self.client.get(f"/admin/sharing/{page.pk}/").status_code, 302)
                self.grant(page, self.newcomer, "editor")
                self.assertFalse(can_edit(self.newcomer, page))

    def test_editors_cannot_share_at_all(self):
        self.client.force_login(self.world.users[Role.EDITOR])
        self.grant(self.world.a.page, self.newcomer, "editor")
        self.assertFalse(can_edit(self.newcomer, self.world.a.program))
        self.assertFalse(PageLogEntry.objects.filter(action="consortium.grant_role").exists())

    def test_consortium_admin_shares_anywhere(self):
        self.client.force_login(self.world.users["consortium_admin"])
        self.grant(self.world.b.page, self.newcomer, "reviewer")
        self.assertTrue(can_edit(self.newcomer, self.world.b.program))

    def test_unknown_roles_and_principals_are_refused_cleanly(self):
        self.client.force_login(self.world.users["consortium_admin"])
        page = self.world.a.page
        for data in (
            {"action": "grant", "user": self.newcomer.pk, "role": "superuser"},
            {"action": "grant", "user": 999999, "role": "editor"},
            {"action": "grant", "role": "editor"},
            {"action": "explode"},
        ):
            with self.subTest(data=data):
                self.assertEqual(
                    self.client.post(f"/admin/sharing/{page.pk}/", data).status_code, 302
                )
        self.assertFalse(can_edit(self.newcomer, self.world.a.program))


class PrivatePagesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_two_members()
        PageViewRestriction.objects.create(page=cls.world.a.program, restriction_type="login")

    def test_readers_see_private_pages_and_nobody_else_does(self):
        url = self.world.a.program.url
        self.client.force_login(self.world.users[Role.READER])
        self.assertEqual(self.client.get(url).status_code, 200)
        self.client.force_login(self.world.users["staff_without_role"])
        self.assertEqual(self.client.get(url).status_code, 403)
        self.client.logout()
        response = self.client.get(url)
        self.assertEqual(response.status_code, 302)
        self.assertIn("login", response["Location"])


class ChoosersAndBulkActionsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_two_members()
        cls.draft_a = f.ProgramPageFactory(parent=cls.world.a.index, title="Черновик А", live=False)
        cls.draft_b = f.ProgramPageFactory(parent=cls.world.b.index, title="Черновик Б", live=False)

    def setUp(self):
        self.client.force_login(self.world.users[Role.EDITOR])

    def test_page_chooser_offers_public_pages_and_own_drafts_only(self):
        from .test_sharing_media import chooser_html

        other = chooser_html(self.client, f"/admin/choose-page/{self.world.b.index.pk}/")
        self.assertIn(self.world.b.program.title, other)  # linking to a public page is fine
        self.assertNotIn("Черновик Б", other)
        own = chooser_html(self.client, f"/admin/choose-page/{self.world.a.index.pk}/")
        self.assertIn("Черновик А", own)
        found = chooser_html(self.client, "/admin/choose-page/search/?q=Черновик")
        self.assertIn("Черновик А", found)
        self.assertNotIn("Черновик Б", found)

    def test_bulk_delete_with_another_members_ids_touches_only_own_pages(self):
        ids = [self.draft_a.pk, self.draft_b.pk, self.world.b.program.pk]
        query = "&".join(f"id={pk}" for pk in ids)
        self.client.post(f"/admin/bulk/wagtailcore/page/delete/?{query}")
        self.assertFalse(Page.objects.filter(pk=self.draft_a.pk).exists())
        self.assertTrue(Page.objects.filter(pk=self.draft_b.pk).exists())
        self.assertTrue(Page.objects.filter(pk=self.world.b.program.pk, live=True).exists())

    def test_bulk_unpublish_and_move_with_another_members_ids_change_nothing(self):
        program_b = self.world.b.program
        self.client.post(f"/admin/bulk/wagtailcore/page/unpublish/?id={program_b.pk}")
        self.client.post(
            f"/admin/bulk/wagtailcore/page/move/?id={program_b.pk}",
            {"chooser": self.world.a.index.pk},
        )
        program_b.refresh_from_db()
        self.assertTrue(program_b.live)
        self.assertTrue(program_b.is_descendant_of(self.world.b.page))


class DashboardTests(TestCase):
    def test_staff_find_their_pages_on_the_dashboard(self):
        world = build_two_members()
        self.client.force_login(world.users[Role.EDITOR])
        response = self.client.get("/admin/")
        self.assertContains(response, f'href="/admin/pages/{world.a.page.pk}/"')
        self.assertContains(response, f'href="/admin/pages/{world.a.english.pk}/"')
        self.assertNotContains(response, f'href="/admin/pages/{world.b.page.pk}/"')


class PrivilegeEscalationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_two_members()

    def test_member_admins_cannot_manage_users_or_groups(self):
        from django.contrib.auth import get_user_model
        from django.contrib.auth.models import Group

        self.client.force_login(self.world.users[Role.MEMBER_ADMIN])
        for url in ("/admin/users/", "/admin/users/add/", "/admin/groups/"):
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url).status_code, 302)
        self.client.post(
            "/admin/users/add/",
            {
                "username": "evil",
                "email": "evil@example.com",
                "first_name": "E",
                "last_name": "V",
                "password1": "x9!long-password",
                "password2": "x9!long-password",
                "is_superuser": "on",
                "groups": [Group.objects.get(name="Moderators").pk],
            },
        )
        self.assertFalse(get_user_model().objects.filter(username="evil").exists())

    def test_workflow_actions_on_another_members_page_are_refused(self):
        from wagtail.models import Workflow

        page = self.world.b.program
        workflow = Workflow.objects.get(name="Moderators approval")
        page.save_revision(user=self.world.b.admin)
        workflow_state = workflow.start(page, self.world.b.admin)
        task_state = workflow_state.current_task_state
        self.client.force_login(self.world.users[Role.MEMBER_ADMIN])
        response = self.client.post(
            f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""}
        )
        self.assertIn(response.status_code, (302, 403))
        task_state.refresh_from_db()
        self.assertEqual(task_state.status, "in_progress")
