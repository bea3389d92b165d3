"""Identity: who proves what, in which session (issue 13, observations 1–5).

Each test plays an attack through HTTP the way it was reproduced, and would let the
attacker in on link-based verification, `move_to_organisation` keeping approval, and so on."""

import re
from unittest import mock
from urllib.parse import urlsplit

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.auth.hashers import MD5PasswordHasher
from django.core import mail
from django.core.cache import cache
from django.test import Client
from guardian.shortcuts import assign_perm

from accounts import services
from accounts.models import MembershipStatus, Organisation, User
from kpo.models import AuditEvent
from tests.factories import OrganisationFactory, document, partner

pytestmark = pytest.mark.django_db

PASSWORD = "een-lang-wachtwoord-2026"
CODE = r"^\s*([A-Z0-9]{4}-[A-Z0-9]{4})\s*$"
EVIL_NAME = "ICT Politie: uw account wordt verwijderd, log in via https://evil.example/kpo"


@pytest.fixture
def politie(db):
    return OrganisationFactory(
        name="Politie", domains=["politie.nl"], region=None, approval_policy=Organisation.ApprovalPolicy.AUTOMATIC
    )


@pytest.fixture
def amsterdam(db):
    return OrganisationFactory(
        name="Gemeente Amsterdam", domains=["amsterdam.nl"], approval_policy=Organisation.ApprovalPolicy.AUTOMATIC
    )


@pytest.fixture
def politie_document(politie):
    return document("Alleen voor de Politie", politie, groups={services.audience_group(politie)})


def sign_up(client, email, name="Nieuwe Collega", password=PASSWORD, **extra):
    data = {"name": name, "email": email, "function": "Adviseur", "password1": password, "password2": password}
    return client.post("/accounts/signup/", {**data, **extra})


def code_in(message) -> str:
    return re.search(CODE, message.body, re.MULTILINE).group(1)


def click_everything_in(message, client) -> None:
    """What a mailbox owner might do with any mail: open every link, type any code it shows."""
    for url in re.findall(r"https?://[^\s]+", message.body):
        bits = urlsplit(url)
        path = bits.path + (f"?{bits.query}" if bits.query else "")
        client.get(path)
        client.post(path)
    for code in re.findall(CODE, message.body, re.MULTILINE):
        client.post("/accounts/confirm-email/", {"code": code})


def mails_to(address):
    return [m for m in mail.outbox if address in m.to]


# Observation 1: pre-hijacking at sign-up.


def test_a_click_by_the_mailbox_owner_does_not_approve_an_account_someone_else_signed_up(
    client, politie, politie_document
):
    attacker = client
    sign_up(attacker, "wijkagent7@politie.nl")
    victim = Client()
    for message in mails_to("wijkagent7@politie.nl"):
        click_everything_in(message, victim)

    fresh = Client()
    fresh.post("/accounts/login/", {"login": "wijkagent7@politie.nl", "password": PASSWORD})
    for browser in (attacker, fresh):
        response = browser.get("/besloten/")
        assert response.status_code == 302
        assert "Alleen voor de Politie" not in browser.get("/besloten/", follow=True).content.decode()
    user = User.objects.get(email="wijkagent7@politie.nl")
    assert user.status == MembershipStatus.PENDING
    assert not EmailAddress.objects.filter(user=user, verified=True).exists()


def test_the_code_typed_in_the_signing_up_session_signs_in_and_approves(client, politie, politie_document):
    response = sign_up(client, "wijkagent8@politie.nl")
    assert response.status_code == 302 and response["Location"] == "/accounts/confirm-email/"

    page = client.get("/accounts/confirm-email/").content.decode()
    assert "Voer de code in" in page or "code" in page.lower()
    response = client.post("/accounts/confirm-email/", {"code": code_in(mails_to("wijkagent8@politie.nl")[-1])})

    assert response.status_code == 302
    user = User.objects.get(email="wijkagent8@politie.nl")
    assert user.status == MembershipStatus.APPROVED
    assert "Alleen voor de Politie" in client.get("/besloten/").content.decode()



