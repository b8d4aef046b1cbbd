"""The member directory and the institutions: each institution is the root of its own subtree."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.models import Orderable
from wagtail.search import index

from ..outputs.api_fields import (
    ChoiceLabelsField,
    LivePageField,
    TermSerializer,
    VenueSerializer,
    logo_image,
)
from .listings import ListingPage, SingletonSectionMixin
from .mixins import BasePage
from .taxonomy import Venue
from .vocabularies import InstitutionKind

MEMBER_SECTIONS = [
    "consortium.ProgramIndexPage",
    "consortium.EventIndexPage",
    "consortium.CompetitionIndexPage",
    "consortium.NewsIndexPage",
    "consortium.StandardPage",
    "consortium.CollectionPage",
]


def institution_panels(with_kind):
    """The editing form of an institution; a school's kind is fixed, so it has no kind field."""
    identity = ["full_name", "kind", "parent_institution", "networks", "logo"]
    if not with_kind:
        identity.remove("kind")
    return [
        *BasePage.content_panels,
        MultiFieldPanel([FieldPanel(name) for name in identity], heading=_("Institution")),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("region"), FieldPanel("city")]), FieldPanel("venues")],
            heading=_("Location"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                FieldPanel("website"),
                InlinePanel("links", label=_("Social links")),
                FieldRowPanel([FieldPanel("head_name"), FieldPanel("head_position")]),
            ],
            heading=_("Contacts"),
        ),
        FieldPanel("body"),
    ]


class MemberDirectoryPage(SingletonSectionMixin, ListingPage):
    listing_related = ("region", "city", "logo")
    page_size = 60

    parent_page_types = ["home.HomePage"]
    subpage_types = ["consortium.InstitutionPage", "consortium.SchoolPage"]

    class Meta:
        verbose_name = _("member directory")

    @property
    def listing_model(self):
        return InstitutionPage

    def order_listing(self, items, request):
        # Kinds in the order of InstitutionKind (universities first), not by their codes.
        kind_order = models.Case(
            *(
                models.When(kind=kind, then=position)
                for position, kind in enumerate(InstitutionKind.values)
            ),
            output_field=models.IntegerField(),
        )
        return items.order_by(kind_order, "title")


