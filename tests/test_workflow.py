"""Moderated publishing through the admin's own HTTP views, as the roles would do it:
submit → member approval → consortium moderation → live."""

from django.test import TestCase
from wagtail.models import WorkflowState

from consortium.sharing.operations import assign_role
from consortium.sharing.roles import Role
from consortium.workflow.setup import MEMBER_ONLY, assign_policy

from .sharing_setup import build_two_members, make_user, program_form_data


def submit(test, page, title):
    """An editor of member A submits `page` with a new title through the page editor."""
    test.client.force_login(test.world.users[Role.EDITOR])
    response = test.client.post(
        f"/admin/pages/{page.pk}/edit/",
        program_form_data(page, title=title, **{"action-submit": "1"}),
    )
    test.assertEqual(response.status_code, 302)
    return WorkflowState.objects.get(object_id=str(page.pk), status="in_progress")


def act(test, who, page, action, comment=""):
    """`who` takes a workflow action on `page` through the admin's action URL."""
    user = who if not isinstance(who, str | Role) else test.world.users[who]
    test.client.force_login(user)
    state = WorkflowState.objects.get(object_id=str(page.pk), status="in_progress")
    return test.client.post(
        f"/admin/pages/workflow/action/{page.pk}/{action}/{state.current_task_state.pk}/",
        {"comment": comment},
    )


class TwoStepModerationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_two_members()
        cls.reviewer_b = make_user("b-reviewer")
        assign_role(cls.world.b.page, cls.reviewer_b, Role.REVIEWER)

    def test_member_approval_then_consortium_moderation_publishes(self):
        page = self.world.a.program
        state = submit(self, page, "Отредактировано")
        self.assertEqual(state.current_task_state.task.name, "Member approval")
        page.refresh_from_db()
        self.assertNotEqual(page.title, "Отредактировано")
        act(self, Role.REVIEWER, page, "approve")
        state.refresh_from_db()
        self.assertEqual(state.current_task_state.task.name, "Consortium moderation")
        act(self, "moderator", page, "approve")
        state.refresh_from_db()
        page.refresh_from_db()
        self.assertEqual(state.status, "approved")
        self.assertEqual(page.title, "Отредактировано")
        self.assertTrue(page.live)

    def test_another_members_reviewer_cannot_approve(self):
        page = self.world.a.program
        state = submit(self, page, "Отредактировано")
        act(self, self.reviewer_b, page, "approve")
        state.refresh_from_db()
        self.assertEqual(state.current_task_state.task.name, "Member approval")
        self.assertEqual(state.current_task_state.status, "in_progress")

    def test_editors_and_moderators_cannot_skip_the_member_step(self):
        page = self.world.a.program
        state = submit(self, page, "Отредактировано")
        for who in (Role.EDITOR, "moderator"):
            act(self, who, page, "approve")
        state.refresh_from_db()
        self.assertEqual(state.current_task_state.task.name, "Member approval")

    def test_member_only_policy_publishes_on_the_reviewers_approval(self):
        assign_policy(self.world.a.page, MEMBER_ONLY)
        page = self.world.a.program_en
        submit(self, page, "Edited in English")
        act(self, Role.REVIEWER, page, "approve")
        page.refresh_from_db()
        self.assertEqual(page.title, "Edited in English")
        self.assertTrue(page.live)

    def test_the_english_version_goes_through_the_same_moderation(self):
        page = self.world.a.program_en
        state = submit(self, page, "Edited in English")
        self.assertEqual(state.workflow.name, "Two-step moderation")
        act(self, Role.REVIEWER, page, "approve")
        page.refresh_from_db()
        self.assertNotEqual(page.title, "Edited in English")


class RetractAndDeleteTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_two_members()

    def test_editors_retract_their_members_live_pages_without_moderation(self):
        page = self.world.a.program
        self.client.force_login(self.world.users[Role.EDITOR])
        response = self.client.post(f"/admin/pages/{page.pk}/unpublish/")
        self.assertEqual(response.status_code, 302)
        page.refresh_from_db()
        self.assertFalse(page.live)

    def test_reviewers_and_other_members_cannot_retract(self):
        for who, page in (
            (Role.REVIEWER, self.world.a.program),
            (Role.EDITOR, self.world.b.program),
        ):
            self.client.force_login(self.world.users[who])
            self.client.post(f"/admin/pages/{page.pk}/unpublish/")
            page.refresh_from_db()
            with self.subTest(who=str(who)):
                self.assertTrue(page.live)

    def test_editors_delete_drafts_but_not_live_pages(self):
        from wagtail.models import Page

        from . import factories as f

        draft = f.ProgramPageFactory(parent=self.world.a.index, title="Черновик", live=False)
        self.client.force_login(self.world.users[Role.EDITOR])
        self.client.post(f"/admin/pages/{draft.pk}/delete/")
        self.client.post(f"/admin/pages/{self.world.a.program.pk}/delete/")
        self.assertFalse(Page.objects.filter(pk=draft.pk).exists())
        self.assertTrue(Page.objects.filter(pk=self.world.a.program.pk).exists())


class ReviewQueueTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_two_members()
        cls.reviewer_b = make_user("b-reviewer")
        assign_role(cls.world.b.page, cls.reviewer_b, Role.REVIEWER)
        editor_a = cls.world.users[Role.EDITOR]
        for page in (cls.world.a.program, cls.world.a.program_en):
            page.save_revision(user=editor_a)
            page.get_workflow().start(page, editor_a)
        cls.world.b.program.save_revision(user=cls.world.b.admin)
        cls.world.b.program.get_workflow().start(cls.world.b.program, cls.world.b.admin)

    def queue(self, who, **params):
        user = who if not isinstance(who, str | Role) else self.world.users[who]
        self.client.force_login(user)
        return self.client.get("/admin/reviews/", params)

    def titles(self, response):
        return sorted(item.page.title for item in response.context["items"])

    def test_each_reviewer_sees_only_their_members_items(self):
        a = self.world.a
        self.assertEqual(
            self.titles(self.queue(Role.REVIEWER)), sorted([a.program.title, a.program_en.title])
        )
        self.assertEqual(self.titles(self.queue(self.reviewer_b)), [self.world.b.program.title])
        self.assertEqual(self.titles(self.queue("moderator")), [])  # nothing at their step yet
        self.assertContains(self.queue(Role.REVIEWER), "(2)")  # the menu count

    def test_filters_and_bad_filters(self):
        self.assertEqual(
            self.titles(self.queue(Role.REVIEWER, language="en")), [self.world.a.program_en.title]
        )
        self.assertEqual(self.titles(self.queue(Role.REVIEWER, older_than=3)), [])
        for params in (
            {"older_than": "abc"},
            {"language": "de"},
            {"type": "bomb"},
            {"member": "999999"},
        ):
            with self.subTest(params=params):
                self.assertEqual(self.queue(Role.REVIEWER, **params).status_code, 400)

    def test_bulk_approve_moves_items_to_the_moderators(self):
        items = self.queue(Role.REVIEWER).context["items"]
        ids = [item.state.pk for item in items]
        self.client.post("/admin/reviews/", {"states": ids, "action": "approve"})
        self.assertEqual(len(self.queue("moderator").context["items"]), 2)
        self.assertEqual(self.queue(Role.REVIEWER).context["items"], [])

    def test_request_changes_needs_a_comment_and_foreign_ids_are_ignored(self):
        own = [item.state.pk for item in self.queue(Role.REVIEWER).context["items"]]
        foreign = [item.state.pk for item in self.queue(self.reviewer_b).context["items"]]
        self.client.force_login(self.world.users[Role.REVIEWER])
        response = self.client.post("/admin/reviews/", {"states": own, "action": "reject"})
        self.assertEqual(response.status_code, 400)
        response = self.client.post(
            "/admin/reviews/",
            {"states": own + foreign, "action": "reject", "comment": "Уточните даты"},
        )
        self.assertEqual(response.status_code, 400)  # an id outside the user's queue
        self.client.post(
            "/admin/reviews/", {"states": own, "action": "reject", "comment": "Уточните даты"}
        )
        self.assertEqual(self.queue(Role.REVIEWER).context["items"], [])
        self.assertEqual(len(self.queue(self.reviewer_b).context["items"]), 1)