def test_a_mailbox_at_a_shared_domain_does_not_pick_the_organisation_that_approves_automatically(client):
    # Both organisations receive mail at belastingdienst.nl: the mailbox proves that the
    # person works at one of them, not which. Choosing the one that approves automatically
    # must not skip the moderators of the one they may really work at.
    toeslagen = OrganisationFactory(
        name="Toeslagen", domains=["belastingdienst.nl"], approval_policy=Organisation.ApprovalPolicy.AUTOMATIC
    )
    fiod = OrganisationFactory(name="FIOD", domains=["belastingdienst.nl"])
    moderator = partner(toeslagen, email="moderator@belastingdienst.nl")
    assign_perm("accounts.moderate_organisation", moderator, toeslagen)
    document("Alleen voor Toeslagen", toeslagen, groups={services.audience_group(toeslagen)})
    assert fiod.approval_policy == Organisation.ApprovalPolicy.MODERATED

    sign_up(client, "rechercheur@belastingdienst.nl", organisation=toeslagen.pk)
    client.post("/accounts/confirm-email/", {"code": code_in(mails_to("rechercheur@belastingdienst.nl")[-1])})

    person = User.objects.get(email="rechercheur@belastingdienst.nl")
    assert person.organisation == toeslagen
    assert person.status == MembershipStatus.PENDING
    assert "Alleen voor Toeslagen" not in client.get("/besloten/").content.decode()
    assert mails_to("moderator@belastingdienst.nl")  # a moderator decides

def test_logging_in_to_an_unverified_account_asks_for_a_code_that_only_that_session_can_use(
    client, politie, politie_document
):
    sign_up(Client(), "wijkagent9@politie.nl")  # the attacker's sign-up, left behind
    mail.outbox.clear()
    cache.clear()  # later: one verification mail per address per three minutes
    attacker = client
    response = attacker.post("/accounts/login/", {"login": "wijkagent9@politie.nl", "password": PASSWORD})
    assert response["Location"] == "/accounts/confirm-email/"

    victim = Client()
    click_everything_in(mails_to("wijkagent9@politie.nl")[-1], victim)

    assert attacker.get("/besloten/").status_code == 302
    assert User.objects.get(email="wijkagent9@politie.nl").status == MembershipStatus.PENDING


def test_the_mailbox_owner_takes_over_a_pre_registered_address_by_password_reset(client, politie):
    sign_up(Client(), "wijkagent10@politie.nl", name=EVIL_NAME, password="aanvaller-wachtwoord-2026")
    mail.outbox.clear()
    cache.clear()  # later: one verification mail per address per three minutes

    # The owner signs up: the same answer as for a new address, and a mail that says what to do.
    response = sign_up(client, "wijkagent10@politie.nl")
    assert response["Location"] == "/accounts/confirm-email/"
    reset_url = re.search(r"https?://\S+/accounts/password/reset/\S*", mails_to("wijkagent10@politie.nl")[-1].body)
    assert reset_url
    client.post("/accounts/password/reset/", {"email": "wijkagent10@politie.nl"})
    link = re.search(r"https?://\S+/accounts/password/reset/key/\S+", mails_to("wijkagent10@politie.nl")[-1].body)
    path = "/" + link.group(0).split("://", 1)[1].split("/", 1)[1]
    form_page = client.get(path, follow=True)
    client.post(
        form_page.redirect_chain[-1][0], {"password1": "eigen-wachtwoord-2026", "password2": "eigen-wachtwoord-2026"}
    )
    cache.clear()  # later: one verification mail per address per three minutes

    # The attacker's password no longer opens the account.
    assert not Client().login(email="wijkagent10@politie.nl", password="aanvaller-wachtwoord-2026")
    owner = Client()
    response = owner.post("/accounts/login/", {"login": "wijkagent10@politie.nl", "password": "eigen-wachtwoord-2026"})
    assert response["Location"] == "/accounts/confirm-email/"
    owner.post("/accounts/confirm-email/", {"code": code_in(mails_to("wijkagent10@politie.nl")[-1])})
    taken_over = User.objects.get(email="wijkagent10@politie.nl")
    assert taken_over.status == MembershipStatus.APPROVED
    # What the attacker typed does not end up in the directory under the owner's address.
    assert EVIL_NAME not in (taken_over.name, taken_over.function)
    assert EVIL_NAME not in owner.get("/account/").content.decode()


