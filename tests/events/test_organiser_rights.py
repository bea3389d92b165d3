"""Who organises, reviews and moderates is decided per request from the moderation rights
(accounts.access.moderates): a right held directly or through a group counts the same, only
for its own region, and a right taken away, or a group left, counts no more at the next
request. Checked through the pages a person sees: the event page's organiser links, the
attendees page, the review queue and the moderation page."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from accounts.services import grant_moderation, revoke_moderation
from tests.factories import partner

pytestmark = pytest.mark.django_db

REVIEWS = reverse("documents:reviews")
MODERATION = reverse("accounts:moderation")
EDIT_LINK = "Bijeenkomst bewerken"


def rights_seen(client, event):
    """What a person can do, as the pages show it."""
    page = client.get(event.get_absolute_url()).content.decode()
    return {
        "edit link": EDIT_LINK in page,
        "attendees": client.get(reverse("events:attendees", args=[event.slug])).status_code == 200,
        "reviews": client.get(REVIEWS).status_code == 200,
        "moderation": client.get(MODERATION).status_code == 200,
    }


ALL = {"edit link": True, "attendees": True, "reviews": True, "moderation": True}
NONE = {"edit link": False, "attendees": False, "reviews": False, "moderation": False}


@pytest.fixture
def team(world):
    """A partner at Gemeente Noord in a group that moderates the north region."""
    person = partner(world["users"]["member"].organisation, email="team@gemeente-noord.nl", name="Tess Team")
    group = Group.objects.create(name="Moderatoren Noord")
    person.groups.add(group)
    grant_moderation(group, world["north"], by=None)
    return person, group


def test_a_right_through_a_group_counts_as_a_right_held_directly(world, team, client_as):
    person, _group = team
    direct = partner(world["users"]["member"].organisation, email="direct@gemeente-noord.nl")
    grant_moderation(direct, world["north"], by=None)

    assert rights_seen(client_as(person), world["closed"]) == ALL
    assert rights_seen(client_as(direct), world["closed"]) == ALL
    assert rights_seen(client_as(world["users"]["member"]), world["closed"]) == NONE


def test_a_right_in_another_region_organises_nothing_here(world, client_as):
    south = world["users"]["other"]
    grant_moderation(south, world["south"], by=None)

    seen = rights_seen(client_as(south), world["public"])

    assert (seen["edit link"], seen["attendees"]) == (False, False)
    assert (seen["reviews"], seen["moderation"]) == (True, True)  # in their own region


def test_a_revoked_group_right_ends_at_the_next_request(world, team, client_as):
    person, group = team
    client = client_as(person)
    assert rights_seen(client, world["closed"]) == ALL

    revoke_moderation(group, world["north"], by=None)

    assert rights_seen(client, world["closed"]) == NONE


def test_leaving_the_group_ends_its_rights_at_the_next_request(world, team, client_as):
    person, group = team
    client = client_as(person)
    assert rights_seen(client, world["closed"]) == ALL

    person.groups.remove(group)

    assert rights_seen(client, world["closed"]) == NONE


def test_a_revoked_direct_right_ends_at_the_next_request_and_a_new_one_counts_at_once(world, client_as):
    person = world["users"]["member2"]
    client = client_as(person)
    assert rights_seen(client, world["closed"]) == NONE

    grant_moderation(person, world["north"], by=None)
    assert rights_seen(client, world["closed"]) == ALL

    revoke_moderation(person, world["north"], by=None)
    assert rights_seen(client, world["closed"]) == NONE


def test_an_organisation_moderator_decides_applications_but_organises_no_events(world, client_as):
    person = world["users"]["member2"]
    grant_moderation(person, person.organisation, by=None)

    seen = rights_seen(client_as(person), world["closed"])

    assert seen == {"edit link": False, "attendees": False, "reviews": False, "moderation": True}
