"""A work address whose domain KPO does not know: a request to add the organisation lands in
the queue of the region's moderators, who add it (with the domain) or decline, by HTTP."""

import pytest
from django.core import mail
from guardian.shortcuts import assign_perm

from accounts.models import Organisation, OrganisationRequest
from kpo.models import AuditEvent
from tests.factories import OrganisationFactory, PartnerTypeFactory, RegionFactory, partner

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(db):
    north = RegionFactory(name="RIEC Noord-Nederland", slug="riec-noord-nederland")
    south = RegionFactory(name="RIEC Limburg", slug="riec-limburg")
    gemeente = PartnerTypeFactory(name="Gemeente", slug="gemeente")
    known = OrganisationFactory(
        name="Gemeente Groningen", domains=["groningen.nl"], region=north, partner_type=gemeente
    )
    moderator = partner(known, email="moderator@groningen.nl")
    assign_perm("accounts.moderate_region", moderator, north)
    other_moderator = partner(OrganisationFactory(region=south), email="moderator@limburg.nl")
    assign_perm("accounts.moderate_region", other_moderator, south)
    return {"north": north, "south": south, "gemeente": gemeente, "moderator": moderator, "other": other_moderator}


def ask(client, world, email="j.jansen@noordenveld.nl", **extra):
    data = {
        "email": email,
        "name": "Jan Jansen",
        "function": "Adviseur openbare orde",
        "organisation_name": "Gemeente Noordenveld",
        "partner_type": world["gemeente"].pk,
        "region": world["north"].pk,
        "message": "",
        **extra,
    }
    return client.post("/account/organisatie-aanmelden/", data)


def test_the_sign_up_refusal_leads_to_the_request_form(client, world):
    page = client.get("/account/organisatie-aanmelden/").content.decode()
    assert "Uw organisatie laten toevoegen" in page and "Naam van uw organisatie" in page


def test_a_request_lands_in_the_queue_of_the_regions_moderators_only(client, world):
    response = ask(client, world)

    assert response.status_code == 200
    assert "Wij hebben uw verzoek ontvangen" in response.content.decode()
    request = OrganisationRequest.objects.get()
    assert request.domain == "noordenveld.nl" and request.status == OrganisationRequest.Status.OPEN
    assert [m.to for m in mail.outbox] == [["moderator@groningen.nl"]]
    assert "Jan Jansen" not in mail.outbox[0].body  # the mail names no one
    assert AuditEvent.objects.filter(action="organisation_requested").exists()

    client.force_login(world["moderator"])
    assert "Gemeente Noordenveld" in client.get("/account/moderatie/").content.decode()
    client.force_login(world["other"])
    assert "Gemeente Noordenveld" not in client.get("/account/moderatie/").content.decode()
    refused = client.post(f"/account/moderatie/organisaties/{request.pk}/", {"decision": "decline", "reason": "x"})
    assert refused.status_code == 404


def test_the_moderator_adds_the_organisation_and_then_sign_up_works(client, world):
    ask(client, world)
    request = OrganisationRequest.objects.get()
    mail.outbox.clear()
    client.force_login(world["moderator"])

    response = client.post(
        f"/account/moderatie/organisaties/{request.pk}/",
        {
            "decision": "add",
            "name": "Gemeente Noordenveld",
            "partner_type": world["gemeente"].pk,
            "region": world["north"].pk,
        },
        follow=True,
    )

    assert "Gemeente Noordenveld is toegevoegd met het e-maildomein noordenveld.nl" in response.content.decode()
    organisation = Organisation.objects.get(name="Gemeente Noordenveld")
    assert list(organisation.domains.values_list("domain", flat=True)) == ["noordenveld.nl"]
    assert organisation.approval_policy == Organisation.ApprovalPolicy.MODERATED
    request.refresh_from_db()
    assert request.status == OrganisationRequest.Status.ADDED and request.decided_by == world["moderator"]
    assert AuditEvent.objects.filter(action="organisation_request_added", actor=world["moderator"]).exists()
    assert mail.outbox[0].to == ["j.jansen@noordenveld.nl"]
    assert "/accounts/signup/" in mail.outbox[0].body
    # The request is decided: it is gone from the queue.
    assert "Gemeente Noordenveld</h3>" not in client.get("/account/moderatie/").content.decode()

    client.logout()
    signup = client.post(
        "/accounts/signup/",
        {
            "name": "Jan Jansen",
            "email": "j.jansen@noordenveld.nl",
            "function": "Adviseur",
            "password1": "een-lang-wachtwoord-2026",
            "password2": "een-lang-wachtwoord-2026",
        },
    )
    assert signup.status_code == 302


