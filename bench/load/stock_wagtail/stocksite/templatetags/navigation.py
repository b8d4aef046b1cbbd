"""The navigation menu as Wagtail's tutorials write it: the live, in-menu children of the
site's root page."""

from django import template
from wagtail.models import Site

register = template.Library()


@register.inclusion_tag("stocksite/menu.html", takes_context=True)
def top_menu(context):
    request = context["request"]
    root = Site.find_for_request(request).root_page
    return {"request": request, "items": root.get_children().live().in_menu()}
