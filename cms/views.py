"""Site-wide views: the language choice at `/` and the error pages."""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseRedirect, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.utils import translation
from django.utils.cache import patch_vary_headers

from .security import csp_nonce


def language_redirect(request):
    """Send `/` to the visitor's language (cookie, then Accept-Language), Russian otherwise."""
    language = translation.get_language_from_request(request)
    response = HttpResponseRedirect(f"/{language}/")
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)


def server_error(request):
    # No context processors and no database: the error may have come from either. Django calls
    # this inside its `except`, so the exception is at hand: the database being unreachable
    # (down, restarting, the connection cut) is a 503 that asks to come back shortly.
    context = {"LANGUAGE_CODE": translation.get_language(), "csp_nonce": csp_nonce(request)}
    if isinstance(sys.exc_info()[1], DATABASE_UNAVAILABLE):
        html = loader.get_template("503.html").render(context)
        return HttpResponse(html, status=503, headers={"Retry-After": "30"})
    return HttpResponseServerError(loader.get_template("500.html").render(context))
