"""Registration: partners and the public, capacity and the waiting list, cancelling, closing
time, the mails, reminders from the task worker, the attendee list and removal after the event."""

import csv
import io
import json
import re
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from events import services
from events.models import Event, Registration

pytestmark = pytest.mark.django_db


def _register(client, event):
    return client.post(reverse("events:register", kwargs={"slug": event.slug}), follow=True)


def test_partner_registers_until_full_then_waits_and_moves_up_when_someone_cancels(world, client_as):
    closed = world["closed"]  # one seat
    member, member2 = world["users"]["member"], world["users"]["member2"]

    page = _register(client_as(member), closed).content.decode()
    assert "U bent aangemeld en heeft een plaats." in page
    assert mail.outbox[-1].to == ["lid@gemeente-noord.nl"]
    assert "U hebt een plaats" in mail.outbox[-1].body or "U bent aangemeld" in mail.outbox[-1].subject

    page = _register(client_as(member2), closed).content.decode()
    assert "De bijeenkomst is vol. U staat op de wachtlijst." in page
    assert Registration.objects.get(user=member2).status == Registration.Status.WAITING

    mail.outbox.clear()
    client_as(member).post(reverse("events:cancel", kwargs={"slug": closed.slug}))

    assert Registration.objects.get(user=member, event=closed).status == Registration.Status.CANCELLED
    moved = Registration.objects.get(user=member2, event=closed)
    assert moved.status == Registration.Status.CONFIRMED
    assert {m.to[0] for m in mail.outbox} == {"lid@gemeente-noord.nl", "lid2@gemeente-noord.nl"}
    promoted = next(m for m in mail.outbox if m.to == ["lid2@gemeente-noord.nl"])
    assert "plaats" in promoted.subject
    assert "https://meet.example.org/geheim-kraaiennest" in promoted.body


def test_registering_twice_keeps_one_registration(world, client_as):
    client = client_as(world["users"]["member"])
    _register(client, world["public"])
    page = _register(client, world["public"]).content.decode()

    assert "U bent al aangemeld" in page
    assert world["public"].registrations.count() == 1


def test_no_registration_after_the_closing_time(world, client_as):
    Event.objects.filter(pk=world["public"].pk).update(registration_closes_at=timezone.now() - timedelta(hours=1))

    page = _register(client_as(world["users"]["member"]), world["public"]).content.decode()

    assert "Aanmelden is niet meer mogelijk." in page
    assert not world["public"].registrations.exists()


def test_public_visitor_registers_with_a_confirmation_link(world, client_as):
    client = client_as(None)
    event = world["public"]
    page = client.post(
        reverse("events:register", kwargs={"slug": event.slug}),
        {"name": "Vera Bezoeker", "email": "vera@example.org"},
        follow=True,
    ).content.decode()

    assert "Bevestig uw aanmelding met de link" in page
    registration = Registration.objects.get(email="vera@example.org")
    assert registration.status == Registration.Status.UNCONFIRMED
    link = re.search(r"http://\S+/bijeenkomsten/aanmelding/\S+/", mail.outbox[-1].body).group(0)
    path = link.split("://", 1)[1].split("/", 1)[1]

    confirm_page = client.get("/" + path)
    assert "Aanmelding bevestigen" in confirm_page.content.decode()
    client.post("/" + path, {"action": "bevestigen"})

    registration.refresh_from_db()
    assert registration.status == Registration.Status.CONFIRMED
    confirmation = mail.outbox[-1]
    assert confirmation.to == ["vera@example.org"]
    assert f"/bijeenkomsten/{event.slug}/agenda.ics" in confirmation.body
    ics = client.get(reverse("events:ics", kwargs={"slug": event.slug}))
    assert ics["Content-Type"].startswith("text/calendar")
    assert "SUMMARY:Open themamiddag" in ics.content.decode()

    # cancel through the same link
    client.post("/" + path, {"action": "afmelden"})
    registration.refresh_from_db()
    assert registration.status == Registration.Status.CANCELLED


def test_unknown_registration_token_is_a_404(client, world):
    assert client.get(reverse("events:registration", kwargs={"token": "onbekend"})).status_code == 404


def test_reminders_go_once_a_day_before(world, client_as):
    closed = world["closed"]
    Event.objects.filter(pk=closed.pk).update(
        starts_at=timezone.now() + timedelta(hours=20), ends_at=timezone.now() + timedelta(hours=22)
    )
    services.register_partner(closed, world["users"]["member"])
    services.register_partner(world["public"], world["users"]["member"])  # a week away: no reminder yet
    mail.outbox.clear()

    call_command("events_daily", stdout=io.StringIO())
    call_command("events_daily", stdout=io.StringIO())

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["lid@gemeente-noord.nl"]
    assert "Herinnering" in mail.outbox[0].subject


