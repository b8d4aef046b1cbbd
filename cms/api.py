"""The read-only JSON API (Wagtail API v2) at /api/v2/: programs, events, competitions,
institutions and news, for anonymous clients.

Only live pages outside every view restriction are served, whoever asks: the API takes no
credentials (no session, no basic auth), so a signed-in editor sees what everyone sees. The page
row holds the published content (a draft lives in its revision), so drafts never show. Every
malformed parameter is a 400 with a message, never a database error."""

from types import SimpleNamespace

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from django.http import Http404
from django.urls import path
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.permissions import AllowAny
from wagtail.api.v2.filters import FieldsFilter, LocaleFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError, page_models_from_string
from wagtail.api.v2.views import PagesAPIViewSet

from consortium.models import (
    CompetitionPage,
    EventPage,
    EventSeriesPage,
    InstitutionPage,
    NewsPage,
    ProgramPage,
)

PUBLIC_PAGE_MODELS = (
    ProgramPage,
    EventPage,
    EventSeriesPage,
    CompetitionPage,
    InstitutionPage,  # and SchoolPage, its subclass
    NewsPage,
)
LANGUAGE_CODES = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
# Far beyond any listing of ours; a larger offset would overflow the database's integer.
MAX_OFFSET = 1_000_000
# The largest integer SQLite and PostgreSQL compare with (a larger one overflows there).
MAX_INTEGER = 2**63 - 1


def parse_id(value):
    """A page id from the URL or the query string, checked before it reaches the database."""
    if not (value.isascii() and value.isdigit()) or int(value) == 0:
        raise BadRequestError("id must be a positive integer")
    if int(value) > MAX_INTEGER:
        raise Http404("not found")
    return int(value)


def is_integer(value):
    return value.removeprefix("-").isascii() and value.removeprefix("-").isdigit()


class CheckedFieldsFilter(FieldsFilter):
    """Wagtail converts integer and boolean values itself; a malformed date or price would reach
    the database as it is and fail there."""

    def filter_queryset(self, request, queryset, view):
        self.refuse_overflowing_ids(request, queryset.model)
        try:
            return super().filter_queryset(request, queryset, view)
        except ValidationError as error:
            raise BadRequestError(f"field filter error: {' '.join(error.messages)}") from error
        except (ValueError, TypeError) as error:
            raise BadRequestError(f"field filter error: {error}") from error

    @staticmethod
    def refuse_overflowing_ids(request, model):
        """Django keeps an out-of-range integer from the database, but not one given for a
        relation (`?member=`, `?teachers=`)."""
        for name, value in request.GET.items():
            try:
                field = model._meta.get_field(name)
            except FieldDoesNotExist:
                continue
            target = field
            while target.is_relation:  # to the integer a relation stores, through page_ptr
                target = target.target_field
            if (
                isinstance(target, models.IntegerField)
                and is_integer(value)
                and abs(int(value)) > MAX_INTEGER
            ):
                raise BadRequestError(f"field filter error. {name} is out of range")


class KnownLocaleFilter(LocaleFilter):
    """An unknown language is a bad request (400), not a missing page (404)."""

    def filter_queryset(self, request, queryset, view):
        if "locale" in request.GET and request.GET["locale"] not in LANGUAGE_CODES:
            raise BadRequestError(f"locale must be one of: {', '.join(LANGUAGE_CODES)}")
        return super().filter_queryset(request, queryset, view)


class CheckedPagination(WagtailPagination):
    def paginate_queryset(self, queryset, request, view=None):
        offset = request.GET.get("offset", "0")
        if is_integer(offset) and int(offset) > MAX_OFFSET:
            raise BadRequestError(f"offset cannot be higher than {MAX_OFFSET}")
        return super().paginate_queryset(queryset, request, view)


class FormatIsAFieldNegotiation(DefaultContentNegotiation):
    """`format` is a field of programs (`?format=online`), not the choice of a renderer; the
    browsable view is still there for an `Accept: text/html`."""

    settings = SimpleNamespace(URL_FORMAT_OVERRIDE=None)


REPLACED_FILTERS = {FieldsFilter: CheckedFieldsFilter, LocaleFilter: KnownLocaleFilter}


