"""Plone-style moderation states: one function for a page, one queryset filter, the column and
filter of the admin's page listings, and the staff banner on the public page."""

from datetime import timedelta

from django.test import TestCase
from django.utils import timezone

from consortium.models import ProgramPage
from consortium.sharing.roles import Role
from consortium.workflow.states import ModerationState, moderation_state, pages_in_state

from . import factories as f
from .sharing_setup import build_two_members

State = ModerationState


class ModerationStateTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_two_members()
        cls.pages = {state: cls.page_in(state) for state in State}

    @classmethod
    def page_in(cls, state):
        index = cls.world.a.index
        page = f.ProgramPageFactory(parent=index, title=f"Программа: {state.value}", live=False)
        editor, reviewer = cls.world.users[Role.EDITOR], cls.world.users[Role.REVIEWER]
        if state == State.SCHEDULED:
            page.go_live_at = timezone.now() + timedelta(days=3)
            page.save_revision(user=editor).publish()
        elif state in (State.PUBLISHED, State.UNPUBLISHED, State.EXPIRED):
            page.save_revision(user=editor).publish()
            if state == State.UNPUBLISHED:
                ProgramPage.objects.get(pk=page.pk).unpublish()
            elif state == State.EXPIRED:
                ProgramPage.objects.filter(pk=page.pk).update(live=False, expired=True)
        elif state != State.DRAFT:
            page.save_revision(user=editor)
            task_state = page.get_workflow().start(page, editor).current_task_state
            if state == State.PENDING_CONSORTIUM:
                task_state.task.specific.on_action(task_state, reviewer, "approve")
            elif state == State.CHANGES_REQUESTED:
                task_state.task.specific.on_action(task_state, reviewer, "reject")
        return ProgramPage.objects.get(pk=page.pk)

    def test_each_state_by_page_and_by_query(self):
        ours = ProgramPage.objects.filter(pk__in=[page.pk for page in self.pages.values()])
        wrong = []
        for state, page in self.pages.items():
            if moderation_state(page) != state:
                wrong.append((state, "page says", moderation_state(page)))
            found = list(pages_in_state(ours, state).values_list("pk", flat=True))
            if found != [page.pk]:
                wrong.append((state, "query finds", found))
        self.assertEqual(wrong, [])

    def test_the_explorer_shows_and_filters_states(self):
        self.client.force_login(self.world.users[Role.EDITOR])
        listing = f"/admin/pages/{self.world.a.index.pk}/"
        response = self.client.get(listing)
        for state in State:
            self.assertContains(response, str(state.label))
        response = self.client.get(listing, {"moderation_state": State.PENDING_MEMBER})
        titles = [page.title for page in response.context["pages"]]
        self.assertEqual(titles, [self.pages[State.PENDING_MEMBER].title])

    def test_a_bad_state_in_the_filter_is_a_form_error(self):
        self.client.force_login(self.world.users[Role.EDITOR])
        response = self.client.get(
            f"/admin/pages/{self.world.a.index.pk}/", {"moderation_state": "nonsense"}
        )
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.context["filters"].errors)

    def test_page_search_shows_states(self):
        self.client.force_login(self.world.users[Role.EDITOR])
        response = self.client.get("/admin/pages/search/", {"q": "Программа"})
        self.assertContains(response, str(State.CHANGES_REQUESTED.label))

    def test_staff_banner_for_editors_only(self):
        url = self.world.a.program.url
        self.assertNotContains(self.client.get(url), "staff-banner")
        self.client.force_login(self.world.users[Role.EDITOR])
        self.assertContains(self.client.get(url), "staff-banner")
        self.client.force_login(self.world.users["staff_without_role"])
        self.assertNotContains(self.client.get(url), "staff-banner")