def test_attendees_are_removed_after_the_retention_period(world, settings):
    settings.KPO_EVENT_ATTENDEE_RETENTION_DAYS = 30
    services.register_partner(world["closed"], world["users"]["member"])
    services.register_partner(world["public"], world["users"]["member"])
    Event.objects.filter(pk=world["closed"].pk).update(
        starts_at=timezone.now() - timedelta(days=31, hours=2), ends_at=timezone.now() - timedelta(days=31)
    )

    call_command("events_daily", stdout=io.StringIO())

    assert not world["closed"].registrations.exists()
    assert world["public"].registrations.exists()


def test_registrations_are_in_the_data_export(world, client_as):
    member = world["users"]["member"]
    services.register_partner(world["closed"], member)

    data = json.loads(client_as(member).get(reverse("accounts:export")).content)

    assert data["bijeenkomsten"][0]["bijeenkomst"] == "Fenomeentafel Kraaiennest"
    assert data["bijeenkomsten"][0]["status"] == "aangemeld"


def test_attendee_export_is_formula_safe(world, client_as):
    member = world["users"]["member"]
    member.name = '=HYPERLINK("http://evil.example")'
    member.save(update_fields=["name"])
    services.register_partner(world["closed"], member)

    response = client_as(world["users"]["curator"]).get(
        reverse("events:attendees_export", kwargs={"slug": world["closed"].slug})
    )

    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[1][0] == '\'=HYPERLINK("http://evil.example")'
    assert rows[1][1] == "lid@gemeente-noord.nl"
    assert response["Content-Type"].startswith("text/csv")


def test_organiser_messages_the_attendees(world, client_as):
    services.register_partner(world["closed"], world["users"]["member"])
    services.register_partner(world["closed"], world["users"]["member2"])  # waiting list
    mail.outbox.clear()

    client_as(world["users"]["curator"]).post(
        reverse("events:attendees", kwargs={"slug": world["closed"].slug}),
        {"subject": "Andere zaal", "body": "We zitten in zaal 4."},
    )

    assert sorted(m.to[0] for m in mail.outbox) == ["lid2@gemeente-noord.nl", "lid@gemeente-noord.nl"]
    assert "We zitten in zaal 4." in mail.outbox[0].body


def test_deleting_an_account_frees_the_seat(world):
    from accounts.services import delete_account

    member, member2 = world["users"]["member"], world["users"]["member2"]
    services.register_partner(world["closed"], member)
    services.register_partner(world["closed"], member2)

    delete_account(member)

    assert Registration.objects.get(user=member2).status == Registration.Status.CONFIRMED
    assert not Registration.objects.filter(user=member).exists()


def test_raising_the_capacity_moves_the_waiting_list_up(world):
    closed = world["closed"]  # one seat
    services.register_partner(closed, world["users"]["member"])
    services.register_partner(closed, world["users"]["member2"])
    assert closed.registrations.waiting().count() == 1
    mail.outbox.clear()

    Event.objects.filter(pk=closed.pk).update(capacity=2)
    assert services.fill_free_seats(closed) == 1

    assert closed.registrations.confirmed().count() == 2
    assert mail.outbox[-1].to == ["lid2@gemeente-noord.nl"]


@pytest.mark.django_db(transaction=True)
def test_two_partners_at_once_never_both_get_the_last_seat(world):
    """Registration locks the event row: of two simultaneous requests one gets the seat."""
    import threading

    from django.db import connection

    closed = world["closed"]  # one seat
    barrier = threading.Barrier(2)

    def register(user):
        barrier.wait()
        try:
            services.register_partner(closed, user)
        finally:
            connection.close()

    threads = [threading.Thread(target=register, args=(world["users"][name],)) for name in ("member", "member2")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert closed.registrations.confirmed().count() == 1
    assert closed.registrations.waiting().count() == 1


def test_public_registrations_are_rate_limited_per_address(world, client):
    url = reverse("events:register", kwargs={"slug": world["public"].slug})
    for i in range(10):
        assert client.post(url, {"name": "Iemand", "email": f"iemand{i}@example.org"}).status_code == 302

    response = client.post(url, {"name": "Iemand", "email": "nog-een@example.org"})

    assert response.status_code == 429
    assert "Te veel pogingen" in response.content.decode()
    assert world["public"].registrations.count() == 10
