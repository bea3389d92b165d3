"""`/api/v1` without its slash, included by `kpo.urls` before the site's slash-appending
middleware can answer it."""

from django.urls import path

from . import views as api

urlpatterns = [path("", api.root_without_slash, name="api_root_without_slash")]
