"""The Content-Security-Policy of each response, and the client address django-axes counts
login failures against.

The public site's policy is strict (settings.CONTENT_SECURITY_POLICY): scripts and styles only
from this origin, inline ones only with the nonce of their response. The Wagtail admin cannot
live under it: its templates carry inline scripts and style attributes without a nonce (and
its JavaScript sets styles), so the admin gets its own policy, the same one with inline scripts
and styles allowed (settings.ADMIN_CONTENT_SECURITY_POLICY). The admin is only for signed-in
staff, every page of it is CSRF-protected and never cached, and it still refuses plugins,
foreign scripts, foreign framing and foreign form targets."""

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings
from django.shortcuts import render


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path_info.startswith(settings.ADMIN_PATH_PREFIXES):
            # The admin's policy has no nonce: a nonce would make browsers ignore
            # 'unsafe-inline'.
            return PolicyParts(config=default_config(settings.ADMIN_CONTENT_SECURITY_POLICY))
        return parts


def csp_nonce(request):
    """The nonce of this response's policy, for a template's inline <script> or <style>.
    Reading it is what puts it in the header; "" where the middleware did not run."""
    nonce = getattr(request, "csp_nonce", None)
    return str(nonce) if nonce is not None else ""


def client_ip(request):
    """The visitor's address: REMOTE_ADDR, or behind TRUSTED_PROXY_COUNT proxies the address
    the outermost of them saw (X-Forwarded-For, counted from the right: whatever the client
    itself put to the left is not trusted)."""
    count = settings.TRUSTED_PROXY_COUNT
    if count:
        forwarded = [
            part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        ]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= count:
            return forwarded[-count]
    return request.META.get("REMOTE_ADDR")


def lockout_response(request, original_response=None, credentials=None):
    """django-axes' answer to a locked-out login: 429 and a page that says what to do."""
    context = {
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "cooloff_minutes": round(settings.AXES_COOLOFF_TIME.total_seconds() / 60),
    }
    return render(request, "axes_lockout.html", context, status=429)
