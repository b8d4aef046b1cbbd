"""The page types of an ordinary Wagtail site: a home page, program sections shown in the
menu, program pages."""

from django.db import models
from wagtail.fields import RichTextField
from wagtail.models import Page


class HomePage(Page):
    pass


class ProgramIndexPage(Page):
    intro = models.TextField(blank=True)


class ProgramPage(Page):
    intro = models.TextField(blank=True)
    body = RichTextField(blank=True)
