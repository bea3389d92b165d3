"""The list (upcoming, filters, pages), the archive, one event, and times in Dutch time across
the change from summer to winter time (last Sunday of October: 25 October 2026)."""

from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.services import audience_group
from events.models import Event
from tests.factories import event

pytestmark = pytest.mark.django_db


def test_upcoming_list_and_archive(world, client):
    past = event("Terugblik witwassen", world["north"], is_public=True, starts_in=-timedelta(days=30))

    upcoming = client.get(reverse("events:list")).content.decode()
    archive = client.get(reverse("events:archive")).content.decode()

    assert "Open themamiddag" in upcoming and past.title not in upcoming
    assert past.title in archive and "Open themamiddag" not in archive


@pytest.mark.parametrize(
    "query, shown, hidden",
    [
        ("vorm=online", "Open themamiddag", "Fysieke training"),
        ("vorm=fysiek", "Fysieke training", "Open themamiddag"),
        ("regio=riec-zuid", "Fysieke training", "Open themamiddag"),
        ("thema=bestuurlijke-aanpak", "Open themamiddag", "Fysieke training"),
        ("fenomeen=drugs", "Kraaiennest", "Open themamiddag"),
    ],
)
def test_filters(world, client_as, query, shown, hidden):
    event("Fysieke training", world["south"], is_public=True, form="fysiek", place="Zuid")

    page = client_as(world["users"]["member"]).get(reverse("events:list") + "?" + query).content.decode()

    assert shown in page
    assert hidden not in page


def test_facets_count_only_visible_events(world, client):
    page = client.get(reverse("events:list")).content.decode()

    assert "Drugs" not in page  # only the closed event has this phenomenon


def test_list_is_paginated(world, client, settings):
    settings.KPO_PAGE_SIZE = 3
    for i in range(5):
        event(f"Webinar nummer {i}", world["north"], is_public=True, starts_in=timedelta(days=10 + i))

    first = client.get(reverse("events:list")).content.decode()
    second = client.get(reverse("events:list") + "?page=2").content.decode()

    assert "Open themamiddag" in first and "Webinar nummer 4" not in first
    assert "Webinar nummer 4" in second
    assert "6 bijeenkomsten" in first


def test_detail_shows_programme_speakers_place_and_seats(world, client_as):
    page = client_as(world["users"]["member"]).get(world["closed"].get_absolute_url()).content.decode()

    assert "<strong>burgemeester</strong>" in page
    assert "Piet Pietersen" in page
    assert "Stadhuis Noord, zaal 3" in page
    assert "RIEC Noord" in page
    assert "nog 1 vrij" in page


def test_programme_markdown_is_sanitised(world, client):
    Event.objects.filter(pk=world["public"].pk).update(programme="<script>alert(1)</script>[x](javascript:alert(1))")

    page = client.get(world["public"].get_absolute_url()).content.decode()

    assert "<script>alert(1)" not in page
    assert "javascript:alert" not in page


@pytest.mark.parametrize(
    "utc_start, shown, ics",
    [
        # Saturday 24 October 2026, 10:00 summer time (UTC+2)
        (datetime(2026, 10, 24, 8, 0, tzinfo=UTC), "zaterdag 24 oktober 2026, 10:00", "DTSTART:20261024T080000Z"),
        # Monday 26 October 2026, 10:00 winter time (UTC+1)
        (datetime(2026, 10, 26, 9, 0, tzinfo=UTC), "maandag 26 oktober 2026, 10:00", "DTSTART:20261026T090000Z"),
    ],
)
def test_times_are_dutch_time_with_the_zone_across_the_clock_change(world, client, utc_start, shown, ics):
    item = event("Klok om", world["north"], is_public=True, starts_at=utc_start, ends_at=utc_start + timedelta(hours=2))

    page = client.get(item.get_absolute_url()).content.decode()
    calendar = client.get(reverse("events:ics", kwargs={"slug": item.slug})).content.decode()

    assert shown in page
    zone = "CEST" if utc_start.month == 10 and utc_start.day < 25 else "CET"
    assert f"12:00</time> {zone}" in page
    assert ics in calendar


