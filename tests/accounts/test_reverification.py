"""Yearly re-verification: mailbox proof in the own session, organisation and function
confirmed; reminders 30 and 7 days before, once each; access paused after the date."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from guardian.shortcuts import assign_perm

from accounts import services
from accounts.models import MembershipStatus
from tests.factories import OrganisationFactory, partner

pytestmark = pytest.mark.django_db

CODE = r"^\s*([A-Z0-9]{4}-[A-Z0-9]{4})\s*$"


@pytest.fixture
def organisation(db):
    return OrganisationFactory(name="Gemeente Utrecht", domains=["utrecht.nl"])


def days_ago(days):
    return timezone.now() - timedelta(days=days)


def test_after_the_date_the_closed_section_and_network_pause_with_a_pointer(client, organisation, settings):
    settings.KPO_REVERIFY_DAYS = 365
    person = partner(organisation, email="jaar@utrecht.nl", identity_confirmed_at=days_ago(366))
    client.force_login(person)

    for path in ("/besloten/", "/netwerk/"):
        response = client.get(path)
        assert response.status_code == 302 and response["Location"] == "/account/bevestigen/"
    page = client.get("/besloten/", follow=True).content.decode()
    assert "opnieuw te bevestigen" in page
    person.refresh_from_db()
    assert person.status == MembershipStatus.APPROVED and person.groups.exists()  # nothing deleted


def test_re_verifying_in_the_own_session_opens_access_again(client, organisation):
    person = partner(organisation, email="jaar@utrecht.nl", function="Jurist", identity_confirmed_at=days_ago(400))
    client.force_login(person)

    page = client.get("/account/bevestigen/")
    assert page.status_code == 200 and "Gemeente Utrecht" in page.content.decode()
    client.post("/account/bevestigen/", {"action": "send"})
    code = re.search(CODE, mail.outbox[-1].body, re.MULTILINE).group(1)
    assert mail.outbox[-1].to == ["jaar@utrecht.nl"]

    # The code is worth nothing in another session (someone else's browser).
    other = Client()
    other.force_login(person)
    other.post("/account/bevestigen/", {"code": code, "function": "Jurist", "organisation_confirmed": "on"})
    assert client.get("/besloten/").status_code == 302

    without_confirmation = client.post("/account/bevestigen/", {"code": code, "function": "Jurist"})
    assert without_confirmation.status_code == 400
    client.post("/account/bevestigen/", {"code": code, "function": "Senior jurist", "organisation_confirmed": "on"})

    assert client.get("/besloten/").status_code == 200
    person.refresh_from_db()
    assert person.function == "Senior jurist"
    assert person.identity_confirmed_at > days_ago(1)


def test_a_wrong_code_three_times_ends_the_code(client, organisation):
    person = partner(organisation, identity_confirmed_at=days_ago(400))
    client.force_login(person)
    client.post("/account/bevestigen/", {"action": "send"})
    code = re.search(CODE, mail.outbox[-1].body, re.MULTILINE).group(1)

    for _ in range(3):
        client.post("/account/bevestigen/", {"code": "FOUT-CODE", "function": "x", "organisation_confirmed": "on"})
    client.post("/account/bevestigen/", {"code": code, "function": "x", "organisation_confirmed": "on"})

    assert client.get("/besloten/").status_code == 302


def test_reminders_go_30_and_7_days_before_once_each(organisation, settings):
    settings.KPO_REVERIFY_DAYS = 365
    month = partner(organisation, email="maand@utrecht.nl", identity_confirmed_at=days_ago(340))
    week = partner(organisation, email="week@utrecht.nl", identity_confirmed_at=days_ago(360))
    partner(organisation, email="vers@utrecht.nl", identity_confirmed_at=days_ago(10))
    partner(
        organisation, email="wacht@utrecht.nl", status=MembershipStatus.PENDING, identity_confirmed_at=days_ago(360)
    )

    call_command("remind_reverification")
    call_command("remind_reverification")  # a scheduler may run it twice: nothing is sent twice

    assert sorted(m.to[0] for m in mail.outbox) == ["maand@utrecht.nl", "week@utrecht.nl"]
    assert all("/account/bevestigen/" in m.body for m in mail.outbox)
    mail.outbox.clear()

    month.identity_confirmed_at = days_ago(359)  # a few weeks later
    month.save(update_fields=["identity_confirmed_at"])
    call_command("remind_reverification")
    call_command("remind_reverification")

    assert [m.to[0] for m in mail.outbox] == ["maand@utrecht.nl"]
    week.refresh_from_db()
    assert week.reverify_reminders_sent == 2


def test_moderators_see_who_lapsed(client, organisation):
    moderator = partner(organisation, email="moderator@utrecht.nl")
    assign_perm("accounts.moderate_organisation", moderator, organisation)
    partner(organisation, email="verlopen@utrecht.nl", identity_confirmed_at=days_ago(400))
    partner(organisation, email="bijdetijd@utrecht.nl")
    elsewhere = OrganisationFactory(name="Gemeente Zeist", domains=["zeist.nl"])
    partner(elsewhere, email="verlopen@zeist.nl", identity_confirmed_at=days_ago(400))
    client.force_login(moderator)

    page = client.get("/account/moderatie/").content.decode()

    lapsed = page.split("Herbevestiging verlopen", 1)[1]
    assert "verlopen@utrecht.nl" in lapsed
    assert "bijdetijd@utrecht.nl" not in lapsed and "verlopen@zeist.nl" not in lapsed


def test_the_account_page_warns_a_month_ahead(client, organisation):
    client.force_login(partner(organisation, identity_confirmed_at=days_ago(350)))

    page = client.get("/account/").content.decode()

    assert "/account/bevestigen/" in page


def test_sign_up_starts_the_period(organisation):
    person = partner(organisation, status=MembershipStatus.PENDING, identity_confirmed_at=None)

    services.email_verified(person)

    person.refresh_from_db()
    assert person.identity_confirmed_at > days_ago(1)


def test_the_moderation_page_costs_the_same_for_many_people(client, organisation, django_assert_max_num_queries):
    moderator = partner(organisation, email="moderator@utrecht.nl")
    assign_perm("accounts.moderate_organisation", moderator, organisation)
    for i in range(6):
        partner(organisation, email=f"verlopen{i}@utrecht.nl", identity_confirmed_at=days_ago(400))
        partner(organisation, email=f"nieuw{i}@utrecht.nl", status=MembershipStatus.PENDING)
    client.force_login(moderator)
    client.get("/")  # the header's unread count is then kept a minute (follows.context)

    with django_assert_max_num_queries(16):
        page = client.get("/account/moderatie/").content.decode()

    assert page.count("verlopen") >= 6 and page.count("nieuw") >= 6


def test_a_moderator_whose_re_verification_lapsed_confirms_before_deciding(client, organisation):
    moderator = partner(organisation, email="moderator@utrecht.nl", identity_confirmed_at=days_ago(400))
    assign_perm("accounts.moderate_organisation", moderator, organisation)
    applicant = partner(organisation, email="nieuw@utrecht.nl", status=MembershipStatus.PENDING)
    client.force_login(moderator)

    page = client.get("/account/moderatie/")
    decide = client.post(f"/account/moderatie/{applicant.pk}/", {"decision": "approve"})

    assert page["Location"] == decide["Location"] == "/account/bevestigen/"
    applicant.refresh_from_db()
    assert applicant.status == MembershipStatus.PENDING


def test_an_applicant_cannot_mail_the_moderators_again_and_again(organisation):
    # Waiting for a moderator, an applicant may confirm their details on /account/bevestigen/;
    # each fresh session gives a new code at once. The moderators were asked when the
    # mailbox was first proved, and are not mailed for every confirmation after that.
    moderator = partner(organisation, email="moderator@utrecht.nl")
    assign_perm("accounts.moderate_organisation", moderator, organisation)
    applicant = partner(organisation, email="wacht@utrecht.nl", status=MembershipStatus.PENDING)
    services.email_verified(applicant)
    assert len([m for m in mail.outbox if m.to == ["moderator@utrecht.nl"]]) == 1

    for _ in range(3):
        browser = Client()
        browser.force_login(applicant)
        browser.post("/account/bevestigen/", {"action": "send"})
        code = re.search(CODE, mail.outbox[-1].body, re.MULTILINE).group(1)
        response = browser.post(
            "/account/bevestigen/", {"code": code, "function": "Jurist", "organisation_confirmed": "on"}
        )
        assert response.status_code == 302

    assert len([m for m in mail.outbox if m.to == ["moderator@utrecht.nl"]]) == 1
    applicant.refresh_from_db()
    assert applicant.status == MembershipStatus.PENDING
