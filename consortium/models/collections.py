"""Collections, as in Plone: a page made of saved search criteria ("robotics programs for ages
10 to 12 in Moscow, free"; "every open competition of one member") that always lists what
currently matches, with the search page's facets and sort options for visitors to narrow it."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from .mixins import BasePage
from .vocabularies import Format, InstitutionKind, Level, Payment


class ChoiceListField(models.JSONField):
    """A list of values from fixed choices (kept as JSON), edited as checkboxes."""

    def __init__(self, *args, item_choices=(), **kwargs):
        self.item_choices = list(item_choices)
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["item_choices"] = self.item_choices
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            label=self.verbose_name,
            choices=self.item_choices,
            required=not self.blank,
            widget=forms.CheckboxSelectMultiple,
            help_text=self.help_text,
        )

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        known = {choice for choice, _label in self.item_choices}
        if unknown := [item for item in value or [] if item not in known]:
            raise ValidationError(_("Unknown values: %(values)s"), params={"values": unknown})


def _types():
    from search.models import DocumentType

    return DocumentType.choices


class CollectionPage(BasePage):
    """Saved criteria. Terms (directions, places) are shared by both languages; members are
    chosen in any language and matched to this page's language when it is shown."""

    search_text = models.CharField(
        _("words"),
        max_length=200,
        blank=True,
        help_text=_("Optional: what must appear, as in the search box."),
    )
    types = ChoiceListField(_("types"), item_choices=_types())
    focuses = ParentalManyToManyField(
        "consortium.Focus", blank=True, related_name="+", verbose_name=_("directions")
    )
    profiles = ParentalManyToManyField(
        "consortium.Profile", blank=True, related_name="+", verbose_name=_("profiles")
    )
    regions = ParentalManyToManyField(
        "consortium.Region", blank=True, related_name="+", verbose_name=_("regions")
    )
    cities = ParentalManyToManyField(
        "consortium.City", blank=True, related_name="+", verbose_name=_("cities")
    )
    members = ParentalManyToManyField(
        "consortium.InstitutionPage",
        blank=True,
        related_name="+",
        verbose_name=_("member institutions"),
    )
    kinds = ChoiceListField(_("kinds of institution"), item_choices=InstitutionKind.choices)
    formats = ChoiceListField(_("formats"), item_choices=Format.choices)
    payments = ChoiceListField(_("payment"), item_choices=Payment.choices)
    levels = ChoiceListField(_("levels"), item_choices=Level.choices)
    age_from = models.PositiveSmallIntegerField(_("ages from"), null=True, blank=True)
    age_to = models.PositiveSmallIntegerField(_("ages to"), null=True, blank=True)
    upcoming = models.BooleanField(_("only what is still to come"), default=False)
    registration_open = models.BooleanField(_("only with registration open"), default=False)
    sort = models.CharField(
        _("order"),
        max_length=20,
        default="relevance",
        choices=[
            ("relevance", _("Relevance")),
            ("soonest", _("Soonest")),
            ("newest", _("Newest")),
        ],
    )

    parent_page_types = [
        "home.HomePage",
        "consortium.StandardPage",
        "consortium.InstitutionPage",
        "consortium.SchoolPage",
    ]
    subpage_types = []

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("search_text"),
                FieldPanel("types"),
                FieldPanel("focuses", widget=forms.CheckboxSelectMultiple),
                FieldPanel("profiles"),
                FieldPanel("regions"),
                FieldPanel("cities"),
                FieldPanel("members"),
                FieldPanel("kinds"),
                FieldPanel("formats"),
                FieldPanel("payments"),
                FieldPanel("levels"),
                FieldRowPanel([FieldPanel("age_from"), FieldPanel("age_to")]),
                FieldRowPanel([FieldPanel("upcoming"), FieldPanel("registration_open")]),
                FieldPanel("sort"),
            ],
            heading=_("What this collection lists"),
        ),
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("collection")
        verbose_name_plural = _("collections")

    def clean(self):
        super().clean()
        if self.age_from is not None and self.age_to is not None and self.age_from > self.age_to:
            raise ValidationError({"age_to": _("The upper age is below the lower one.")})

    def get_context(self, request, *args, **kwargs):
        from search.collections import collection_results

        context = super().get_context(request, *args, **kwargs)
        context.update(collection_results(self, request))
        context["parameter_errors"] = context["form"].errors
        return context
