"""The professional network: who sees whom, and getting in touch."""

import json

import pytest
from django.core import mail

from accounts import services as account_services
from accounts.models import MembershipStatus
from network.models import ContactRequest, Profile
from tests.factories import OrganisationFactory, PhenomenonFactory, ThemeFactory, partner

pytestmark = pytest.mark.django_db


def person(
    organisation,
    email,
    name,
    visibility=Profile.Visibility.ALL_PARTNERS,
    status=MembershipStatus.APPROVED,
    phenomena=(),
    **fields,
):
    user = partner(organisation, email=email, name=name, status=status, **fields)
    profile, _ = Profile.objects.get_or_create(user=user)
    profile.visibility = visibility
    profile.introduction = f"Introductie van {name}"
    profile.completed = True
    profile.save()
    profile.phenomena.set(phenomena)
    return user, profile


@pytest.fixture
def world(db):
    org_a = OrganisationFactory(name="Gemeente A", domains=["a.nl"])
    org_b = OrganisationFactory(name="Politie B", domains=["b.nl"], region=None)
    drugs = PhenomenonFactory(name="Drugs en hennepteelt", slug="drugs")
    people = {
        "a_all": person(org_a, "open@a.nl", "Anna Open", phenomena=[drugs]),
        "a_org": person(org_a, "intern@a.nl", "Ilse Intern", Profile.Visibility.ORGANISATION),
        "a_hidden": person(org_a, "verborgen@a.nl", "Vera Verborgen", Profile.Visibility.NOBODY),
        "a_pending": person(org_a, "wacht@a.nl", "Wim Wacht", status=MembershipStatus.PENDING),
        "a_suspended": person(org_a, "geschorst@a.nl", "Gijs Geschorst", status=MembershipStatus.SUSPENDED),
        "a_inactive": person(org_a, "weg@a.nl", "Willem Weg", is_active=False),
        "b_all": person(org_b, "open@b.nl", "Bram Open"),
    }
    viewers = {
        "same_org": person(org_a, "kijker@a.nl", "Karin Kijker")[0],
        "other_org": person(org_b, "kijker@b.nl", "Kees Kijker")[0],
    }
    return people, viewers, drugs


VISIBLE = {
    "same_org": {"a_all", "a_org", "b_all"},
    "other_org": {"a_all", "b_all"},
}
ALL_NAMES = {
    "a_all": "Anna Open",
    "a_org": "Ilse Intern",
    "a_hidden": "Vera Verborgen",
    "a_pending": "Wim Wacht",
    "a_suspended": "Gijs Geschorst",
    "a_inactive": "Willem Weg",
    "b_all": "Bram Open",
}


@pytest.mark.parametrize("viewer", ["same_org", "other_org"])
def test_visibility_over_list_count_search_detail_and_site_search(client, world, viewer):
    people, viewers, _ = world
    client.force_login(viewers[viewer])
    expected = VISIBLE[viewer]

    page = client.get("/netwerk/").content.decode()
    own_and_others = len(expected) + 2  # both viewers are listed too
    assert f"{own_and_others} personen" in page
    for key, name in ALL_NAMES.items():
        assert (name in page) == (key in expected), (viewer, key, "list")
        searched = client.get("/netwerk/", {"q": name.split()[0]}).content.decode()
        assert (name in searched) == (key in expected), (viewer, key, "search")
        site = client.get("/zoeken/", {"q": name.split()[0]}).content.decode()
        assert (name in site) == (key in expected), (viewer, key, "zoeken")
        detail = client.get(f"/netwerk/{people[key][1].public_id}/")
        assert detail.status_code == (200 if key in expected else 404), (viewer, key, "detail")


@pytest.mark.parametrize(
    "role",
    ["anonymous", "pending", "suspended"],
)
def test_only_approved_partners_reach_the_network(client, world, role):
    people, _, _ = world
    if role != "anonymous":
        client.force_login(people[f"a_{role}"][0])

    response = client.get("/netwerk/")
    profile = client.get(f"/netwerk/{people['a_all'][1].public_id}/")

    assert response.status_code == profile.status_code == 302
    assert "Anna Open" not in client.get("/zoeken/", {"q": "Anna"}).content.decode()