class NotificationTests(TestCase):
    """Who hears of what, through Django's outbox."""

    @classmethod
    def setUpTestData(cls):
        cls.world = build_two_members()
        cls.reviewer_b = make_user("b-reviewer")
        assign_role(cls.world.b.page, cls.reviewer_b, Role.REVIEWER)
        for user in cls.world.users.values():
            user.email = f"{user.username}@example.com"
            user.save()

    def setUp(self):
        from django.core import mail

        self.outbox = mail.outbox

    def recipients(self):
        found = sorted({address for message in self.outbox for address in message.to})
        self.outbox.clear()
        return found

    def test_each_step_tells_exactly_the_right_people(self):
        page = self.world.a.program
        users = self.world.users
        submit(self, page, "Новое")
        # The member's reviewers (and its member admins) only; never member B's reviewer.
        self.assertEqual(
            self.recipients(),
            sorted(
                [
                    users[Role.REVIEWER].email,
                    users[Role.MEMBER_ADMIN].email,
                    self.world.a.admin.email,
                ]
            ),
        )
        act(self, Role.REVIEWER, page, "approve")
        self.assertEqual(self.recipients(), [users["moderator"].email])
        act(self, "moderator", page, "reject", comment="Уточните даты")
        self.assertEqual(self.recipients(), [users[Role.EDITOR].email])

    def test_the_author_hears_of_publication_and_can_opt_out(self):
        from wagtail.users.models import UserProfile

        page = self.world.a.program
        submit(self, page, "Новое")
        act(self, Role.REVIEWER, page, "approve")
        self.outbox.clear()
        act(self, "moderator", page, "approve")
        self.assertIn(self.world.users[Role.EDITOR].email, self.recipients())
        profile = UserProfile.get_for_user(self.world.users[Role.REVIEWER])
        profile.submitted_notifications = False
        profile.save()
        submit(self, page, "Ещё новее")
        self.assertNotIn(self.world.users[Role.REVIEWER].email, self.recipients())


class ModerationLogTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_two_members()

    def test_transitions_are_logged_filterable_and_exportable(self):
        page = self.world.a.program
        submit(self, page, "=HYPERLINK('http://evil')")
        act(self, Role.REVIEWER, page, "reject", comment="@SUM(1)")
        self.client.force_login(self.world.users["moderator"])
        response = self.client.get("/admin/moderation-log/")
        self.assertEqual(response.status_code, 200)
        actions = [entry.action for entry in response.context["entries"]]
        self.assertIn("wagtail.workflow.start", actions)
        self.assertIn("wagtail.workflow.reject", actions)
        only_b = self.client.get("/admin/moderation-log/", {"member": self.world.b.page.pk})
        b_pages = {entry.page_id for entry in only_b.context["entries"]}
        self.assertIn(self.world.b.page.pk, b_pages)  # its onboarding publications
        self.assertNotIn(page.pk, b_pages)
        export = self.client.get("/admin/moderation-log/", {"format": "csv"})
        self.assertEqual(export["Content-Type"], "text/csv; charset=utf-8")
        text = export.content.decode()
        self.assertIn("'@SUM(1)", text)  # formula-looking cells are quoted
        self.assertNotIn(",@SUM(1)", text)
        self.assertEqual(
            self.client.get("/admin/moderation-log/", {"date_from": "yesterday"}).status_code, 400
        )

    def test_only_moderators_and_admins_read_it(self):
        for who in (Role.EDITOR, Role.MEMBER_ADMIN, Role.REVIEWER):
            self.client.force_login(self.world.users[who])
            with self.subTest(who=str(who)):
                self.assertEqual(self.client.get("/admin/moderation-log/").status_code, 302)


class ModerationStatisticsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_two_members()

    def test_queue_and_publication_times(self):
        page = self.world.a.program
        submit(self, page, "Новое")
        act(self, Role.REVIEWER, page, "approve")
        act(self, "moderator", page, "approve")
        submit(self, self.world.a.program_en, "New")
        self.client.force_login(self.world.users["consortium_admin"])
        response = self.client.get("/admin/moderation-statistics/")
        self.assertEqual(response.status_code, 200)
        queue = response.context["queue"]
        self.assertEqual((queue["size"], queue["by_step"]), (1, {"Member approval": 1}))
        self.assertEqual(queue["oldest_page"].pk, self.world.a.program_en.pk)
        [(member, count, _median)] = response.context["per_member"]
        self.assertEqual((member, count), ("Технопарк А", 1))

    def test_for_consortium_admins_only(self):
        for who in ("moderator", Role.MEMBER_ADMIN):
            self.client.force_login(self.world.users[who])
            self.assertEqual(self.client.get("/admin/moderation-statistics/").status_code, 302)
