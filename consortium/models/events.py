"""Lectures and other events (schema.org Event / EducationEvent), series that group events of
many members (a science week), and the pages that list them."""

import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import PageManager
from wagtail.search import index

from ..event_calendar import (
    EventFilters,
    View,
    When,
    in_month,
    month_weeks,
    neighbour_months,
    weekday_names,
)
from ..outputs.api_fields import (
    ChoiceLabelsField,
    LivePageField,
    PersonSerializer,
    VenueSerializer,
)
from ..serving import PageQuerySet
from .listings import ListingPage, SingletonSectionMixin
from .mixins import (
    AgeRatingMixin,
    AudienceMixin,
    BasePage,
    ClassificationMixin,
    MemberOwnedMixin,
    RegistrationMixin,
)
from .vocabularies import AttendanceMode, EventStatus, EventType

RUSSIAN_TIME_ZONES = [
    (name, name)
    for name in (
        "Europe/Kaliningrad",
        "Europe/Moscow",
        "Europe/Samara",
        "Asia/Yekaterinburg",
        "Asia/Omsk",
        "Asia/Novosibirsk",
        "Asia/Krasnoyarsk",
        "Asia/Irkutsk",
        "Asia/Yakutsk",
        "Asia/Vladivostok",
        "Asia/Magadan",
        "Asia/Kamchatka",
    )
]
CARD_RELATIONS = ("member", "venue", "venue__city", "image")


class EventQuerySet(PageQuerySet):
    def upcoming(self):
        """Not yet over (an event in progress still counts), soonest first."""
        now = timezone.now()
        return self.filter(
            Q(ends_at__gte=now) | Q(ends_at__isnull=True, starts_at__gte=now)
        ).order_by("starts_at")

    def past(self):
        now = timezone.now()
        return self.exclude(
            Q(ends_at__gte=now) | Q(ends_at__isnull=True, starts_at__gte=now)
        ).order_by("-starts_at")


class EventSeriesPage(BasePage):
    """Groups events published by many members, e.g. a science week around 8 February."""

    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))

    parent_page_types = ["consortium.EventCalendarPage"]
    subpage_types = []

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")], heading=_("Dates")),
        FieldPanel("body"),
    ]
    api_fields = [*BasePage.api_fields, APIField("starts_on"), APIField("ends_on")]

    class Meta:
        verbose_name = _("event series")
        verbose_name_plural = _("event series")

    def clean(self):
        super().clean()
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("A series must end after it starts.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Events point at the series in the language they were written in; match translations.
        context["events"] = (
            EventPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id, series__translation_key=self.translation_key)
            .select_related(*CARD_RELATIONS)
            .order_by("starts_at")
        )
        return context


