"""Listing pages: a consortium-wide catalogue or a member's own section of one content type.
Both show only live, public pages of their own language, paginated."""

import hashlib

from django.core.paginator import Paginator
from django.db import models
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

from ..blocks import RICH_TEXT_FEATURES
from ..page_cache import remembered
from .mixins import BasePage


class ListingPage(BasePage):
    listing_model = None  # the content type this page lists
    listing_related = ()  # relations every card shows (select_related)
    scope_to_subtree = False  # a member's section lists only what lies beneath it
    feed_url_names = None  # (the consortium's, a member's) feed of this content type, if any
    page_size = 12

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    class Meta:
        abstract = True

    def listing_queryset(self, request=None):
        items = (
            self.listing_model.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .select_related(*self.listing_related)
        )
        if self.scope_to_subtree:
            items = items.descendant_of(self)
        return self.order_listing(items, request)

    def order_listing(self, items, request):
        return items.order_by("title")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.listing_context(request))
        context["feed_url"] = self.feed_url()
        return context

    def listing_context(self, request):
        paginator = CountRememberingPaginator(
            self.listing_queryset(request), self.page_size, self.count_key(request)
        )
        # get_page() turns a missing, non-numeric or out-of-range number into a valid page.
        return {"items": paginator.get_page(request.GET.get("page"))}

    def count_key(self, request):
        """What the total of this listing depends on besides the content: the page and its
        filters (the query string without the page number)."""
        query = request.GET.copy()
        query.pop("page", None)
        return f"{self.pk}:{hashlib.sha256(query.urlencode().encode()).hexdigest()}"

    def feed_url(self):
        """The feed of what this page lists: its member's in a member's section, else the
        consortium's."""
        if not self.feed_url_names:
            return None
        consortium_feed, member_feed = self.feed_url_names
        if self.scope_to_subtree:
            from .members import InstitutionPage

            member = InstitutionPage.objects.ancestor_of(self).order_by("-depth").first()
            if member:
                return reverse(member_feed, args=[member.pk])
        return reverse(consortium_feed)


class CountRememberingPaginator(Paginator):
    """A paginator whose total is remembered within the page cache's generation
    (`page_cache.remembered`). A catalogue's COUNT(*) runs over every live page of its type,
    tens of milliseconds at 100,000 pages, while its page of items is an index walk."""

    def __init__(self, object_list, per_page, key):
        super().__init__(object_list, per_page)
        self.key = key

    @cached_property
    def count(self):
        return remembered(f"listing-count:{self.key}", self.count_every_item)

    def count_every_item(self):
        return super().count


class SingletonSectionMixin(models.Model):
    """At most one section of its kind under the same parent (in each language tree)."""

    max_count_per_parent = 1

    class Meta:
        abstract = True
