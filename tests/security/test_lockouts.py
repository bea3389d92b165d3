"""Issue 13, observation 14: lock-outs that do not punish bystanders. Colleagues behind one
municipal NAT address are not locked out together; failed logins for one account slow down
(growing waits, at most KPO_LOGIN_BACKOFF_MAX seconds) instead of locking it; the owner gets
a mail with a link that lifts the wait in their own browser; the audit log records both."""

import re

import pytest
from django.core import mail, signing
from django.test import Client

from accounts import lockouts
from accounts.models import User
from kpo.models import AuditEvent
from tests.factories import OrganisationFactory, partner
from tests.security.test_rate_limits import PASSWORD, clock  # noqa: F401 - the fixture

pytestmark = pytest.mark.django_db

NAT = "145.12.1.1"  # one address for a whole town hall


@pytest.fixture
def organisation(db):
    return OrganisationFactory(name="Gemeente Amsterdam", domains=["amsterdam.nl"])


def log_in(client, email, password=PASSWORD, ip=NAT):
    return client.post("/accounts/login/", {"login": email, "password": password}, REMOTE_ADDR=ip)


def refused(response) -> bool:
    return response.status_code == 429 or "Te veel" in response.content.decode()


def test_a_town_hall_behind_one_address_is_not_locked_out_together(organisation, clock):  # noqa: F811
    # Monday morning: 150 colleagues log in within a minute, many mistype once first.
    for i in range(150):
        partner(organisation, email=f"medewerker{i}@amsterdam.nl")
    for i in range(150):
        client = Client()
        if i % 2:
            assert not refused(log_in(client, f"medewerker{i}@amsterdam.nl", "typfout")), i
        assert log_in(client, f"medewerker{i}@amsterdam.nl").status_code == 302, i


def test_failures_for_one_account_slow_down_rather_than_lock(client, organisation, clock, settings):  # noqa: F811
    settings.KPO_LOGIN_BACKOFF_MAX = 20
    partner(organisation, email="rechercheur@amsterdam.nl")
    free = settings.KPO_LOGIN_FREE_FAILURES
    for i in range(free):
        assert not refused(log_in(client, "rechercheur@amsterdam.nl", f"fout-{i}"))
    # Each further failure doubles the wait before the next try.
    waits = []
    for i in range(7):
        assert refused(log_in(client, "rechercheur@amsterdam.nl", "nog-fout"))
        wait = 1
        while refused(log_in(client, "rechercheur@amsterdam.nl", f"nog-fout-{i}")):
            clock.advance(1)
            wait += 1
            assert wait <= settings.KPO_LOGIN_BACKOFF_MAX + 2
        waits.append(wait)
    assert waits == sorted(waits) and waits[0] <= 3 and waits[2] > waits[1] > waits[0]
    assert waits[-1] == waits[-2] <= settings.KPO_LOGIN_BACKOFF_MAX + 1  # never longer than the cap
    clock.advance(settings.KPO_LOGIN_BACKOFF_MAX + 1)
    assert log_in(client, "rechercheur@amsterdam.nl").status_code == 302


def test_the_owner_unlocks_their_account_from_the_mail_while_a_stranger_keeps_trying(
    organisation,
    clock,  # noqa: F811
    settings,
):
    owner = partner(organisation, email="rechercheur@amsterdam.nl")
    stranger, browser = Client(), Client()
    for i in range(settings.KPO_LOGIN_FREE_FAILURES + 3):
        log_in(stranger, "rechercheur@amsterdam.nl", f"gok-{i}", ip="198.51.100.66")
    assert refused(log_in(browser, "rechercheur@amsterdam.nl", ip="192.0.2.10"))

    (message,) = [m for m in mail.outbox if m.to == ["rechercheur@amsterdam.nl"]]
    assert "198.51.100.66" not in message.body  # nothing about the stranger
    path = re.search(r"https?://[^/\s]+(/account/ontgrendelen/\S+)", message.body).group(1)
    page = browser.get(path)
    assert page.status_code == 200 and "Ontgrendel" in page.content.decode()
    browser.post(path)
    assert log_in(browser, "rechercheur@amsterdam.nl", ip="192.0.2.10").status_code == 302

    # The stranger is still slowed down.
    assert refused(log_in(stranger, "rechercheur@amsterdam.nl", "gok-x", ip="198.51.100.66"))
    actions = list(AuditEvent.objects.filter(target_id=str(owner.pk)).values_list("action", flat=True))
    assert "login_locked" in actions and "login_unlocked" in actions


