"""Issue 13, observation 10: the export holds everything KPO keeps about the person (audit
events and document reads included), and deleting the account removes their messages."""

import json

import pytest

from accounts import services as account_services
from network.models import ContactRequest, Profile
from tests.factories import OrganisationFactory, document, partner

pytestmark = pytest.mark.django_db

PASSWORD = "geheim-wachtwoord-123"


def test_the_export_holds_the_persons_audit_events_and_document_reads(client):
    organisation = OrganisationFactory(domains=["utrecht.nl"])
    person = partner(organisation, email="export@utrecht.nl")
    doc = document("Besloten notitie over witwassen", organisation, "tekst", [organisation.group])
    client.post("/accounts/login/", {"login": person.email, "password": PASSWORD})
    assert client.get(f"/besloten/documenten/{doc.pk}/").status_code == 200
    assert client.get(f"/besloten/documenten/{doc.pk}/download/").status_code == 200

    data = json.loads(client.get("/account/mijn-gegevens/").content)

    actions = [event["actie"] for event in data["auditlog"]]
    assert "login" in actions
    assert {(read["document"], read["handeling"]) for read in data["documentinzage"]} == {
        ("Besloten notitie over witwassen", "bekeken"),
        ("Besloten notitie over witwassen", "gedownload"),
    }


def _visible_profile(user):
    profile, _created = Profile.objects.get_or_create(user=user)
    profile.visibility, profile.completed = Profile.Visibility.ALL_PARTNERS, True
    profile.save()
    return profile


def test_after_deletion_the_other_person_no_longer_reads_their_messages(client):
    organisation = OrganisationFactory(domains=["utrecht.nl"])
    leaving = partner(organisation, email="vertrekt@utrecht.nl", name="Vertrekkende Collega")
    staying = partner(organisation, email="blijft@utrecht.nl", name="Blijvende Collega")
    client.force_login(leaving)
    sent = client.post(
        f"/netwerk/{_visible_profile(staying).public_id}/contact/", {"message": "Mijn vraag over de zaak-Jansen"}
    )
    assert sent.status_code == 302
    client.force_login(staying)
    request = ContactRequest.objects.get(sender=leaving)
    client.post(f"/netwerk/contact/{request.public_id}/", {"decision": "accept"})
    assert "zaak-Jansen" in client.get("/netwerk/contact/").content.decode()

    account_services.delete_account(leaving)

    page = client.get("/netwerk/contact/").content.decode()
    assert "zaak-Jansen" not in page
    assert "Vertrekkende Collega" not in page


def test_the_export_does_not_give_away_who_decided_from_where(client):
    # A moderator's address is theirs, not the applicant's: a rejected applicant's export
    # says that someone else decided, not from which network.
    from django.test import Client
    from guardian.shortcuts import assign_perm

    from accounts.models import MembershipStatus, Organisation

    organisation = OrganisationFactory(
        domains=["utrecht.nl"], approval_policy=Organisation.ApprovalPolicy.MODERATED
    )
    moderator = partner(organisation, email="moderator@utrecht.nl")
    assign_perm("accounts.moderate_organisation", moderator, organisation)
    applicant = partner(organisation, email="aanvrager@utrecht.nl", status=MembershipStatus.PENDING)
    desk = Client(REMOTE_ADDR="203.0.113.77")
    desk.post("/accounts/login/", {"login": moderator.email, "password": PASSWORD})
    response = desk.post(f"/account/moderatie/{applicant.pk}/", {"decision": "reject", "reason": "Onbekend"})
    assert response.status_code == 302

    client.post("/accounts/login/", {"login": applicant.email, "password": PASSWORD}, REMOTE_ADDR="198.51.100.5")
    export = client.get("/account/mijn-gegevens/", REMOTE_ADDR="198.51.100.5").content.decode()
    data = json.loads(export)
    assert "membership_rejected" in [event["actie"] for event in data["auditlog"]]
    assert "203.0.113.77" not in export
    assert "198.51.100.5" in export  # their own login, from their own address
