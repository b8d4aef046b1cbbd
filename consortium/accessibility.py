"""The version for the visually impaired (GOST R 52872-2019): a theme over the same pages.

A visitor's choices live in one cookie; a context processor turns them into classes on
`<html>` (styled by css/visually-impaired.css) and the view at `/accessibility/` changes them
with plain links and a GET form, so everything works without JavaScript. The view is a GET on
purpose: a CSRF token in every page's header would make pages uncacheable for visitors, and a
display preference is not worth protecting from forgery.
"""

from dataclasses import dataclass, replace

from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

COOKIE_NAME = "vi"
COOKIE_MAX_AGE = 365 * 24 * 60 * 60


@dataclass(frozen=True)
class Setting:
    """One display setting: its query parameter (also the class prefix on <html>), the
    letter that stands for it in the cookie, its values and what the settings panel calls
    them. The defaults are Preferences' own."""

    name: str
    cookie_key: str
    values: tuple[str, ...]
    labels: tuple
    legend: str


SPACING_LABELS = (
    pgettext_lazy("spacing", "Normal"),
    pgettext_lazy("spacing", "Wide"),
    pgettext_lazy("spacing", "Widest"),
)

SETTINGS = (
    Setting(
        name="size",
        cookie_key="s",
        values=("1", "2", "3", "4", "5"),
        labels=(
            _("Smallest (14 px)"),
            _("Small (17 px)"),
            _("Medium (20 px)"),
            _("Large (23 px)"),
            _("Largest (26 px)"),
        ),
        legend=_("Font size"),
    ),
    Setting(
        name="font",
        cookie_key="f",
        values=("sans", "serif"),
        labels=(_("Sans-serif"), _("Serif")),
        legend=_("Typeface"),
    ),
    Setting(
        name="line",
        cookie_key="l",
        values=("normal", "wide", "widest"),
        labels=SPACING_LABELS,
        legend=_("Line spacing"),
    ),
    Setting(
        name="letter",
        cookie_key="k",
        values=("normal", "wide", "widest"),
        labels=SPACING_LABELS,
        legend=_("Letter spacing"),
    ),
    Setting(
        name="scheme",
        cookie_key="c",
        values=("1", "2", "3", "4", "5"),
        labels=(
            _("Black on white"),
            _("White on black"),
            _("Dark blue on light blue"),
            _("Brown on beige"),
            _("Green on dark brown"),
        ),
        legend=_("Colours"),
    ),
    Setting(
        name="images",
        cookie_key="i",
        values=("on", "off", "grey"),
        labels=(
            pgettext_lazy("images", "Shown"),
            pgettext_lazy("images", "Hidden (descriptions shown)"),
            pgettext_lazy("images", "Greyscale"),
        ),
        legend=_("Images"),
    ),
)
SETTINGS_BY_KEY = {setting.cookie_key: setting for setting in SETTINGS}
SETTINGS_BY_NAME = {setting.name: setting for setting in SETTINGS}


class UnknownPreference(ValueError):
    """A value the settings do not offer (a hand-made or stale link)."""

    def __init__(self, setting_name, value):
        super().__init__(f"{setting_name}={value!r}")
        self.setting_name = setting_name
        self.value = value


