"""Onboarding a member institution in one step: its page in Russian with the English
counterpart, its section pages, its media collection, its member admin, and the consortium's
default moderation for the subtree. All or nothing; refused if the member exists."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Collection, Locale

from .models import (
    CompetitionIndexPage,
    EventIndexPage,
    InstitutionPage,
    MemberDirectoryPage,
    NewsIndexPage,
    ProgramIndexPage,
    SchoolPage,
)
from .models.vocabularies import InstitutionKind
from .sharing.operations import assign_role
from .sharing.roles import Role
from .site_setup import ensure_translation
from .workflow.setup import DEFAULT_MEMBER_POLICY, assign_policy

# Sections every member gets: (model, slug, Russian title, English title)
MEMBER_SECTIONS = [
    (ProgramIndexPage, "programs", "Программы", "Programs"),
    (EventIndexPage, "events", "Лекции и события", "Lectures and events"),
    (CompetitionIndexPage, "competitions", "Конкурсы", "Competitions"),
    (NewsIndexPage, "news", "Новости", "News"),
]
MEMBERS_COLLECTION = "Участники"

CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "",
            "y",
            "",
            "e",
            "iu",
            "ia",
        ],
        strict=True,
    )
)


def member_slug(name):
    """A Latin slug for a Russian or English name (Wagtail slugs here are ASCII)."""
    return slugify("".join(CYRILLIC.get(char, char) for char in name.lower()))[:80]


class MemberExists(ValidationError):
    pass


@dataclass
class NewMember:
    page: InstitutionPage
    english: InstitutionPage
    collection: Collection
    admin: object


def member_collection(name):
    root = Collection.get_first_root_node()
    members = root.get_children().filter(name=MEMBERS_COLLECTION).first()
    if members is None:
        members = root.add_child(name=MEMBERS_COLLECTION)
    return members.add_child(name=name[:255])


def member_admin(email):
    User = get_user_model()  # noqa: N806
    user = User.objects.filter(email__iexact=email).first()
    if user is None:
        # No password yet: the member admin sets one through "forgot password".
        user = User(username=email.lower()[:150], email=email.lower())
        user.set_unusable_password()
        user.save()
    return user


def add_with_translation(parent, page, publish_pages, **english_fields):
    """Add `page` under `parent` and its English translation, both live or both drafts."""
    page.live = publish_pages
    parent.add_child(instance=page)
    revision = page.save_revision()
    if publish_pages:
        revision.publish()
    english = Locale.objects.get(language_code="en")
    return ensure_translation(page, english, live=publish_pages, **english_fields)


@transaction.atomic
def add_member(
    *, name, kind, region, city, admin_email, name_en=None, slug=None, publish_pages=False, **fields
):
    """Create a member institution and everything around it (see the module docstring)."""
    kind = InstitutionKind(kind)
    slug = slug or member_slug(name_en or name)
    directory = MemberDirectoryPage.objects.filter(locale__language_code="ru").first()
    if directory is None:
        raise ValidationError(_("The site has no member directory: run setup_site first."))
    existing = InstitutionPage.objects.child_of(directory)
    if existing.filter(slug=slug).exists() or existing.filter(full_name=name).exists():
        raise MemberExists(_("The member “%(name)s” already exists.") % {"name": name})
    if city.region_id != region.pk:
        raise ValidationError(
            _("The city %(city)s is not in %(region)s.") % {"city": city, "region": region}
        )

    model = SchoolPage if kind == InstitutionKind.SCHOOL else InstitutionPage
    collection = member_collection(name)
    page = model(
        title=name,
        full_name=fields.pop("full_name", name),
        kind=kind,
        slug=slug,
        region=region,
        city=city,
        media_collection=collection,
        **fields,
    )
    english = add_with_translation(
        directory, page, publish_pages, title=name_en or name, full_name=name_en or name
    )
    for model, section_slug, title_ru, title_en in MEMBER_SECTIONS:
        add_with_translation(
            page, model(title=title_ru, slug=section_slug), publish_pages, title=title_en
        )
    admin = member_admin(admin_email)
    assign_role(page, admin, Role.MEMBER_ADMIN)
    assign_policy(page, DEFAULT_MEMBER_POLICY)
    return NewMember(page=page, english=english, collection=collection, admin=admin)
