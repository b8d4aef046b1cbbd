"""Admin registration: the shared vocabularies as snippets, grouped under one menu item."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import City, Focus, Network, Person, Profile, Region, Venue


class TermViewSet(SnippetViewSet):
    list_display = ["name_ru", "name_en", "slug"]
    search_fields = ["name_ru", "name_en", "slug"]


class FocusViewSet(TermViewSet):
    model = Focus
    icon = "tag"
    list_display = ["name_ru", "name_en", "sort_order"]


class ProfileViewSet(TermViewSet):
    model = Profile
    icon = "tag"
    list_display = ["name_ru", "name_en", "focus", "is_quantum"]
    list_filter = ["focus", "is_quantum"]


class RegionViewSet(TermViewSet):
    model = Region
    icon = "site"
    list_display = ["name_ru", "name_en", "federal_district"]
    list_filter = ["federal_district"]


class CityViewSet(TermViewSet):
    model = City
    icon = "site"
    list_display = ["name_ru", "name_en", "region"]
    list_filter = ["region"]


class NetworkViewSet(TermViewSet):
    model = Network
    icon = "group"


class PersonViewSet(TermViewSet):
    model = Person
    icon = "user"
    list_display = ["name_ru", "name_en", "position_ru"]


class VenueViewSet(TermViewSet):
    model = Venue
    icon = "home"
    list_display = ["name_ru", "address_ru", "city"]
    list_filter = ["city__region"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomies")
    menu_icon = "folder-open-inverse"
    menu_order = 300
    items = (
        FocusViewSet,
        ProfileViewSet,
        RegionViewSet,
        CityViewSet,
        NetworkViewSet,
        PersonViewSet,
        VenueViewSet,
    )


register_snippet(TaxonomyGroup)