# Observation 2: moving organisation by e-mail change.


def reauthenticate(client, password="geheim-wachtwoord-123"):
    return client.post("/accounts/reauthenticate/", {"password": password})


def test_adding_an_address_asks_for_the_password_first(client, amsterdam, politie):
    attacker = partner(amsterdam, email="insider@amsterdam.nl")
    client.force_login(attacker)

    response = client.post("/accounts/email/", {"email": "victim2@politie.nl", "action_add": ""})

    assert response.status_code == 302 and response["Location"].startswith("/accounts/reauthenticate/")
    assert mails_to("victim2@politie.nl") == []


def test_a_click_by_the_owner_of_the_new_address_moves_nobody(client, amsterdam, politie, politie_document):
    attacker = partner(amsterdam, email="insider@amsterdam.nl")
    client.force_login(attacker)
    reauthenticate(client)
    client.post("/accounts/email/", {"email": "victim2@politie.nl", "action_add": ""})

    victim = Client()
    for message in mails_to("victim2@politie.nl"):
        click_everything_in(message, victim)

    attacker.refresh_from_db()
    assert attacker.organisation == amsterdam and attacker.email == "insider@amsterdam.nl"
    assert "Alleen voor de Politie" not in client.get("/besloten/").content.decode()


def test_a_change_of_address_proved_in_the_own_session_moves_and_is_decided_again(
    client, amsterdam, politie, politie_document
):
    person = partner(amsterdam, email="overstapper@amsterdam.nl")
    moderated = OrganisationFactory(name="Douane", domains=["douane.nl"], region=None)
    client.force_login(person)
    reauthenticate(client)
    response = client.post("/accounts/email/", {"email": "overstapper@douane.nl", "action_add": ""})
    assert response["Location"] == "/accounts/confirm-email/"

    client.post("/accounts/confirm-email/", {"code": code_in(mails_to("overstapper@douane.nl")[-1])})

    person.refresh_from_db()
    assert person.email == "overstapper@douane.nl"
    assert person.organisation == moderated
    assert person.status == MembershipStatus.PENDING
    assert not person.groups.exists()
    moved = AuditEvent.objects.get(action="membership_moved", target_id=str(person.pk))
    assert moved.actor == person


