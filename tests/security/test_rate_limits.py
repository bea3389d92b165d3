"""Rate limits: login, sign-up, password reset (allauth's ACCOUNT_RATE_LIMITS), contact
requests (KPO_CONTACT_REQUESTS_PER_DAY) and the API (KPO_API_RATE_LIMIT). Each answers 429
(or the refusal the form shows) at the limit, and the right request works again once the
window has passed. Time is moved by the clock each limiter reads, never by sleeping.

The counters live in the cache, so every app server shares them: the last test counts in
Redis from this process and is refused in another one."""

import json
import os
import subprocess
import sys
import time
import uuid
from datetime import timedelta

import pytest
from allauth.core.internal import ratelimit as allauth_ratelimit
from django.conf import settings as django_settings
from django.core import mail
from django.utils import timezone

import kpo.ratelimit
from accounts.models import User
from network.models import ContactRequest, Profile
from tests.factories import OrganisationFactory, partner

pytestmark = pytest.mark.django_db

PASSWORD = "geheim-wachtwoord-123"
START = 1_800_000_010.0  # ten seconds into a minute: a fixed window never ends halfway a test


class Clock:
    """Stands in for the `time` module the limiters call."""

    monotonic = staticmethod(time.monotonic)  # allauth's cache lock
    sleep = staticmethod(time.sleep)

    def __init__(self, now):
        self.now = now

    def time(self):
        return self.now

    def advance(self, seconds):
        self.now += seconds


@pytest.fixture
def clock(monkeypatch):
    clock = Clock(START)
    monkeypatch.setattr(allauth_ratelimit, "time", clock)
    monkeypatch.setattr(kpo.ratelimit, "time", clock)
    return clock


@pytest.fixture
def organisation(db):
    return OrganisationFactory(name="Gemeente Utrecht", domains=["utrecht.nl"])


def rate(action):
    """The limits configured for an allauth action: [(amount, seconds, per), …]."""
    return [
        (r.amount, r.duration, r.per)
        for r in allauth_ratelimit.parse_rates(django_settings.ACCOUNT_RATE_LIMITS[action])
    ]


def log_in(client, email, password=PASSWORD):
    return client.post("/accounts/login/", {"login": email, "password": password})


def assert_429_page(response):
    assert response.status_code == 429
    page = response.content.decode()
    assert "Te veel pogingen" in page
    assert "Probeer het dan opnieuw" in page or "probeer het dan opnieuw" in page


# Login -----------------------------------------------------------------------------------------


def test_failed_logins_per_address_are_refused_until_the_window_passes(client, organisation, clock):
    # Per address only, and sized for a municipality behind one NAT address; per account
    # there is a back-off instead of a lock (tests/security/test_lockouts.py).
    amount, seconds, per = rate("login_failed")[0]
    assert per == "ip" and amount >= 100
    partner(organisation, email="doelwit@utrecht.nl")
    for i in range(amount):
        assert log_in(client, f"onbekend{i}@utrecht.nl", "fout").status_code == 200

    refused = log_in(client, "doelwit@utrecht.nl")
    assert refused.status_code == 200
    assert "Te veel mislukte inlogpogingen" in refused.content.decode()
    assert "_auth_user_id" not in client.session

    clock.advance(seconds + 1)
    assert log_in(client, "doelwit@utrecht.nl").status_code == 302
    assert client.session["_auth_user_id"] == str(User.objects.get(email="doelwit@utrecht.nl").pk)


def test_login_posts_per_address_answer_429_until_the_minute_passes(client, organisation, clock):
    amount, seconds, _per = rate("login")[0]
    partner(organisation, email="iemand@utrecht.nl")
    statuses = [log_in(client, f"onbekend{i}@utrecht.nl", "fout").status_code for i in range(amount)]
    assert set(statuses) == {200}

    assert_429_page(log_in(client, "iemand@utrecht.nl"))  # even the right password

    other_address = client.post(
        "/accounts/login/", {"login": "iemand@utrecht.nl", "password": PASSWORD}, REMOTE_ADDR="192.0.2.7"
    )
    assert other_address.status_code == 302  # counted per address
    client.logout()
    clock.advance(seconds + 1)
    assert log_in(client, "iemand@utrecht.nl").status_code == 302


