"""The isolation matrix over routes: every admin and API route that takes an object id, read
from Django's URL resolver, filled with member B's objects and requested (GET and POST) by
member A's editor, reviewer (approver) and member admin. Each must be refused, show nothing of
B, and leave the database as it was. A route with an id that nobody classified here fails the
test, so the matrix stays complete as Wagtail or the project add routes."""

import re

from django.contrib.auth import get_user_model
from django.test import TestCase
from django.urls import URLResolver, get_resolver
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.documents.models import Document
from wagtail.models import Collection
from wagtail.snippets.models import get_snippet_models

from consortium.models import ConsortiumImage
from consortium.models.taxonomy import Focus
from consortium.sharing.roles import Role

from .isolation_world import SECRET, build_isolation_world, restore_files, snapshot
from .test_admin import png_file

ACTORS = (Role.EDITOR, Role.REVIEWER, Role.MEMBER_ADMIN)
# What a refused answer may never contain: B's secrets and B's member name.
B_MARKERS = (SECRET, "Технопарк Б", "Technopark B")
PARAMETER = re.compile(r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>[^)]*\)|\([^)]*\)")
SNIPPET_MODELS = {model._meta.model_name: model for model in get_snippet_models()}

# Routes that take an id but are not requested here, and why.
NOT_REQUESTED = {
    "admin/password_reset/confirm/<uidb64>/<token>/": "the token is the credential, no object",
    "admin/settings/<slug:app_name>/<slug:model_name>/": "no setting models are registered",
    "admin/settings/<slug:app_name>/<slug:model_name>/<int:pk>/": "no setting models",
    "admin/settings/<slug:app_name>/<slug:model_name>/<int:pk>/preview/": "no setting models",
    "sitemap-<int:number>.xml": "public; drafts and private pages: test_sitemaps",
    "ru/calendar/members/<int:member_id>.ics": "public; drafts and private pages: test_ical",
    "ru/calendar/events/<int:event_id>.ics": "public; drafts and private pages: test_ical",
    "ru/members/<int:member_id>/news.atom": "public; drafts and private: test_news_feeds",
    "ru/_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/": (
        "the public password form of a private page; the password is the credential"
    ),
    "documents/authenticate_with_password/<int:restriction_id>/": (
        "the public password form of a private collection; the password is the credential"
    ),
    "ru/((?:[\\w\\-]+/)*)": "public page serving by path, not by id",
}
# Routes whose answer may be a 200 for A's staff (they show nothing that is B's alone); still
# checked for B's secrets and for an unchanged database.
MAY_ANSWER = {
    "admin/choose-page/<int:parent_page_id>/": "links to B's public pages; drafts are left out",
    "admin/snippets/choose/consortium/{snippet}/chosen/<str:pk>/": "the shared vocabulary",
    "admin/tag-autocomplete/<slug:app_name>/<slug:model_name>/": "tags are shared",
    "admin/pages/create/<slug:app_label>/<slug:model_name>": "offers A's own parents",
    "admin/pages/usage/<slug:content_type_app_name>/<slug:content_type_model_name>/": (
        "lists the pages of a type the user may edit"
    ),
    "admin/pages/usage/<slug:content_type_app_name>/<slug:content_type_model_name>/results/": (
        "the same listing's results"
    ),
    "admin/bulk/<str:app_label>/<str:model_name>/<str:action>/": (
        "the confirmation names only what the user may see (consortium.sharing.guards)"
    ),
    "admin/localize/api/snippets/<slug:app_label>/<slug:model_name>/": "the shared vocabulary",
    "admin/localize/api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/": "the same",
    "admin/editing-sessions/release/<int:session_id>/": "releases only the user's own sessions",
    "admin/workflows/task_chooser/<int:task_id>/": "names a moderation task: configuration",
}
# Requested routes that reach nothing even for a superuser, and why.
REACH_NOTHING = {
    "api/v2/programs/<str:pk>/": "a draft is never in the public API",
    "api/v2/events/<str:pk>/": "a draft is never in the public API",
    "api/v2/competitions/<str:pk>/": "a draft is never in the public API",
    "api/v2/institutions/<str:pk>/": "a draft is never in the public API",
    "api/v2/news/<str:pk>/": "a draft is never in the public API",
    "api/v2/pages/<str:pk>/": "a draft is never in the public API",
    "admin/api/main/documents/<int:pk>/": "Wagtail's admin API serves pages only",
    "admin/api/main/images/<int:pk>/": "Wagtail's admin API serves pages only",
    "admin/forms/submissions/<int:page_id>/": "no form page types: any page id is a 404",
    "admin/forms/submissions/<int:page_id>/results/": "no form page types",
    "admin/images/<int:image_id>/generate_url/": "no image serve view configured",
    "admin/images/<int:image_id>/generate_url/output/": "no image serve view configured",
    "admin/pages/<int:page_id>/convert_alias/": "B has no alias page",
    "admin/localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/": (
        "no translatable snippets"
    ),
    "admin/localize/translate/<int:translation_id>/preview/<str:mode>/": (
        "a program has only the default preview mode, the route without a mode"
    ),
    "admin/tag-autocomplete/<slug:app_name>/<slug:model_name>/": "program pages have no tags",
    "admin/localize/translate/<int:translation_id>/overrides/<int:overridable_segment_id>/edit/": (
        "B's draft has no overridable segment; the translation is checked first anyway"
    ),
}
# Bulk actions are requested for every model Wagtail offers them on, with B's ids.
BULK = {
    ("wagtailcore", "page", "delete"): "program draft",
    ("wagtailcore", "page", "unpublish"): "program draft",
    ("wagtailcore", "page", "move"): "program draft",
    ("consortium", "consortiumimage", "delete"): "image",
    ("consortium", "consortiumimage", "add_to_collection"): "image",
    ("wagtaildocs", "document", "delete"): "document",
    ("wagtaildocs", "document", "add_to_collection"): "document",
    ("auth", "user", "set_active_state"): "user",
    ("auth", "user", "assign_role"): "user",
    ("consortium", "focus", "delete"): "focus",
}


