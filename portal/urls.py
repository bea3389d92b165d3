"""The composed pages: home, the regions, one search over everything, the statements.
Their URL names have no namespace (`home`, `search` …), as before issue 14."""

from django.urls import path

from kpo import wellknown

from . import views

urlpatterns = [
    path("", views.home, name="home"),
    path("riec/", views.regions, name="regions"),
    path("zoeken/", views.search_everything, name="search"),
    path("mijn-kpo/", views.my_kpo, name="my_kpo"),
    path("toegankelijkheid/", views.accessibility, name="accessibility"),
    path("privacy/", views.privacy, name="privacy"),
    path("kwetsbaarheid-melden/", wellknown.vulnerability_disclosure, name="vulnerability_disclosure"),
]