# Sign-up ---------------------------------------------------------------------------------------


def sign_up(client, email):
    return client.post(
        "/accounts/signup/",
        {
            "name": "Nieuwe Collega",
            "email": email,
            "function": "Adviseur",
            "password1": "een-lang-wachtwoord-2026",
            "password2": "een-lang-wachtwoord-2026",
        },
    )


def test_sign_ups_per_address_answer_429_until_the_minute_passes(client, organisation, clock):
    amount, seconds, _per = rate("signup")[0]
    for i in range(amount):
        assert sign_up(client, f"iemand{i}@gmail.com").status_code == 200  # refused: no partner domain

    assert_429_page(sign_up(client, "nieuw@utrecht.nl"))
    assert not User.objects.filter(email="nieuw@utrecht.nl").exists()

    clock.advance(seconds + 1)
    response = sign_up(client, "nieuw@utrecht.nl")
    assert response.status_code == 302
    assert User.objects.filter(email="nieuw@utrecht.nl").exists()


# Password reset --------------------------------------------------------------------------------


def test_password_resets_per_address_answer_429_until_the_minute_passes(client, organisation, clock):
    amount, seconds, _per = next(r for r in rate("reset_password") if r[2] == "key")
    partner(organisation, email="vergeten@utrecht.nl")
    partner(organisation, email="ander@utrecht.nl")
    for _ in range(amount):
        assert client.post("/accounts/password/reset/", {"email": "vergeten@utrecht.nl"}).status_code == 302
    assert len(mail.outbox) == amount

    assert_429_page(client.post("/accounts/password/reset/", {"email": "vergeten@utrecht.nl"}))
    assert len(mail.outbox) == amount  # no mail for the refused request
    # Counted per e-mail address: another person's reset still goes out.
    assert client.post("/accounts/password/reset/", {"email": "ander@utrecht.nl"}).status_code == 302

    clock.advance(seconds + 1)
    assert client.post("/accounts/password/reset/", {"email": "vergeten@utrecht.nl"}).status_code == 302
    assert mail.outbox[-1].to == ["vergeten@utrecht.nl"]


# Contact requests ------------------------------------------------------------------------------


def test_contact_requests_per_day_are_refused_until_the_day_has_passed(client, organisation, settings, monkeypatch):
    settings.KPO_CONTACT_REQUESTS_PER_DAY = 2
    sender = partner(organisation, email="zender@utrecht.nl")
    targets = []
    for i in range(3):
        user = partner(organisation, email=f"collega{i}@utrecht.nl", name=f"Collega {i}")
        profile, _created = Profile.objects.get_or_create(user=user)
        profile.visibility, profile.completed = Profile.Visibility.ALL_PARTNERS, True
        profile.save()
        targets.append(profile)
    client.force_login(sender)
    for profile in targets[:2]:
        assert client.post(f"/netwerk/{profile.public_id}/contact/", {"message": "Hallo"}).status_code == 302

    refused = client.post(f"/netwerk/{targets[2].public_id}/contact/", {"message": "Hallo"})
    assert refused.status_code == 400
    assert "U hebt vandaag al 2 contactverzoeken gestuurd. Probeer het morgen opnieuw." in refused.content.decode()
    assert ContactRequest.objects.count() == 2

    real_now = timezone.now
    monkeypatch.setattr(timezone, "now", lambda: real_now() + timedelta(days=1, minutes=1))
    client.force_login(sender)  # a session timeout must not be what this test measures
    assert client.post(f"/netwerk/{targets[2].public_id}/contact/", {"message": "Hallo"}).status_code == 302
    assert ContactRequest.objects.count() == 3