class PublicPagesAPIViewSet(PagesAPIViewSet):
    """`/api/v2/pages/`: every public page type, `?type=consortium.ProgramPage` to pick some."""

    authentication_classes = []
    permission_classes = [AllowAny]
    http_method_names = ["get", "head", "options"]
    content_negotiation_class = FormatIsAFieldNegotiation
    pagination_class = CheckedPagination
    filter_backends = [REPLACED_FILTERS.get(f, f) for f in PagesAPIViewSet.filter_backends]
    meta_fields = [*PagesAPIViewSet.meta_fields, "last_published_at"]

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        # PostgreSQL refuses NUL in text: a crafted ?html_path= or ?slug= would be a 500.
        if any("\x00" in value for value in request.GET.values()):
            raise BadRequestError("null characters are not allowed in parameters")

    def get_base_queryset(self):
        """Wagtail's live pages of the site that this request may see, narrowed to pages no
        view restriction covers at all (not even one this client has passed) of our types."""
        return super().get_base_queryset().public().type(*PUBLIC_PAGE_MODELS)

    def get_queryset(self):
        requested = self.request.GET.get("type")
        if requested:
            try:
                requested_models = page_models_from_string(requested)
            except (LookupError, ValueError) as error:
                raise BadRequestError("type doesn't exist") from error
            if not all(issubclass(model, PUBLIC_PAGE_MODELS) for model in requested_models):
                names = ", ".join(model._meta.label for model in PUBLIC_PAGE_MODELS)
                raise BadRequestError(f"type must be one of: {names}")
        return super().get_queryset()

    def detail_view(self, request, pk):
        self.kwargs["pk"] = parse_id(pk)
        return super().detail_view(request, self.kwargs["pk"])

    def find_object(self, queryset, request):
        if "id" in request.GET:
            parse_id(request.GET["id"])
        return super().find_object(queryset, request)

    @classmethod
    def get_urlpatterns(cls):
        """Wagtail's patterns, but any id reaches the view, so `abc` is a 400, not an HTML 404."""
        return [
            path("", cls.as_view({"get": "listing_view"}), name="listing"),
            path("find/", cls.as_view({"get": "find_view"}), name="find"),
            path("<str:pk>/", cls.as_view({"get": "detail_view"}), name="detail"),
        ]


class TypedPagesAPIViewSet(PublicPagesAPIViewSet):
    """One page type per endpoint, its own fields in listings and filters on them."""

    known_query_parameters = PublicPagesAPIViewSet.known_query_parameters - {"type"}
    listing_related = ("locale",)
    default_order = ("path",)
    type_fields = []  # shown in listings besides Wagtail's id, title, URLs and locale

    @classmethod
    def get_listing_default_fields(cls, model):
        return [*super().get_listing_default_fields(model), "summary", *cls.type_fields]

    def get_queryset(self):
        public = self.get_base_queryset().values_list("pk", flat=True)
        return (
            self.model.objects.filter(pk__in=public)
            .select_related(*self.listing_related)
            .order_by(*self.default_order)
        )


# What the cards of programs and competitions show: whose, which direction, when to sign up.
CLASSIFIED = ("member", "focus", "profile")
REGISTRATION = ("registration_opens", "registration_closes")


class ProgramsAPIViewSet(TypedPagesAPIViewSet):
    model = ProgramPage
    name = "programs"
    listing_related = ("locale", *CLASSIFIED)
    type_fields = [*CLASSIFIED, "format", "payment", "price", "age_from", "age_to", *REGISTRATION]


class EventsAPIViewSet(TypedPagesAPIViewSet):
    model = EventPage
    name = "events"
    listing_related = ("locale", "member", "focus", "venue__city")
    default_order = ("starts_at", "pk")
    type_fields = ["member", "focus", "event_type", "starts_at", "ends_at", "time_zone"]
    type_fields += ["status", "attendance_mode", "venue"]


class CompetitionsAPIViewSet(TypedPagesAPIViewSet):
    model = CompetitionPage
    name = "competitions"
    listing_related = ("locale", *CLASSIFIED)
    type_fields = [*CLASSIFIED, "season", "track", "participation", *REGISTRATION]


class InstitutionsAPIViewSet(TypedPagesAPIViewSet):
    """Institutions and schools (a school's own fields are on its detail URL)."""

    model = InstitutionPage
    name = "institutions"
    listing_related = ("locale", "region", "city")
    type_fields = ["full_name", "kind", "region", "city", "website"]


class NewsAPIViewSet(TypedPagesAPIViewSet):
    model = NewsPage
    name = "news"
    listing_related = ("locale", "member")
    default_order = ("-date", "-pk")
    type_fields = ["member", "date"]


api_router = WagtailAPIRouter("wagtailapi")
# The typed endpoints first: a page's detail_url then leads to its own endpoint.
for viewset in (
    ProgramsAPIViewSet,
    EventsAPIViewSet,
    CompetitionsAPIViewSet,
    InstitutionsAPIViewSet,
    NewsAPIViewSet,
    PublicPagesAPIViewSet,
):
    api_router.register_endpoint(viewset.name, viewset)
