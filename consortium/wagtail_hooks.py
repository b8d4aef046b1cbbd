"""Admin registration: the vocabularies as snippets and the project's admin screens. The
hooks of local roles and of moderation live beside their code and register on import."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import onboarding_views, page_cache
from .models import City, Focus, Network, Person, Profile, Region, Venue
from .sharing import hooks as sharing_hooks  # noqa: F401 - registers its hooks
from .sharing import views as sharing_views
from .workflow import hooks as workflow_hooks  # noqa: F401 - registers its hooks
from .workflow import views as workflow_views
from .workflow.log import moderation_log
from .workflow.policy import moderation_policy
from .workflow.statistics import moderation_statistics
from .workflow.translations import submit_translation_for_moderation


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


@hooks.register("register_admin_urls")
def register_consortium_admin_urls():
    return [
        path("sharing/<int:page_id>/", sharing_views.sharing, name="consortium_sharing"),
        path("members/add/", onboarding_views.add_member_view, name="consortium_add_member"),
        path("reviews/", workflow_views.review_queue, name="consortium_review_queue"),
        path("moderation-log/", moderation_log, name="consortium_moderation_log"),
        path(
            "moderation-statistics/", moderation_statistics, name="consortium_moderation_statistics"
        ),
        path(
            "moderation-policy/<int:page_id>/",
            moderation_policy,
            name="consortium_moderation_policy",
        ),
        path(
            "translations/<int:translation_id>/submit/",
            submit_translation_for_moderation,
            name="consortium_submit_translation",
        ),
    ]


@hooks.register("before_serve_page")
def allow_the_page_cache(page, request, serve_args, serve_kwargs):
    page_cache.mark_cacheable(request)
