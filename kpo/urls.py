"""The site's URLs. Apps are included by name (strings), so this configuration imports no app."""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from . import wellknown

urlpatterns = [
    path("healthz", include("portal.health_urls")),
    path("api/v1/", include("api.urls")),
    path("api/v1", include("api.root_urls")),
    path(".well-known/security.txt", wellknown.security_txt, name="security_txt"),
    path("robots.txt", wellknown.robots_txt, name="robots_txt"),
    path("", include("portal.sitemaps")),
]

urlpatterns += i18n_patterns(
    path("", include("portal.urls")),
    path("", include("knowledge.urls")),
    path("", include("documents.urls")),
    path("", include("events.urls")),
    path("", include("learning.urls")),
    path("", include("network.urls")),
    path("", include("follows.urls")),
    path("account/", include("accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("admin/", admin.site.urls),
    prefix_default_language=False,
)
