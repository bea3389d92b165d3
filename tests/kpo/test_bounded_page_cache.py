"""Issue 13, observation 6: the anonymous page cache stores only canonical parameter values
(valid page numbers, known sort keys, existing facet slugs, searches that find something),
and lives apart from the sessions and rate-limit counters it could otherwise push out."""

import uuid

import pytest
from django.conf import settings
from django.core.cache import caches

from tests.factories import ArticleFactory, ThemeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages_in_memory(settings):
    """What the site decides to store is the same whatever the backend; a local-memory
    "pages" cache can be counted (the Redis one, shared with other runs, cannot)."""
    memory = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": f"pages-{uuid.uuid4()}"}
    settings.CACHES = {**settings.CACHES, "pages": memory}


def stored_pages() -> int:
    return len(caches["pages"]._cache)


def stored_pages_and_results() -> int:
    """What is stored, but the search's per-word expansions (kpo.search.expand): those are
    bounded by the words of the texts and the stop words, not by what is typed."""
    return sum(":kpo:expand:" not in key for key in caches["pages"]._cache)


@pytest.fixture
def kennisbank(db, pages_in_memory):
    theme = ThemeFactory(name="Weerbaarheid", slug="weerbaarheid")
    for i in range(3):
        ArticleFactory(title=f"Witwassen deel {i}", slug=f"witwassen-{i}", themes=[theme])


@pytest.mark.parametrize(
    "template",
    [
        "/kennisbank/?page={}",
        "/kennisbank/?sorteer={}",
        "/kennisbank/?thema={}",
        "/kennisbank/?fenomeen={}",
        "/kennisbank/?regio={}",
        "/kennisbank/?soort={}",
        "/kennisbank/?q={}",
        "/en/kennisbank/?q={}",
        "/?q={}",
        "/en/?q={}",
        "/zoeken/?q={}",
        "/kennisbank/witwassen-0/?page={}",
        "/kennisbank/?thema=weerbaarheid&thema={}",
        "/kennisbank/?page=1&page={}",
    ],
)
def test_random_parameter_values_store_nothing_new(client, kennisbank, template):
    client.get("/kennisbank/")  # the version key and one page
    # A search keeps the vocabulary's version and the synonyms once (kpo.search.expand);
    # what counts is that a random value adds nothing.
    client.get("/kennisbank/?q=witwassen")
    before = stored_pages()
    for _ in range(20):
        response = client.get(template.format(uuid.uuid4().hex))
        assert response.status_code in (200, 301, 302, 404)
    assert stored_pages() == before


@pytest.mark.parametrize("number", ["0", "2", "999", "01", "-1", "1.0"])
def test_page_numbers_beyond_the_pages_are_not_stored(client, kennisbank, number):
    client.get("/kennisbank/")
    before = stored_pages()
    client.get(f"/kennisbank/?page={number}")
    assert stored_pages() == before


@pytest.mark.parametrize(
    "url",
    [
        "/kennisbank/?thema=weerbaarheid",
        "/kennisbank/?sorteer=datum",
        "/kennisbank/?q=witwassen",
        "/kennisbank/?q=witwassen&page=1",
        "/zoeken/?q=witwassen",
    ],
)
def test_canonical_pages_are_still_stored(client, kennisbank, url):
    client.get("/kennisbank/")
    before = stored_pages()
    client.get(url)
    assert stored_pages() > before


def test_sessions_and_rate_limits_live_in_a_cache_the_pages_do_not_use():
    assert settings.SESSION_CACHE_ALIAS == "default"
    assert settings.CACHES["pages"] != settings.CACHES["default"]


def test_a_partner_inventing_facet_values_stores_no_counts(client, kennisbank):
    from tests.factories import OrganisationFactory, document, partner

    organisation = OrganisationFactory(domains=["thuis.nl"])
    member = partner(organisation, email="lid@thuis.nl")
    document("Besloten stuk", organisation, "tekst", [organisation.group])
    client.force_login(member)
    client.get("/besloten/?thema=weerbaarheid")
    before = stored_pages()
    for _ in range(10):
        assert client.get(f"/besloten/?thema={uuid.uuid4().hex}").status_code == 200
    assert stored_pages() == before


@pytest.mark.parametrize(
    "template",
    [
        "/kennisbank/?q=witwassen+-{}",  # web-search syntax: finds what `witwassen` finds
        "/kennisbank/?q=witwassen+or+{}",
        '/kennisbank/?q="witwassen"+-{}',
        "/zoeken/?q=witwassen+-{}",
        "/en/zoeken/?q=witwassen+or+{}",
        "/kennisbank/?q=witwassen+{}",  # {} a Dutch stop word: left out of the search
        "/kennisbank/?q={}",  # {} a case variant of a word that finds something
    ],
)
def test_searches_that_find_what_a_simpler_search_finds_are_not_stored(client, kennisbank, template):
    client.get("/kennisbank/")
    client.get("/kennisbank/?q=witwassen")  # the vocabulary's version (kpo.search.expand)
    before = stored_pages_and_results()
    stop_words = ["de", "het", "een", "en", "van", "ik", "te", "dat", "die", "in"]
    cases = ["Witwassen", "WITWASSEN", "wItwassen", "witWassen", "witwAssen"]
    for i in range(5):
        value = uuid.uuid4().hex
        if template.endswith("+{}"):
            value = " ".join(stop_words[i : i + 2])
        elif template.endswith("?q={}"):
            value = cases[i]
        response = client.get(template.format(value))
        assert response.status_code == 200
    assert stored_pages_and_results() == before


def test_a_partner_varying_a_search_stores_no_new_counts_or_results(client, kennisbank):
    from tests.factories import OrganisationFactory, document, partner

    organisation = OrganisationFactory(domains=["thuis.nl"])
    member = partner(organisation, email="lid@thuis.nl")
    document("Besloten stuk over witwassen", organisation, "witwassen", [organisation.group])
    client.force_login(member)
    client.get("/besloten/?q=witwassen")
    client.get("/zoeken/?q=witwassen")
    before = stored_pages()
    for _ in range(5):
        assert client.get(f"/besloten/?q=witwassen+-{uuid.uuid4().hex}").status_code == 200
        assert client.get(f"/zoeken/?q=witwassen+-{uuid.uuid4().hex}").status_code == 200
    assert stored_pages() == before
