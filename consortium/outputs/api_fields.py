"""How the JSON API (cms/api.py) shows what a page points at: vocabulary terms with both their
names, closed-vocabulary codes with both labels, linked pages only while they are live and public.

Both languages are given, so an answer never depends on the client's Accept-Language."""

from django.conf import settings
from django.utils import translation
from rest_framework import serializers
from rest_framework.fields import Field
from wagtail.api.utils import get_full_url
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Page

LANGUAGE_CODES = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def card_image():
    """A page's image as the site's cards show it."""
    return ImageRenditionField("fill-800x450")


def logo_image():
    return ImageRenditionField("max-400x400")


class TermSerializer(serializers.Serializer):
    """A shared vocabulary term (focus, profile, region, city, network): the same id and slug
    in both languages, so clients can filter by it (`?focus=3`)."""

    id = serializers.IntegerField(read_only=True)
    slug = serializers.CharField(read_only=True)
    name_ru = serializers.CharField(read_only=True)
    name_en = serializers.CharField(read_only=True)


class PersonSerializer(TermSerializer):
    position_ru = serializers.CharField(read_only=True)
    position_en = serializers.CharField(read_only=True)


class VenueSerializer(TermSerializer):
    address_ru = serializers.CharField(read_only=True)
    address_en = serializers.CharField(read_only=True)
    city = TermSerializer(read_only=True)
    latitude = serializers.DecimalField(max_digits=9, decimal_places=6, read_only=True)
    longitude = serializers.DecimalField(max_digits=9, decimal_places=6, read_only=True)


class ChoiceLabelsField(Field):
    """A code of a closed vocabulary (`format`, `payment`, `status`, …) with its label in each
    language; the code is what filters take (`?format=online`)."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, instance):
        return instance  # the label comes from the model field's choices

    def to_representation(self, instance):
        value = getattr(instance, self.source)
        if value in (None, ""):
            return None
        label = dict(instance._meta.get_field(self.source).flatchoices).get(value, value)
        labels = {}
        for code in LANGUAGE_CODES:
            with translation.override(code):
                labels[f"label_{code}"] = str(label)
        return {"value": value, **labels}


class LivePageField(Field):
    """A page this one points at (member, series, co-organisers, partners), shown only while
    that page is in the API itself: a draft or restricted page is neither named nor linked."""

    def __init__(self, many=False, **kwargs):
        self.many = many
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, instance):
        related = super().get_attribute(instance)
        if related is None:
            return [] if self.many else None
        pages = list(related.all()) if self.many else [related]
        visible = set(
            self.visible_pages()
            .filter(pk__in=[page.pk for page in pages])
            .values_list("pk", flat=True)
        )
        pages = [page for page in pages if page.pk in visible]
        if self.many:
            return pages
        return pages[0] if pages else None

    def visible_pages(self):
        pages = self.context.get("base_queryset")
        return Page.objects.live().public() if pages is None else pages

    def to_representation(self, value):
        if self.many:
            return [self.link(page) for page in value]
        return self.link(value)

    def link(self, page):
        router = self.context.get("router")
        path = router and router.get_object_detail_urlpath(type(page), page.pk)
        return {
            "id": page.pk,
            "title": page.title,
            "html_url": page.full_url,
            "detail_url": path and get_full_url(self.context["request"], path),
        }
