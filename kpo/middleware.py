"""Session time-outs, private responses for signed-in people, and the one security header
Django does not set itself."""

import re
import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _

# Browser features the site never uses, switched off for it and anything it might embed.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
        "interest-cohort",
    )
)


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


class SessionTimeoutMiddleware:
    """Signs a person out after KPO_SESSION_IDLE_TIMEOUT seconds without a request, and
    KPO_SESSION_MAX_AGE seconds after signing in, whatever they do. The last-seen time is
    written at most once a minute, so an active session is not saved on every request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            now = int(time.time())
            session = request.session
            started = session.setdefault("kpo_started", now)
            seen = session.get("kpo_seen", now)
            if now - started > settings.KPO_SESSION_MAX_AGE or now - seen > settings.KPO_SESSION_IDLE_TIMEOUT:
                logout(request)
                messages.info(request, _("Uw sessie is verlopen. Log opnieuw in."))
            elif "kpo_seen" not in session or now - seen >= 60:
                session["kpo_seen"] = now
        return self.get_response(request)


ACCOUNT_PAGES = re.compile(r"^/(?:[a-z]{2}/)?accounts/")


class PrivateResponseMiddleware:
    """Every response to a signed-in person, or that signs someone in or out, is
    `Cache-Control: private, no-store`: their pages (account, moderation, e-mail addresses,
    sessions, closed documents) must not stay in a shared proxy or the browser's cache.
    So is every page of allauth's `/accounts/` for anyone: the code, reset and sign-up pages
    belong to one session even before anyone is signed in."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        signed_in = request.user.is_authenticated
        response = self.get_response(request)
        if signed_in or request.user.is_authenticated or ACCOUNT_PAGES.match(request.path_info):
            patch_cache_control(response, private=True, no_store=True)
        return response
