"""Who reaches the closed section, and what changes take effect at once."""

import json
import re

import pytest
from allauth.mfa.models import Authenticator
from django.core.cache import cache

from accounts import services
from accounts.models import MembershipStatus, Organisation, User
from tests.factories import OrganisationFactory, partner

pytestmark = pytest.mark.django_db


@pytest.fixture
def organisation(db):
    return OrganisationFactory(name="Gemeente Utrecht", domains=["utrecht.nl"])


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (MembershipStatus.APPROVED, 200),
        (MembershipStatus.PENDING, "/account/"),
        (MembershipStatus.REJECTED, "/account/"),
        (MembershipStatus.SUSPENDED, "/account/"),
    ],
)
def test_only_approved_partners_reach_the_closed_section(client, organisation, status, expected):
    client.force_login(partner(organisation, status=status))

    response = client.get("/besloten/")

    if expected == 200:
        assert response.status_code == 200
        assert "Besloten gedeelte" in response.content.decode()
    else:
        assert response.status_code == 302 and response["Location"] == expected


def test_anonymous_visitors_go_to_login(client):
    response = client.get("/besloten/")

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/besloten/")


@pytest.mark.parametrize(
    ("status", "text"),
    [
        (MembershipStatus.PENDING, "Uw aanvraag wacht op goedkeuring"),
        (MembershipStatus.REJECTED, "Uw aanvraag is afgewezen"),
        (MembershipStatus.SUSPENDED, "Uw toegang is geschorst"),
        (MembershipStatus.APPROVED, "U bent goedgekeurd"),
    ],
)
def test_the_account_page_says_the_status(client, organisation, status, text):
    client.force_login(partner(organisation, status=status))

    page = client.get("/account/").content.decode()

    assert text in page
    assert ('href="/besloten/"' in page) == (status == MembershipStatus.APPROVED)


def test_suspension_takes_effect_on_the_next_request(client, organisation):
    user = partner(organisation)
    client.force_login(user)
    assert client.get("/besloten/").status_code == 200
    assert user.groups.filter(name="Alle partners").exists()

    services.suspend_membership(user, by=None, reason="Uit dienst")

    assert client.get("/besloten/").status_code == 302
    assert not user.groups.exists()
    assert "Uit dienst" in client.get("/account/").content.decode()


def test_moving_to_another_organisation_changes_groups_at_once(organisation):
    user = partner(organisation)
    other = OrganisationFactory(
        name="Gemeente Zeist", domains=["zeist.nl"], approval_policy=Organisation.ApprovalPolicy.AUTOMATIC
    )
    user.email = "adviseur@zeist.nl"  # a fresh proof counts for the organisation of the address
    user.save(update_fields=["email"])

    services.move_to_organisation(user, other, by=None)

    # Access ends at once; the new organisation decides again (here: after a fresh proof).
    assert not user.groups.exists() and user.status == MembershipStatus.PENDING
    services.identity_confirmed(user, function="Adviseur")
    names = set(user.groups.values_list("name", flat=True))
    assert "Organisatie: Gemeente Zeist" in names and "Organisatie: Gemeente Utrecht" not in names


def test_mfa_is_required_for_the_closed_section_when_enabled(client, organisation, settings):
    settings.KPO_REQUIRE_MFA = True
    user = partner(organisation)
    client.force_login(user)

    response = client.get("/besloten/")
    assert response.status_code == 302 and response["Location"] == "/accounts/2fa/"

    Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={"secret": "x"})
    assert client.get("/besloten/").status_code == 200


def test_staff_need_mfa_for_the_admin_when_enabled(client, organisation, settings):
    settings.KPO_REQUIRE_MFA = True
    curator = partner(organisation, is_staff=True)
    client.force_login(curator)

    response = client.get("/admin/", follow=True)
    assert response.redirect_chain[-1][0] == "/accounts/2fa/"

    Authenticator.objects.create(user=curator, type=Authenticator.Type.TOTP, data={"secret": "x"})
    assert client.get("/admin/").status_code == 200


def test_admin_login_goes_through_allauth(client):
    response = client.get("/admin/login/?next=/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_failed_logins_for_an_account_hold_back_even_the_right_password(client, organisation):
    cache.clear()
    partner(organisation, email="doelwit@utrecht.nl")
    for i in range(5):
        client.post("/accounts/login/", {"login": "doelwit@utrecht.nl", "password": f"fout-{i}"})

    right = client.post("/accounts/login/", {"login": "doelwit@utrecht.nl", "password": "geheim-wachtwoord-123"})

    assert right.status_code == 200
    assert "Te veel inlogpogingen" in right.content.decode()
    assert "_auth_user_id" not in client.session


def test_login_attempts_per_ip_answer_429(client, organisation, settings):
    cache.clear()
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "login": "30/m/ip"}
    statuses = [
        client.post("/accounts/login/", {"login": f"iemand{i}@utrecht.nl", "password": "fout"}).status_code
        for i in range(32)
    ]

    assert statuses[0] == 200
    assert statuses[-1] == 429


