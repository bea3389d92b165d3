"""Findings of the security review of the operations work (audit log, page cache, backups,
Sentry), each shown as it failed before the fix."""

import pytest

from accounts.models import User
from kpo.models import AuditEvent
from tests.factories import OrganisationFactory, partner

pytestmark = pytest.mark.django_db


def test_deleting_a_person_in_the_admin_keeps_their_audit_trail_and_answers_without_an_error(client):
    # The audit log refuses updates; SET_NULL on the actor made Django try one, and the
    # deletion ended in a database error (500) for anyone who had ever signed in.
    person = partner(OrganisationFactory(), email="weg@gemeente-a.nl")
    client.post("/accounts/login/", {"login": person.email, "password": "geheim-wachtwoord-123"})
    client.post("/accounts/logout/")
    assert AuditEvent.objects.filter(actor=person).exists()
    User.objects.create_superuser("beheer@kpo.example.nl", "geheim-wachtwoord-123")
    client.force_login(User.objects.get(email="beheer@kpo.example.nl"))

    page = client.post(f"/admin/accounts/user/{person.pk}/delete/", {"post": "yes"})

    # The admin explains that the audit trail protects the person (pseudonymise instead).
    assert page.status_code == 200
    assert User.objects.filter(pk=person.pk).exists()
    assert AuditEvent.objects.filter(actor_id=person.pk, action="login").exists()
