"""The fixed skeleton of a consortium site: both locales, the home page in each language with
the default Site pointing at the Russian one, the consortium-level sections under it, and the
consortium admins' group.
Idempotent: it creates what is missing and leaves what exists alone."""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import GroupPagePermission, Locale, Page, Site

from home.models import HomePage

from .models import (
    CompetitionCatalogPage,
    EventCalendarPage,
    MemberDirectoryPage,
    NewsCatalogPage,
    ProgramCatalogPage,
)
from .sharing.roles import CONSORTIUM_ADMINS_GROUP
from .workflow.setup import ensure_workflows

HOME = {"ru": "Консорциум", "en": "Consortium"}

# (model, slug, Russian title, English title)
SECTIONS = [
    (MemberDirectoryPage, "members", "Участники консорциума", "Members"),
    (ProgramCatalogPage, "programs", "Программы", "Programs"),
    (EventCalendarPage, "events", "Лекции и события", "Lectures and events"),
    (CompetitionCatalogPage, "competitions", "Конкурсы и олимпиады", "Competitions"),
    (NewsCatalogPage, "news", "Новости", "News"),
]


def publish(page):
    # Publishing saves the whole page, child count included: a page object kept while children
    # were added under it (an onboarded member's English page) would hide them from routing.
    page.refresh_from_db(fields=["numchild"])
    page.save_revision().publish()
    return page


def add_page(parent, page):
    parent.add_child(instance=page)
    return publish(page)


def ensure_translation(page, locale, live=True, **fields):
    """The translation of `page` into `locale`, created with `fields` when missing, published
    unless `live` is false. The parent must already have its translation."""
    translation = page.get_translation_or_none(locale)
    if translation is not None:
        return translation.specific
    translation = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    if live:
        return publish(translation)
    translation.save_revision()
    return translation


def remove_wagtail_welcome_page():
    """Wagtail's initial migration creates a plain 'Welcome' page; a consortium has its own."""
    plain_page = ContentType.objects.get_for_model(Page)
    Page.objects.filter(depth=2, content_type=plain_page, slug="home").delete()


CONSORTIUM_ADMIN_APPS = [
    "wagtailadmin",
    "auth",
    "wagtailimages",
    "wagtaildocs",
    "consortium",
    "wagtailcore",
    "wagtailsearchpromotions",
    "wagtail_localize",
]
ALL_PAGE_ACTIONS = ["add", "change", "publish", "lock", "unlock", "bulk_delete"]


def ensure_consortium_admins():
    """Consortium admins manage everything: every page action on the whole tree, users and
    groups, media, taxonomies. Kept here (not in a migration) because the permissions of the
    project's own models only exist once all migrations have run."""
    admins, _ = Group.objects.get_or_create(name=CONSORTIUM_ADMINS_GROUP)
    admins.permissions.add(
        *Permission.objects.filter(content_type__app_label__in=CONSORTIUM_ADMIN_APPS).exclude(
            codename__startswith="role_"
        )
    )
    root = Page.get_first_root_node()
    for action in ALL_PAGE_ACTIONS:
        GroupPagePermission.objects.get_or_create(
            group=admins,
            page=root,
            permission=Permission.objects.get(
                codename=f"{action}_page", content_type__app_label="wagtailcore"
            ),
        )
    return admins


@transaction.atomic
def set_up_site(hostname="localhost", port=80):
    russian, _ = Locale.objects.get_or_create(language_code="ru")
    english, _ = Locale.objects.get_or_create(language_code="en")
    remove_wagtail_welcome_page()
    ensure_consortium_admins()
    ensure_workflows()

    home = HomePage.objects.filter(locale=russian).first()
    if home is None:
        root = Page.get_first_root_node()
        home = add_page(root, HomePage(title=HOME["ru"], slug="home", locale=russian))
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname, site.port, site.root_page = hostname, port, home
    site.site_name = HOME["ru"]
    site.save()
    ensure_translation(home, english, title=HOME["en"])

    sections = {}
    for model, slug, title_ru, title_en in SECTIONS:
        section = model.objects.child_of(home).first()
        if section is None:
            section = add_page(home, model(title=title_ru, slug=slug))
        ensure_translation(section, english, title=title_en)
        sections[slug] = section.specific
    return home.specific, sections