def test_password_reset_is_rate_limited(client, organisation):
    cache.clear()
    partner(organisation, email="vergeten@utrecht.nl")
    statuses = [
        client.post("/accounts/password/reset/", {"email": "vergeten@utrecht.nl"}).status_code for _ in range(7)
    ]

    assert statuses[0] == 302
    assert 429 in statuses


def test_data_export_holds_what_we_know(client, organisation):
    user = partner(organisation, email="export@utrecht.nl", name="Eva Export", function="Analist")
    client.force_login(user)

    response = client.get("/account/mijn-gegevens/")

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["Cache-Control"] == "private, no-store"
    data = json.loads(response.content)
    assert data["account"]["e-mailadres"] == "export@utrecht.nl"
    assert data["account"]["naam"] == "Eva Export"
    assert data["lidmaatschap"]["organisatie"] == "Gemeente Utrecht"
    assert data["lidmaatschap"]["status"] == "goedgekeurd"
    assert data["e-mailadressen"] == [{"e-mailadres": "export@utrecht.nl", "bevestigd": True, "primair": True}]
    assert "Alle partners" in data["groepen"]
    assert "password" not in response.content.decode()


def test_deleting_the_account_pseudonymises_it(client, organisation):
    user = partner(organisation, email="weg@utrecht.nl", name="Weg Persoon")
    client.post("/accounts/login/", {"login": "weg@utrecht.nl", "password": "geheim-wachtwoord-123"})

    page = client.get("/account/verwijderen/").content.decode()
    assert "pseudoniem" in page
    # Deleting asks for the password again first.
    first = client.post("/account/verwijderen/", {"confirm": "on"})
    assert first.status_code == 302 and first["Location"].startswith("/accounts/reauthenticate/")
    assert User.objects.filter(email="weg@utrecht.nl").exists()
    client.post("/accounts/reauthenticate/", {"password": "geheim-wachtwoord-123"})
    unconfirmed = client.post("/account/verwijderen/", {})
    assert unconfirmed.status_code == 200
    response = client.post("/account/verwijderen/", {"confirm": "on"})

    assert response.status_code == 302
    user.refresh_from_db()
    assert user.email.endswith("@verwijderd.invalid") and user.name == ""
    assert not user.is_active and not user.has_usable_password()
    assert not user.groups.exists()
    assert not User.objects.filter(email="weg@utrecht.nl").exists()
    assert not client.login(email="weg@utrecht.nl", password="geheim-wachtwoord-123")


def test_changing_to_a_non_partner_address_suspends(organisation):
    user = partner(organisation)

    services.email_address_changed(user, "prive@gmail.com")

    user.refresh_from_db()
    assert user.status == MembershipStatus.SUSPENDED
    assert not user.is_approved_partner


def test_changing_the_address_is_verified_and_a_foreign_domain_suspends(client, organisation):
    from django.core import mail

    user = partner(organisation, email="oud@utrecht.nl")
    client.force_login(user)

    client.post("/accounts/reauthenticate/", {"password": "geheim-wachtwoord-123"})
    client.post("/accounts/email/", {"action_add": "", "email": "nieuw@gmail.com"})
    assert User.objects.get(pk=user.pk).is_approved_partner  # nothing changes before verification
    body = next(m for m in mail.outbox if m.to == ["nieuw@gmail.com"]).body
    code = re.search(r"^\s*([A-Z0-9]{4}-[A-Z0-9]{4})\s*$", body, re.MULTILINE).group(1)
    client.post("/accounts/confirm-email/", {"code": code})

    user.refresh_from_db()
    assert user.email == "nieuw@gmail.com"
    assert user.status == MembershipStatus.SUSPENDED
    assert client.get("/besloten/").status_code == 302


def test_a_password_change_sends_a_security_mail(client, organisation):
    from django.core import mail

    user = partner(organisation, email="veilig@utrecht.nl")
    client.force_login(user)

    client.post(
        "/accounts/password/change/",
        {
            "oldpassword": "geheim-wachtwoord-123",
            "password1": "nieuw-lang-wachtwoord-9",
            "password2": "nieuw-lang-wachtwoord-9",
        },
    )

    assert mail.outbox and mail.outbox[-1].to == ["veilig@utrecht.nl"]
    assert "wachtwoord" in mail.outbox[-1].subject.lower() or "password" in mail.outbox[-1].subject.lower()
