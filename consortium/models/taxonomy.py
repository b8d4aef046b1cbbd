"""Shared vocabularies kept as snippets: one row per term with its Russian and English label,
so that facets, filters and URLs use the same identifier in both languages."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from .vocabularies import FederalDistrict


def pick_language(russian, english):
    """The English variant on English pages when it exists, the Russian one otherwise."""
    if english and (get_language() or "").startswith("en"):
        return english
    return russian


class BilingualTerm(index.Indexed, models.Model):
    name_ru = models.CharField(_("name (Russian)"), max_length=255)
    name_en = models.CharField(_("name (English)"), max_length=255)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)

    panels = [
        FieldRowPanel([FieldPanel("name_ru"), FieldPanel("name_en")]),
        FieldPanel("slug"),
    ]
    search_fields = [
        index.SearchField("name_ru"),
        index.SearchField("name_en"),
        index.AutocompleteField("name_ru"),
        index.AutocompleteField("name_en"),
    ]

    class Meta:
        abstract = True
        ordering = ["name_ru"]

    def __str__(self):
        return self.name

    @property
    def name(self):
        return pick_language(self.name_ru, self.name_en)


class Focus(BilingualTerm):
    """One of the six official focuses (направленности) of additional education."""

    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [*BilingualTerm.panels, FieldPanel("sort_order")]

    class Meta:
        ordering = ["sort_order", "name_ru"]
        verbose_name = _("focus")
        verbose_name_plural = _("focuses")


class Profile(BilingualTerm):
    """A direction under a focus: a Quantorium quantum, an NTO profile, a ДНК direction."""

    focus = models.ForeignKey(
        Focus, on_delete=models.PROTECT, related_name="profiles", verbose_name=_("focus")
    )
    is_quantum = models.BooleanField(
        _("Quantorium quantum"),
        default=False,
        help_text=_("One of the thirteen quanta of the Quantorium network."),
    )

    panels = [*BilingualTerm.panels, FieldPanel("focus"), FieldPanel("is_quantum")]

    class Meta:
        ordering = ["focus__sort_order", "name_ru"]
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")


class Region(BilingualTerm):
    """A federal subject of Russia."""

    federal_district = models.CharField(
        _("federal district"), max_length=20, choices=FederalDistrict.choices
    )

    panels = [*BilingualTerm.panels, FieldPanel("federal_district")]

    class Meta(BilingualTerm.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")


class City(BilingualTerm):
    region = models.ForeignKey(
        Region, on_delete=models.PROTECT, related_name="cities", verbose_name=_("region")
    )

    panels = [*BilingualTerm.panels, FieldPanel("region")]

    class Meta(BilingualTerm.Meta):
        verbose_name = _("city")
        verbose_name_plural = _("cities")


class Network(BilingualTerm):
    """A network or consortium an institution belongs to (one institution can be in several)."""

    class Meta(BilingualTerm.Meta):
        verbose_name = _("network")
        verbose_name_plural = _("networks")


class Person(BilingualTerm):
    """A speaker, mentor or teacher."""

    position_ru = models.CharField(_("position (Russian)"), max_length=255, blank=True)
    position_en = models.CharField(_("position (English)"), max_length=255, blank=True)
    photo = models.ForeignKey(
        "consortium.ConsortiumImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("photo"),
    )

    panels = [
        *BilingualTerm.panels,
        FieldRowPanel([FieldPanel("position_ru"), FieldPanel("position_en")]),
        FieldPanel("photo"),
    ]

    class Meta(BilingualTerm.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")

    @property
    def position(self):
        return pick_language(self.position_ru, self.position_en)


class Venue(BilingualTerm):
    """A place where programs run and events happen, with its coordinates."""

    city = models.ForeignKey(
        City, on_delete=models.PROTECT, related_name="venues", verbose_name=_("city")
    )
    address_ru = models.CharField(_("address (Russian)"), max_length=255)
    address_en = models.CharField(_("address (English)"), max_length=255, blank=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )

    panels = [
        *BilingualTerm.panels,
        FieldPanel("city"),
        FieldRowPanel([FieldPanel("address_ru"), FieldPanel("address_en")]),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")])],
            heading=_("Coordinates"),
        ),
    ]

    class Meta(BilingualTerm.Meta):
        verbose_name = _("venue")
        verbose_name_plural = _("venues")

    @property
    def address(self):
        return pick_language(self.address_ru, self.address_en)