def routes(resolver=None, prefix=""):
    """Every URL pattern as one route string (DRF's ^ and $ removed)."""
    for pattern in (resolver or get_resolver()).url_patterns:
        route = prefix + str(pattern.pattern).replace("^", "").replace("$", "")
        if isinstance(pattern, URLResolver):
            yield from routes(pattern, route)
        else:
            yield route


def classified(route):
    """The route with a snippet model's name generalised (they all share one viewset)."""
    match = re.match(r"admin/snippets/(?:choose/)?consortium/(\w+)/", route)
    if match and match.group(1) in SNIPPET_MODELS:
        return route.replace(f"/{match.group(1)}/", "/{snippet}/", 1)
    return route


def routes_with_ids():
    return sorted({route for route in routes() if PARAMETER.search(route)})


def values(world, route):
    """The value of each parameter of `route`, taken from B's objects."""
    b = world.b
    user = get_user_model()
    snippet = re.match(r"admin/(?:snippets/(?:choose/)?consortium/(\w+)/|localize/)", route)
    pk_by_prefix = [
        ("admin/api/main/pages", b.draft.pk),
        ("admin/api/main/documents", b.document.pk),
        ("admin/api/main/images", b.image.pk),
        ("admin/pages/", b.program.pk),
        ("admin/collections/", b.collection.pk),
        ("admin/workflows/tasks/", b.task_state.task_id),
        ("admin/workflows/", b.workflow_state.workflow_id),
        ("admin/localize/api/", None),
        ("admin/localize/submit/snippet/", None),
        ("admin/locales/", world.english.pk),
        ("admin/sites/", world.home.get_site().pk),
        ("admin/users/", b.admin.pk),
        ("admin/groups/", b.admin.groups.first().pk),
        ("admin/documents/", b.document.pk),
        ("admin/images/", b.image.pk),
        ("api/v2/", b.draft.pk),
    ]
    pk = next((value for prefix, value in pk_by_prefix if route.startswith(prefix)), None)
    if snippet:
        model = SNIPPET_MODELS.get(snippet.group(1) or "focus")
        pk = model.objects.order_by("pk").first().pk
    localize_snippets = route.startswith(("admin/localize/api/", "admin/localize/submit/snip"))
    tasks = route.startswith("admin/workflows/tasks/")
    page_model = ("consortium", "programpage")
    return {
        "pk": pk,
        "page_id": b.translated.pk if "convert_to_alias" in route else b.program.pk,
        "parent_page_id": b.index.pk if "choose-page" in route else b.program.pk,
        "page_to_move_id": b.program.pk,
        "destination_id": world.a.index.pk,
        "page_pk": b.program.pk,
        "revision_id": b.revision.pk,
        "revision_id_a": "earliest",
        "revision_id_b": b.revision.pk,
        "workflow_state_id": b.workflow_state.pk,
        "task_state_id": b.task_state.pk,
        "task_id": b.task_state.task_id,
        "workflow_pk": b.workflow_state.workflow_id,
        "action_name": "publish" if route.startswith("admin/api/") else "approve",
        "content_type_app_name": page_model[0],
        "content_type_model_name": page_model[1],
        "app_label": "consortium",
        "model_name": (
            "focus" if localize_snippets else "memberapprovaltask" if tasks else "programpage"
        ),
        "app_name": "consortium",
        "action": "delete",
        "object_id": b.program.pk,
        "session_id": b.session.pk,
        "collection_id": b.collection.pk,
        "document_id": b.document.pk,
        "doc_id": b.document.pk,
        "image_id": b.image.pk,
        "uploaded_file_id": b.upload.pk,
        "filter_spec": "original",
        "translation_source_id": b.translation.source_id,
        "translation_id": b.translation.pk,
        "string_segment_id": b.translation.source.stringsegment_set.first().pk,
        "overridable_segment_id": 0,  # a draft without overridable fields: a 404 either way
        "mode": "",
        "redirect_id": world.redirect.pk,
        "query_id": world.query.pk,
        "user_id": user.objects.get(pk=b.admin.pk).pk,
        None: b.document.pk,  # documents/(\d+)/(.*): the first unnamed group; the name follows
    }


