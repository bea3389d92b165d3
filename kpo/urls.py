from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from . import views, wellknown

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("api/v1/", include("knowledge.api_urls")),
    path(".well-known/security.txt", wellknown.security_txt, name="security_txt"),
    path("robots.txt", wellknown.robots_txt, name="robots_txt"),
    path("", include("knowledge.sitemaps")),
]

urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path("riec/", views.regions, name="regions"),
    path("zoeken/", views.search_everything, name="search"),
    path("toegankelijkheid/", views.accessibility, name="accessibility"),
    path("privacy/", views.privacy, name="privacy"),
    path("kwetsbaarheid-melden/", wellknown.vulnerability_disclosure, name="vulnerability_disclosure"),
    path("", include("knowledge.urls")),
    path("", include("network.urls")),
    path("account/", include("accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("admin/", admin.site.urls),
    prefix_default_language=False,
)
