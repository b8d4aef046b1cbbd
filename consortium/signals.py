"""Keep derived data true: the `member` of content pages after moves, no local roles left
behind by deleted pages, and each event's calendar version (SEQUENCE) after publications."""

from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, post_page_move

from .models.calendar import EventSequence
from .models.events import EventPage
from .models.members import InstitutionPage
from .models.mixins import MemberOwnedMixin


@receiver(post_page_move)
def refresh_member_after_move(sender, instance, **kwargs):
    moved = Page.objects.filter(pk=instance.pk).first()
    if moved is None:
        return
    member = InstitutionPage.objects.ancestor_of(moved, inclusive=True).order_by("-depth").first()
    for page in Page.objects.descendant_of(moved, inclusive=True).specific().iterator():
        if isinstance(page, MemberOwnedMixin) and page.member_id != getattr(member, "pk", None):
            type(page).objects.filter(pk=page.pk).update(member=member)


@receiver(post_delete, sender=Page)
def forget_roles_of_deleted_page(sender, instance, **kwargs):
    """Guardian stores object permissions by id without a foreign key: drop them with the
    page, so that a later page can never inherit them."""
    from django.contrib.contenttypes.models import ContentType
    from guardian.models import GroupObjectPermission, UserObjectPermission

    page_type = ContentType.objects.get_for_model(Page)
    for model in (UserObjectPermission, GroupObjectPermission):
        model.objects.filter(content_type=page_type, object_pk=str(instance.pk)).delete()


@receiver(page_published)
def record_event_version(sender, instance, **kwargs):
    if isinstance(instance, EventPage):
        EventSequence.record(instance)
