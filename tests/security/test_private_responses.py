"""Issue 13, observation 9: nothing shown to a signed-in person may be kept by a browser,
a proxy or the site's own page cache."""

import pytest

from tests.factories import ArticleFactory, OrganisationFactory, document, partner

pytestmark = pytest.mark.django_db


def _private(response) -> bool:
    words = {w.strip() for w in response.get("Cache-Control", "").split(",")}
    return {"private", "no-store"} <= words


@pytest.mark.parametrize(
    "url",
    [
        "/account/",
        "/account/moderatie/",
        "/accounts/email/",
        "/accounts/sessions/",
        "/accounts/2fa/",
        "/accounts/password/change/",
        "/",
        "/kennisbank/",
        "/netwerk/",
        "/en/account/",
    ],
)
def test_every_page_for_a_signed_in_person_says_private_no_store(client, url):
    organisation = OrganisationFactory(domains=["thuis.nl"])
    person = partner(organisation, email="lid@thuis.nl", is_superuser=True, is_staff=True)
    client.force_login(person)
    response = client.get(url)
    assert response.status_code == 200, url
    assert _private(response), (url, response.get("Cache-Control"))


def test_a_closed_download_says_no_store(client):
    organisation = OrganisationFactory(domains=["thuis.nl"])
    member = partner(organisation, email="lid@thuis.nl")
    doc = document("Besloten stuk", organisation, "tekst", [organisation.group])
    client.force_login(member)
    response = client.get(f"/besloten/documenten/{doc.pk}/download/")
    assert response.status_code == 200
    assert _private(response)


def test_the_login_response_itself_is_private(client):
    partner(OrganisationFactory(domains=["thuis.nl"]), email="lid@thuis.nl")
    response = client.post("/accounts/login/", {"login": "lid@thuis.nl", "password": "geheim-wachtwoord-123"})
    assert response.status_code == 302
    assert _private(response)


def test_anonymous_public_pages_stay_cacheable(client):
    ArticleFactory(slug="een")
    assert not _private(client.get("/kennisbank/"))


@pytest.mark.parametrize(
    "url", ["/accounts/login/", "/accounts/signup/", "/accounts/password/reset/", "/en/accounts/login/"]
)
def test_account_pages_are_private_before_anyone_signs_in(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert _private(response), (url, response.get("Cache-Control"))


def test_the_personal_feed_with_closed_titles_says_no_store(client):
    # Read without a session, so the middleware did not mark it; the calendar feed did. A
    # proxy or a feed service could keep closed titles past renewing the link or a suspension.
    from follows.services import renew_feed

    organisation = OrganisationFactory(domains=["thuis.nl"])
    member = partner(organisation, email="lid@thuis.nl")
    document("Besloten stuk", organisation, "tekst", [organisation.group])
    feed = renew_feed(member)

    response = client.get(f"/mijn-kpo/feed/{feed.secret}/")

    assert response.status_code == 200 and "Besloten stuk" in response.content.decode()
    assert _private(response), response.get("Cache-Control")
