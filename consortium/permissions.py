"""django-guardian integration."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page


def get_page_base_content_type(obj):
    """Store object permissions on any page subclass against the base Page type, so that one
    grant covers the page whatever its specific class (GUARDIAN_GET_CONTENT_TYPE)."""
    model = obj if isinstance(obj, type) else type(obj)
    if issubclass(model, Page):
        return ContentType.objects.get_for_model(Page)
    return ContentType.objects.get_for_model(obj)