def test_the_moderator_declines_with_a_reason(client, world):
    ask(client, world)
    request = OrganisationRequest.objects.get()
    mail.outbox.clear()
    client.force_login(world["moderator"])

    without_reason = client.post(f"/account/moderatie/organisaties/{request.pk}/", {"decision": "decline"})
    assert without_reason.status_code == 400
    client.post(f"/account/moderatie/organisaties/{request.pk}/", {"decision": "decline", "reason": "Geen partner."})

    request.refresh_from_db()
    assert request.status == OrganisationRequest.Status.DECLINED
    assert "Geen partner." in mail.outbox[0].body
    assert not Organisation.objects.filter(name="Gemeente Noordenveld").exists()
    assert AuditEvent.objects.filter(action="organisation_request_declined").exists()


@pytest.mark.parametrize(
    ("email", "error"),
    [
        ("iemand@gmail.com", "privé-e-mailadres"),
        ("collega@groningen.nl", "Uw organisatie staat al in de lijst"),
    ],
)
def test_private_and_known_domains_are_sent_elsewhere_and_the_input_stays(client, world, email, error):
    response = ask(client, world, email=email)

    assert response.status_code == 400
    page = response.content.decode()
    assert error in page
    assert 'value="Gemeente Noordenveld"' in page
    assert not OrganisationRequest.objects.exists()


def main(response):
    return response.content.decode().split("<main", 1)[1].split("</main>", 1)[0]


def test_asking_twice_answers_the_same_and_makes_one_request(client, world):
    first = ask(client, world)
    second = ask(client, world)
    assert first.status_code == second.status_code == 200
    assert main(first) == main(second)
    assert OrganisationRequest.objects.count() == 1


def test_requests_are_rate_limited(client, world):
    for number in range(5):
        assert ask(client, world, email=f"p{number}@nieuw{number}.nl").status_code == 200
    assert ask(client, world, email="p9@nieuw9.nl").status_code == 429
    assert OrganisationRequest.objects.count() == 5


def test_no_account_oracle_the_answer_does_not_depend_on_existing_accounts(client, world):
    # An address with an account (at a known domain) gets the known-domain answer whatever the
    # account; an unknown domain cannot have an account. Same page for two unknown addresses.
    assert main(ask(client, world, email="a@nieuwgemeente.nl")) == main(ask(client, world, email="b@andere.nl"))


def test_the_queue_costs_the_same_queries_for_more_requests(client, world, django_assert_num_queries):
    def requests(count, start):
        for number in range(start, start + count):
            OrganisationRequest.objects.create(
                email=f"p@gemeente{number}.nl",
                name="P",
                function="F",
                organisation_name=f"Gemeente {number}",
                partner_type=world["gemeente"],
                region=world["north"],
            )

    client.force_login(world["moderator"])
    requests(2, 0)
    client.get("/account/moderatie/")  # warm up: session, content types
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        assert client.get("/account/moderatie/").status_code == 200
    requests(8, 2)
    with django_assert_num_queries(len(few)):
        page = client.get("/account/moderatie/").content.decode()
    assert page.count("Organisatie toevoegen<span") == 10


def test_welcome_and_request_pages_have_few_queries(client, world, django_assert_max_num_queries):
    with django_assert_max_num_queries(6):
        assert client.get("/account/organisatie-aanmelden/").status_code == 200
    client.force_login(world["moderator"])
    client.get("/")  # the header's unread count is kept for a minute (follows.context)
    with django_assert_max_num_queries(8):
        assert client.get("/account/welkom/").status_code == 200


def test_adding_an_organisation_with_a_name_in_use_says_why(client, world):
    ask(client, world, organisation_name="Gemeente Groningen")
    request = OrganisationRequest.objects.get()
    client.force_login(world["moderator"])
    response = client.post(
        f"/account/moderatie/organisaties/{request.pk}/",
        {"decision": "add", "name": "Gemeente Groningen", "partner_type": world["gemeente"].pk, "region": ""},
        follow=True,
    )
    assert "Er is al een organisatie met deze naam. Kies een andere naam" in response.content.decode()
    request.refresh_from_db()
    assert request.status == OrganisationRequest.Status.OPEN