def test_event_during_the_night_of_the_clock_change(world, client):
    # 01:30 summer time to 02:30 winter time: two hours, though the clock says one.
    start = datetime(2026, 10, 24, 23, 30, tzinfo=UTC)
    item = event("Nachtsessie", world["north"], is_public=True, starts_at=start, ends_at=start + timedelta(hours=2))

    page = client.get(item.get_absolute_url()).content.decode()
    calendar = client.get(reverse("events:ics", kwargs={"slug": item.slug})).content.decode()

    assert "zondag 25 oktober 2026, 01:30" in page
    assert "02:30</time>" in page
    assert "DTSTART:20261024T233000Z" in calendar
    assert "DTEND:20261025T013000Z" in calendar


def test_reminder_a_day_before_counts_real_hours_across_the_clock_change(world, client_as):
    """An event at 10:00 on Sunday 25 October (winter time, 09:00 UTC): a day before is
    Saturday 09:00 UTC, which is 11:00 in summer time."""
    from events import services

    start = datetime(2026, 10, 25, 9, 0, tzinfo=UTC)
    item = event("Zondagochtend", world["north"], is_public=True, starts_at=start)
    item.registrations.create(name="A", email="a@example.org", status="confirmed", confirmed_at=start)

    assert services.send_reminders(now=start - timedelta(hours=25)) == 0
    assert services.send_reminders(now=start - timedelta(hours=23)) == 1


def test_closed_to_a_partner_type(world, client_as):
    """The same audiences as documents: here a partner type."""
    item = event(
        "Alleen gemeenten", world["south"], groups=[audience_group(world["users"]["member"].organisation.partner_type)]
    )

    assert client_as(world["users"]["member"]).get(item.get_absolute_url()).status_code == 200
    assert client_as(world["users"]["other"]).get(item.get_absolute_url()).status_code == 200
    assert client_as(world["users"]["pending"]).get(item.get_absolute_url()).status_code == 404


def test_list_and_detail_query_counts_do_not_grow(world, client_as, django_assert_max_num_queries):
    from tests.factories import PhenomenonFactory, ThemeFactory

    member = world["users"]["member"]
    group = audience_group(world["north"])
    themes = [ThemeFactory() for _ in range(4)]
    for i in range(40):
        item = event(
            f"Bijeenkomst {i}",
            world["north"],
            groups=[group],
            is_public=i % 2 == 0,
            capacity=10,
            starts_in=timedelta(days=1 + i),
        )
        item.themes.set(themes[: 1 + i % 4])
        item.phenomena.set([PhenomenonFactory()])
        item.registrations.create(
            name=f"P{i}", email=f"p{i}@example.org", status="confirmed", confirmed_at=timezone.now()
        )
    client = client_as(member)
    client.get(reverse("home"))  # the header's unread count is then kept a minute (follows.context)

    # One of them asks whether the partner moderates a region (the "Nieuwe bijeenkomst" link).
    with django_assert_max_num_queries(10):
        assert client.get(reverse("events:list")).status_code == 200
    with django_assert_max_num_queries(10):
        assert client.get(reverse("events:list") + "?page=2&vorm=fysiek").status_code == 200
    with django_assert_max_num_queries(12):
        assert client.get(reverse("events:detail", kwargs={"slug": "bijeenkomst-7"})).status_code == 200


def test_curators_preview_a_draft_in_the_admin(world, client_as):
    Event.objects.filter(pk=world["closed"].pk).update(status=Event.Status.DRAFT)
    url = reverse("admin:events_event_preview", args=[world["closed"].pk])

    page = client_as(world["users"]["curator"]).get(url).content.decode()

    assert "Fenomeentafel Kraaiennest" in page
    assert "Deze bijeenkomst is nog een concept." in page
    assert client_as(world["users"]["member"]).get(url).status_code == 302  # to the admin login
    assert client_as(world["users"]["curator"]).get(world["closed"].get_absolute_url()).status_code == 404


def test_the_admins_view_on_site_shows_a_draft_or_closed_event_as_its_preview(world, client_as):
    Event.objects.filter(pk=world["closed"].pk).update(status=Event.Status.DRAFT)
    client = client_as(world["users"]["curator"])

    change = client.get(reverse("admin:events_event_change", args=[world["closed"].pk])).content.decode()
    public = client.get(reverse("admin:events_event_change", args=[world["public"].pk])).content.decode()

    preview = reverse("admin:events_event_preview", args=[world["closed"].pk])
    assert f'href="{preview}" class="viewsitelink"' in change
    assert f'href="{world["public"].get_absolute_url()}" class="viewsitelink"' in public
    assert "Deze bijeenkomst is nog een concept." in client.get(preview).content.decode()
