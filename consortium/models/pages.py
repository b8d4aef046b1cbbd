"""Plain content pages: about the consortium, a member's history, the personal-data policy."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from .mixins import BasePage


class StandardPage(BasePage):
    parent_page_types = [
        "home.HomePage",
        "consortium.InstitutionPage",
        "consortium.SchoolPage",
        "consortium.StandardPage",
    ]
    subpage_types = ["consortium.StandardPage", "consortium.CollectionPage"]

    content_panels = [*BasePage.content_panels, FieldPanel("body")]

    class Meta:
        verbose_name = _("standard page")