def test_filters_combine_and_count_only_visible_people(client, world):
    people, viewers, drugs = world
    client.force_login(viewers["other_org"])

    page = client.get("/netwerk/", {"fenomeen": "drugs"}).content.decode()

    assert "1 persoon" in page and "Anna Open" in page and "Bram Open" not in page
    both = client.get("/netwerk/", {"fenomeen": "drugs", "organisatie": people["b_all"][0].organisation.slug})
    assert "0 personen" in both.content.decode()
    # Counts per organisation: Gemeente A shows only Anna (Ilse is internal to A).
    full = client.get("/netwerk/").content.decode()
    assert "Gemeente A\n" in full or "Gemeente A" in full
    assert full.count("Ilse Intern") == 0


def test_profiles_have_random_ids(world):
    people, _, _ = world
    ids = [p.public_id for _, p in people.values()]
    assert all(len(str(i)) == 36 for i in ids)


def test_contact_flow_end_to_end_with_emails(client, world):
    people, viewers, _ = world
    sender = viewers["other_org"]
    recipient, profile = people["a_all"]
    client.force_login(sender)

    page = client.get(f"/netwerk/{profile.public_id}/").content.decode()
    assert recipient.email not in page  # no address before acceptance
    client.post(f"/netwerk/{profile.public_id}/contact/", {"message": "Zullen we kennis delen?"})

    request = ContactRequest.objects.get()
    assert request.status == ContactRequest.Status.OPEN
    assert mail.outbox[-1].to == [recipient.email]
    # The mail says there is a request; what the sender typed is read on the site.
    assert "Zullen we kennis delen?" not in mail.outbox[-1].body
    assert sender.email not in mail.outbox[-1].body

    client.force_login(recipient)
    incoming = client.get("/netwerk/contact/").content.decode()
    assert "Zullen we kennis delen?" in incoming and sender.email not in incoming
    client.post(f"/netwerk/contact/{request.public_id}/", {"decision": "accept"})

    assert mail.outbox[-1].to == [sender.email] and "geaccepteerd" in mail.outbox[-1].subject
    assert sender.email in client.get("/netwerk/contact/").content.decode()
    client.force_login(sender)
    assert recipient.email in client.get(f"/netwerk/{profile.public_id}/").content.decode()
    assert recipient.email in client.get("/netwerk/contact/").content.decode()


def test_declining_is_polite_and_final(client, world):
    people, viewers, _ = world
    sender = viewers["other_org"]
    recipient, profile = people["a_all"]
    client.force_login(sender)
    client.post(f"/netwerk/{profile.public_id}/contact/", {"message": "Hallo"})
    request = ContactRequest.objects.get()

    client.force_login(recipient)
    client.post(f"/netwerk/contact/{request.public_id}/", {"decision": "decline"})
    assert mail.outbox[-1].to == [sender.email]
    assert "helaas" in mail.outbox[-1].body

    client.force_login(sender)
    again = client.post(f"/netwerk/{profile.public_id}/contact/", {"message": "Nog een keer"})
    assert again.status_code in (200, 400)
    assert ContactRequest.objects.count() == 1
    assert recipient.email not in client.get(f"/netwerk/{profile.public_id}/").content.decode()


def test_only_the_recipient_answers(client, world):
    people, viewers, _ = world
    client.force_login(viewers["other_org"])
    client.post(f"/netwerk/{people['a_all'][1].public_id}/contact/", {"message": "Hallo"})
    request = ContactRequest.objects.get()

    # The sender, or anyone else, cannot accept it.
    assert client.post(f"/netwerk/contact/{request.public_id}/", {"decision": "accept"}).status_code == 404
    client.force_login(viewers["same_org"])
    assert client.post(f"/netwerk/contact/{request.public_id}/", {"decision": "accept"}).status_code == 404
    request.refresh_from_db()
    assert request.status == ContactRequest.Status.OPEN


