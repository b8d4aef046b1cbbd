"""Middleware of the project."""

from django.middleware import locale
from django.utils import translation
from django.utils.cache import patch_vary_headers

# Paths outside the language prefixes that answer machines (the JSON APIs).
UNPREFIXED_PATHS = ("/api/",)


class LocaleMiddleware(locale.LocaleMiddleware):
    """Django's, except that a 404 from an API stays a 404: Django would redirect it to
    /ru/api/…, which only Wagtail's HTML "page not found" answers."""

    def process_response(self, request, response):
        if response.status_code != 404 or not request.path_info.startswith(UNPREFIXED_PATHS):
            return super().process_response(request, response)
        patch_vary_headers(response, ("Accept-Language",))
        response.headers.setdefault("Content-Language", translation.get_language())
        return response
