"""Issue 13, observation 7: language links and `next` are built only from resolved local
paths, so no page links or redirects to another host (`//evil.example/`)."""

import re

import pytest

from tests.factories import ArticleFactory, OrganisationFactory, partner

pytestmark = pytest.mark.django_db


def _language_link(page: str) -> str:
    return re.search(r'<a href="([^"]*)" lang="(?:nl|en)" hreflang', page).group(1)


@pytest.mark.parametrize(
    "url", ["/en//evil.example/", "//evil.example/", "/en/%2F%2Fevil.example/", "/en/\\evil.example/"]
)
def test_a_language_link_never_points_off_site(client, url):
    page = client.get(url).content.decode()
    link = _language_link(page)
    assert link.startswith("/") and not link.startswith(("//", "/\\")), link
    assert "evil" not in link


def test_the_language_link_keeps_the_page(client):
    ArticleFactory(slug="een")
    assert _language_link(client.get("/kennisbank/een/").content.decode()) == "/en/kennisbank/een/"
    assert _language_link(client.get("/en/kennisbank/een/").content.decode()) == "/kennisbank/een/"
    assert _language_link(client.get("/en/").content.decode()) == "/"


@pytest.mark.parametrize(
    "next_url", ["/en//evil.example/", "//evil.example/", "/en/\\evil.example/", "/%2F%2Fevil.example/"]
)
def test_login_does_not_follow_a_next_that_leaves_the_site(client, next_url):
    partner(OrganisationFactory(domains=["thuis.nl"]), email="lid@thuis.nl")
    response = client.post(
        "/accounts/login/?next=" + next_url, {"login": "lid@thuis.nl", "password": "geheim-wachtwoord-123"}
    )
    assert response.status_code == 302
    assert "evil" not in response["Location"]


def test_login_follows_a_local_next(client):
    partner(OrganisationFactory(domains=["thuis.nl"]), email="lid@thuis.nl")
    response = client.post(
        "/accounts/login/?next=/en/netwerk/", {"login": "lid@thuis.nl", "password": "geheim-wachtwoord-123"}
    )
    assert response["Location"] == "/en/netwerk/"