@dataclass(frozen=True)
class Preferences:
    """The visitor's display settings; the version is on whenever an instance exists."""

    size: str = "3"
    font: str = "sans"
    line: str = "normal"
    letter: str = "normal"
    scheme: str = "1"
    images: str = "on"

    @classmethod
    def from_cookie(cls, value):
        """The preferences a cookie value stands for, or None (the normal version) when it
        names nothing known. Unknown or damaged parts fall back to their defaults, so an old
        or tampered cookie can neither break a page nor multiply cache variants."""
        found = {}
        for token in (value or "").split(".")[: len(SETTINGS) * 2]:
            setting = SETTINGS_BY_KEY.get(token[:1])
            index = token[1:]
            if setting is None or not index.isdigit() or not 1 <= int(index) <= len(setting.values):
                continue
            found[setting.name] = setting.values[int(index) - 1]
        return cls(**found) if found else None

    def to_cookie(self):
        """The short normalised form, e.g. `s3.f2.l1.k1.c4.i2`: each setting's cookie letter
        and the position of its value."""
        return ".".join(
            f"{setting.cookie_key}{setting.values.index(getattr(self, setting.name)) + 1}"
            for setting in SETTINGS
        )

    def updated(self, params):
        """A copy with the settings `params` names (a QueryDict or dict) changed; raises
        UnknownPreference for a value the setting does not offer."""
        changes = {}
        for setting in SETTINGS:
            value = params.get(setting.name)
            if value is None:
                continue
            if value not in setting.values:
                raise UnknownPreference(setting.name, value)
            changes[setting.name] = value
        return replace(self, **changes)

    @property
    def html_class(self):
        """`vi vi-size-3 vi-font-sans …`: what css/visually-impaired.css selects on."""
        parts = ["vi"] + [f"vi-{s.name}-{getattr(self, s.name)}" for s in SETTINGS]
        return " ".join(parts)

    @property
    def fieldsets(self):
        """The settings panel's groups, each with its options and the current one checked."""
        return [
            {
                "name": setting.name,
                "legend": setting.legend,
                "options": [
                    {
                        "value": value,
                        "label": label,
                        "checked": value == getattr(self, setting.name),
                    }
                    for value, label in zip(setting.values, setting.labels, strict=True)
                ],
            }
            for setting in SETTINGS
        ]


def preferences_from_request(request):
    """The current visitor's Preferences, or None in the normal version."""
    return Preferences.from_cookie(request.COOKIES.get(COOKIE_NAME))


def preferences_cache_key(request) -> str:
    """The part of a cached page's key that depends on the version for the visually impaired.

    Pages render differently with these preferences (classes on <html>, the settings panel,
    image descriptions instead of images), so an anonymous page cache must vary by this
    string as well as by the URL. It is "" in the normal version and otherwise the
    normalised cookie value, e.g. "s3.f1.l1.k1.c1.i1"; garbage cookies normalise to the same
    few keys (at most 5 * 2 * 3 * 3 * 5 * 3 variants), so they cannot flood the cache.
    """
    preferences = preferences_from_request(request)
    return preferences.to_cookie() if preferences is not None else ""


def visually_impaired(request):
    """Context processor: `vi_prefs`, the visitor's Preferences or None."""
    return {"vi_prefs": preferences_from_request(request)}


def safe_return_path(request, candidate):
    """`candidate` when it is a path on this site, else None (no open redirects)."""
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return None


def language_home_path(language):
    from consortium.templatetags.site_tags import language_root_url

    return language_root_url(language)


@never_cache
@require_safe
def visually_impaired_settings(request):
    """Turn the version on (`mode=on`, the default) or off (`mode=off`), change any settings
    named in the query, and go back to `next` (a path on this site) or the language's home.
    Unknown values get a 400 page saying which; the cookie is then left as it was."""
    return_path = safe_return_path(request, request.GET.get("next"))
    language = translation.get_language_from_path(return_path or "") or translation.get_language()
    mode = request.GET.get("mode", "on")
    try:
        if mode not in ("on", "off"):
            raise UnknownPreference("mode", mode)
        current = preferences_from_request(request) or Preferences()
        preferences = current.updated(request.GET) if mode == "on" else None
    except UnknownPreference as error:
        with translation.override(language):
            response = render(
                request,
                "consortium/visually_impaired_error.html",
                {
                    "setting_label": getattr(
                        SETTINGS_BY_NAME.get(error.setting_name), "legend", error.setting_name
                    ),
                    "value": error.value[:50],
                    "vi_return_path": return_path or language_home_path(language),
                },
                status=400,
            )
    else:
        response = HttpResponseRedirect(return_path or language_home_path(language))
        if preferences is None:
            response.delete_cookie(COOKIE_NAME, samesite="Lax")
        else:
            response.set_cookie(
                COOKIE_NAME,
                preferences.to_cookie(),
                max_age=COOKIE_MAX_AGE,
                samesite="Lax",
                secure=request.is_secure(),
                httponly=True,
            )
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