def test_moving_someone_in_the_admin_ends_access_until_decided_again(client, amsterdam, politie, politie_document):
    person = partner(amsterdam, email="agent@politie.nl")
    admin = User.objects.create_superuser("admin@liec.nl", "geheim-wachtwoord-123")
    client.force_login(admin)
    page = client.get(f"/admin/accounts/user/{person.pk}/change/")
    form = page.context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and not isinstance(v, list | tuple)}
    data.update(
        {
            "email": person.email,
            "organisation": politie.pk,
            "is_active": "on",
            "date_joined_0": "2026-01-01",
            "date_joined_1": "10:00:00",
        }
    )
    response = client.post(f"/admin/accounts/user/{person.pk}/change/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors

    person.refresh_from_db()
    assert person.organisation == politie
    assert person.status == MembershipStatus.PENDING
    assert not person.groups.exists()
    moved = AuditEvent.objects.get(action="membership_moved", target_id=str(person.pk))
    assert moved.actor == admin
    assert client.get("/besloten/").status_code in (200, 302)  # the admin's own view is not the point
    mover = Client()
    mover.force_login(person)
    assert mover.get("/besloten/").status_code == 302



def test_changing_someones_address_in_the_admin_moves_them_as_a_change_by_mail_would(
    client, amsterdam, politie, politie_document
):
    # The admin's e-mail field is another way to change an address: the organisation
    # follows the new address, and access ends until that organisation decided.
    person = partner(amsterdam, email="ambtenaar@amsterdam.nl")
    admin = User.objects.create_superuser("admin@liec.nl", "geheim-wachtwoord-123")
    client.force_login(admin)
    page = client.get(f"/admin/accounts/user/{person.pk}/change/")
    form = page.context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and not isinstance(v, list | tuple)}
    data.update(
        {
            "email": "agent@politie.nl",
            "organisation": amsterdam.pk,
            "is_active": "on",
            "date_joined_0": "2026-01-01",
            "date_joined_1": "10:00:00",
        }
    )
    response = client.post(f"/admin/accounts/user/{person.pk}/change/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors

    person.refresh_from_db()
    assert person.organisation == politie
    assert person.status == MembershipStatus.PENDING
    assert not person.groups.exists()
    assert AuditEvent.objects.get(action="membership_moved", target_id=str(person.pk)).actor == admin
    mover = Client()
    mover.force_login(person)
    assert mover.get("/besloten/").status_code == 302

def test_a_domain_moving_to_another_organisation_ends_access_of_its_members(client, amsterdam, politie):
    person = partner(amsterdam, email="ambtenaar@amsterdam.nl")
    admin = User.objects.create_superuser("admin@liec.nl", "geheim-wachtwoord-123")
    client.force_login(admin)

    # The domain moves: it is added to Politie, then taken from Amsterdam.
    def save_domains(organisation, domains):
        current = list(organisation.domains.order_by("pk"))
        data = {
            "name": organisation.name,
            "slug": organisation.slug,
            "partner_type": organisation.partner_type_id,
            "region": organisation.region_id or "",
            "approval_policy": organisation.approval_policy,
            "domains-TOTAL_FORMS": str(len(current) + 1),
            "domains-INITIAL_FORMS": str(len(current)),
            "domains-MIN_NUM_FORMS": "0",
            "domains-MAX_NUM_FORMS": "1000",
        }
        for i, row in enumerate(current):
            data.update(
                {
                    f"domains-{i}-id": row.pk,
                    f"domains-{i}-organisation": organisation.pk,
                    f"domains-{i}-domain": row.domain,
                }
            )
            if row.domain not in domains:
                data[f"domains-{i}-DELETE"] = "on"
        new = [d for d in domains if d not in {r.domain for r in current}]
        data.update(
            {
                f"domains-{len(current)}-organisation": organisation.pk,
                f"domains-{len(current)}-domain": new[0] if new else "",
            }
        )
        response = client.post(f"/admin/accounts/organisation/{organisation.pk}/change/", data)
        assert response.status_code == 302, response.context["errors"]

    save_domains(politie, ["politie.nl", "amsterdam.nl"])
    save_domains(amsterdam, [])

    person.refresh_from_db()
    assert person.organisation == politie
    assert person.status == MembershipStatus.PENDING
    assert not person.groups.exists()
    assert AuditEvent.objects.get(action="membership_moved", target_id=str(person.pk)).actor == admin


def test_moving_to_an_automatic_organisation_waits_for_a_fresh_mailbox_proof(client, amsterdam, politie):
    person = partner(amsterdam, email="agent@politie.nl")
    services.move_to_organisation(person, politie, by=None)
    person.refresh_from_db()
    assert person.status == MembershipStatus.PENDING

    client.force_login(person)
    page = client.get("/account/").content.decode()
    assert "/account/bevestigen/" in page
    client.post("/account/bevestigen/", {"action": "send"})
    client.post(
        "/account/bevestigen/",
        {"code": code_in(mails_to("agent@politie.nl")[-1]), "function": "Wijkagent", "organisation_confirmed": "on"},
    )

    person.refresh_from_db()
    assert person.status == MembershipStatus.APPROVED
    assert person.groups.filter(name="Organisatie: Politie").exists()


# Observation 3: no account oracle.


def count_hashing(callable_):
    with mock.patch.object(MD5PasswordHasher, "encode", autospec=True, side_effect=MD5PasswordHasher.encode) as encode:
        response = callable_()
    return response, encode.call_count


def test_sign_up_answers_the_same_and_hashes_the_password_whether_the_address_exists(client, politie):
    partner(politie, email="bestaat@politie.nl")

    existing, hashed_existing = count_hashing(lambda: sign_up(Client(), "bestaat@politie.nl"))
    new, hashed_new = count_hashing(lambda: sign_up(Client(), "nieuw@politie.nl"))

    assert (existing.status_code, existing["Location"]) == (new.status_code, new["Location"])
    assert hashed_new >= 1
    assert hashed_existing == hashed_new


def test_login_answers_the_same_and_hashes_whether_the_address_exists(client, politie):
    partner(politie, email="bestaat@politie.nl")

    existing, hashed_existing = count_hashing(
        lambda: Client().post("/accounts/login/", {"login": "bestaat@politie.nl", "password": "fout-wachtwoord-1"})
    )
    new, hashed_new = count_hashing(
        lambda: Client().post("/accounts/login/", {"login": "niemand@politie.nl", "password": "fout-wachtwoord-1"})
    )

    assert existing.status_code == new.status_code == 200

    def page(response, name):
        return re.sub(r'value="[^"]{64}"', "", response.content.decode().replace(name, "X"))

    assert page(existing, "bestaat") == page(new, "niemand")
    assert hashed_existing == hashed_new >= 1


def test_password_reset_answers_the_same_whether_the_address_exists(client, politie):
    partner(politie, email="bestaat@politie.nl")

    existing = Client().post("/accounts/password/reset/", {"email": "bestaat@politie.nl"})
    new = Client().post("/accounts/password/reset/", {"email": "niemand@politie.nl"})

    assert (existing.status_code, existing["Location"]) == (new.status_code, new["Location"])
    assert len(mails_to("bestaat@politie.nl")) == len(mails_to("niemand@politie.nl")) == 1


def test_adding_an_address_answers_the_same_whether_it_has_an_account(client, politie, amsterdam):
    partner(politie, email="bestaat@politie.nl")
    person = partner(amsterdam, email="iemand@amsterdam.nl")
    client.force_login(person)
    reauthenticate(client)

    existing = client.post("/accounts/email/", {"email": "bestaat@politie.nl", "action_add": ""})
    client.get("/accounts/confirm-email/")
    client.post("/accounts/confirm-email/", {"action_cancel": ""})
    new = client.post("/accounts/email/", {"email": "niemand@politie.nl", "action_add": ""})

    assert (existing.status_code, existing["Location"]) == (new.status_code, new["Location"])


# Observation 4 (allauth's mails) and 11: no typed text, official name, links from KPO_SITE_URL.


def test_the_verification_mail_carries_no_typed_name_and_links_to_the_site(client, politie, settings):
    settings.KPO_SITE_URL = "https://kpo.example.nl"
    client.post(
        "/accounts/signup/",
        {
            "name": EVIL_NAME,
            "email": "wijkagent7@politie.nl",
            "function": EVIL_NAME,
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
        HTTP_HOST="127.0.0.1",
    )

    message = mails_to("wijkagent7@politie.nl")[-1]
    for text in (message.subject, message.body):
        assert "evil.example" not in text and "ICT Politie" not in text
        assert "127.0.0.1" not in text
    assert "Kennisplatform Ondermijning" in message.body


def test_password_reset_links_come_from_the_site_url_not_the_host_header(client, politie, settings):
    settings.KPO_SITE_URL = "https://kpo.example.nl"
    partner(politie, email="bestaat@politie.nl", name=EVIL_NAME)
    sign_up(Client(), "bestaat@politie.nl", HTTP_HOST="localhost")

    client.post("/accounts/password/reset/", {"email": "bestaat@politie.nl"}, HTTP_HOST="localhost")
    client.post("/accounts/password/reset/", {"email": "niemand@politie.nl"}, HTTP_HOST="localhost")

    for message in mail.outbox:
        links = re.findall(r"https?://[^\s/]+", message.body)
        assert links and set(links) == {"https://kpo.example.nl"}, message.body
        assert "localhost" not in message.body and "ICT Politie" not in message.body
        assert "Kennisplatform Ondermijning" in message.body


# Observation 5: MFA before any decision.


@pytest.fixture
def applicant(amsterdam):
    rotterdam = OrganisationFactory(name="Gemeente Rotterdam", domains=["rotterdam.nl"])
    return partner(rotterdam, email="nieuw@rotterdam.nl", status=MembershipStatus.PENDING)


def test_a_superuser_without_mfa_cannot_decide(client, settings, applicant):
    settings.KPO_REQUIRE_MFA = True
    boss = User.objects.create_superuser("baas@liec.nl", "geheim-wachtwoord-123")
    client.force_login(boss)

    page = client.get("/account/moderatie/")
    decide = client.post(f"/account/moderatie/{applicant.pk}/", {"decision": "approve"})
    admin = client.get("/admin/", follow=True)

    assert page.status_code == 302 and page["Location"].startswith("/accounts/2fa/")
    assert decide.status_code == 302 and decide["Location"].startswith("/accounts/2fa/")
    assert admin.redirect_chain[-1][0].startswith("/accounts/2fa/")
    applicant.refresh_from_db()
    assert applicant.status == MembershipStatus.PENDING
    followed = client.get("/account/moderatie/", follow=True).content.decode()
    assert "tweestapsverificatie" in followed


def test_a_moderator_without_mfa_is_sent_to_set_it_up(client, settings, amsterdam, applicant):
    settings.KPO_REQUIRE_MFA = True
    moderator = partner(amsterdam, email="moderator@amsterdam.nl")
    assign_perm("accounts.moderate_organisation", moderator, applicant.organisation)
    client.force_login(moderator)

    page = client.get("/account/moderatie/")

    assert page.status_code == 302 and page["Location"].startswith("/accounts/2fa/")


def test_with_mfa_a_superuser_decides(client, settings, applicant):
    settings.KPO_REQUIRE_MFA = True
    boss = User.objects.create_superuser("baas@liec.nl", "geheim-wachtwoord-123")
    Authenticator.objects.create(user=boss, type=Authenticator.Type.TOTP, data={"secret": "x"})
    client.force_login(boss)

    assert client.get("/account/moderatie/").status_code == 200
    client.post(f"/account/moderatie/{applicant.pk}/", {"decision": "approve"})
    applicant.refresh_from_db()
    assert applicant.status == MembershipStatus.APPROVED


@pytest.mark.parametrize("path", ["/accounts/2fa/totp/activate/", "/accounts/2fa/webauthn/add/"])
def test_enrolling_an_authenticator_asks_for_the_password_first(client, amsterdam, path):
    client.force_login(partner(amsterdam))

    response = client.get(path)

    assert response.status_code == 302 and response["Location"].startswith("/accounts/reauthenticate/")


def test_removing_an_authenticator_asks_for_the_password_first(client, amsterdam):
    person = partner(amsterdam)
    Authenticator.objects.create(user=person, type=Authenticator.Type.TOTP, data={"secret": "x"})
    client.force_login(person)

    response = client.post("/accounts/2fa/totp/deactivate/")

    assert response.status_code == 302 and response["Location"].startswith("/accounts/reauthenticate/")
    assert Authenticator.objects.filter(user=person).exists()
