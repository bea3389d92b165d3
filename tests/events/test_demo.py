"""The demo events: read and checked from portal/demo/data/events.toml, loaded once."""

import shutil

import pytest
from django.core import mail
from django.core.management import call_command
from django.db.models import Max
from django.utils import timezone

from events.models import Event, Registration
from portal.demo import files

pytestmark = pytest.mark.django_db


def test_seed_demo_loads_public_closed_past_upcoming_and_a_nearly_full_event_once(settings, client):
    settings.DEBUG = True
    call_command("seed_demo")
    counts = (Event.objects.count(), Registration.objects.count(), Event.objects.aggregate(m=Max("updated_at"))["m"])
    mails = len(mail.outbox)
    call_command("seed_demo")

    assert (
        Event.objects.count(),
        Registration.objects.count(),
        Event.objects.aggregate(m=Max("updated_at"))["m"],
    ) == counts
    assert len(mail.outbox) == mails
    now = timezone.now()
    assert Event.objects.public().filter(starts_at__gt=now).exists()
    assert Event.objects.public().filter(ends_at__lt=now).exists()
    assert Event.objects.filter(is_public=False, starts_at__gt=now).exists()
    assert Event.objects.filter(is_public=False, ends_at__lt=now).exists()
    nearly_full = Event.objects.get(slug="bibob-training-voor-gemeenten")
    assert nearly_full.capacity - nearly_full.registrations.confirmed().count() == 1
    assert "Bibob-training" not in client.get("/bijeenkomsten/").content.decode()  # closed
    assert "Webinar: signalen van ondermijning" in client.get("/bijeenkomsten/").content.decode()


def test_an_unknown_organiser_is_named_with_its_file(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(files.DATA_DIR, data)
    path = data / "events.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('organiser = "riec-limburg"', 'organiser = "riec-mars"'))

    with pytest.raises(
        files.DemoDataError, match="events.toml, event 'webinar-mensenhandel-in-de-zorg': unknown region 'riec-mars'"
    ):
        files.read(data)


def test_an_event_is_public_or_has_an_audience(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(files.DATA_DIR, data)
    path = data / "events.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace(
            'online_url = "https://webinar.example.org/zorg"\npublic = true\n',
            'online_url = "https://webinar.example.org/zorg"\n',
        )
    )

    with pytest.raises(files.DemoDataError, match="either public or has an"):
        files.read(data)
