"""The consortium's home page: what the consortium is, live figures and what is on now."""

from django.db import models
from django.db.models import Count, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Locale, Orderable

from consortium.blocks import RICH_TEXT_FEATURES
from consortium.models import CompetitionPage, EventPage, InstitutionPage, NewsPage, ProgramPage
from consortium.models.mixins import BasePage
from consortium.models.vocabularies import EventType
from consortium.page_cache import remembered


def count_of(pages):
    """The number of `pages` (of one locale), as a subquery."""
    counted = pages.order_by().values("locale_id").annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted[:1], output_field=models.IntegerField()), 0)


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
        "consortium.CollectionPage",
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
        context["figures"] = remembered(
            f"home-figures:{self.pk}",
            lambda: Locale.objects.filter(pk=self.locale_id).values(  # one query
                members=count_of(visible(InstitutionPage)),
                programs=count_of(visible(ProgramPage)),
                upcoming_events=count_of(upcoming),
            )[0],
        )
        context["featured_programs"] = self.featured_in_this_language(visible(ProgramPage))
        context["upcoming_lectures"] = upcoming.filter(event_type=EventType.LECTURE).select_related(
            "member", "venue", "venue__city", "image"
        )[:4]
        context["open_competitions"] = (
            visible(CompetitionPage)
            .registration_open()
            .select_related("member", "focus", "profile", "image")[:4]
        )
        context["latest_news"] = visible(NewsPage).latest().select_related("member", "image")[:4]
        return context

    def featured_in_this_language(self, programs):
        """The featured programs in the editor's order, each in this page's language (the list
        may name the Russian originals), leaving out any that are not live and public."""
        keys = list(
            self.featured_programs.order_by("sort_order").values_list(
                "program__translation_key", flat=True
            )
        )
        found = {
            program.translation_key: program
            for program in programs.filter(translation_key__in=keys).select_related(
                "member", "focus", "profile", "image"
            )
        }
        return [found[key] for key in keys if key in found]


class HomeFeaturedProgram(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_programs")
    program = models.ForeignKey(
        "consortium.ProgramPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("program"),
    )

    panels = [FieldPanel("program")]