class EventPage(
    MemberOwnedMixin,
    ClassificationMixin,
    AudienceMixin,
    AgeRatingMixin,
    RegistrationMixin,
    BasePage,
):
    event_type = models.CharField(
        _("type"), max_length=20, choices=EventType.choices, default=EventType.LECTURE
    )
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"), null=True, blank=True)
    time_zone = models.CharField(
        _("time zone"), max_length=40, choices=RUSSIAN_TIME_ZONES, default="Europe/Moscow"
    )
    status = models.CharField(
        _("status"), max_length=20, choices=EventStatus.choices, default=EventStatus.SCHEDULED
    )
    attendance_mode = models.CharField(
        _("attendance"),
        max_length=10,
        choices=AttendanceMode.choices,
        default=AttendanceMode.OFFLINE,
    )
    venue = models.ForeignKey(
        "consortium.Venue",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("venue"),
    )
    online_url = models.URLField(_("broadcast link"), blank=True)
    recording_url = models.URLField(
        _("recording link"), blank=True, help_text=_("Add it after the event.")
    )
    speakers = ParentalManyToManyField(
        "consortium.Person", blank=True, related_name="+", verbose_name=_("speakers")
    )
    co_organisers = ParentalManyToManyField(
        "consortium.InstitutionPage",
        blank=True,
        related_name="+",
        verbose_name=_("co-organisers"),
    )
    registration_required = models.BooleanField(_("registration required"), default=False)
    capacity = models.PositiveIntegerField(_("places"), null=True, blank=True)
    series = models.ForeignKey(
        "consortium.EventSeriesPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("series"),
    )

    objects = PageManager.from_queryset(EventQuerySet)()
    serve_select_related = ("image", "member__locale", "focus", "profile", "venue__city", "series")

    parent_page_types = ["consortium.EventIndexPage"]
    subpage_types = []

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("event_type"), FieldPanel("status")]),
                FieldRowPanel(
                    [FieldPanel("starts_at"), FieldPanel("ends_at"), FieldPanel("time_zone")]
                ),
                FieldPanel("series"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("attendance_mode"),
                FieldPanel("venue"),
                FieldPanel("online_url"),
                FieldPanel("recording_url"),
            ],
            heading=_("Where"),
        ),
        FieldPanel("speakers"),
        FieldPanel("co_organisers"),
        *ClassificationMixin.classification_panels,
        *AudienceMixin.audience_panels,
        FieldPanel("age_rating"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("registration_required"), FieldPanel("capacity")])],
            heading=_("Places"),
        ),
        *RegistrationMixin.registration_panels,
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.RelatedFields(
            "speakers", [index.SearchField("name_ru"), index.SearchField("name_en")]
        ),
        index.FilterField("event_type"),
        index.FilterField("starts_at"),
        index.FilterField("ends_at"),
        index.FilterField("member"),
        index.FilterField("focus"),
        index.FilterField("attendance_mode"),
    ]
    api_fields = [
        *BasePage.api_fields,
        *MemberOwnedMixin.member_api_fields,
        APIField("event_type", serializer=ChoiceLabelsField()),
        APIField("starts_at"),
        APIField("ends_at"),
        APIField("time_zone"),
        APIField("status", serializer=ChoiceLabelsField()),
        APIField("attendance_mode", serializer=ChoiceLabelsField()),
        APIField("venue", serializer=VenueSerializer()),
        APIField("online_url"),
        APIField("recording_url"),
        APIField("series", serializer=LivePageField()),
        APIField("speakers", serializer=PersonSerializer(many=True)),
        APIField("co_organisers", serializer=LivePageField(many=True)),
        *ClassificationMixin.classification_api_fields,
        *AudienceMixin.audience_api_fields,
        *AgeRatingMixin.age_rating_api_fields,
        APIField("registration_required"),
        APIField("capacity"),
        *RegistrationMixin.registration_api_fields,
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        # Calendars walk events in date order and stop at a page of them.
        indexes = [models.Index(fields=["starts_at"], name="consortium_event_starts_at")]

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            errors["ends_at"] = _("An event must end after it starts.")
        online = self.attendance_mode in (AttendanceMode.ONLINE, AttendanceMode.MIXED)
        if online and not self.online_url and not self.recording_url:
            errors["online_url"] = _("An online event needs its broadcast link.")
        if self.attendance_mode != AttendanceMode.ONLINE and not self.venue_id:
            errors["venue"] = _("An event held in person needs its venue.")
        if errors:
            raise ValidationError(errors)

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def is_past(self):
        return (self.ends_at or self.starts_at) < timezone.now()


class EventListingMixin(SingletonSectionMixin):
    """A list of events (upcoming, soonest first, or `?when=past`, latest first) or a month
    grid (`?view=month&month=2026-09`), filtered by member, focus, region and online
    attendance (see consortium.event_calendar). A bad parameter answers 400 with its error."""

    listing_model = EventPage
    listing_related = CARD_RELATIONS
    feed_url_names = ("calendar_feed", "member_calendar_feed")  # iCalendar

    class Meta:
        abstract = True

    def event_filters(self, request):
        """The filters of this request, built once (their choices take a query)."""
        memo = request.__dict__.setdefault("_event_filters", {})
        if self.pk not in memo:
            memo[self.pk] = EventFilters(
                request.GET, locale_id=self.locale_id, with_members=not self.scope_to_subtree
            )
        return memo[self.pk]

    def order_listing(self, items, request):
        filters = self.event_filters(request)
        items = filters.apply(items)
        values = filters.values
        if values["view"] == View.MONTH:
            return in_month(items, values["month"])
        return items.past() if values["when"] == When.PAST else items.upcoming()

    def listing_context(self, request):
        filters = self.event_filters(request)
        values = filters.values
        context = {
            "filters": filters,
            "parameter_errors": filters.errors,
            "view": values["view"],
            "when": values["when"],
        }
        if values["view"] != View.MONTH:
            return {**context, **super().listing_context(request)}
        previous_month, next_month = neighbour_months(values["month"])
        weeks = month_weeks(self.listing_queryset(request), values["month"])
        return {
            **context,
            "month": values["month"],
            "weeks": weeks,
            "month_has_events": any(events for week in weeks for _day, events in week),
            "weekdays": weekday_names(),
            "previous_month": previous_month,
            "next_month": next_month,
        }


class EventCalendarPage(EventListingMixin, ListingPage):
    """Every event of the consortium in this language; also holds the event series."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["consortium.EventSeriesPage"]

    class Meta:
        verbose_name = _("events calendar")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["series"] = (
            EventSeriesPage.objects.child_of(self).live().public().order_by("-starts_on")
        )
        return context


class EventIndexPage(EventListingMixin, ListingPage):
    """A member's events section."""

    scope_to_subtree = True
    parent_page_types = ["consortium.InstitutionPage", "consortium.SchoolPage"]
    subpage_types = ["consortium.EventPage"]

    class Meta:
        verbose_name = _("member's events")