def test_no_contact_with_people_you_may_not_see(client, world):
    people, viewers, _ = world
    client.force_login(viewers["other_org"])

    response = client.post(f"/netwerk/{people['a_org'][1].public_id}/contact/", {"message": "Hallo"})

    assert response.status_code == 404
    assert ContactRequest.objects.count() == 0


def test_daily_limit_of_contact_requests(client, world, settings):
    settings.KPO_CONTACT_REQUESTS_PER_DAY = 3
    people, viewers, _ = world
    org = people["a_all"][0].organisation
    targets = [person(org, f"doel{i}@a.nl", f"Doel {i}")[1] for i in range(4)]
    client.force_login(viewers["other_org"])

    for target in targets[:3]:
        client.post(f"/netwerk/{target.public_id}/contact/", {"message": "Hallo"})
    fourth = client.post(f"/netwerk/{targets[3].public_id}/contact/", {"message": "Hallo"})

    assert ContactRequest.objects.count() == 3
    assert fourth.status_code == 400
    assert "vandaag al 3 contactverzoeken" in fourth.content.decode()
    assert "Hallo</textarea>" in fourth.content.decode()  # what was typed stays


def test_export_and_deletion_cover_the_network(client, world):
    people, viewers, _ = world
    sender = viewers["other_org"]
    recipient, profile = people["a_all"]
    client.force_login(sender)
    client.post(f"/netwerk/{profile.public_id}/contact/", {"message": "Hallo"})

    client.force_login(recipient)
    data = json.loads(client.get("/account/mijn-gegevens/").content)
    assert data["netwerkprofiel"]["introductie"] == "Introductie van Anna Open"
    assert data["contactverzoeken"][0]["bericht"] == "Hallo"
    assert data["contactverzoeken"][0]["richting"] == "ontvangen"

    account_services.delete_account(recipient)

    assert not Profile.objects.filter(user=recipient).exists()
    assert not ContactRequest.objects.exists()  # nobody reads messages to or from them any more


def test_approval_creates_a_profile_and_invites_to_complete_it(client, world):
    org = OrganisationFactory(name="Gemeente Nieuw", domains=["nieuw.nl"])
    user = partner(org, email="nieuw@nieuw.nl", status=MembershipStatus.PENDING)
    assert not Profile.objects.filter(user=user).exists()

    account_services.approve_membership(user, by=None)

    assert Profile.objects.filter(user=user, completed=False).exists()
    client.force_login(user)
    assert "Vul uw eigen profiel aan" in client.get("/netwerk/").content.decode()
    theme = ThemeFactory(name="Communicatie", slug="communicatie")
    response = client.post(
        "/netwerk/mijn-profiel/",
        {"introduction": "Hallo", "themes": [theme.pk], "phone": "", "visibility": "partners"},
    )
    assert response.status_code == 302
    assert "Vul uw eigen profiel aan" not in client.get("/netwerk/").content.decode()


def test_directory_query_count_is_constant(client, db, django_assert_max_num_queries):
    orgs = [OrganisationFactory(domains=[f"o{i}.nl"]) for i in range(12)]
    themes = [ThemeFactory() for _ in range(5)]
    for i in range(210):
        user, profile = person(orgs[i % 12], f"p{i}@o{i % 12}.nl", f"Persoon {i:03d}")
        profile.themes.set(themes[i % 5 : i % 5 + 2])
    client.force_login(partner(orgs[0], email="kijker@o0.nl"))
    client.get("/netwerk/")

    # session, user, user session (4 with its savepoint), own profile; results: count, rows;
    # facets: organisation, partner type, region (counts and names), themes, phenomena
    with django_assert_max_num_queries(20):
        page = client.get("/netwerk/?thema=" + themes[0].slug).content.decode()
    assert "Persoon" in page
