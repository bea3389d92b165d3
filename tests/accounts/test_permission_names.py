"""The moderation rights are named after what a moderator decides on: "aanvragen"
(applications), also in a database whose permissions were stored under the old name."""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Permission

pytestmark = pytest.mark.django_db

migration = importlib.import_module("accounts.migrations.0006_permission_names_aanvragen")


def test_a_stored_old_name_is_renamed_and_back():
    region = Permission.objects.get(content_type__app_label="accounts", codename="moderate_region")
    assert region.name == "Kan aanvragen in deze regio beoordelen"
    Permission.objects.filter(pk=region.pk).update(name="Kan aanmeldingen in deze regio beoordelen")

    migration.rename(apps, None)
    region.refresh_from_db()
    assert region.name == "Kan aanvragen in deze regio beoordelen"

    migration.rename_back(apps, None)
    region.refresh_from_db()
    assert region.name == "Kan aanmeldingen in deze regio beoordelen"


def test_the_admin_shows_the_new_names(admin_client):
    page = admin_client.get("/admin/auth/group/add/").content.decode()
    assert "Kan aanvragen bij deze organisatie beoordelen" in page
    assert "Kan aanmeldingen" not in page
