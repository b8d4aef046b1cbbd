"""Member staff may start translations; which pages they may translate, and that translations
reach the public only through moderation, is enforced per page (consortium.workflow.translations)."""

from django.db import migrations


def grant_submit_translation(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    staff, _ = Group.objects.get_or_create(name="Member staff")
    staff.permissions.add(
        Permission.objects.get(content_type__app_label="wagtail_localize", codename="submit_translation")
    )


def revoke_submit_translation(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for staff in Group.objects.filter(name="Member staff"):
        staff.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="wagtail_localize", codename="submit_translation"
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("consortium", "0006_review_reminder"),
        ("wagtail_localize", "0006_create_submit_translation_permission"),
    ]

    operations = [migrations.RunPython(grant_submit_translation, revoke_submit_translation)]
