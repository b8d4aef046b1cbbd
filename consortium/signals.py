"""Keep the derived `member` of content pages true when pages move between subtrees."""

from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import post_page_move

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
