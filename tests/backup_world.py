"""What the backup tests put in a database and compare after a restore. Run in a subprocess
against a real database file or server: `python -m tests.backup_world build|snapshot`
(DJANGO_SETTINGS_MODULE=cms.settings.test, DATABASE_URL and VAR_DIR set); prints JSON."""

import json
import sys


def build():
    from wagtail.documents.models import Document

    from consortium.models import ConsortiumImage
    from consortium.sharing.operations import assign_role
    from consortium.sharing.roles import Role
    from search.index import rebuild

    from .sharing_setup import build_two_members, make_user
    from .test_admin import png_file

    world = build_two_members()
    editor = world.users[Role.EDITOR]
    assign_role(world.b.page, make_user("b-reader"), Role.READER)
    draft = world.a.program
    draft.title = "Черновик новой программы"
    draft.save_revision(user=editor)
    moderated = world.a.program_en
    moderated.title = "Program on its way to moderation"
    moderated.save_revision(user=editor)
    moderated.get_workflow().start(moderated, editor)
    image = ConsortiumImage.objects.create(
        title="Лаборатория",
        file=png_file("lab.png"),
        description="Лаборатория",
        collection=world.a.collection,
    )
    image.get_rendition("fill-20x20")
    Document.objects.create(
        title="Положение", file=png_file("rules.txt"), collection=world.a.collection
    )
    rebuild()  # the factories' pages are live without a publication signal


def snapshot():
    from django.contrib.contenttypes.models import ContentType
    from django.test import Client
    from guardian.models import GroupObjectPermission, UserObjectPermission
    from wagtail.documents.models import Document
    from wagtail.images.models import Rendition
    from wagtail.models import Page, Revision, TaskState, WorkflowState

    from consortium.models import ConsortiumImage

    def rows(queryset, *fields):
        return [[str(value) for value in row] for row in queryset.values_list(*fields)]

    client = Client()
    searches = {}
    for text, lang in (("Программа", "ru"), ("Program", "en"), ("Технопарк", "ru")):
        answer = client.get("/api/search/", {"q": text, "lang": lang}).json()
        searches[f"{lang}:{text}"] = sorted(result["title"] for result in answer["results"])
    return {
        "pages": rows(
            Page.objects.order_by("id"),
            "id",
            "title",
            "live",
            "path",
            "depth",
            "url_path",
            "locale__language_code",
            "translation_key",
            "latest_revision_id",
            "has_unpublished_changes",
        ),
        "revisions": rows(
            Revision.objects.order_by("id"), "id", "object_id", "content", "created_at", "user_id"
        ),
        "workflow_states": rows(
            WorkflowState.objects.order_by("id"),
            "id",
            "object_id",
            "workflow_id",
            "status",
            "current_task_state_id",
            "requested_by_id",
        ),
        "task_states": rows(
            TaskState.objects.order_by("id"),
            "id",
            "workflow_state_id",
            "task_id",
            "status",
            "revision_id",
        ),
        "user_permissions": rows(
            UserObjectPermission.objects.order_by("id"),
            "user__username",
            "permission__codename",
            "content_type__model",
            "object_pk",
        ),
        "group_permissions": rows(
            GroupObjectPermission.objects.order_by("id"),
            "group__name",
            "permission__codename",
            "content_type__model",
            "object_pk",
        ),
        "content_types": rows(ContentType.objects.order_by("id"), "id", "app_label", "model"),
        "media": rows(ConsortiumImage.objects.order_by("id"), "id", "file")
        + rows(Rendition.objects.order_by("id"), "id", "file")
        + rows(Document.objects.order_by("id"), "id", "file"),
        "search": searches,
    }


if __name__ == "__main__":
    import django

    django.setup()
    if sys.argv[1] == "build":
        build()
    print(json.dumps(snapshot(), ensure_ascii=False))  # noqa: T201
