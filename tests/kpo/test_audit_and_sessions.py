"""The audit log (who did what, never a secret), request ids, and session time-outs."""

import json
import logging
import time
from datetime import timedelta

import pytest
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.core.management import call_command
from django.db import DatabaseError, transaction
from django.utils import timezone

from accounts import services
from accounts.models import MembershipStatus
from kpo.models import AuditEvent
from kpo.requestlog import JsonFormatter, redact
from tests.factories import OrganisationFactory, partner

PASSWORD = "geheim-wachtwoord-123"
pytestmark = pytest.mark.django_db


@pytest.fixture
def person():
    return partner(OrganisationFactory(), email="inge@gemeente-a.nl")


def _log_in(client, email, password=PASSWORD):
    return client.post("/accounts/login/", {"login": email, "password": password})


def _everything_logged(caplog) -> str:
    formatter = JsonFormatter()
    return "\n".join(formatter.format(record) for record in caplog.records)


def test_login_success_and_failure_are_audited_without_the_password(client, person, caplog):
    caplog.set_level(logging.INFO)
    _log_in(client, person.email, "verkeerd-wachtwoord-999")
    assert _log_in(client, person.email).status_code == 302

    events = list(AuditEvent.objects.order_by("pk").values_list("action", "target_id", "actor_id"))
    assert events == [("login_failed", str(person.pk), None), ("login", str(person.pk), person.pk)]
    assert AuditEvent.objects.get(action="login").ip_address == "127.0.0.1"
    logged = _everything_logged(caplog)
    assert "login_failed" in logged and '"action": "login"' in logged
    assert PASSWORD not in logged and "verkeerd-wachtwoord-999" not in logged
    assert "verkeerd-wachtwoord-999" not in json.dumps(list(AuditEvent.objects.values("detail")))


def test_a_failed_login_for_an_unknown_address_keeps_its_domain_and_a_hash_not_the_address(client):
    for _ in range(2):
        _log_in(client, "Niemand@Nergens.nl", "wat-dan-ook-1234")
    _log_in(client, "iemand-anders@nergens.nl", "wat-dan-ook-1234")
    first, again, other = AuditEvent.objects.order_by("pk")
    assert (first.action, first.target_id, first.detail["email_domain"]) == ("login_failed", "", "nergens.nl")
    assert first.detail["email_hash"] == again.detail["email_hash"] != other.detail["email_hash"]
    assert "niemand" not in json.dumps(first.detail).lower()


