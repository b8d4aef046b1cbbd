"""Two moderators approving the same item at the same moment on PostgreSQL: exactly one
transition and one publication, the other is told, nobody gets a 500. (SQLite serialises
every writer already; the race needs a real server, so this runs in the PostgreSQL pass.)"""

import re
import threading
import unittest

import pytest
from django.db import connection
from django.test import Client, RequestFactory, TestCase, TransactionTestCase
from wagtail.admin.action_menu import PageActionMenu
from wagtail.models import WorkflowState

from consortium.sharing.operations import assign_role
from consortium.sharing.roles import MODERATORS_GROUP, Role

from .sharing_setup import build_two_members, make_user, program_form_data
from .test_workflow import act, submit


@unittest.skipUnless(connection.vendor == "postgresql", "runs in the PostgreSQL pass")
@pytest.mark.usefixtures("migrated_rows_restored")
class SimultaneousApprovalTests(TransactionTestCase):
    serialized_rollback = True  # restore what migrations created, for the tests after it

    def setUp(self):
        self.world = build_two_members()
        self.second_moderator = make_user("moderator-2", MODERATORS_GROUP)

    def test_exactly_one_decision_wins(self):
        page = self.world.a.program
        submit(self, page, "Одновременно")
        act(self, Role.REVIEWER, page, "approve")
        state = WorkflowState.objects.get(object_id=str(page.pk), status="in_progress")
        task_state = state.current_task_state
        url = f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/"
        task_states = state.task_states.count()
        revisions = page.revisions.count()

        barrier = threading.Barrier(2)
        statuses = []

        def approve(user):
            client = Client()
            client.force_login(user)
            barrier.wait()
            try:
                statuses.append(client.post(url, {"comment": ""}).status_code)
            finally:
                connection.close()

        threads = [
            threading.Thread(target=approve, args=(user,))
            for user in (self.world.users["moderator"], self.second_moderator)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

        self.assertEqual(sorted(statuses), [302, 302])  # one decided, one told; no 500
        state.refresh_from_db()
        task_state.refresh_from_db()
        page.refresh_from_db()
        self.assertEqual((state.status, task_state.status), ("approved", "approved"))
        self.assertEqual(state.task_states.count(), task_states)  # no second transition
        self.assertEqual(page.title, "Одновременно")
        self.assertEqual(page.revisions.count(), revisions)  # published once, not re-saved


class EditPageDuringATransitionTests(TestCase):
    """The edit page chooses its workflow buttons, then renders them; a moderator may decide in
    between. The buttons keep the task state they were chosen for (Wagtail read it again, found
    none, and the edit page was a 500)."""

    @classmethod
    def setUpTestData(cls):
        cls.world = build_two_members()

    def menu_for_reviewer(self, page):
        request = RequestFactory().get(f"/admin/pages/{page.pk}/edit/")
        request.user = self.world.users[Role.REVIEWER]
        return PageActionMenu(request, view="edit", page=page, lock=None, locked_for_user=False)

    def test_buttons_chosen_before_the_workflow_ends_still_render(self):
        page = self.world.a.program
        state = submit(self, page, "Между шагами")
        task_state = state.current_task_state
        menu = self.menu_for_reviewer(page)
        state.cancel(user=self.world.users[Role.EDITOR])  # decided elsewhere, mid-render

        html = menu.render_html()

        self.assertIn(f"/approve/{task_state.pk}/", html)


LOADED_REVISION = re.compile(
    r'<input type="hidden" name="(loaded_revision_(?:id|created_at))" value="([^"]*)"'
)


def told(messages):
    return any("пока вы её редактировали" in message for message in messages)


class TwoEditorsSaveTheSamePageTests(TestCase):
    """Both open the editor, both save: both revisions are kept, and the second is told."""

    @classmethod
    def setUpTestData(cls):
        cls.world = build_two_members()
        cls.second_editor = make_user("a-editor-2")
        assign_role(cls.world.a.page, cls.second_editor, Role.EDITOR)
        cls.world.a.program.save_revision()  # as every page made in the admin has

    def open_editor(self, user):
        client = Client()
        client.force_login(user)
        page = self.world.a.program
        html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
        loaded = dict(LOADED_REVISION.findall(html))
        self.assertEqual(set(loaded), {"loaded_revision_id", "loaded_revision_created_at"})
        return client, loaded

    def save(self, client, loaded, title):
        page = self.world.a.program
        data = program_form_data(page, title=title, **loaded)
        response = client.post(f"/admin/pages/{page.pk}/edit/", data, follow=True)
        self.assertEqual(response.status_code, 200)
        return [str(message) for message in response.context["messages"]]

    def test_the_second_to_save_is_told_and_both_revisions_are_kept(self):
        first, first_loaded = self.open_editor(self.world.users[Role.EDITOR])
        second, second_loaded = self.open_editor(self.second_editor)
        revisions = self.world.a.program.revisions.count()

        first_messages = self.save(first, first_loaded, "Версия первого")
        second_messages = self.save(second, second_loaded, "Версия второго")

        self.assertFalse(told(first_messages))
        self.assertTrue(told(second_messages))
        titles = [r.content["title"] for r in self.world.a.program.revisions.order_by("pk")]
        self.assertEqual(titles[revisions:], ["Версия первого", "Версия второго"])

    def test_saving_twice_alone_warns_nobody(self):
        client, loaded = self.open_editor(self.world.users[Role.EDITOR])
        self.save(client, loaded, "Раз")
        client, loaded = self.open_editor(self.world.users[Role.EDITOR])

        self.assertFalse(told(self.save(client, loaded, "Два")))
