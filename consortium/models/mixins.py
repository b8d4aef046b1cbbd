"""The abstract base page and the small field groups the content types are built from.
Each mixin carries its own panels; pages compose them (mixins first, the base page last)."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.search import index

from .. import serving
from ..blocks import BodyBlock
from ..outputs.api_fields import ChoiceLabelsField, LivePageField, TermSerializer, card_image
from .vocabularies import AgeRating


class BasePage(Page):
    """Every page of the site: a summary for cards and search, a listing image, a body."""

    summary = models.TextField(
        _("summary"),
        max_length=400,
        blank=True,
        help_text=_("One or two sentences shown on cards and in search results."),
    )
    image = models.ForeignKey(
        "consortium.ConsortiumImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image"),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("image"),
    ]
    body_panels = [FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.FilterField("locale"),
    ]
    # The JSON API (cms/api.py); each field group below adds its own, as it adds its panels.
    api_fields = [
        APIField("summary"),
        APIField("image", serializer=card_image()),
        APIField("body"),
    ]

    objects = PageManager.from_queryset(serving.PageQuerySet)()
    # Relations the page's own template shows, fetched with it when it is served.
    serve_select_related = ("image",)

    class Meta:
        abstract = True

    def permissions_for_user(self, user):
        from ..sharing.policy import LocalRolePagePermissionTester

        return LocalRolePagePermissionTester(user, self)

    def route(self, request, path_components):
        return serving.route(self, request, path_components)

    route.walks_in_one_query = True

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        context = getattr(response, "context_data", None)
        if context:  # the renditions of every image the page shows, in one query
            serving.prefetch_renditions(serving.shown_pages(context))
        # A page whose query parameters go through a form (calendars, collections) names their
        # errors here: the page still renders, with the messages, but answers 400.
        if context and context.get("parameter_errors"):
            response.status_code = 400
        return response

    def get_view_restrictions(self):
        restrictions = serving.view_restrictions(self)
        return super().get_view_restrictions() if restrictions is None else restrictions


class MemberOwnedMixin(models.Model):
    """Content published by a member institution. `member` is derived from the page tree on
    every save (never edited by hand), so cards can name the institution without climbing
    the tree and search can filter by it."""

    member = models.ForeignKey(
        "consortium.InstitutionPage",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("member institution"),
    )

    member_api_fields = [APIField("member", serializer=LivePageField())]

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.path:
            self.member = self.find_member()
        super().save(*args, **kwargs)

    def find_member(self):
        from .members import InstitutionPage

        return InstitutionPage.objects.ancestor_of(self).order_by("-depth").first()


class ClassificationMixin(models.Model):
    """Focus (one of the six official ones) and the profile under it."""

    focus = models.ForeignKey(
        "consortium.Focus",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("focus"),
    )
    profile = models.ForeignKey(
        "consortium.Profile",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("profile"),
    )

    classification_panels = [
        FieldRowPanel([FieldPanel("focus"), FieldPanel("profile")], heading=_("Direction"))
    ]
    classification_api_fields = [
        APIField("focus", serializer=TermSerializer()),
        APIField("profile", serializer=TermSerializer()),
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.profile_id and not self.focus_id:
            self.focus_id = self.profile.focus_id
        elif self.profile_id and self.profile.focus_id != self.focus_id:
            raise ValidationError(
                {
                    "profile": _("This profile belongs to another focus: %(focus)s.")
                    % {"focus": self.profile.focus}
                }
            )


def check_range(errors, low, high, field, message):
    if low is not None and high is not None and low > high:
        errors[field] = message


class AudienceMixin(models.Model):
    """Who it is for: an age range and a grade range (either may be open-ended)."""

    age_from = models.PositiveSmallIntegerField(
        _("age from"), null=True, blank=True, validators=[MaxValueValidator(99)]
    )
    age_to = models.PositiveSmallIntegerField(
        _("age to"), null=True, blank=True, validators=[MaxValueValidator(99)]
    )
    grade_from = models.PositiveSmallIntegerField(
        _("grade from"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(11)],
    )
    grade_to = models.PositiveSmallIntegerField(
        _("grade to"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(11)],
    )

    audience_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("age_from"), FieldPanel("age_to")]),
                FieldRowPanel([FieldPanel("grade_from"), FieldPanel("grade_to")]),
            ],
            heading=_("Audience"),
        )
    ]
    audience_api_fields = [
        APIField(name) for name in ("age_from", "age_to", "grade_from", "grade_to")
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        errors = {}
        check_range(
            errors,
            self.age_from,
            self.age_to,
            "age_to",
            _("The upper age must not be below the lower one."),
        )
        check_range(
            errors,
            self.grade_from,
            self.grade_to,
            "grade_to",
            _("The last grade must not be below the first one."),
        )
        if errors:
            raise ValidationError(errors)

    @property
    def age_range(self):
        return format_range(self.age_from, self.age_to)

    @property
    def grade_range(self):
        return format_range(self.grade_from, self.grade_to)


def format_range(low, high):
    if low is None and high is None:
        return ""
    if high is None:
        return f"{low}+"
    if low is None:
        return f"≤ {high}"
    return f"{low}–{high}" if low != high else str(low)


class AgeRatingMixin(models.Model):
    """The information-products age mark required by law 436-FZ."""

    age_rating = models.CharField(
        _("age rating"), max_length=3, choices=AgeRating.choices, default=AgeRating.ZERO
    )

    age_rating_api_fields = [APIField("age_rating", serializer=ChoiceLabelsField())]

    class Meta:
        abstract = True


class RegistrationMixin(models.Model):
    """A registration (enrolment) window and where to sign up."""

    registration_opens = models.DateField(_("registration opens"), null=True, blank=True)
    registration_closes = models.DateField(_("registration closes"), null=True, blank=True)
    registration_url = models.URLField(
        _("registration link"),
        blank=True,
        help_text=_("For example the regional Navigator of additional education."),
    )

    registration_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("registration_opens"), FieldPanel("registration_closes")]
                ),
                FieldPanel("registration_url"),
            ],
            heading=_("Registration"),
        )
    ]
    registration_api_fields = [
        APIField(name) for name in ("registration_opens", "registration_closes", "registration_url")
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        errors = {}
        check_range(
            errors,
            self.registration_opens,
            self.registration_closes,
            "registration_closes",
            _("Registration must close after it opens."),
        )
        if errors:
            raise ValidationError(errors)

    @property
    def registration_state(self):
        """ "open", "soon" (opens later), "closed" (the window is over) or "" (no window)."""
        opens, closes = self.registration_opens, self.registration_closes
        today = timezone.localdate()
        if opens is None and closes is None:
            return ""
        if opens is not None and today < opens:
            return "soon"
        if closes is not None and closes < today:
            return "closed"
        return "open"

    @property
    def registration_is_open(self):
        return self.registration_state == "open"


def registration_open_filter():
    """The queryset form of `RegistrationMixin.registration_is_open`: a window is given, it has
    opened and has not closed yet (an open end means it stays open)."""
    today = timezone.localdate()
    return (
        (Q(registration_opens__isnull=True) | Q(registration_opens__lte=today))
        & (Q(registration_closes__isnull=True) | Q(registration_closes__gte=today))
        & ~Q(registration_opens__isnull=True, registration_closes__isnull=True)
    )
