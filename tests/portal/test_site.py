"""Site-wide behaviour: health check, security headers, languages, static pages."""

import re

import pytest
from django.db import connection

from tests.factories import ArticleFactory, RegionFactory

pytestmark = pytest.mark.django_db


def test_healthz_answers_when_the_database_answers(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_answers_503_when_the_database_does_not(client, monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise connection.OperationalError("database is down")

    monkeypatch.setattr(connection, "cursor", broken_cursor)

    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


@pytest.mark.parametrize(
    "url",
    ["/", "/kennisbank/", "/riec/", "/bestaat-niet/", "/zoeken/?q=geld", "/accounts/login/", "/admin/login/",
     "/api/v1/", "/api/v1/articles", "/healthz", "/kennisbank/feed/", "/en/"],
)  # fmt: skip
def test_security_headers(client, url):
    response = client.get(url, follow=True)
    csp = response["Content-Security-Policy"]

    assert "default-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"] and "geolocation=()" in response["Permissions-Policy"]
    assert len(response["X-Request-ID"]) == 32


@pytest.mark.parametrize("url", ["/", "/kennisbank/", "/riec/", "/toegankelijkheid/", "/privacy/"])
def test_pages_have_no_inline_script_or_style(client, url):
    page = client.get(url).content.decode()

    # Scripts only as files (static/js/site.js), which the CSP allows; nothing inline.
    assert re.findall(r"<script[^>]*>", page) == ['<script src="/static/js/site.js" defer>']
    assert "style=" not in page and "<style" not in page


def test_english_interface_at_en(client):
    ArticleFactory(title="Wat is ondermijning?")

    dutch = client.get("/kennisbank/", HTTP_ACCEPT_LANGUAGE="en")
    english = client.get("/en/kennisbank/")

    assert '<html lang="nl">' in dutch.content.decode()
    assert "Zoek in de kennisbank" in dutch.content.decode()
    page = english.content.decode()
    assert '<html lang="en">' in page
    assert "Search the knowledge base" in page
    assert "Wat is ondermijning?" in page  # content stays Dutch
    assert 'href="/en/kennisbank/' in page


def test_regions_page_lists_riecs_and_how_to_reach_the_liec(client):
    RegionFactory(name="RIEC Limburg", slug="limburg", area="De provincie Limburg.")
    RegionFactory(
        name="LIEC",
        slug="liec",
        kind="liec",
        address="Postbus 20301\n2500 EH Den Haag",
        phone="070 370 6370",
        email="info@liec.nl",
    )

    page = client.get("/riec/").content.decode()

    assert "RIEC Limburg" in page and "De provincie Limburg." in page
    assert "Postbus 20301<br>2500 EH Den Haag" in page
    assert 'href="tel:0703706370"' in page
    assert 'href="mailto:info@liec.nl"' in page


@pytest.mark.parametrize(
    ("url", "heading"),
    [("/toegankelijkheid/", "Toegankelijkheidsverklaring"), ("/privacy/", "Privacy")],
)
def test_statements(client, url, heading):
    response = client.get(url)

    assert response.status_code == 200
    assert heading in response.content.decode()
