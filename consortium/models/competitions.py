"""Competitions (NTO profiles, club contests, hackathons) with their stages."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable, PageManager
from wagtail.search import index

from ..blocks import RICH_TEXT_FEATURES
from ..outputs.api_fields import ChoiceLabelsField
from ..serving import PageQuerySet
from .listings import ListingPage, SingletonSectionMixin
from .mixins import (
    AudienceMixin,
    BasePage,
    ClassificationMixin,
    MemberOwnedMixin,
    RegistrationMixin,
    registration_open_filter,
)
from .vocabularies import CompetitionTrack, Format, OlympiadLevel, Participation

CARD_RELATIONS = ("member", "focus", "profile", "image")


class CompetitionQuerySet(PageQuerySet):
    def registration_open(self):
        return self.filter(registration_open_filter()).order_by(
            models.F("registration_closes").asc(nulls_last=True)
        )


class CompetitionPage(
    MemberOwnedMixin, ClassificationMixin, AudienceMixin, RegistrationMixin, BasePage
):
    season = models.CharField(_("season"), max_length=20, help_text=_("For example 2026/27."))
    track = models.CharField(
        _("track"), max_length=10, choices=CompetitionTrack.choices, default=CompetitionTrack.SCHOOL
    )
    participation = models.CharField(
        _("participation"),
        max_length=12,
        choices=Participation.choices,
        default=Participation.INDIVIDUAL,
    )
    team_size_min = models.PositiveSmallIntegerField(
        _("smallest team"),
        null=True,
        blank=True,
        validators=[MinValueValidator(2), MaxValueValidator(50)],
    )
    team_size_max = models.PositiveSmallIntegerField(
        _("largest team"),
        null=True,
        blank=True,
        validators=[MinValueValidator(2), MaxValueValidator(50)],
    )
    olympiad_level = models.CharField(
        _("olympiad list level"),
        max_length=1,
        blank=True,
        choices=OlympiadLevel.choices,
        default=OlympiadLevel.NONE,
    )
    benefits = models.TextField(
        _("benefits for winners"),
        blank=True,
        help_text=_("For example extra points on university admission."),
    )
    prizes = models.TextField(_("prizes"), blank=True)
    regulations = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("regulations"),
    )
    results = RichTextField(_("results"), features=RICH_TEXT_FEATURES, blank=True)

    objects = PageManager.from_queryset(CompetitionQuerySet)()
    serve_select_related = ("image", "member__locale", "focus", "profile")

    parent_page_types = ["consortium.CompetitionIndexPage"]
    subpage_types = []

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("season"), FieldPanel("track"), FieldPanel("olympiad_level")]
                ),
                FieldRowPanel(
                    [
                        FieldPanel("participation"),
                        FieldPanel("team_size_min"),
                        FieldPanel("team_size_max"),
                    ]
                ),
            ],
            heading=_("Competition"),
        ),
        *ClassificationMixin.classification_panels,
        *AudienceMixin.audience_panels,
        *RegistrationMixin.registration_panels,
        InlinePanel("stages", label=_("Stages"), min_num=1),
        FieldPanel("benefits"),
        FieldPanel("prizes"),
        FieldPanel("regulations"),
        FieldPanel("body"),
        FieldPanel("results"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("prizes"),
        index.FilterField("track"),
        index.FilterField("member"),
        index.FilterField("focus"),
        index.FilterField("registration_opens"),
        index.FilterField("registration_closes"),
    ]
    api_fields = [
        *BasePage.api_fields,
        *MemberOwnedMixin.member_api_fields,
        APIField("season"),
        *(
            APIField(name, serializer=ChoiceLabelsField())
            for name in ("track", "participation", "olympiad_level")
        ),
        APIField("team_size_min"),
        APIField("team_size_max"),
        *ClassificationMixin.classification_api_fields,
        *AudienceMixin.audience_api_fields,
        *RegistrationMixin.registration_api_fields,
        APIField("stages"),
        APIField("benefits"),
        APIField("prizes"),
        APIField("results"),
    ]

    class Meta:
        verbose_name = _("competition")
        verbose_name_plural = _("competitions")

    def clean(self):
        super().clean()
        errors = {}
        if self.participation == Participation.TEAM:
            if not self.team_size_min or not self.team_size_max:
                errors["team_size_max"] = _("A team competition needs its team sizes.")
            elif self.team_size_min > self.team_size_max:
                errors["team_size_max"] = _("The largest team must not be below the smallest.")
        if errors:
            raise ValidationError(errors)


class CompetitionStage(Orderable):
    """A stage: registration, qualifying rounds, team round, final."""

    page = ParentalKey(CompetitionPage, on_delete=models.CASCADE, related_name="stages")
    name = models.CharField(_("stage"), max_length=200)
    format = models.CharField(
        _("format"), max_length=10, choices=Format.choices, default=Format.ONLINE
    )
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"), null=True, blank=True)
    venue = models.CharField(_("venue"), max_length=255, blank=True)
    description = models.TextField(_("description"), blank=True)

    api_fields = [
        APIField("name"),
        APIField("format", serializer=ChoiceLabelsField()),
        APIField("starts_on"),
        APIField("ends_on"),
        APIField("venue"),
        APIField("description"),
    ]

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("format")]),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
        FieldPanel("venue"),
        FieldPanel("description"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("stage")
        verbose_name_plural = _("stages")

    def clean(self):
        super().clean()
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("A stage must end after it starts.")})


class CompetitionListingMixin(SingletonSectionMixin):
    """Competitions whose registration closes soonest come first; closed ones last."""

    listing_model = CompetitionPage
    listing_related = CARD_RELATIONS

    class Meta:
        abstract = True

    def order_listing(self, items, request):
        closed = models.Case(
            models.When(registration_closes__gte=timezone.localdate(), then=models.Value(0)),
            default=models.Value(1),
        )
        return items.order_by(closed, models.F("registration_closes").asc(nulls_last=True), "title")


class CompetitionCatalogPage(CompetitionListingMixin, ListingPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("competitions catalogue")


class CompetitionIndexPage(CompetitionListingMixin, ListingPage):
    scope_to_subtree = True
    parent_page_types = ["consortium.InstitutionPage", "consortium.SchoolPage"]
    subpage_types = ["consortium.CompetitionPage"]

    class Meta:
        verbose_name = _("member's competitions")
