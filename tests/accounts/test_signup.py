"""Sign-up, verification and approval, through HTTP as an applicant and a moderator would."""

import re

import pytest
from django.core import mail
from guardian.shortcuts import assign_perm

from accounts.models import MembershipStatus, Organisation, User
from tests.factories import OrganisationFactory, RegionFactory, partner

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(db):
    rotterdam_region = RegionFactory(name="RIEC Rotterdam", slug="riec-rotterdam")
    orgs = {
        "amsterdam": OrganisationFactory(
            name="Gemeente Amsterdam",
            domains=["amsterdam.nl"],
            approval_policy=Organisation.ApprovalPolicy.AUTOMATIC,
        ),
        "rotterdam": OrganisationFactory(name="Gemeente Rotterdam", domains=["rotterdam.nl"], region=rotterdam_region),
        "belastingdienst": OrganisationFactory(name="Belastingdienst", domains=["belastingdienst.nl"], region=None),
        "toeslagen": OrganisationFactory(name="Toeslagen", domains=["belastingdienst.nl"], region=None),
    }
    region_moderator = partner(orgs["amsterdam"], email="moderator@amsterdam.nl")
    assign_perm("accounts.moderate_region", region_moderator, rotterdam_region)
    org_moderator = partner(orgs["belastingdienst"], email="moderator@belastingdienst.nl")
    assign_perm("accounts.moderate_organisation", org_moderator, orgs["toeslagen"])
    return orgs


def sign_up(client, email, **extra):
    data = {
        "name": "Nieuwe Collega",
        "email": email,
        "function": "Adviseur",
        "password1": "een-lang-wachtwoord-2026",
        "password2": "een-lang-wachtwoord-2026",
        **extra,
    }
    return client.post("/accounts/signup/", data)


def verify_from_mail(client, message):
    """Type the code from the mail in the browser session that signed up."""
    code = re.search(r"^\s*([A-Z0-9]{4}-[A-Z0-9]{4})\s*$", message.body, re.MULTILINE).group(1)
    return client.post("/accounts/confirm-email/", {"code": code}, follow=True)


@pytest.mark.parametrize(
    "email",
    [
        "iemand@gmail.com",
        "x@amsterdam.nl.evil.com",
        "x@sub.amsterdam.nl",
        "x@evil-amsterdam.nl",
        "x@amsterdam.nl@evil.com",
    ],
)
def test_a_domain_of_no_partner_is_refused_and_no_account_is_made(client, world, email):
    response = sign_up(client, email)

    page = response.content.decode()
    assert response.status_code == 200
    assert User.objects.filter(email__iexact=email).count() == 0
    assert "Alleen medewerkers van de convenantpartners" in page or "geldig e-mailadres" in page
    # What was typed is shown again.
    assert 'value="Nieuwe Collega"' in page
    assert len(mail.outbox) == 0


def test_the_refusal_offers_a_way_forward(client, world):
    page = sign_up(client, "iemand@gemeente-nergens.nl").content.decode()

    assert "Alleen medewerkers van de convenantpartners" in page
    assert 'href="/account/organisatie-aanmelden/"' in page
    assert "Vraag aan dat wij uw organisatie toevoegen." in page


def test_automatic_approval_after_verification(client, world):
    response = sign_up(client, "Analist2@AMSTERDAM.NL")

    assert response.status_code == 302
    user = User.objects.get(email="analist2@amsterdam.nl")
    assert user.organisation == world["amsterdam"]
    assert user.status == MembershipStatus.PENDING
    assert user.groups.count() == 0

    verify_from_mail(client, mail.outbox[-1])

    user.refresh_from_db()
    assert user.status == MembershipStatus.APPROVED
    group_names = set(user.groups.values_list("name", flat=True))
    assert {"Organisatie: Gemeente Amsterdam", "Alle partners"} <= group_names
    assert "goedgekeurd" in mail.outbox[-1].subject


