"""An event's page is partly kept in the cache (events/fragments.py): with the cache warm,
a person outside the audience still gets a 404, the registration state and the online link
are the visitor's own, the seats are counted at every request, and an edit shows at once."""

import pytest
from django.test import Client

from accounts.services import audience_group
from events import services
from tests.knowledge.factories import ThemeFactory

pytestmark = pytest.mark.django_db


def signed_in(user):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def detail(client, item):
    return client.get(f"/bijeenkomsten/{item.slug}/")


def test_a_warm_fragment_never_reaches_someone_outside_the_audience(world):
    closed = world["closed"]
    member = signed_in(world["users"]["member"])
    for _ in range(2):  # warm
        assert "Stadhuis Noord, zaal 3" in detail(member, closed).content.decode()

    for outsider in (world["users"]["other"], world["users"]["pending"], None):
        response = detail(signed_in(outsider), closed)
        assert response.status_code == 404
        assert b"Kraaiennest" not in response.content and b"Stadhuis Noord" not in response.content


def test_the_registration_state_and_the_link_are_the_visitors_own(world):
    closed = world["closed"]  # one seat
    member, member2 = signed_in(world["users"]["member"]), signed_in(world["users"]["member2"])
    assert "nog 1 vrij" in detail(member2, closed).content.decode()  # warm, before anyone registers

    member.post(f"/bijeenkomsten/{closed.slug}/aanmelden/")
    mine = detail(member, closed).content.decode()
    assert "U bent aangemeld en heeft een plaats." in mine
    assert "https://meet.example.org/geheim-kraaiennest" in mine

    theirs = detail(member2, closed).content.decode()
    assert "U bent aangemeld" not in theirs and "U staat op de wachtlijst" not in theirs
    assert "geheim-kraaiennest" not in theirs and "U krijgt de link als u een plaats heeft." in theirs
    assert "vol" in theirs and "Aanmelden voor de wachtlijst" in theirs

    member2.post(f"/bijeenkomsten/{closed.slug}/aanmelden/")
    assert "U staat op de wachtlijst." in detail(member2, closed).content.decode()
    assert "1 op de wachtlijst" in detail(member, closed).content.decode()

    member.post(f"/bijeenkomsten/{closed.slug}/afmelden/")  # the waiting list moves up
    assert "U bent aangemeld en heeft een plaats." in detail(member2, closed).content.decode()
    again = detail(member, closed).content.decode()
    assert "U bent aangemeld" not in again and "geheim-kraaiennest" not in again


def test_an_edit_and_a_withdrawn_audience_show_at_the_next_request(world):
    closed = world["closed"]
    member = signed_in(world["users"]["member"])
    detail(member, closed)

    closed.title = "Fenomeentafel Ekster"
    closed.programme = "## Afsluiting\n\nBorrel."
    closed.save()
    page = detail(member, closed).content.decode()
    assert "Fenomeentafel Ekster" in page and "Afsluiting" in page
    assert "Kraaiennest" not in page and "Opening" not in page

    closed.themes.set([ThemeFactory(name="Vastgoedfraude", slug="vastgoedfraude")])
    assert "Vastgoedfraude" in detail(member, closed).content.decode()
    world["north"].name = "RIEC Noord-Holland"
    world["north"].save()
    assert "RIEC Noord-Holland" in detail(member, closed).content.decode()

    services.set_event_audiences(closed, {audience_group(world["south"])})
    assert detail(member, closed).status_code == 404
    assert "Fenomeentafel Ekster" in detail(signed_in(world["users"]["other"]), closed).content.decode()


def test_a_warm_event_page_costs_a_constant_few_queries(world, django_assert_num_queries, session_queries):
    closed = world["closed"]
    member = signed_in(world["users"]["member"])
    detail(member, closed)
    # Session, user, the visitor's groups, the event through the gate, the seats, waiting
    # list and own registration (one query), whether the visitor organises it. Not: themes,
    # phenomena, two counts and the own registration apart (before: 9 after a warm header).
    with django_assert_num_queries(session_queries + PINNED_WARM):
        assert detail(member, closed).status_code == 200


PINNED_WARM = 5  # and the session's query, with database sessions
