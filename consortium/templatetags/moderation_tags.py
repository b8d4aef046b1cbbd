"""Admin template tags of moderated publishing."""

from django import template

from ..workflow.translations import can_submit_translation

register = template.Library()


@register.inclusion_tag("consortium/admin/submit_translation.html", takes_context=True)
def submit_translation_form(context, translation, page):
    """The "Submit for moderation" form under wagtail-localize's translation editor, for people
    whose only way to make a translation live is moderation."""
    user = context["request"].user
    return {
        "translation": translation,
        "shown": can_submit_translation(user, page),
        "csrf_token": context.get("csrf_token"),
    }