def test_one_mail_per_lock_out_however_long_the_attack(client, organisation, clock, settings):  # noqa: F811
    partner(organisation, email="rechercheur@amsterdam.nl")
    for i in range(40):
        log_in(client, "rechercheur@amsterdam.nl", f"gok-{i}")
        clock.advance(settings.KPO_LOGIN_BACKOFF_MAX)
    assert len([m for m in mail.outbox if m.to == ["rechercheur@amsterdam.nl"]]) == 1


def test_an_unknown_address_is_slowed_down_the_same_and_nobody_is_mailed(client, organisation, clock, settings):  # noqa: F811
    for i in range(settings.KPO_LOGIN_FREE_FAILURES):
        log_in(client, "bestaatniet@amsterdam.nl", f"gok-{i}")
    unknown = log_in(client, "bestaatniet@amsterdam.nl", "gok")
    partner(organisation, email="bestaatwel@amsterdam.nl")
    for i in range(settings.KPO_LOGIN_FREE_FAILURES):
        log_in(client, "bestaatwel@amsterdam.nl", f"gok-{i}")
    known = log_in(client, "bestaatwel@amsterdam.nl", "gok")
    assert refused(unknown) and refused(known)
    strip = lambda r: r.content.decode().replace("bestaatniet", "X").replace("bestaatwel", "X")  # noqa: E731
    assert re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", strip(unknown)) == re.sub(
        r'name="csrfmiddlewaretoken" value="[^"]+"', "", strip(known)
    )
    assert [m.to for m in mail.outbox] == [["bestaatwel@amsterdam.nl"]]


def test_a_bad_unlock_link_does_nothing(client, organisation):
    page = client.get("/account/ontgrendelen/niet-echt/")
    assert page.status_code == 404 or "Deze link werkt niet (meer)" in page.content.decode()
    assert not User.objects.filter(email="niet-echt").exists()


def test_an_attack_longer_than_a_day_leaves_the_owner_a_link_that_works(
    organisation,
    clock,  # noqa: F811
    settings,
    monkeypatch,
):
    # The link in the first mail is valid for a day; a stranger who tries again each time the
    # wait is over would otherwise keep the owner out for good once it expired.
    monkeypatch.setattr(signing, "time", clock)
    monkeypatch.setattr(lockouts, "time", clock)
    settings.KPO_LOGIN_BACKOFF_MAX = 3600
    partner(organisation, email="rechercheur@amsterdam.nl")
    stranger, browser = Client(), Client()
    for i in range(settings.KPO_LOGIN_FREE_FAILURES + 30):  # some 35 hours
        clock.advance(3600)
        log_in(stranger, "rechercheur@amsterdam.nl", f"gok-{i}", ip="198.51.100.66")
    assert refused(log_in(browser, "rechercheur@amsterdam.nl", ip="192.0.2.10"))

    messages = [m for m in mail.outbox if m.to == ["rechercheur@amsterdam.nl"]]
    assert len(messages) == 2  # one a day, not one per failure
    path = re.search(r"https?://[^/\s]+(/account/ontgrendelen/\S+)", messages[-1].body).group(1)
    browser.post(path)
    assert log_in(browser, "rechercheur@amsterdam.nl", ip="192.0.2.10").status_code == 302
