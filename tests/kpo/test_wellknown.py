"""/.well-known/security.txt (RFC 9116), valid by the sectxt parser and never stale, and
robots.txt keeping search engines out of everything that is not public."""

from datetime import UTC, datetime, timedelta

import pytest
from sectxt import Parser

from kpo.wellknown import security_txt_expires

pytestmark = pytest.mark.django_db
SITE = "https://kennisplatform.example"


@pytest.fixture(autouse=True)
def _site(settings):
    settings.KPO_SITE_URL = SITE


def test_security_txt_is_valid_by_rfc_9116(client):
    response = client.get("/.well-known/security.txt")

    assert response.status_code == 200 and response["Content-Type"] == "text/plain; charset=utf-8"
    parsed = Parser(response.content, urls=f"{SITE}/.well-known/security.txt")
    assert parsed.errors == [], parsed.errors
    assert parsed.is_valid()
    # What sectxt still recommends is a signature and an encryption key; neither is an error.
    assert {r["code"] for r in parsed.recommendations} <= {"not_signed", "no_encryption"}
    assert parsed.preferred_languages == ["nl", "en"]
    assert parsed.contact_email == "info@liec.nl"
    fields = dict(line.split(": ", 1) for line in response.content.decode().splitlines())
    assert fields["Canonical"] == f"{SITE}/.well-known/security.txt"
    assert fields["Policy"] == f"{SITE}/kwetsbaarheid-melden/"
    assert client.get("/kwetsbaarheid-melden/").status_code == 200


def test_security_txt_expires_renews_itself_and_is_never_stale(client, settings):
    settings.KPO_SECURITY_TXT_DAYS = 180
    expires = datetime.strptime(
        Parser(client.get("/.well-known/security.txt").content)._values["expires"][0], "%Y-%m-%dT%H:%M:%SZ"
    ).replace(tzinfo=UTC)
    now = datetime.now(UTC)
    assert now + timedelta(days=179) < expires <= now + timedelta(days=180)
    # Whenever it is asked, months or years from now, it lies ahead by the same margin.
    later = now + timedelta(days=400)
    assert security_txt_expires(later) - later > timedelta(days=179)


def test_security_txt_with_an_http_address_is_invalid(client, settings):
    # The validator is strict where it matters: an http:// Canonical or Policy is an error.
    settings.KPO_SITE_URL = "http://kennisplatform.example"
    parsed = Parser(client.get("/.well-known/security.txt").content)
    assert "no_https" in {e["code"] for e in parsed.errors}


def test_security_contact_comes_from_the_settings(client, settings):
    settings.KPO_SECURITY_CONTACT = "https://kennisplatform.example/melden"
    body = client.get("/.well-known/security.txt").content.decode()
    assert "Contact: https://kennisplatform.example/melden\n" in body
    assert Parser(body.encode(), urls=f"{SITE}/.well-known/security.txt").is_valid()


def test_robots_txt_keeps_crawlers_out_of_everything_not_public(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200 and response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    disallowed = {line.removeprefix("Disallow: ") for line in lines if line.startswith("Disallow: ")}
    for path in ("/besloten/", "/netwerk/", "/account/", "/accounts/", "/admin/"):
        assert path in disallowed and f"/en{path}" in disallowed
    assert not {"/", "/kennisbank/", "/signalen/", "/riec/"} & disallowed
    assert f"Sitemap: {SITE}/sitemap.xml" in lines
    # The closed pages really live where robots.txt says.
    for path in ("/besloten/", "/netwerk/", "/account/"):
        assert client.get(path).status_code == 302
