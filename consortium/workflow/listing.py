"""The page explorer and page search with a Plone-style moderation state column and filter in
place of Wagtail's live/draft status."""

from django.forms import RadioSelect
from django.utils.translation import gettext_lazy as _
from django_filters import ChoiceFilter
from wagtail.admin.ui.tables import StatusTagColumn
from wagtail.admin.views.pages.listing import ExplorableIndexView, GenericPageFilterSet
from wagtail.admin.views.pages.search import SearchView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page

from .states import ModerationState, moderation_state, pages_in_state

STATE_COLUMN = StatusTagColumn(
    "moderation_state",
    label=_("State"),
    accessor=lambda page: moderation_state(page).label,
    primary=lambda page: page.live,
    width="16%",
)


def with_state_column(columns):
    return [STATE_COLUMN if column.name == "status" else column for column in columns]


class ModerationStateFilter(ChoiceFilter):
    def filter(self, pages, value):
        return pages_in_state(pages, value) if value else pages


class ModeratedPageFilterSet(GenericPageFilterSet):
    moderation_state = ModerationStateFilter(
        label=_("State"),
        empty_label=_("Any"),
        choices=ModerationState.choices,
        widget=RadioSelect,
    )


class ModeratedExplorableIndexView(ExplorableIndexView):
    base_columns = with_state_column(ExplorableIndexView.base_columns)
    base_filterset_class = ModeratedPageFilterSet


class ModeratedSearchView(SearchView):
    columns = with_state_column(SearchView.columns)


class ModeratedPageViewSet(PageViewSet):
    """Takes the place of Wagtail's fallback viewset for every page type."""

    model = Page
    index_view_class = ModeratedExplorableIndexView
    filterset_class = ModeratedPageFilterSet
    search_view_class = ModeratedSearchView


moderated_page_viewset = ModeratedPageViewSet()
