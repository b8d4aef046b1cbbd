"""Two onboarded members, A and B, each with a program in Russian and English, and one user
per role on A (plus a moderator, a consortium admin and staff without any role)."""

from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale

from consortium.models import ProgramIndexPage
from consortium.onboarding import add_member
from consortium.sharing.operations import assign_role
from consortium.sharing.roles import (
    CONSORTIUM_ADMINS_GROUP,
    MEMBER_STAFF_GROUP,
    MODERATORS_GROUP,
    Role,
)
from consortium.site_setup import set_up_site

from . import factories as f
from .tree import translate

PASSWORD = "correct horse battery staple"


def make_user(username, *groups):
    user = get_user_model().objects.create_user(username, f"{username}@example.com", PASSWORD)
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user


def onboard(name, name_en, city):
    member = add_member(
        name=name,
        name_en=name_en,
        kind="technopark",
        region=city.region,
        city=city,
        admin_email=f"{name_en.lower().replace(' ', '-')}@example.com",
        publish_pages=True,
    )
    index = ProgramIndexPage.objects.child_of(member.page).get()
    program = f.ProgramPageFactory(parent=index, title=f"Программа {name}")
    return SimpleNamespace(
        page=member.page,
        english=member.english,
        index=index,
        program=program,
        program_en=translate(program, title=f"Program {name_en}"),
        admin=member.admin,
        collection=member.collection,
    )


def build_two_members():
    home, sections = set_up_site()
    city = f.CityFactory()
    a = onboard("Технопарк А", "Technopark A", city)
    b = onboard("Технопарк Б", "Technopark B", city)
    users = {role: make_user(f"a-{role.value}") for role in Role}
    for role, user in users.items():
        assign_role(a.page, user, role)
    users["moderator"] = make_user("moderator", MODERATORS_GROUP)
    users["consortium_admin"] = make_user("consortium-admin", CONSORTIUM_ADMINS_GROUP)
    users["staff_without_role"] = make_user("nobody", MEMBER_STAFF_GROUP)
    english = Locale.objects.get(language_code="en")
    return SimpleNamespace(home=home, sections=sections, a=a, b=b, users=users, english=english)


def program_form_data(page, **overrides):
    """What the admin's edit form of a program posts, with `overrides` applied."""
    from wagtail.test.utils.form_data import (
        inline_formset,
        nested_form_data,
        rich_text,
        streamfield,
    )

    fields = {
        "title": page.title,
        "slug": page.slug,
        "summary": page.summary,
        "body": streamfield([]),
        "goals": rich_text(""),
        "expected_results": rich_text(""),
        "level": page.level,
        "format": page.format,
        "language": page.language,
        "payment": page.payment,
        "enrolment_status": page.enrolment_status,
        "age_from": page.age_from or "",
        "age_to": page.age_to or "",
        "schedule": inline_formset([]),
        "comments": inline_formset([]),
    }
    fields.update(overrides)
    return nested_form_data(fields)
