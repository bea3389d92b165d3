"""Files for machines at fixed addresses: /.well-known/security.txt (RFC 9116), /robots.txt,
and the coordinated vulnerability disclosure policy that security.txt points to."""

from datetime import UTC, datetime, time, timedelta

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

# Never for search engines: the closed section, the network, accounts, the admin, and search
# results (endless combinations of the same content; the sitemap lists the content itself).
# Fixed paths (DESIGN.md: "URLs ... stable"), in Dutch and under /en/.
ROBOTS_DISALLOW = ["/besloten/", "/netwerk/", "/mijn-kpo/", "/account/", "/accounts/", "/admin/", "/zoeken/"]


def _site(path):
    return settings.KPO_SITE_URL.rstrip("/") + path


def security_txt_expires(now=None):
    """KPO_SECURITY_TXT_DAYS ahead, at midnight UTC: the file renews itself every day and is
    never stale, and it stays the same all day (caches)."""
    now = now or datetime.now(UTC)
    day = (now + timedelta(days=settings.KPO_SECURITY_TXT_DAYS)).date()
    return datetime.combine(day, time(0, 0), tzinfo=UTC)


@require_safe
@cache_control(public=True, max_age=3600)
def security_txt(request):
    with translation.override(settings.LANGUAGE_CODE):
        policy = reverse("vulnerability_disclosure")
    lines = [
        f"Contact: {settings.KPO_SECURITY_CONTACT}",
        f"Expires: {security_txt_expires().strftime('%Y-%m-%dT%H:%M:%SZ')}",
        "Preferred-Languages: nl, en",
        f"Canonical: {_site(reverse('security_txt'))}",
        f"Policy: {_site(policy)}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_safe
@cache_control(public=True, max_age=3600)
def robots_txt(request):
    prefixes = [""] + [f"/{code}" for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
    lines = ["User-agent: *"]
    lines += [f"Disallow: {prefix}{path}" for prefix in prefixes for path in ROBOTS_DISALLOW]
    lines += ["", f"Sitemap: {_site(reverse('sitemap'))}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_safe
def vulnerability_disclosure(request):
    return render(
        request,
        "pages/vulnerability_disclosure.html",
        {
            "contact": settings.KPO_SECURITY_CONTACT.removeprefix("mailto:"),
            "contact_is_email": settings.KPO_SECURITY_CONTACT.startswith("mailto:"),
            "crumbs": [("", _("Kwetsbaarheid melden"))],
        },
    )
