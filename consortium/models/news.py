"""News of the consortium and of its members."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.api import APIField
from wagtail.models import Orderable, PageManager
from wagtail.search import index

from ..serving import PageQuerySet
from .listings import ListingPage, SingletonSectionMixin
from .mixins import AgeRatingMixin, BasePage, MemberOwnedMixin


class NewsQuerySet(PageQuerySet):
    def latest(self):
        return self.order_by("-date", "-pk")


class NewsPage(MemberOwnedMixin, AgeRatingMixin, BasePage):
    date = models.DateField(_("date"), default=timezone.localdate)

    objects = PageManager.from_queryset(NewsQuerySet)()
    serve_select_related = ("image", "member__locale")

    parent_page_types = ["consortium.NewsIndexPage", "consortium.NewsCatalogPage"]
    subpage_types = []

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("date"), FieldPanel("age_rating")]),
        FieldPanel("body"),
        InlinePanel("related_links", label=_("Related pages")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.FilterField("date"),
        index.FilterField("member"),
    ]
    api_fields = [
        *BasePage.api_fields,
        *MemberOwnedMixin.member_api_fields,
        APIField("date"),
        *AgeRatingMixin.age_rating_api_fields,
    ]

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news")
        # News listings walk items newest first and stop at a page of them.
        indexes = [models.Index(fields=["-date", "-page_ptr"], name="consortium_news_latest")]


class NewsRelatedPage(Orderable):
    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="related_links")
    related = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page")
    )

    panels = [FieldPanel("related")]


class NewsListingMixin(SingletonSectionMixin):
    listing_model = NewsPage
    listing_related = ("member", "image")
    feed_url_names = ("news_feed", "member_news_feed")  # Atom

    class Meta:
        abstract = True

    def order_listing(self, items, request):
        return items.latest()


class NewsCatalogPage(NewsListingMixin, ListingPage):
    """All news of the consortium; the consortium's own news items live here too."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["consortium.NewsPage"]

    class Meta:
        verbose_name = _("news catalogue")


class NewsIndexPage(NewsListingMixin, ListingPage):
    scope_to_subtree = True
    parent_page_types = ["consortium.InstitutionPage", "consortium.SchoolPage"]
    subpage_types = ["consortium.NewsPage"]

    class Meta:
        verbose_name = _("member's news")
