"""`{% vi_controls %}`: the header's switch to the version for the visually impaired and, when
it is on, its settings panel (see consortium/accessibility.py)."""

from django import template

register = template.Library()


@register.inclusion_tag("includes/visually_impaired_controls.html", takes_context=True)
def vi_controls(context):
    """The switch and the panel, both returning to this page (or to `vi_return_path` when
    the view rendering the page names a better one)."""
    request = context.get("request")
    return_path = context.get("vi_return_path")
    if not return_path and request is not None:
        return_path = request.get_full_path()
    return {"vi_prefs": context.get("vi_prefs"), "return_path": return_path or ""}