def fill(world, route):
    """The URLs that request `route` with B's objects."""
    if route.startswith("admin/bulk/"):
        b = world.b
        ids = {
            "program draft": [b.program.pk, b.draft.pk],
            "image": [b.image.pk],
            "document": [b.document.pk],
            "user": [b.admin.pk],
            # Any real row: ids are not reset between tests on PostgreSQL.
            "focus": [b.program.focus_id or Focus.objects.values_list("pk", flat=True).first()],
        }
        return [
            f"/admin/bulk/{app}/{model}/{action}/?" + "&".join(f"id={pk}" for pk in ids[what])
            for (app, model, action), what in BULK.items()
        ] + [f"/admin/bulk/wagtailcore/page/delete/?id=all&childOf={b.index.pk}"]
    given = values(world, route)
    names = iter(["document", "b.txt"])

    def value(match):
        name = match.group(1) or match.group(2)
        return str(given[name]) if name else next(names)

    if route.startswith("documents/"):
        return [f"/documents/{world.b.document.pk}/{world.b.document.filename}"]
    return ["/" + PARAMETER.sub(value, route).replace("\\.", ".")]


def not_found(response, url):
    # An unknown path outside the language prefixes is redirected into one, where it is a 404.
    return response.status_code == 404 or (
        response.status_code == 302 and response["Location"] == f"/ru{url}"
    )


def refused(response, url):
    if response.status_code in (400, 401, 403, 405) or not_found(response, url):
        return True
    if response.status_code == 302:
        location = response["Location"]
        return location == "/admin/" or "/login/" in location or "authenticate" in location
    return False


class RouteMatrixTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_isolation_world()

    def setUp(self):
        restore_files(self.world)

    def requested_routes(self):
        return [route for route in routes_with_ids() if classified(route) not in NOT_REQUESTED]

    def post_data(self):
        a = self.world.a
        return {
            "title": "Взлом",
            "slug": "hacked",
            "new_title": "Взлом",
            "new_slug": "hacked",
            "new_parent_page": a.index.pk,
            "comment": "Взлом",
            "action": "grant",
            "user": self.world.users[Role.EDITOR].pk,
            "role": "member_admin",
            "locales": [self.world.english.pk],
            "publish_translations": "on",
            "collection": a.collection.pk,
            "is_superuser": "on",
            "groups": [1],
            "restriction_type": "none",
            "position": "0",
        }

    def test_every_route_with_an_id_is_classified(self):
        """A new route that takes an id must be put in the matrix (or explained)."""
        known = set(NOT_REQUESTED) | {classified(r) for r in self.requested_routes()}
        unknown = {classified(r) for r in routes_with_ids()} - known
        self.assertEqual(unknown, set())
        self.assertFalse(settings_registry, "setting models appeared: add them to the matrix")
        for route in self.requested_routes():
            with self.subTest(route=route):
                self.assertNotIn("<", " ".join(fill(self.world, route)))

    def test_the_urls_reach_real_objects(self):
        """A superuser reaches what the matrix requests: the refusals below are not 404s for
        lack of an object."""
        superuser = get_user_model().objects.create_superuser("root", "root@example.com", "x")
        self.client.force_login(superuser)
        missing = []
        for route in self.requested_routes():
            if route in REACH_NOTHING:
                continue
            for url in fill(self.world, route):
                if not_found(self.client.get(url), url):
                    missing.append(url)
        self.maxDiff = None
        self.assertEqual(missing, [])

    def test_member_a_staff_are_refused_everything_of_member_b(self):
        wrong = []
        for route in self.requested_routes():
            for url in fill(self.world, route):
                wrong += self.check(route, url)
        self.maxDiff = None
        self.assertEqual(wrong, [])

    def check(self, route, url):
        """`url` requested by each of A's staff: refused (or, for MAY_ANSWER, harmless), no
        B marker in any answer, the database unchanged."""
        wrong = []
        before = snapshot()
        for role in ACTORS:
            self.client.force_login(self.world.users[role])
            for method in ("get", "post"):
                kwargs = {"data": self.post_data()} if method == "post" else {}
                response = getattr(self.client, method)(url, **kwargs)
                if response.status_code == 302 and response["Location"].startswith(
                    f"/admin/pages/{self.world.b.program.pk}/"
                ):
                    # e.g. the revisions index forwards to the history: that must refuse.
                    url, response = response["Location"], self.client.get(response["Location"])
                body = response.content.decode(errors="replace")
                leaked = [marker for marker in B_MARKERS if marker in body]
                if classified(route) in MAY_ANSWER:
                    leaked = [marker for marker in leaked if marker == SECRET]
                    ok = response.status_code < 500
                else:
                    ok = refused(response, url)
                if not ok or leaked:
                    status = (response.status_code, response.get("Location"))
                    wrong.append((role.value, method, url, status, leaked))
        changed = [table for table, rows in snapshot().items() if rows != before[table]]
        if changed:
            wrong.append(("database changed", url, changed))
        return wrong


class BulkActionsWithMixedIdsTests(TestCase):
    """A's member admin acts in bulk on A's own media carrying B's ids: only A's rows change."""

    @classmethod
    def setUpTestData(cls):
        cls.world = build_isolation_world()
        a = cls.world.a
        cls.image_a = ConsortiumImage.objects.create(
            title="Снимок А", file=png_file("a.png"), description="А", collection=a.collection
        )
        cls.document_a = Document.objects.create(
            title="Документ А", file=png_file("a.txt"), collection=a.collection
        )

    def setUp(self):
        restore_files(self.world)
        self.client.force_login(self.world.users[Role.MEMBER_ADMIN])

    def test_delete_touches_only_own_media(self):
        b = self.world.b
        for model, own, other in (
            ("consortium/consortiumimage", self.image_a, b.image),
            ("wagtaildocs/document", self.document_a, b.document),
        ):
            with self.subTest(model=model):
                self.client.post(f"/admin/bulk/{model}/delete/?id={own.pk}&id={other.pk}")
                self.assertFalse(type(own).objects.filter(pk=own.pk).exists())
                self.assertTrue(type(other).objects.filter(pk=other.pk).exists())

    def test_moving_into_a_collection_touches_only_own_media(self):
        b = self.world.b
        root = Collection.get_first_root_node()
        url = f"/admin/bulk/consortium/consortiumimage/add_to_collection/?id={self.image_a.pk}"
        self.client.post(f"{url}&id={b.image.pk}", {"collection": root.pk})
        b.image.refresh_from_db()
        self.assertEqual(b.image.collection, b.collection)
