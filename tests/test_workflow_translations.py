"""English versions go through the same moderation as Russian ones: member staff translate
their own pages with wagtail-localize, and no translation route makes a page live without the
workflow's approval."""

from django.test import TestCase
from wagtail.models import WorkflowState
from wagtail_localize.models import Translation, TranslationSource

from consortium.sharing.operations import assign_role, block_inheritance
from consortium.sharing.roles import Role

from . import factories as f
from .sharing_setup import build_two_members, make_user
from .test_workflow import act


class TranslationModerationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_two_members()
        cls.source = f.ProgramPageFactory(parent=cls.world.a.index, title="Робототехника")
        cls.source.save_revision().publish()

    def translate(self, who, page=None):
        self.client.force_login(self.world.users[who] if not hasattr(who, "pk") else who)
        return self.client.post(
            f"/admin/localize/submit/page/{(page or self.source).pk}/",
            {"locales": [self.world.english.pk]},
        )

    def assertRefused(self, response):
        """Wagtail's admin answers a refusal with a redirect home; other views with a 403."""
        if response.status_code == 302:
            self.assertEqual(response["Location"], "/admin/")
        else:
            self.assertEqual(response.status_code, 403)

    def english_version(self):
        return self.source.get_translation_or_none(self.world.english)

    def submit_for_moderation(self, who=Role.EDITOR):
        self.client.force_login(self.world.users[who] if not hasattr(who, "pk") else who)
        translation = Translation.objects.get(
            source__object_id=self.source.translation_key, target_locale=self.world.english
        )
        return self.client.post(f"/admin/translations/{translation.pk}/submit/")

    def test_an_editor_translates_and_the_translation_goes_through_both_steps(self):
        response = self.translate(Role.EDITOR)
        english = self.english_version()
        self.assertRedirects(response, f"/admin/pages/{english.pk}/edit/")
        self.assertFalse(english.live)

        translation = Translation.objects.get(target_locale=self.world.english, enabled=True)
        editor = self.client.get(f"/admin/pages/{english.pk}/edit/")
        self.assertContains(editor, f'action="/admin/translations/{translation.pk}/submit/"')

    def test_submitting_starts_the_workflow_and_approval_publishes(self):
        self.translate(Role.EDITOR)
        response = self.submit_for_moderation()
        english = self.english_version()
        self.assertRedirects(response, f"/admin/pages/{english.pk}/edit/")
        state = WorkflowState.objects.get(object_id=str(english.pk), status="in_progress")
        self.assertEqual(state.current_task_state.task.name, "Member approval")
        self.assertEqual(state.requested_by, self.world.users[Role.EDITOR])
        act(self, Role.REVIEWER, english, "approve")
        english.refresh_from_db()
        self.assertFalse(english.live)
        act(self, "moderator", english, "approve")
        english.refresh_from_db()
        self.assertTrue(english.live)

    def test_changes_requested_then_resubmitted_resumes_the_same_workflow(self):
        self.translate(Role.EDITOR)
        self.submit_for_moderation()
        english = self.english_version()
        act(self, Role.REVIEWER, english, "reject", comment="Translate the summary too")
        state = WorkflowState.objects.get(object_id=str(english.pk))
        self.assertEqual(state.status, WorkflowState.STATUS_NEEDS_CHANGES)
        self.submit_for_moderation()
        state.refresh_from_db()
        self.assertEqual(state.status, WorkflowState.STATUS_IN_PROGRESS)
        self.assertEqual(WorkflowState.objects.filter(object_id=str(english.pk)).count(), 1)

    def test_an_item_already_waiting_is_not_submitted_twice_by_someone_else(self):
        self.translate(Role.EDITOR)
        self.submit_for_moderation()
        second_editor = make_user("a-second-editor")
        assign_role(self.world.a.page, second_editor, Role.EDITOR)
        response = self.submit_for_moderation(who=second_editor)
        english = self.english_version()
        self.assertRedirects(response, f"/admin/pages/{english.pk}/edit/")
        self.assertEqual(WorkflowState.objects.filter(object_id=str(english.pk)).count(), 1)

    def test_no_translation_route_publishes_for_an_editor(self):
        self.translate(Role.EDITOR)
        english = self.english_version()
        source = TranslationSource.objects.get(object_id=self.source.translation_key)
        routes = [
            (f"/admin/pages/{english.pk}/edit/", {"action": "publish"}),
            (f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"}),
            (f"/admin/localize/page/{english.pk}/convert_to_alias/", {}),
        ]
        for url, data in routes:
            with self.subTest(url=url):
                # wagtail-localize publishes on commit: run those callbacks, or nothing shows.
                with self.captureOnCommitCallbacks(execute=True):
                    response = self.client.post(url, data)
                self.assertRefused(response)
                english.refresh_from_db()
                self.assertFalse(english.live)
                self.assertIsNone(english.alias_of_id)

    def test_consortium_admins_still_publish_from_the_translation_editor(self):
        self.translate("consortium_admin")
        english = self.english_version()
        editor = self.client.get(f"/admin/pages/{english.pk}/edit/")
        self.assertNotContains(editor, "/admin/translations/")
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(f"/admin/pages/{english.pk}/edit/", {"action": "publish"})
        english.refresh_from_db()
        self.assertTrue(english.live)

    def test_who_may_translate(self):
        other_members_page = self.world.b.program
        refused = [
            (Role.REVIEWER, self.source),  # may edit, may not add pages
            (Role.CONTRIBUTOR, self.source),  # may add, may not edit
            (Role.EDITOR, other_members_page),
            ("staff_without_role", self.source),
        ]
        for who, page in refused:
            with self.subTest(who=who, page=page.title):
                self.assertRefused(self.translate(who, page))
        self.assertIsNone(self.english_version())
        self.assertEqual(self.translate(Role.MEMBER_ADMIN).status_code, 302)

    def test_a_subtree_with_a_page_the_editor_may_not_edit_is_refused(self):
        blocked = f.ProgramPageFactory(parent=self.world.a.index, title="Закрытая программа")
        block_inheritance(blocked, by=self.world.users["consortium_admin"])
        self.client.force_login(self.world.users[Role.EDITOR])
        response = self.client.post(
            f"/admin/localize/submit/page/{self.world.a.index.pk}/",
            {"locales": [self.world.english.pk], "include_subtree": "on"},
        )
        self.assertRefused(response)
        self.assertIsNone(self.english_version())

    def test_translate_is_offered_only_where_it_would_be_accepted(self):
        url = f"/admin/localize/submit/page/{self.source.pk}/"
        listing = f"/admin/pages/{self.world.a.index.pk}/"
        for who, offered in ((Role.EDITOR, True), (Role.REVIEWER, False), ("moderator", True)):
            with self.subTest(who=who):
                self.client.force_login(self.world.users[who])
                response = self.client.get(listing)
                self.assertEqual(response.status_code, 200)
                self.assertEqual(url in response.content.decode(), offered)