def test_moderated_domain_waits_for_a_moderator_who_approves(client, world):
    sign_up(client, "nieuw@rotterdam.nl")
    verify_from_mail(client, mail.outbox[-1])
    user = User.objects.get(email="nieuw@rotterdam.nl")

    assert user.status == MembershipStatus.PENDING
    to_moderator = [m for m in mail.outbox if m.to == ["moderator@amsterdam.nl"]]
    assert len(to_moderator) == 1 and "/account/moderatie/" in to_moderator[0].body

    client.login(email="nieuw@rotterdam.nl", password="een-lang-wachtwoord-2026")
    status_page = client.get("/besloten/", follow=True).content.decode()
    assert "Uw aanvraag wacht op goedkeuring" in status_page
    client.logout()

    client.login(email="moderator@amsterdam.nl", password="geheim-wachtwoord-123")
    queue = client.get("/account/moderatie/").content.decode()
    assert "nieuw@rotterdam.nl" in queue
    client.post(f"/account/moderatie/{user.pk}/", {"decision": "approve"})

    user.refresh_from_db()
    assert user.status == MembershipStatus.APPROVED
    assert user.status_changed_by.email == "moderator@amsterdam.nl"
    assert mail.outbox[-1].to == ["nieuw@rotterdam.nl"] and "goedgekeurd" in mail.outbox[-1].subject


def test_rejection_needs_a_reason_and_mails_it(client, world):
    sign_up(client, "nieuw@rotterdam.nl")
    verify_from_mail(client, mail.outbox[-1])
    user = User.objects.get(email="nieuw@rotterdam.nl")
    client.login(email="moderator@amsterdam.nl", password="geheim-wachtwoord-123")

    without = client.post(f"/account/moderatie/{user.pk}/", {"decision": "reject", "reason": ""})
    assert without.status_code == 400
    user.refresh_from_db()
    assert user.status == MembershipStatus.PENDING

    client.post(f"/account/moderatie/{user.pk}/", {"decision": "reject", "reason": "Geen medewerker van de gemeente."})
    user.refresh_from_db()
    assert user.status == MembershipStatus.REJECTED
    assert "Geen medewerker van de gemeente." in mail.outbox[-1].body
    client.logout()
    client.login(email="nieuw@rotterdam.nl", password="een-lang-wachtwoord-2026")
    page = client.get("/account/").content.decode()
    assert "Uw aanvraag is afgewezen" in page and "Geen medewerker van de gemeente." in page


def test_shared_domain_asks_which_organisation(client, world):
    first = sign_up(client, "medewerker@belastingdienst.nl")

    assert first.status_code == 200
    page = first.content.decode()
    assert "Kies bij welke organisatie u werkt" in page
    assert "Toeslagen" in page and "Belastingdienst" in page
    assert not User.objects.filter(email="medewerker@belastingdienst.nl").exists()

    sign_up(client, "medewerker@belastingdienst.nl", organisation=world["toeslagen"].pk)
    user = User.objects.get(email="medewerker@belastingdienst.nl")
    assert user.organisation == world["toeslagen"]

    # Another organisation's id is not accepted for this domain.
    sign_up(client, "ander@belastingdienst.nl", organisation=world["rotterdam"].pk)
    assert not User.objects.filter(email="ander@belastingdienst.nl").exists()


def test_moderators_only_see_and_decide_their_own_applications(client, world):
    sign_up(client, "nieuw@rotterdam.nl")
    verify_from_mail(client, mail.outbox[-1])
    applicant = User.objects.get(email="nieuw@rotterdam.nl")

    client.login(email="moderator@belastingdienst.nl", password="geheim-wachtwoord-123")
    assert "nieuw@rotterdam.nl" not in client.get("/account/moderatie/").content.decode()
    assert client.post(f"/account/moderatie/{applicant.pk}/", {"decision": "approve"}).status_code == 404

    plain = partner(world["amsterdam"], email="gewoon@amsterdam.nl")
    client.force_login(plain)
    assert client.get("/account/moderatie/").status_code == 404
    applicant.refresh_from_db()
    assert applicant.status == MembershipStatus.PENDING


def test_unverified_sign_up_cannot_log_in(client, world):
    sign_up(client, "nieuw@rotterdam.nl")

    response = client.post(
        "/accounts/login/",
        {"login": "nieuw@rotterdam.nl", "password": "een-lang-wachtwoord-2026"},
        follow=True,
    )

    assert "/accounts/confirm-email/" in response.redirect_chain[-1][0]
    assert client.get("/besloten/").status_code == 302


def test_sign_ups_per_ip_answer_429(client, world):
    statuses = [sign_up(client, f"iemand{i}@gmail.com").status_code for i in range(21)]

    assert statuses[0] == 200
    assert statuses[-1] == 429
