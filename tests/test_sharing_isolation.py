"""The isolation matrix: every role × every admin action × (own member, another member, a
consortium-level page), in Russian and in English. Allowed where the role allows it; refused
otherwise, with nothing of the other page in the answer and the database unchanged."""

from django.test import TestCase

from consortium.models import ProgramPage
from consortium.sharing.roles import Role

from .sharing_setup import PASSWORD, build_two_members, program_form_data

# Admin screens that take a page id, each with the page action it needs.
VIEWS = {
    "edit": ("/admin/pages/{pk}/edit/", "change"),
    "history": ("/admin/pages/{pk}/history/", "change"),
    "view draft": ("/admin/pages/{pk}/view_draft/", "change"),
    "revision": ("/admin/pages/{pk}/revisions/{revision}/view/", "change"),
    "compare": ("/admin/pages/{pk}/revisions/compare/earliest...{revision}/", "change"),
    "preview": ("/admin/pages/{pk}/edit/preview/", "change"),
    "add next to it": ("/admin/pages/{parent}/add_subpage/", "add"),
    "delete": ("/admin/pages/{pk}/delete/", "delete"),
    "unpublish": ("/admin/pages/{pk}/unpublish/", "retract"),
    "move": ("/admin/pages/{pk}/move/", "move"),
    "copy": ("/admin/pages/{pk}/copy/", "copy"),
    "sharing": ("/admin/sharing/{pk}/", "share"),
    "translate": ("/admin/localize/submit/page/{pk}/", "translate"),
}

# What each role may do to a live program of its own member.
LOCAL_ALLOWED = {
    Role.READER: set(),
    Role.CONTRIBUTOR: {"add"},
    Role.EDITOR: {"add", "change", "copy", "retract", "translate"},
    Role.REVIEWER: {"change", "copy"},  # Wagtail shows the copy form; the copy needs "add"
    Role.MEMBER_ADMIN: {"add", "change", "copy", "retract", "share", "translate"},
}
EVERYTHING = {"add", "change", "delete", "retract", "move", "copy", "share", "translate"}
CONSORTIUM_ALLOWED = {
    "moderator": {"add", "change", "delete", "retract", "move", "copy", "translate"},
    "consortium_admin": EVERYTHING,
    "staff_without_role": set(),
}


class IsolationMatrixTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_two_members()
        for page in (
            cls.world.a.program,
            cls.world.b.program,
            cls.world.a.program_en,
            cls.world.b.program_en,
        ):
            page.save_revision()

    def targets(self):
        w = self.world
        catalogue = w.sections["programs"]
        return {
            "own": (w.a.program, w.a.program_en),
            "other member": (w.b.program, w.b.program_en),
            "consortium": (catalogue, catalogue.get_translation(w.english)),
        }

    def allowed(self, who, where):
        if who in CONSORTIUM_ALLOWED:
            return CONSORTIUM_ALLOWED[who]
        return LOCAL_ALLOWED[who] if where == "own" else set()

    def url(self, view, page):
        template, _ = VIEWS[view]
        return template.format(
            pk=page.pk, revision=page.latest_revision_id, parent=page.get_parent().pk
        )

    def test_matrix(self):
        wrong = []
        for who, user in self.world.users.items():
            self.client.force_login(user)
            for where, pages in self.targets().items():
                allowed = self.allowed(who, where)
                for page in pages:
                    for view, (_, action) in VIEWS.items():
                        response = self.client.get(self.url(view, page))
                        # With one creatable type, "add subpage" forwards straight to its form.
                        forwarded = response.status_code == 302 and response["Location"].startswith(
                            "/admin/pages/add/"
                        )
                        if action in allowed:
                            ok = response.status_code == 200 or forwarded
                        else:
                            ok = response.status_code in (302, 403, 404, 405) and not forwarded
                            ok = ok and page.title not in response.content.decode()
                        if not ok:
                            wrong.append(
                                (
                                    str(who),
                                    where,
                                    page.locale.language_code,
                                    view,
                                    response.status_code,
                                )
                            )
        self.maxDiff = None
        self.assertEqual(wrong, [])

    def test_refused_writes_leave_the_database_unchanged(self):
        editor = self.world.users[Role.EDITOR]
        self.client.force_login(editor)
        for page in (self.world.b.program, self.world.b.program_en):
            before = ProgramPage.objects.filter(pk=page.pk).values().get()
            revisions = page.revisions.count()
            posts = [
                (
                    f"/admin/pages/{page.pk}/edit/",
                    program_form_data(page, title="Взлом", **{"action-publish": "1"}),
                ),
                (f"/admin/pages/{page.pk}/delete/", {}),
                (f"/admin/pages/{page.pk}/unpublish/", {}),
                (f"/admin/pages/{page.pk}/move/{self.world.a.index.pk}/confirm/", {}),
                (
                    f"/admin/pages/{page.pk}/copy/",
                    {
                        "new_title": "Копия",
                        "new_slug": "copy",
                        "new_parent_page": self.world.a.index.pk,
                    },
                ),
                (
                    f"/admin/sharing/{page.pk}/",
                    {"action": "grant", "user": editor.pk, "role": "editor"},
                ),
            ]
            for url, data in posts:
                with self.subTest(url=url):
                    response = self.client.post(url, data)
                    self.assertIn(response.status_code, (302, 403, 404))
            self.assertEqual(ProgramPage.objects.filter(pk=page.pk).values().get(), before)
            self.assertEqual(page.revisions.count(), revisions)
        self.assertFalse(ProgramPage.objects.filter(title__in=["Взлом", "Копия"]).exists())

    def test_editor_cannot_publish_by_any_route(self):
        editor = self.world.users[Role.EDITOR]
        self.client.force_login(editor)
        page = self.world.a.program
        response = self.client.post(
            f"/admin/pages/{page.pk}/edit/",
            program_form_data(
                page,
                title="Новое название",
                go_live_at="2020-01-01 00:00",
                **{"action-publish": "1"},
            ),
        )
        self.assertEqual(response.status_code, 302)
        page.refresh_from_db()
        self.assertEqual(page.title, "Программа Технопарк А")  # the live version is untouched
        self.assertTrue(page.has_unpublished_changes)
        self.assertEqual(page.get_latest_revision_as_object().title, "Новое название")

    def test_every_role_can_sign_in(self):
        for user in self.world.users.values():
            with self.subTest(user=user.username):
                self.assertTrue(self.client.login(username=user.username, password=PASSWORD))
