"""Additional-education programs (schema.org Course) and the pages that list them."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable, PageManager
from wagtail.search import index

from ..blocks import RICH_TEXT_FEATURES
from ..outputs.api_fields import ChoiceLabelsField, PersonSerializer, VenueSerializer
from ..serving import PageQuerySet
from .listings import ListingPage, SingletonSectionMixin
from .mixins import (
    AudienceMixin,
    BasePage,
    ClassificationMixin,
    MemberOwnedMixin,
    RegistrationMixin,
)
from .vocabularies import ContentLanguage, EnrolmentStatus, Format, Level, Payment

CARD_RELATIONS = ("member", "focus", "profile", "image")


class ProgramQuerySet(PageQuerySet):
    def enrolling(self):
        return self.filter(enrolment_status=EnrolmentStatus.OPEN)


class ProgramPage(
    MemberOwnedMixin, ClassificationMixin, AudienceMixin, RegistrationMixin, BasePage
):
    goals = RichTextField(_("goals"), features=RICH_TEXT_FEATURES, blank=True)
    expected_results = RichTextField(_("expected results"), features=RICH_TEXT_FEATURES, blank=True)
    level = models.CharField(
        _("level"), max_length=10, choices=Level.choices, default=Level.STARTER
    )
    duration_weeks = models.PositiveSmallIntegerField(
        _("duration (weeks)"), null=True, blank=True, validators=[MaxValueValidator(520)]
    )
    hours = models.PositiveSmallIntegerField(
        _("hours"), null=True, blank=True, validators=[MaxValueValidator(5000)]
    )
    format = models.CharField(
        _("format"), max_length=10, choices=Format.choices, default=Format.IN_PERSON
    )
    language = models.CharField(
        _("language of teaching"),
        max_length=2,
        choices=ContentLanguage.choices,
        default=ContentLanguage.RUSSIAN,
    )
    payment = models.CharField(
        _("payment"), max_length=12, choices=Payment.choices, default=Payment.FREE
    )
    price = models.DecimalField(
        _("price, roubles"),
        max_digits=9,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    enrolment_status = models.CharField(
        _("enrolment"),
        max_length=10,
        choices=EnrolmentStatus.choices,
        default=EnrolmentStatus.OPEN,
    )
    capacity = models.PositiveSmallIntegerField(_("places"), null=True, blank=True)
    free_seats = models.PositiveSmallIntegerField(_("free places"), null=True, blank=True)
    special_needs = models.TextField(
        _("adaptations for special needs"),
        blank=True,
        help_text=_("What is adapted for children with disabilities, if anything."),
    )
    teachers = ParentalManyToManyField(
        "consortium.Person", blank=True, related_name="+", verbose_name=_("teachers")
    )
    venue = models.ForeignKey(
        "consortium.Venue",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("venue"),
    )

    objects = PageManager.from_queryset(ProgramQuerySet)()
    serve_select_related = ("image", "member__locale", "focus", "profile", "venue__city")

    parent_page_types = ["consortium.ProgramIndexPage"]
    subpage_types = []

    content_panels = [
        *BasePage.content_panels,
        *ClassificationMixin.classification_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("level"), FieldPanel("format"), FieldPanel("language")]),
                FieldRowPanel([FieldPanel("duration_weeks"), FieldPanel("hours")]),
            ],
            heading=_("Course"),
        ),
        *AudienceMixin.audience_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("payment"), FieldPanel("price")]),
                FieldPanel("enrolment_status"),
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("free_seats")]),
            ],
            heading=_("Enrolment and payment"),
        ),
        *RegistrationMixin.registration_panels,
        MultiFieldPanel(
            [
                FieldPanel("venue"),
                FieldPanel("teachers"),
                InlinePanel("schedule", label=_("Schedule")),
            ],
            heading=_("Where and when"),
        ),
        FieldPanel("goals"),
        FieldPanel("expected_results"),
        FieldPanel("special_needs"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("goals"),
        index.SearchField("expected_results"),
        index.RelatedFields("focus", [index.SearchField("name_ru"), index.SearchField("name_en")]),
        index.RelatedFields(
            "profile", [index.SearchField("name_ru"), index.SearchField("name_en")]
        ),
        index.FilterField("focus"),
        index.FilterField("profile"),
        index.FilterField("member"),
        index.FilterField("format"),
        index.FilterField("payment"),
        index.FilterField("level"),
        index.FilterField("age_from"),
        index.FilterField("age_to"),
    ]
    api_fields = [
        *BasePage.api_fields,
        *MemberOwnedMixin.member_api_fields,
        *ClassificationMixin.classification_api_fields,
        *(
            APIField(name, serializer=ChoiceLabelsField())
            for name in ("level", "format", "language", "payment", "enrolment_status")
        ),
        APIField("price"),
        APIField("duration_weeks"),
        APIField("hours"),
        *AudienceMixin.audience_api_fields,
        APIField("capacity"),
        APIField("free_seats"),
        *RegistrationMixin.registration_api_fields,
        APIField("venue", serializer=VenueSerializer()),
        APIField("teachers", serializer=PersonSerializer(many=True)),
        APIField("schedule"),
        APIField("goals"),
        APIField("expected_results"),
        APIField("special_needs"),
    ]

    class Meta:
        verbose_name = _("program")
        verbose_name_plural = _("programs")

    def clean(self):
        super().clean()
        errors = {}
        if self.payment == Payment.PAID and not self.price:
            errors["price"] = _("A paid program needs its price.")
        if self.payment == Payment.FREE and self.price:
            errors["price"] = _("A free program has no price.")
        if (
            self.capacity is not None
            and self.free_seats is not None
            and self.free_seats > self.capacity
        ):
            errors["free_seats"] = _("There cannot be more free places than places.")
        if errors:
            raise ValidationError(errors)


class Weekday(models.IntegerChoices):
    MONDAY = 1, _("Monday")
    TUESDAY = 2, _("Tuesday")
    WEDNESDAY = 3, _("Wednesday")
    THURSDAY = 4, _("Thursday")
    FRIDAY = 5, _("Friday")
    SATURDAY = 6, _("Saturday")
    SUNDAY = 7, _("Sunday")


class ProgramScheduleSlot(Orderable):
    """A weekly meeting of one group of a program."""

    page = ParentalKey(ProgramPage, on_delete=models.CASCADE, related_name="schedule")
    group = models.CharField(_("group"), max_length=100, blank=True)
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday.choices)
    starts_at = models.TimeField(_("starts at"))
    ends_at = models.TimeField(_("ends at"))

    api_fields = [APIField(name) for name in ("group", "weekday", "starts_at", "ends_at")]

    panels = [
        FieldRowPanel(
            [
                FieldPanel("group"),
                FieldPanel("weekday"),
                FieldPanel("starts_at"),
                FieldPanel("ends_at"),
            ]
        )
    ]

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("A class must end after it starts.")})


class ProgramListingMixin(SingletonSectionMixin):
    listing_model = ProgramPage
    listing_related = CARD_RELATIONS

    class Meta:
        abstract = True


class ProgramCatalogPage(ProgramListingMixin, ListingPage):
    """Every program of the consortium in this language."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("programs catalogue")


class ProgramIndexPage(ProgramListingMixin, ListingPage):
    """A member's programs section."""

    scope_to_subtree = True
    parent_page_types = ["consortium.InstitutionPage", "consortium.SchoolPage"]
    subpage_types = ["consortium.ProgramPage"]

    class Meta:
        verbose_name = _("member's programs")
