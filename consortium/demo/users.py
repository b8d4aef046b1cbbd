"""Demo accounts, one per role, created only on development sites (DEBUG on).
Member roles are Wagtail group permissions on the member's subtree for now; the local-roles
issue replaces them with object permissions."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission

# (username, password, first name, last name, role, member slug)
DEMO_USERS = [
    ("admin", "admin-demo-2026", "Анна", "Админова", "admin", None),
    ("moderator", "moderator-demo-2026", "Михаил", "Модестов", "moderator", None),
    ("leonov-editor", "editor-demo-2026", "Елена", "Редакторова", "editor", "leonov-university"),
    ("leonov-approver", "approver-demo-2026", "Пётр", "Проверкин", "approver", "leonov-university"),
    (
        "chelyabinsk-editor",
        "editor-demo-2026",
        "Егор",
        "Писарев",
        "editor",
        "quantorium-chelyabinsk",
    ),
    (
        "chelyabinsk-approver",
        "approver-demo-2026",
        "Ольга",
        "Утвердова",
        "approver",
        "quantorium-chelyabinsk",
    ),
]

MEMBER_PAGE_PERMISSIONS = ["add_page", "change_page"]


def member_group(institution, role):
    group, _ = Group.objects.get_or_create(name=f"{institution.slug}: {role}s")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for translation in institution.get_translations(inclusive=True):
        for codename in MEMBER_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=translation,
                permission=Permission.objects.get(
                    codename=codename, content_type__app_label="wagtailcore"
                ),
            )
    return group


def create_demo_users(institutions):
    User = get_user_model()  # noqa: N806

    for username, password, first_name, last_name, role, member in DEMO_USERS:
        user, is_new = User.objects.get_or_create(
            username=username,
            defaults={
                "first_name": first_name,
                "last_name": last_name,
                "email": f"{username}@consortium.example",
            },
        )
        if is_new:
            user.set_password(password)
        user.is_staff = role == "admin"
        user.is_superuser = role == "admin"
        user.save()
        if role == "moderator":
            user.groups.add(Group.objects.get(name="Moderators"))
        elif member:
            user.groups.add(member_group(institutions[member], role))
