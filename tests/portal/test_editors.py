"""The group Redacteuren: set in one place (portal/editors.py), after every migrate and by
seed_demo; a redacteur curates in the admin without being superuser."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command

from portal.editors import EDITORS_GROUP, editor_permission_codenames, ensure_editor_group
from tests.factories import OrganisationFactory, partner

pytestmark = pytest.mark.django_db


def group_permissions():
    group = Group.objects.get(name=EDITORS_GROUP)
    return sorted(f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.select_related("content_type"))


def test_migrate_leaves_the_group_with_exactly_its_rights():
    assert group_permissions() == editor_permission_codenames()
    assert "documents.change_document" in group_permissions()
    assert "learning.add_signal" in group_permissions()
    assert not any(name.startswith("accounts.") and "user" in name for name in group_permissions())


def test_running_it_again_changes_nothing_and_repairs_drift():
    group = Group.objects.get(name=EDITORS_GROUP)
    group.permissions.add(Permission.objects.get(codename="delete_user"))
    group.permissions.remove(Permission.objects.get(codename="change_article"))
    ensure_editor_group()
    ensure_editor_group()
    assert Group.objects.filter(name=EDITORS_GROUP).count() == 1
    assert group_permissions() == editor_permission_codenames()


def test_permission_names_are_dutch():
    call_command("migrate", verbosity=0)  # runs the post_migrate hook again: nothing breaks
    names = set(Permission.objects.values_list("name", flat=True))
    assert "Kan artikel toevoegen" in names
    assert not [name for name in names if name.startswith("Can ")]


def test_a_redacteur_manages_documents_quiz_and_signals_but_not_users(client):
    redacteur = partner(OrganisationFactory(domains=["liec.nl"]), email="r@liec.nl", is_staff=True)
    redacteur.groups.add(ensure_editor_group())
    client.force_login(redacteur)
    index = client.get("/admin/").content.decode()
    for path in (
        "/admin/documents/document/",
        "/admin/learning/quizquestion/",
        "/admin/learning/signal/",
        "/admin/knowledge/article/",
        "/admin/events/event/",
    ):
        assert path in index
        assert client.get(path).status_code == 200
    assert client.get("/admin/documents/document/add/").status_code == 200
    assert "/admin/accounts/user/" not in index
    assert client.get("/admin/accounts/user/").status_code == 403
    assert client.get("/admin/kpo/auditevent/").status_code == 403
