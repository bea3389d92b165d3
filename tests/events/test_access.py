"""Who sees which event: one gate (events.access) for the list, detail, .ics, the feeds, the
attendee list and its export. A closed event is a 404 for everyone outside its audience."""

import pytest
from django.urls import reverse

from events import services
from events.models import Event

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "pending", "other", "member", "curator"]


def _user(world, role):
    return None if role == "anonymous" else world["users"][role]


@pytest.mark.parametrize(
    "role, sees_closed",
    [("anonymous", False), ("pending", False), ("other", False), ("member", True), ("curator", False)],
)
def test_list_shows_closed_events_to_their_audience_only(world, client_as, role, sees_closed):
    page = client_as(_user(world, role)).get(reverse("events:list")).content.decode()

    assert "Open themamiddag" in page
    assert ("Fenomeentafel Kraaiennest" in page) is sees_closed


@pytest.mark.parametrize(
    "role, expected", [("anonymous", 404), ("pending", 404), ("other", 404), ("member", 200), ("curator", 404)]
)
@pytest.mark.parametrize("route", ["events:detail", "events:ics"])
def test_closed_event_and_its_calendar_entry_are_a_404_outside_the_audience(world, client_as, role, expected, route):
    response = client_as(_user(world, role)).get(reverse(route, kwargs={"slug": world["closed"].slug}))

    assert response.status_code == expected
    missing = client_as(_user(world, role)).get(reverse(route, kwargs={"slug": "bestaat-niet"}))
    assert missing.status_code == 404


@pytest.mark.parametrize("role", ROLES)
def test_public_event_is_open_to_everyone(world, client_as, role):
    response = client_as(_user(world, role)).get(world["public"].get_absolute_url())

    assert response.status_code == 200
    assert "Open themamiddag" in response.content.decode()


@pytest.mark.parametrize("role", ROLES)
def test_a_draft_is_a_404_for_everyone(world, client_as, role):
    Event.objects.filter(pk=world["public"].pk).update(status=Event.Status.DRAFT)

    assert client_as(_user(world, role)).get(world["public"].get_absolute_url()).status_code == 404


@pytest.mark.parametrize(
    "role, expected", [("anonymous", 404), ("pending", 404), ("other", 404), ("member", 404), ("curator", 200)]
)
@pytest.mark.parametrize("route", ["events:attendees", "events:attendees_export"])
def test_attendee_list_is_for_organisers_only(world, client_as, role, expected, route):
    services.register_partner(world["closed"], world["users"]["member"])

    response = client_as(_user(world, role)).get(reverse(route, kwargs={"slug": world["closed"].slug}))

    assert response.status_code == expected
    if expected == 404:
        assert b"lid@gemeente-noord.nl" not in response.content


def test_moderator_of_the_organising_region_sees_the_attendees(world, client_as):
    from accounts.services import grant_moderation

    member, other = world["users"]["member"], world["users"]["other"]
    services.register_partner(world["closed"], member)
    grant_moderation(member, world["north"], by=None)
    grant_moderation(other, world["south"], by=None)
    url = reverse("events:attendees", kwargs={"slug": world["closed"].slug})

    assert client_as(member).get(url).status_code == 200
    assert client_as(other).get(url).status_code == 404  # moderates another region


def test_online_link_is_shown_only_to_those_with_a_seat(world, client_as):
    member = world["users"]["member"]
    detail = world["closed"].get_absolute_url()
    link = "https://meet.example.org/geheim-kraaiennest"

    assert link not in client_as(member).get(detail).content.decode()
    ics = client_as(member).get(reverse("events:ics", kwargs={"slug": world["closed"].slug})).content.decode()
    assert "geheim-kraaiennest" not in ics

    services.register_partner(world["closed"], member)

    assert link in client_as(member).get(detail).content.decode()
    ics = client_as(member).get(reverse("events:ics", kwargs={"slug": world["closed"].slug})).content.decode()
    assert "geheim-kraaiennest" in ics.replace("\r\n ", "")


def test_registering_for_a_closed_event_outside_the_audience_is_a_404(world, client_as):
    response = client_as(world["users"]["other"]).post(
        reverse("events:register", kwargs={"slug": world["closed"].slug})
    )

    assert response.status_code == 404
    assert not world["closed"].registrations.exists()


def test_anonymous_cannot_register_for_a_closed_event(world, client_as):
    response = client_as(None).post(
        reverse("events:register", kwargs={"slug": world["closed"].slug}), {"name": "X", "email": "x@example.org"}
    )

    assert response.status_code == 404
    assert not world["closed"].registrations.exists()


def test_public_feed_lists_public_events_only(world, client_as):
    for role in ROLES:
        body = client_as(_user(world, role)).get(reverse("events:feed")).content.decode()
        assert "Open themamiddag" in body
        assert "Kraaiennest" not in body


def test_personal_feed_lists_closed_events_for_the_partner_and_checks_at_every_read(world, client_as):
    from accounts.models import MembershipStatus

    member, other = world["users"]["member"], world["users"]["other"]
    client = client_as(member)
    client.post(reverse("events:my_calendar"))
    page = client.get(reverse("events:my_calendar")).content.decode()
    feed_url = reverse("events:personal_feed", kwargs={"secret": member.calendar_feed.secret})
    assert feed_url in page

    anonymous = client_as(None)
    body = anonymous.get(feed_url).content.decode()
    assert "Kraaiennest" in body
    assert "Open themamiddag" not in body  # public and not registered for

    services.register_partner(world["public"], member)
    assert "Open themamiddag" in anonymous.get(feed_url).content.decode()

    # another region's partner: their own feed does not carry the north's closed event
    client_as(other).post(reverse("events:my_calendar"))
    other.refresh_from_db()
    other_feed = reverse("events:personal_feed", kwargs={"secret": other.calendar_feed.secret})
    assert "Kraaiennest" not in anonymous.get(other_feed).content.decode()

    # the audience changes: the event leaves the feed at the next read
    services.set_event_audiences(world["closed"], set())
    assert "Kraaiennest" not in anonymous.get(feed_url).content.decode()

    # suspended: the feed is gone
    member.status = MembershipStatus.SUSPENDED
    member.save(update_fields=["status"])
    assert anonymous.get(feed_url).status_code == 404


def test_a_renewed_feed_secret_revokes_the_old_url(world, client_as):
    member = world["users"]["member"]
    client = client_as(member)
    client.post(reverse("events:my_calendar"))
    old = reverse("events:personal_feed", kwargs={"secret": member.calendar_feed.secret})

    client.post(reverse("events:my_calendar"))
    member.refresh_from_db()
    new = reverse("events:personal_feed", kwargs={"secret": member.calendar_feed.secret})

    assert client_as(None).get(old).status_code == 404
    assert client_as(None).get(new).status_code == 200
