import factory
from factory.django import DjangoModelFactory

from consortium import models


class TermFactory(DjangoModelFactory):
    name_ru = factory.Sequence(lambda n: f"Термин {n}")
    name_en = factory.Sequence(lambda n: f"Term {n}")
    slug = factory.Sequence(lambda n: f"term-{n}")


class FocusFactory(TermFactory):
    class Meta:
        model = models.Focus


class ProfileFactory(TermFactory):
    focus = factory.SubFactory(FocusFactory)

    class Meta:
        model = models.Profile


class RegionFactory(TermFactory):
    federal_district = "central"

    class Meta:
        model = models.Region


class CityFactory(TermFactory):
    region = factory.SubFactory(RegionFactory)

    class Meta:
        model = models.City


class NetworkFactory(TermFactory):
    class Meta:
        model = models.Network


class PersonFactory(TermFactory):
    position_ru = "Преподаватель"
    position_en = "Teacher"

    class Meta:
        model = models.Person


class VenueFactory(TermFactory):
    city = factory.SubFactory(CityFactory)
    address_ru = factory.Sequence(lambda n: f"ул. Ленина, {n}")
    address_en = factory.Sequence(lambda n: f"{n} Lenin Street")
    latitude = "55.755800"
    longitude = "37.617300"

    class Meta:
        model = models.Venue
