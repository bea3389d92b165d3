"""Issue 13, observation 13: X-Forwarded-For is believed only from a trusted proxy
(KPO_TRUSTED_PROXIES, by address or network), walking the chain from the right. One answer
for the audit log, the request log, the API limit and allauth's limits."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from kpo.models import AuditEvent
from tests.factories import OrganisationFactory, partner

pytestmark = pytest.mark.django_db

PASSWORD = "geheim-wachtwoord-123"


@pytest.fixture
def behind_nginx(settings):
    settings.KPO_TRUSTED_PROXIES = ["10.0.0.5", "10.1.0.0/24", "::1"]
    # What the deployment example set before: one proxy, whoever it is.
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    return settings


def login_ip(client, **meta):
    person = partner(OrganisationFactory(domains=["utrecht.nl"]), email="lid@utrecht.nl")
    response = client.post("/accounts/login/", {"login": person.email, "password": PASSWORD}, **meta)
    assert response.status_code == 302
    return AuditEvent.objects.get(action="login").ip_address


def test_a_lan_neighbour_cannot_pick_the_address_in_the_audit_log(client, behind_nginx):
    assert login_ip(client, REMOTE_ADDR="10.9.9.9", HTTP_X_FORWARDED_FOR="203.0.113.7") == "10.9.9.9"


def test_behind_a_trusted_proxy_the_client_address_is_used(client, behind_nginx):
    assert login_ip(client, REMOTE_ADDR="10.0.0.5", HTTP_X_FORWARDED_FOR="203.0.113.7") == "203.0.113.7"


def test_the_chain_is_walked_from_the_right_to_the_first_untrusted_address(client, behind_nginx):
    # The client wrote "198.51.100.1" itself; 10.1.0.8 is a trusted load balancer.
    meta = {"REMOTE_ADDR": "10.0.0.5", "HTTP_X_FORWARDED_FOR": "198.51.100.1, 203.0.113.7, 10.1.0.8"}
    assert login_ip(client, **meta) == "203.0.113.7"


def test_a_malformed_entry_ends_the_walk_at_the_proxy(client, behind_nginx):
    assert login_ip(client, REMOTE_ADDR="10.0.0.5", HTTP_X_FORWARDED_FOR="203.0.113.7, nonsense") == "10.0.0.5"


def test_without_trusted_proxies_the_header_is_ignored(client, settings):
    settings.KPO_TRUSTED_PROXIES = []
    assert login_ip(client, REMOTE_ADDR="192.0.2.4", HTTP_X_FORWARDED_FOR="203.0.113.7") == "192.0.2.4"


def test_a_forger_cannot_escape_the_api_limit_by_changing_the_header(client, behind_nginx):
    behind_nginx.KPO_API_RATE_LIMIT = 2
    statuses = [
        client.get("/api/v1/themes", REMOTE_ADDR="10.9.9.9", HTTP_X_FORWARDED_FOR=f"203.0.113.{i}").status_code
        for i in range(3)
    ]
    assert statuses == [200, 200, 429]
    # Real clients behind the trusted proxy each have their own counter.
    assert client.get("/api/v1/themes", REMOTE_ADDR="10.0.0.5", HTTP_X_FORWARDED_FOR="203.0.113.50").status_code == 200


def test_a_forger_cannot_escape_allauths_login_limit_by_changing_the_header(client, behind_nginx):
    from allauth.core.internal.ratelimit import parse_rates

    limit = parse_rates(behind_nginx.ACCOUNT_RATE_LIMITS["login"])[0].amount
    statuses = [
        client.post(
            "/accounts/login/",
            {"login": f"x{i}@utrecht.nl", "password": "fout"},
            REMOTE_ADDR="10.9.9.9",
            HTTP_X_FORWARDED_FOR=f"203.0.113.{i % 250}",
        ).status_code
        for i in range(limit + 1)
    ]
    assert statuses[-1] == 429


def test_production_refuses_the_old_proxy_count(monkeypatch):
    from kpo import clientip as proxies

    with pytest.raises(ImproperlyConfigured, match="KPO_TRUSTED_PROXIES"):
        proxies.check_environment({"KPO_TRUSTED_PROXY_COUNT": "1"})
    with pytest.raises(ImproperlyConfigured, match="not an address"):
        proxies.parse("10.0.0.5, nginx.example.nl")
    assert proxies.parse("10.0.0.5, 10.1.0.0/24,::1") == ["10.0.0.5", "10.1.0.0/24", "::1"]
