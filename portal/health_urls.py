"""/healthz, outside the language prefixes (load balancers ask for it without /en/)."""

from django.urls import path

from . import views

urlpatterns = [path("", views.healthz, name="healthz")]
