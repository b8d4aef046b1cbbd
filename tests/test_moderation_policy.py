"""Placeful moderation policies: a consortium admin picks one per member or subtree on the page's
"Moderation policy" screen; the choice holds in both languages, also when made through
Wagtail's own Workflows screen."""

from django.test import TestCase
from wagtail.models import Workflow, WorkflowPage

from consortium.sharing.roles import Role
from consortium.workflow.setup import CONSORTIUM_ONLY, MEMBER_ONLY, TWO_STEPS

from .sharing_setup import build_two_members


class ModerationPolicyTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_two_members()

    def url(self, page):
        return f"/admin/moderation-policy/{page.pk}/"

    def workflows(self):
        a = self.world.a
        return {page.get_workflow().name for page in (a.program, a.program_en)}

    def test_an_admin_sets_a_members_policy_for_both_languages_and_takes_it_back(self):
        self.assertEqual(self.workflows(), {TWO_STEPS})
        self.client.force_login(self.world.users["consortium_admin"])
        response = self.client.post(self.url(self.world.a.page), {"policy": MEMBER_ONLY})
        self.assertRedirects(response, self.url(self.world.a.page))
        self.assertEqual(self.workflows(), {MEMBER_ONLY})
        self.assertEqual(self.world.b.program.get_workflow().name, TWO_STEPS)

        response = self.client.get(self.url(self.world.a.program))
        self.assertContains(response, self.world.a.page.title)  # where the policy comes from

        self.client.post(self.url(self.world.a.page), {"policy": ""})
        self.assertEqual(self.workflows(), {CONSORTIUM_ONLY})  # the root's, from above

    def test_a_subtree_of_a_member_can_have_its_own(self):
        self.client.force_login(self.world.users["consortium_admin"])
        self.client.post(self.url(self.world.a.index), {"policy": CONSORTIUM_ONLY})
        self.assertEqual(self.workflows(), {CONSORTIUM_ONLY})
        self.assertEqual(self.world.a.page.get_workflow().name, TWO_STEPS)

    def test_only_consortium_admins_and_bad_values(self):
        for who in (Role.MEMBER_ADMIN, "moderator"):
            with self.subTest(who=who):
                self.client.force_login(self.world.users[who])
                response = self.client.post(self.url(self.world.a.page), {"policy": MEMBER_ONLY})
                self.assertRedirects(response, "/admin/")  # Wagtail's refusal
        self.client.force_login(self.world.users["consortium_admin"])
        response = self.client.post(self.url(self.world.a.page), {"policy": "publish at once"})
        self.assertEqual(response.status_code, 400)
        self.assertEqual(self.workflows(), {TWO_STEPS})

    def test_assignments_made_in_wagtails_workflows_screen_cover_both_languages(self):
        a = self.world.a
        WorkflowPage.objects.create(page=a.index, workflow=Workflow.objects.get(name=MEMBER_ONLY))
        self.assertEqual(self.workflows(), {MEMBER_ONLY})
        WorkflowPage.objects.get(page=a.index).delete()
        self.assertEqual(self.workflows(), {TWO_STEPS})
