"""Member B's objects of every kind the admin addresses by id (a page with a draft in
moderation, its translation, media, an upload in progress, an editing session…), for the route
matrix (tests/test_isolation_routes.py), plus a snapshot of everything a refused request must
leave alone."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.files.storage import default_storage
from django.test import Client
from guardian.models import GroupObjectPermission, UserObjectPermission
from wagtail.admin.models import EditingSession
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import Query
from wagtail.documents.models import Document
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    PageViewRestriction,
    Revision,
    Site,
    Task,
    TaskState,
    UploadedFile,
    Workflow,
    WorkflowPage,
    WorkflowState,
)
from wagtail_localize.models import (
    OverridableSegment,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from consortium.models import ConsortiumImage, InheritanceBlock
from consortium.models.taxonomy import City, Focus, Network, Person, Profile, Region, Venue

from . import factories as f
from .sharing_setup import build_two_members
from .test_admin import png_file

# Text that exists only in member B's non-public data: no answer to A's staff may contain it.
SECRET = "СЕКРЕТ-Б"
TAXONOMIES = (Focus, Profile, Region, City, Network, Person, Venue)


def build_isolation_world():
    world = build_two_members()
    b = world.b
    b.admin.first_name = f"Админ {SECRET}"
    b.admin.save()
    b.draft = f.ProgramPageFactory(parent=b.index, title=f"Черновик {SECRET}", live=False)
    # A change of B's live program waiting in moderation.
    b.program.title = f"Правка {SECRET}"
    b.revision = b.program.save_revision(user=b.admin)
    b.workflow_state = b.program.get_workflow().start(b.program, b.admin)
    b.task_state = b.workflow_state.current_task_state
    b.image = ConsortiumImage.objects.create(
        title=f"Снимок {SECRET}", file=png_file("b.png"), description="Б", collection=b.collection
    )
    b.document = Document.objects.create(
        title=f"Документ {SECRET}", file=png_file("b.txt"), collection=b.collection
    )
    b.upload = UploadedFile.objects.create(
        file=png_file("b-upload.png"),
        uploaded_by_user=b.admin,
        for_content_type=ContentType.objects.get_for_model(ConsortiumImage),
    )
    b.session = EditingSession.objects.create(
        user=b.admin, content_object=b.program.page_ptr, last_seen_at=b.revision.created_at
    )
    b.page_restriction = PageViewRestriction.objects.create(
        page=b.draft, restriction_type="password", password="b-secret"
    )
    # B's documents are for B's own group only.
    restriction = CollectionViewRestriction.objects.create(
        collection=b.collection, restriction_type="groups"
    )
    restriction.groups.add(Group.objects.create(name="Б: сотрудники"))
    b.translation = _translate_in_localize(b)
    b.translated = b.draft.get_translation(world.english)
    for factory in (f.ProfileFactory, f.NetworkFactory, f.PersonFactory, f.VenueFactory):
        factory()  # one row of every vocabulary (a profile brings its focus)
    world.redirect = Redirect.objects.create(old_path="/b-old", redirect_link="/ru/")
    world.query = Query.get("b")
    return world


def restore_files(world):
    """Put B's files back into this test's MEDIA_ROOT (tests get a fresh one each)."""
    b = world.b
    for field in (b.image.file, b.document.file, b.upload.file):
        if not default_storage.exists(field.name):
            default_storage.save(field.name, png_file())


def _translate_in_localize(b):
    """B's admin starts translating B's draft into English through wagtail-localize."""
    client = Client()
    client.force_login(b.admin)
    english = Locale.objects.get(language_code="en")
    response = client.post(f"/admin/localize/submit/page/{b.draft.pk}/", {"locales": [english.pk]})
    assert response.status_code == 302, response.status_code
    return Translation.objects.get(source__object_id=b.draft.translation_key, target_locale=english)


def snapshot():
    """Every row a refused request could touch, in a comparable form."""
    tables = {
        Page: (
            "path",
            "title",
            "slug",
            "live",
            "has_unpublished_changes",
            "latest_revision",
            "locked",
            "owner",
            "alias_of",
            "go_live_at",
            "expire_at",
        ),
        Revision: ("object_id", "approved_go_live_at"),
        WorkflowState: ("status", "current_task_state"),
        TaskState: ("status", "finished_by"),
        Workflow: ("active", "name"),
        Task: ("active", "name"),
        WorkflowPage: ("workflow",),
        UserObjectPermission: ("user", "permission", "object_pk"),
        GroupObjectPermission: ("group", "permission", "object_pk"),
        InheritanceBlock: ("translation_key",),
        GroupPagePermission: ("group", "page", "permission"),
        GroupCollectionPermission: ("group", "collection", "permission"),
        get_user_model(): ("username", "is_active", "is_superuser", "is_staff", "first_name"),
        get_user_model().groups.through: ("user", "group"),
        get_user_model().user_permissions.through: ("user", "permission"),
        Group: ("name",),
        Group.permissions.through: ("group", "permission"),
        Collection: ("path", "name"),
        ConsortiumImage: ("title", "collection", "file"),
        Document: ("title", "collection", "file"),
        UploadedFile: ("file",),
        PageViewRestriction: ("page", "restriction_type"),
        CollectionViewRestriction: ("collection", "restriction_type"),
        TranslationSource: ("object_id", "last_updated_at"),
        Translation: ("enabled", "source"),
        StringTranslation: ("data",),
        StringSegment: ("string",),
        OverridableSegment: ("data_json",),
        Redirect: ("old_path", "redirect_link"),
        EditingSession: ("user", "object_id"),
        Query: ("query_string",),
        Locale: ("language_code",),
        Site: ("hostname", "root_page", "is_default_site"),
        **dict.fromkeys(TAXONOMIES, ("name_ru",)),
    }
    return {
        model._meta.label: list(model.objects.order_by("pk").values_list("pk", *fields))
        for model, fields in tables.items()
    }


__all__ = ["SECRET", "TAXONOMIES", "build_isolation_world", "restore_files", "snapshot"]