class InstitutionPage(BasePage):
    """A member institution (university, technopark, club, partner company, …)."""

    full_name = models.CharField(_("full name"), max_length=500)
    kind = models.CharField(_("kind"), max_length=30, choices=InstitutionKind.choices)
    parent_institution = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("parent institution"),
        help_text=_("For example the university that runs this House of Scientific Collaboration."),
    )
    networks = ParentalManyToManyField(
        "consortium.Network", blank=True, related_name="+", verbose_name=_("networks")
    )
    region = models.ForeignKey(
        "consortium.Region", on_delete=models.PROTECT, related_name="+", verbose_name=_("region")
    )
    city = models.ForeignKey(
        "consortium.City", on_delete=models.PROTECT, related_name="+", verbose_name=_("city")
    )
    venues = ParentalManyToManyField(
        "consortium.Venue",
        blank=True,
        related_name="+",
        verbose_name=_("addresses"),
        help_text=_("The buildings where the institution works, with their coordinates."),
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    head_name = models.CharField(_("head"), max_length=255, blank=True)
    head_position = models.CharField(_("head's position"), max_length=255, blank=True)
    media_collection = models.ForeignKey(
        "wagtailcore.Collection",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("media collection"),
        help_text=_("The collection that holds the member's images and documents."),
    )
    logo = models.ForeignKey(
        "consortium.ConsortiumImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("logo"),
    )

    parent_page_types = ["consortium.MemberDirectoryPage"]
    subpage_types = MEMBER_SECTIONS
    serve_select_related = ("image", "logo", "city", "region", "parent_institution__locale")
    serve_children = True  # its sections' menu (site_tags.member_sections)
    serve_prefetch_related = (
        "networks",
        "links",
        models.Prefetch("venues", queryset=Venue.objects.select_related("city")),
    )

    content_panels = institution_panels(with_kind=True)
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("full_name", boost=2),
        index.AutocompleteField("full_name"),
        index.FilterField("kind"),
        index.FilterField("region"),
        index.FilterField("city"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("full_name"),
        APIField("kind", serializer=ChoiceLabelsField()),
        APIField("parent_institution", serializer=LivePageField()),
        APIField("networks", serializer=TermSerializer(many=True)),
        APIField("logo", serializer=logo_image()),
        APIField("region", serializer=TermSerializer()),
        APIField("city", serializer=TermSerializer()),
        APIField("venues", serializer=VenueSerializer(many=True)),
        *(
            APIField(name)
            for name in ("phone", "email", "website", "links", "head_name", "head_position")
        ),
    ]

    class Meta:
        verbose_name = _("institution")
        verbose_name_plural = _("institutions")

    def clean(self):
        super().clean()
        if self.kind == InstitutionKind.SCHOOL and type(self) is InstitutionPage:
            raise ValidationError({"kind": _("Create schools with the School page type.")})
        if self.city_id and self.region_id and self.city.region_id != self.region_id:
            raise ValidationError({"city": _("This city is in another region.")})

    @classmethod
    def serve_annotations(cls):
        units = InstitutionPage.objects.live().filter(
            locale=OuterRef("locale"),
            parent_institution__translation_key=OuterRef("translation_key"),
        )
        return {"has_units": Exists(units)}

    def get_context(self, request, *args, **kwargs):
        from .competitions import CompetitionPage
        from .events import EventPage
        from .news import NewsPage
        from .programs import ProgramPage

        context = super().get_context(request, *args, **kwargs)

        def owned(model):
            return model.objects.live().public().descendant_of(self)

        context["programs"] = owned(ProgramPage).select_related(
            "member", "focus", "profile", "image"
        )[:6]
        context["upcoming_events"] = (
            owned(EventPage)
            .upcoming()
            .select_related("member", "venue", "venue__city", "image")[:6]
        )
        context["open_competitions"] = (
            owned(CompetitionPage)
            .registration_open()
            .select_related("member", "focus", "profile", "image")[:6]
        )
        context["news"] = owned(NewsPage).latest().select_related("member", "image")[:3]
        # Read with the page when it is served (serve_annotations): most have no units.
        context["units"] = []
        if getattr(self, "has_units", True):
            context["units"] = (
                InstitutionPage.objects.live()
                .public()
                .filter(
                    locale_id=self.locale_id,
                    parent_institution__translation_key=self.translation_key,
                )
                .select_related("city", "region", "logo")
            )
        return context


class InstitutionLink(Orderable):
    page = ParentalKey(InstitutionPage, on_delete=models.CASCADE, related_name="links")
    label = models.CharField(_("label"), max_length=60, help_text=_("VK, Telegram, RuTube, …"))
    url = models.URLField(_("address"))

    api_fields = [APIField("label"), APIField("url")]

    panels = [FieldRowPanel([FieldPanel("label"), FieldPanel("url")])]


class SchoolPage(InstitutionPage):
    """A school of the engineering consortium: an institution with school-specific fields."""

    school_number = models.CharField(_("school number"), max_length=20, blank=True)
    grade_from = models.PositiveSmallIntegerField(
        _("first grade taught"), default=1, validators=[MinValueValidator(1), MaxValueValidator(11)]
    )
    grade_to = models.PositiveSmallIntegerField(
        _("last grade taught"), default=11, validators=[MinValueValidator(1), MaxValueValidator(11)]
    )
    engineering_classes = models.TextField(
        _("profile and engineering classes"),
        blank=True,
        help_text=_("For example: engineering classes in grades 8–11, a robotics profile."),
    )
    partners = ParentalManyToManyField(
        InstitutionPage,
        blank=True,
        related_name="partner_schools",
        verbose_name=_("partner universities and companies"),
    )

    parent_page_types = ["consortium.MemberDirectoryPage"]
    subpage_types = MEMBER_SECTIONS

    api_fields = [
        *InstitutionPage.api_fields,
        APIField("school_number"),
        APIField("grade_from"),
        APIField("grade_to"),
        APIField("engineering_classes"),
        APIField("partners", serializer=LivePageField(many=True)),
    ]

    school_panels = [
        MultiFieldPanel(
            [
                FieldPanel("school_number"),
                FieldRowPanel([FieldPanel("grade_from"), FieldPanel("grade_to")]),
                FieldPanel("engineering_classes"),
                FieldPanel("partners"),
            ],
            heading=_("School"),
        )
    ]
    content_panels = institution_panels(with_kind=False)
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(school_panels, heading=_("School")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )

    class Meta:
        verbose_name = _("school")
        verbose_name_plural = _("schools")

    def clean(self):
        self.kind = InstitutionKind.SCHOOL
        super().clean()
        if self.grade_from > self.grade_to:
            raise ValidationError(
                {"grade_to": _("The last grade must not be below the first one.")}
            )

    def save(self, *args, **kwargs):
        self.kind = InstitutionKind.SCHOOL
        super().save(*args, **kwargs)
