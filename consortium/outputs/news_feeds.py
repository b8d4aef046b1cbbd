"""Atom feeds (RFC 4287) of news, in the language of the URL: `news.atom` for the whole
consortium (the consortium's own news and every member's) and `members/<id>/news.atom` for one
member. Only live, public news items; the latest FEED_SIZE. (A Feed instance serves every
request: nothing of a request is kept on it.)"""

import datetime

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from ..models import InstitutionPage, NewsPage

FEED_SIZE = 50


class ConsortiumNewsFeed(Feed):
    feed_type = Atom1Feed

    def title(self, obj):
        return _("Consortium news")

    def link(self, obj):
        return f"/{translation.get_language()}/"

    def subtitle(self, obj):
        return _("News of the consortium and its members")

    def news(self, obj):
        return (
            NewsPage.objects.live()
            .public()
            .filter(locale__language_code=translation.get_language())
        )

    def items(self, obj):
        return self.news(obj).select_related("member").latest()[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.url  # made absolute with the request's host by Feed

    def item_pubdate(self, item):
        return midday(item.date)  # the date the editor gave the news, as listings show it

    def item_updateddate(self, item):
        return max(filter(None, [item.last_published_at, self.item_pubdate(item)]))

    def item_author_name(self, item):
        return item.member.title if item.member else _("Consortium")


class MemberNewsFeed(ConsortiumNewsFeed):
    def get_object(self, request, member_id):
        return get_object_or_404(
            InstitutionPage.objects.live()
            .public()
            .filter(locale__language_code=translation.get_language()),
            pk=member_id,
        )

    def title(self, obj):
        return _("News of %(member)s") % {"member": obj.title}

    def link(self, obj):
        return obj.url

    def subtitle(self, obj):
        return obj.summary

    def news(self, obj):
        return super().news(obj).filter(member=obj)


def midday(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))
