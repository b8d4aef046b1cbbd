from django import template

from ..finder import finder_choices

register = template.Library()


@register.inclusion_tag("includes/program_finder.html", takes_context=True)
def program_finder(context, heading_level=2):
    """The program finder's form; its fields are the search page's parameters."""
    return {**finder_choices(), "heading_level": heading_level, "request": context.get("request")}