@pytest.mark.django_db(transaction=True)  # allauth reports the change after the commit
def test_mfa_changes_and_mfa_failures_are_audited_without_codes(client, person, caplog, settings):
    settings.MFA_TOTP_TOLERANCE = 1
    caplog.set_level(logging.INFO)
    _log_in(client, person.email)
    client.post("/accounts/reauthenticate/", {"password": PASSWORD})
    client.get("/accounts/2fa/totp/activate/")
    secret = client.session["mfa.totp.secret"]
    code = format_hotp_value(hotp_value(secret, int(time.time()) // 30))
    response = client.post("/accounts/2fa/totp/activate/", {"code": code})
    assert response.status_code == 302
    assert AuditEvent.objects.filter(action="mfa_added", actor=person, detail__type="totp").exists()

    client.post("/accounts/logout/")
    _log_in(client, person.email)  # now asks for the code
    wrong = "000000" if code != "000000" else "111111"
    client.post("/accounts/2fa/authenticate/", {"code": wrong})
    assert AuditEvent.objects.filter(action="mfa_failed", target_id=str(person.pk)).exists()

    # The right code (of the next time step: a code is good once) signs in, with a new session id.
    before = client.cookies["sessionid"].value
    next_code = format_hotp_value(hotp_value(secret, int(time.time()) // 30 + 1))
    assert client.post("/accounts/2fa/authenticate/", {"code": next_code}).status_code == 302
    assert client.cookies["sessionid"].value != before
    assert AuditEvent.objects.filter(action="login", actor=person).count() == 2
    logged = _everything_logged(caplog)
    assert secret not in logged and f"code={code}" not in logged


def test_approval_rejection_and_suspension_name_who_did_it(person):
    curator = partner(OrganisationFactory(), email="curator@liec.nl", is_staff=True)
    applicant = partner(OrganisationFactory(), status=MembershipStatus.PENDING)
    services.approve_membership(applicant, by=curator)
    services.suspend_membership(applicant, by=curator, reason="Uit dienst")
    other = partner(OrganisationFactory(), status=MembershipStatus.PENDING)
    services.reject_membership(other, by=curator, reason="Geen partner")
    assert list(AuditEvent.objects.filter(actor=curator).order_by("pk").values_list("action", "target_id")) == [
        ("membership_approved", str(applicant.pk)),
        ("membership_suspended", str(applicant.pk)),
        ("membership_rejected", str(other.pk)),
    ]


def test_the_audit_log_is_append_only_until_it_is_five_years_old():
    recent = AuditEvent.objects.create(action="login")
    old = AuditEvent.objects.create(action="login", at=timezone.now() - timedelta(days=5 * 366))
    for attempt in (lambda: AuditEvent.objects.filter(pk=recent.pk).update(action="x"), recent.delete):
        with pytest.raises(DatabaseError), transaction.atomic():
            attempt()

    call_command("prune_logs", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert list(AuditEvent.objects.values_list("pk", flat=True)) == [recent.pk]
    assert not AuditEvent.objects.filter(pk=old.pk).exists()


def test_every_response_carries_a_request_id_and_a_sane_one_is_kept(client):
    first = client.get("/healthz")["X-Request-ID"]
    assert len(first) == 32 and first != client.get("/healthz")["X-Request-ID"]
    assert (
        client.get("/healthz", headers={"X-Request-ID": "proxy-req-12345678"})["X-Request-ID"] == "proxy-req-12345678"
    )
    assert client.get("/healthz", headers={"X-Request-ID": "<script>"})["X-Request-ID"] != "<script>"


def test_request_log_lines_are_json_with_the_request_id_and_no_keys_in_paths(client, caplog):
    caplog.set_level(logging.INFO, logger="kpo.request")
    response = client.get("/accounts/password/reset/key/ABCDEF123-geheime-sleutel/")
    line = json.loads(JsonFormatter().format(caplog.records[-1]))
    assert line["request_id"] == response["X-Request-ID"]
    assert line["http"]["path"] == "/accounts/password/reset/key/[redacted]/"
    assert "geheime-sleutel" not in json.dumps(line)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/accounts/password/reset/key/4-abc123def/", "/accounts/password/reset/key/[redacted]/"),
        ("login password=hunter2hunter2 ok", "login password=[redacted] ok"),
        ("oldpassword=hunter2hunter2&x=1", "oldpassword=[redacted]&x=1"),
        ("/api/v1/?token=abc&q=x", "/api/v1/?token=[redacted]&q=x"),
    ],
)
def test_secrets_are_redacted(text, expected):
    assert redact(text) == expected


def test_login_gives_a_new_session_id(client, person):
    client.get("/accounts/login/")
    client.session.save()
    before = client.cookies["sessionid"].value
    _log_in(client, person.email)
    assert client.cookies["sessionid"].value != before


@pytest.mark.parametrize("stale", ["kpo_seen", "kpo_started"])
def test_sessions_end_after_inactivity_and_after_the_maximum_age(client, person, settings, stale):
    _log_in(client, person.email)
    assert client.get("/account/").status_code == 200
    session = client.session
    session[stale] = int(time.time()) - max(settings.KPO_SESSION_IDLE_TIMEOUT, settings.KPO_SESSION_MAX_AGE) - 1
    session.save()
    response = client.get("/account/", follow=True)
    assert response.redirect_chain[-1][0].startswith("/accounts/login/")
    assert "Uw sessie is verlopen" in response.content.decode()


def test_sign_out_everywhere_ends_the_other_sessions(client, person):
    from django.test import Client

    elsewhere = Client()
    _log_in(elsewhere, person.email)
    _log_in(client, person.email)
    response = client.post("/accounts/sessions/", {"action": "logout"})
    assert response.status_code == 302
    assert elsewhere.get("/account/").status_code == 302  # to the login page
    assert client.get("/account/").status_code == 200


def test_behind_the_trusted_proxy_the_api_limit_counts_per_client(client, settings):
    settings.KPO_API_RATE_LIMIT = 2
    settings.KPO_TRUSTED_PROXIES = ["127.0.0.1"]  # the test client's REMOTE_ADDR
    for _ in range(2):
        assert client.get("/api/v1/articles", headers={"X-Forwarded-For": "203.0.113.7"}).status_code == 200
    assert client.get("/api/v1/articles", headers={"X-Forwarded-For": "203.0.113.7"}).status_code == 429
    # Another client behind the same proxy has its own counter.
    assert client.get("/api/v1/articles", headers={"X-Forwarded-For": "198.51.100.9"}).status_code == 200
