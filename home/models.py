"""The consortium's home page: what the consortium is, live figures and what is on now."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable

from consortium.blocks import RICH_TEXT_FEATURES
from consortium.models import CompetitionPage, EventPage, InstitutionPage, NewsPage, ProgramPage
from consortium.models.mixins import BasePage
from consortium.models.vocabularies import EventType


class HomePage(BasePage):
    intro = RichTextField(_("what the consortium is"), features=RICH_TEXT_FEATURES, blank=True)

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "consortium.MemberDirectoryPage",
        "consortium.ProgramCatalogPage",
        "consortium.EventCalendarPage",
        "consortium.CompetitionCatalogPage",
        "consortium.NewsCatalogPage",
        "consortium.StandardPage",
    ]
    max_count_per_parent = 1

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        InlinePanel("featured_programs", label=_("Featured programs"), max_num=6),
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("consortium home")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)

        def visible(model):
            return model.objects.live().public().filter(locale_id=self.locale_id)

        upcoming = visible(EventPage).upcoming()
        context["figures"] = {
            "members": visible(InstitutionPage).count(),
            "programs": visible(ProgramPage).count(),
            "upcoming_events": upcoming.count(),
        }
        featured_keys = self.featured_programs.values_list("program__translation_key", flat=True)
        context["featured_programs"] = (
            visible(ProgramPage)
            .filter(translation_key__in=list(featured_keys))
            .select_related("member", "focus", "profile", "image")
        )
        context["upcoming_lectures"] = upcoming.filter(event_type=EventType.LECTURE).select_related(
            "member", "venue", "venue__city"
        )[:4]
        context["open_competitions"] = (
            visible(CompetitionPage).registration_open().select_related("member")[:4]
        )
        context["latest_news"] = visible(NewsPage).latest().select_related("member")[:4]
        return context


class HomeFeaturedProgram(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_programs")
    program = models.ForeignKey(
        "consortium.ProgramPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("program"),
    )

    panels = [FieldPanel("program")]