# API -------------------------------------------------------------------------------------------


def test_api_requests_per_address_answer_429_until_the_minute_passes(client, clock, settings):
    settings.KPO_API_RATE_LIMIT = 5
    assert [client.get("/api/v1/themes").status_code for _ in range(5)] == [200] * 5

    limited = client.get("/api/v1/themes")
    assert limited.status_code == 429
    assert limited["Content-Type"] == "application/problem+json"
    assert json.loads(limited.content) == {
        "type": "about:blank",
        "title": "Too Many Requests",
        "status": 429,
        "detail": "Te veel verzoeken; probeer het zo opnieuw.",
        "instance": "/api/v1/themes",
    }
    assert 0 < int(limited["Retry-After"]) <= 60
    assert client.get("/api/v1/themes", REMOTE_ADDR="198.51.100.4").status_code == 200  # per address

    clock.advance(int(limited["Retry-After"]))
    assert client.get("/api/v1/themes").status_code == 200


# Shared by every app server --------------------------------------------------------------------

REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/15"

OTHER_WORKER = """
import json, sys, time
import django
django.setup()
from django.test import Client, override_settings
from django.test.utils import setup_test_environment
setup_test_environment()  # as the test run: the "testserver" host, in-memory mail
from allauth.core.internal import ratelimit as allauth_ratelimit
import kpo.ratelimit

class Clock:
    monotonic = staticmethod(time.monotonic)
    sleep = staticmethod(time.sleep)
    def time(self):
        return float(sys.argv[2])

allauth_ratelimit.time = kpo.ratelimit.time = Clock()
with override_settings(CACHES=json.loads(sys.argv[1]), KPO_API_RATE_LIMIT=5):
    client = Client()
    api = client.get("/api/v1/themes").status_code
    login = client.post("/accounts/login/", {"login": "iemand@utrecht.nl", "password": "x"}).status_code
print(json.dumps({"api": api, "login": login}))
"""


@pytest.fixture
def redis_cache(settings):
    redis = pytest.importorskip("redis")
    connection = redis.Redis.from_url(REDIS_URL)
    try:
        connection.ping()
    except redis.exceptions.ConnectionError:
        pytest.skip(f"no Redis at {REDIS_URL}")
    prefix = f"kpo-test-{uuid.uuid4().hex}"
    caches = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": prefix,
        },
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
    }
    settings.CACHES = caches
    yield caches, connection, prefix
    for key in connection.scan_iter(f"{prefix}:*"):
        connection.delete(key)


def test_limits_are_counted_in_redis_and_hold_in_another_worker(client, organisation, clock, settings, redis_cache):
    caches, connection, prefix = redis_cache
    settings.KPO_API_RATE_LIMIT = 5
    login_limit = rate("login")[0][0]
    for _ in range(5):
        assert client.get("/api/v1/themes").status_code == 200
    for i in range(login_limit):
        assert log_in(client, f"onbekend{i}@utrecht.nl", "fout").status_code == 200

    keys = {key.decode() for key in connection.scan_iter(f"{prefix}:*")}
    assert any(":kpo:rl:api:" in key for key in keys)
    assert any(":allauth:rl:allauth.account:login:" in key for key in keys)

    # Another app server: a separate process with the same settings and the same clock.
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "kpo.settings.test"}
    result = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-c", OTHER_WORKER, json.dumps(caches), str(clock.now)],
        capture_output=True,
        text=True,
        env=env,
        cwd=django_settings.BASE_DIR,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert json.loads(result.stdout.strip().splitlines()[-1]) == {"api": 429, "login": 429}


@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="only where REDIS_URL is set, as in production")
def test_redis_url_puts_the_limits_in_redis():
    from django.core.cache import caches
    from django.core.cache.backends.redis import RedisCache

    assert isinstance(caches["default"], RedisCache)  # Django's, or kpo.cache's with one client per pool
    assert django_settings.CACHES["default"]["LOCATION"] == os.environ["REDIS_URL"]
