"""The public search index: one row per live, public page that people search for, in its own
language, with the facets denormalised so that filtering and counting need no joins."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DocumentType(models.TextChoices):
    PROGRAM = "program", _("Programs")
    EVENT = "event", _("Lectures and events")
    COMPETITION = "competition", _("Competitions")
    INSTITUTION = "institution", _("Institutions")
    NEWS = "news", _("News")


class SearchDocument(models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    language = models.CharField(max_length=8)
    type = models.CharField(max_length=20, choices=DocumentType.choices)
    title = models.CharField(max_length=255)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    url = models.CharField(max_length=1000)

    member = models.ForeignKey(
        "wagtailcore.Page", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    member_title = models.CharField(max_length=255, blank=True)
    member_url = models.CharField(max_length=1000, blank=True)
    kind = models.CharField(max_length=30, blank=True)
    region = models.ForeignKey(
        "consortium.Region", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    city = models.ForeignKey(
        "consortium.City", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    focus = models.ForeignKey(
        "consortium.Focus", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    profile = models.ForeignKey(
        "consortium.Profile", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    format = models.CharField(max_length=20, blank=True)
    payment = models.CharField(max_length=20, blank=True)
    level = models.CharField(max_length=20, blank=True)
    age_from = models.PositiveSmallIntegerField(null=True)
    age_to = models.PositiveSmallIntegerField(null=True)
    grade_from = models.PositiveSmallIntegerField(null=True)
    grade_to = models.PositiveSmallIntegerField(null=True)
    starts_at = models.DateTimeField(null=True)
    ends_at = models.DateTimeField(null=True)
    registration_opens = models.DateField(null=True)
    registration_closes = models.DateField(null=True)
    published_at = models.DateTimeField(null=True)
    indexed_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [
            models.Index(fields=["language", "type"]),
            models.Index(fields=["language", "starts_at"]),
            models.Index(fields=["language", "published_at"]),
        ]

    def __str__(self):
        return self.title
