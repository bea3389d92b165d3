"""Ways around the membership rules that a review found, closed and kept closed."""

import re

import pytest
from django.contrib.auth.models import Group, Permission
from guardian.shortcuts import assign_perm

from accounts import services
from accounts.models import MembershipStatus, Organisation, User
from documents.access import documents_visible_to
from tests.factories import OrganisationFactory, RegionFactory, document, partner

pytestmark = pytest.mark.django_db


@pytest.fixture
def orgs(db):
    region = RegionFactory(name="RIEC Rotterdam", slug="riec-rotterdam")
    return {
        "a": OrganisationFactory(name="Org A", domains=["a.nl"], region=region),
        "b": OrganisationFactory(name="Org B", domains=["b.nl"], region=region),
        "auto": OrganisationFactory(
            name="Org Auto", domains=["auto.nl"], approval_policy=Organisation.ApprovalPolicy.AUTOMATIC
        ),
        "region": region,
    }


def test_moving_organisation_in_the_admin_moves_the_groups(client, orgs):
    user = partner(orgs["a"], email="verhuizer@a.nl")
    doc = document("Alleen A", orgs["a"], "x", [services.audience_group(orgs["a"])])
    admin = partner(orgs["b"], email="beheer@b.nl", is_staff=True, is_superuser=True)
    client.force_login(admin)
    editors = Group.objects.get(name="Redacteuren")  # made by migrate (portal/editors.py)
    change = client.get(f"/admin/accounts/user/{user.pk}/change/").content.decode()
    assert "Organisatie: Org A" not in change.split('name="groups"')[1].split("</select>")[0]

    client.post(
        f"/admin/accounts/user/{user.pk}/change/",
        {
            "email": user.email,
            "name": "Verhuizer",
            "function": "",
            "organisation": orgs["b"].pk,
            "is_active": "on",
            "groups": [editors.pk],
            "last_login_0": "",
            "last_login_1": "",
            "date_joined_0": "2026-01-01",
            "date_joined_1": "10:00:00",
        },
    )

    user.refresh_from_db()
    names = set(user.groups.values_list("name", flat=True))
    assert user.organisation == orgs["b"]
    # A move ends partner access until Org B decides again; other groups stay.
    assert user.status == MembershipStatus.PENDING
    assert "Organisatie: Org A" not in names and "Organisatie: Org B" not in names and "Redacteuren" in names
    assert doc not in documents_visible_to(user)


def test_curators_cannot_grant_moderation_rights(client, orgs):
    curator = partner(orgs["a"], email="redacteur@a.nl", is_staff=True)
    curator.user_permissions.add(*Permission.objects.filter(codename__in=["change_region", "view_region"]))
    client.force_login(curator)

    response = client.post(
        f"/admin/accounts/region/{orgs['region'].pk}/permissions/",
        {"user": curator.email, "submit_manage_user": "1"},
    )
    client.post(
        f"/admin/accounts/region/{orgs['region'].pk}/permissions/user-manage/{curator.pk}/",
        {"permissions": ["moderate_region"]},
    )

    assert response.status_code == 302
    assert not services.is_moderator(User.objects.get(pk=curator.pk))


def test_suspended_moderators_lose_their_rights(client, orgs):
    moderator = partner(orgs["a"], email="moderator@a.nl")
    assign_perm("accounts.moderate_region", moderator, orgs["region"])
    applicant = partner(orgs["b"], email="nieuw@b.nl", status=MembershipStatus.PENDING)
    services.suspend_membership(moderator, by=None, reason="test")
    client.force_login(moderator)

    assert client.get("/account/moderatie/").status_code == 404
    assert client.post(f"/account/moderatie/{applicant.pk}/", {"decision": "approve"}).status_code == 404
    assert moderator not in services.moderators_of(orgs["b"])


def test_a_new_address_at_a_moderated_organisation_waits_for_its_moderators(orgs):
    user = partner(orgs["a"], email="wissel@a.nl")
    doc = document("Alleen B", orgs["b"], "x", [services.audience_group(orgs["b"])])

    services.email_address_changed(user, "wissel@b.nl")

    user.refresh_from_db()
    assert user.organisation == orgs["b"]
    assert user.status == MembershipStatus.PENDING
    assert doc not in documents_visible_to(user)


def test_a_new_address_at_an_automatic_organisation_moves_after_a_fresh_mailbox_proof(orgs):
    user = partner(orgs["a"], email="wissel@a.nl")
    other = partner(orgs["a"], email="ander@a.nl")

    services.email_address_changed(other, "ander@auto.nl")
    user.email = "wissel@auto.nl"  # as allauth sets it before the adapter calls the service
    user.save(update_fields=["email"])
    services.email_address_changed(user, "wissel@auto.nl", by=user, mailbox_proved=True)

    other.refresh_from_db()
    assert other.organisation == orgs["auto"] and other.status == MembershipStatus.PENDING
    user.refresh_from_db()
    assert user.organisation == orgs["auto"] and user.status == MembershipStatus.APPROVED
    assert user.groups.filter(name="Organisatie: Org Auto").exists()


def test_pending_applicants_cannot_switch_to_a_private_address(client, orgs):
    from django.core import mail

    user = partner(orgs["a"], email="wacht@a.nl", status=MembershipStatus.PENDING)
    client.force_login(user)
    client.post("/accounts/reauthenticate/", {"password": "geheim-wachtwoord-123"})
    client.post("/accounts/email/", {"action_add": "", "email": "prive@gmail.com"})
    body = next(m for m in mail.outbox if m.to == ["prive@gmail.com"]).body
    code = re.search(r"^\s*([A-Z0-9]{4}-[A-Z0-9]{4})\s*$", body, re.MULTILINE).group(1)
    client.post("/accounts/confirm-email/", {"code": code})

    user.refresh_from_db()
    assert user.email == "prive@gmail.com"
    assert user.status == MembershipStatus.SUSPENDED


def test_names_with_line_breaks_are_refused_at_sign_up(client, orgs):
    response = client.post(
        "/accounts/signup/",
        {
            "name": "Naam\r\nBcc: iemand@example.com",
            "email": "nieuw@a.nl",
            "function": "Adviseur",
            "password1": "een-lang-wachtwoord-2026",
            "password2": "een-lang-wachtwoord-2026",
        },
    )

    assert response.status_code == 200
    assert "Gebruik geen regeleinden" in response.content.decode()
    assert not User.objects.filter(email="nieuw@a.nl").exists()


def test_only_superusers_decide_memberships_in_the_admin(client, orgs):
    curator = partner(orgs["a"], email="redacteur@a.nl", is_staff=True)
    curator.user_permissions.add(*Permission.objects.filter(codename__in=["change_user", "view_user"]))
    client.force_login(curator)

    page = client.get("/admin/accounts/user/").content.decode()

    assert 'value="approve"' not in page and 'value="suspend"' not in page
    form = client.get(f"/admin/accounts/user/{curator.pk}/change/").content.decode()
    assert 'name="is_superuser"' not in form


def test_site_search_is_not_cached(client):
    assert (
        "no-store" in client.get("/zoeken/?q=x")["Cache-Control"]
        or "max-age=0" in client.get("/zoeken/?q=x")["Cache-Control"]
    )
