"""One factory per page type. Pages are created live unless told `live=False`; dates are
computed when a page is built (never once at import)."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from factory.django import DjangoModelFactory

from consortium import models
from home.models import HomePage

from .taxonomy import CityFactory, VenueFactory


def days(n):
    return timezone.localdate() + datetime.timedelta(days=n)


class BasePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Страница {n}")
    slug = factory.Sequence(lambda n: f"page-{n}")
    summary = "Краткое описание."


class HomePageFactory(BasePageFactory):
    class Meta:
        model = HomePage


class StandardPageFactory(BasePageFactory):
    class Meta:
        model = models.StandardPage


class CollectionPageFactory(BasePageFactory):
    class Meta:
        model = models.CollectionPage


class MemberDirectoryPageFactory(BasePageFactory):
    class Meta:
        model = models.MemberDirectoryPage


class InstitutionPageFactory(BasePageFactory):
    full_name = factory.LazyAttribute(lambda page: f"{page.title} (полное название)")
    kind = "technopark"
    city = factory.SubFactory(CityFactory)
    region = factory.SelfAttribute("city.region")

    class Meta:
        model = models.InstitutionPage


class SchoolPageFactory(InstitutionPageFactory):
    kind = "school"
    school_number = factory.Sequence(str)

    class Meta:
        model = models.SchoolPage


class ProgramCatalogPageFactory(BasePageFactory):
    class Meta:
        model = models.ProgramCatalogPage


class ProgramIndexPageFactory(BasePageFactory):
    class Meta:
        model = models.ProgramIndexPage


class ProgramPageFactory(BasePageFactory):
    age_from = 10
    age_to = 14
    payment = "free"

    class Meta:
        model = models.ProgramPage


class EventCalendarPageFactory(BasePageFactory):
    class Meta:
        model = models.EventCalendarPage


class EventIndexPageFactory(BasePageFactory):
    class Meta:
        model = models.EventIndexPage


class EventSeriesPageFactory(BasePageFactory):
    starts_on = factory.LazyFunction(lambda: days(10))
    ends_on = factory.LazyFunction(lambda: days(16))

    class Meta:
        model = models.EventSeriesPage


class EventPageFactory(BasePageFactory):
    starts_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    ends_at = factory.LazyAttribute(lambda page: page.starts_at + datetime.timedelta(hours=2))
    venue = factory.SubFactory(VenueFactory)

    class Meta:
        model = models.EventPage


class CompetitionCatalogPageFactory(BasePageFactory):
    class Meta:
        model = models.CompetitionCatalogPage


class CompetitionIndexPageFactory(BasePageFactory):
    class Meta:
        model = models.CompetitionIndexPage


class CompetitionPageFactory(BasePageFactory):
    season = "2026/27"
    registration_opens = factory.LazyFunction(lambda: days(-5))
    registration_closes = factory.LazyFunction(lambda: days(20))

    class Meta:
        model = models.CompetitionPage


class CompetitionStageFactory(DjangoModelFactory):
    page = factory.SubFactory(CompetitionPageFactory)
    name = factory.Sequence(lambda n: f"Этап {n}")
    starts_on = factory.LazyFunction(lambda: days(30))

    class Meta:
        model = models.CompetitionStage


class NewsCatalogPageFactory(BasePageFactory):
    class Meta:
        model = models.NewsCatalogPage


class NewsIndexPageFactory(BasePageFactory):
    class Meta:
        model = models.NewsIndexPage


class NewsPageFactory(BasePageFactory):
    date = factory.LazyFunction(timezone.localdate)

    class Meta:
        model = models.NewsPage
