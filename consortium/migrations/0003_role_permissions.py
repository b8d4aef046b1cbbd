"""The permissions that store local roles with django-guardian, on the base Page type, and
the "Member staff" group that lets role holders into the admin."""

from django.db import migrations

ROLES = {
    "reader": "Reader",
    "contributor": "Contributor",
    "editor": "Editor",
    "reviewer": "Reviewer",
    "member_admin": "Member admin",
}


def create_role_permissions(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    page_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="page")
    for role, label in ROLES.items():
        Permission.objects.get_or_create(
            content_type=page_type, codename=f"role_{role}", defaults={"name": f"Role: {label}"}
        )
    staff, _ = Group.objects.get_or_create(name="Member staff")
    staff.permissions.add(
        Permission.objects.get(codename="access_admin", content_type__app_label="wagtailadmin")
    )


def remove_role_permissions(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Permission.objects.filter(codename__in=[f"role_{role}" for role in ROLES]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("consortium", "0002_inheritance_block"),
        ("wagtailcore", "0098_apitoken"),
        # After Wagtail's migrations that give every admin-access group "choose" on all media:
        # "Member staff" must get media only through its members' collections.
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_role_permissions, remove_role_permissions)]
