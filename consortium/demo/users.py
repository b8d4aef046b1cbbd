"""Demo accounts, one per role, created only on development sites (DEBUG on). Member roles
are local roles on the member's institution page (see consortium/sharing)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from ..sharing.operations import assign_role
from ..sharing.roles import CONSORTIUM_ADMINS_GROUP, MODERATORS_GROUP, Role

# (username, password, first name, last name, role, member slug)
DEMO_USERS = [
    ("admin", "admin-demo-2026", "Анна", "Админова", "consortium_admin", None),
    ("moderator", "moderator-demo-2026", "Михаил", "Модестов", "moderator", None),
    (
        "leonov-admin",
        "member-admin-demo-2026",
        "Лев",
        "Управляев",
        Role.MEMBER_ADMIN,
        "leonov-university",
    ),
    ("leonov-editor", "editor-demo-2026", "Елена", "Редакторова", Role.EDITOR, "leonov-university"),
    (
        "leonov-approver",
        "approver-demo-2026",
        "Пётр",
        "Проверкин",
        Role.REVIEWER,
        "leonov-university",
    ),
    ("leonov-reader", "reader-demo-2026", "Римма", "Читаева", Role.READER, "leonov-university"),
    (
        "chelyabinsk-editor",
        "editor-demo-2026",
        "Егор",
        "Писарев",
        Role.EDITOR,
        "quantorium-chelyabinsk",
    ),
    (
        "chelyabinsk-approver",
        "approver-demo-2026",
        "Ольга",
        "Утвердова",
        Role.REVIEWER,
        "quantorium-chelyabinsk",
    ),
]


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
            user.save()
        if role == "consortium_admin":
            user.is_superuser = user.is_staff = True
            user.save()
            user.groups.add(Group.objects.get(name=CONSORTIUM_ADMINS_GROUP))
        elif role == "moderator":
            user.groups.add(Group.objects.get(name=MODERATORS_GROUP))
        else:
            assign_role(institutions[member], user, role)
