"""Issue 21: each searched word's expansion (compounds, near spellings, synonyms) is kept
per word, under the vocabulary's version (kpo.search.expand). A warm word costs no query;
a curator's new synonym or a new word in the texts changes the next search, through HTTP,
with every cache warm."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from kpo.models import SearchSynonym
from tests.factories import ArticleFactory, OrganisationFactory, document, partner

pytestmark = pytest.mark.django_db


def titles(response) -> list[str]:
    assert response.status_code == 200
    return re.findall(r'<h3 class="card__title"[^>]*><a href="[^"]+">([^<]+)</a>', response.content.decode())


def vocabulary_queries(queries) -> list[str]:
    return [q["sql"] for q in queries if "kpo_searchterm" in q["sql"] or "kpo_searchsynonym" in q["sql"]]


@pytest.fixture
def articles(db):
    now = timezone.now()
    ArticleFactory(title="Witwassen voorkomen", body="Crimineel geld.", published_at=now)
    ArticleFactory(title="Vastgoed in de haven", body="Panden aan de kade.", published_at=now)
    ArticleFactory(title="Iets anders", body="Verkeersveiligheid.", published_at=now)


def test_warm_words_cost_no_vocabulary_query(client, articles):
    with CaptureQueriesContext(connection) as cold:
        assert titles(client.get("/kennisbank/", {"q": "kade panden"})) == ["Vastgoed in de haven"]
    assert len(vocabulary_queries(cold.captured_queries)) == 2  # the synonyms and the words

    # Searches of several words are not kept whole; their words are.
    with CaptureQueriesContext(connection) as warm:
        assert titles(client.get("/kennisbank/", {"q": "kade panden"})) == ["Vastgoed in de haven"]
    assert vocabulary_queries(warm.captured_queries) == []
    assert len(warm.captured_queries) == len(cold.captured_queries) - 2

    # A new pair of warm words: only the joined word (`pandenkade`, a compound the texts
    # might have) is looked up, in one query.
    with CaptureQueriesContext(connection) as pair:
        assert titles(client.get("/kennisbank/", {"q": "panden kade"})) == ["Vastgoed in de haven"]
    assert len(vocabulary_queries(pair.captured_queries)) == 1
    assert len(pair.captured_queries) == len(cold.captured_queries) - 1

    # One warm word on another page.
    with CaptureQueriesContext(connection) as zoeken:
        assert "Vastgoed in de haven" in client.get("/zoeken/", {"q": "kade"}).content.decode()
    assert vocabulary_queries(zoeken.captured_queries) == []


def test_a_new_synonym_changes_searches_of_cached_words_at_the_next_request(client, articles):
    searches = [("/kennisbank/", "kade"), ("/kennisbank/", "kade panden"), ("/zoeken/", "kade")]
    for url, q in searches:  # twice: words, results and canonical pages all kept
        for _ in range(2):
            assert "Witwassen voorkomen" not in client.get(url, {"q": q}).content.decode()

    synonym = SearchSynonym.objects.create(term="kade", alternative="witwassen", both_ways=False)

    assert "Witwassen voorkomen" in titles(client.get("/kennisbank/", {"q": "kade"}))
    assert "Witwassen voorkomen" in titles(client.get("/kennisbank/", {"q": "kade panden"}))
    assert "Witwassen voorkomen" in titles(client.get("/kennisbank/", {"q": "panden kade"}))
    assert "Witwassen voorkomen" in client.get("/zoeken/", {"q": "kade"}).content.decode()
    # One way only: `witwassen` does not find the quay.
    assert titles(client.get("/kennisbank/", {"q": "witwassen"})) == ["Witwassen voorkomen"]

    synonym.delete()

    assert "Witwassen voorkomen" not in titles(client.get("/kennisbank/", {"q": "kade"}))
    assert "Witwassen voorkomen" not in titles(client.get("/kennisbank/", {"q": "panden kade"}))


def test_a_new_synonym_changes_a_partners_closed_search_at_the_next_request(client, db):
    organisation = OrganisationFactory(domains=["thuis.nl"])
    member = partner(organisation, email="lid@thuis.nl")
    document("Crimineel geld", organisation, "Witwassen via panden.", [organisation.group])
    document("Een kade", organisation, "Schepen aan de kade.", [organisation.group])
    client.force_login(member)
    for _ in range(2):
        page = client.get("/besloten/", {"q": "kade"}).content.decode()
        assert "Een kade" in page and "Crimineel geld" not in page

    SearchSynonym.objects.create(term="kade", alternative="witwassen", both_ways=False)

    page = client.get("/besloten/", {"q": "kade"}).content.decode()
    assert "Een kade" in page and "Crimineel geld" in page


def test_a_new_word_in_the_texts_widens_a_cached_word_at_the_next_request(client, articles):
    assert titles(client.get("/kennisbank/", {"q": "vastgoed kade"})) == ["Vastgoed in de haven"]
    assert titles(client.get("/kennisbank/", {"q": "kade vastgoed"})) == ["Vastgoed in de haven"]

    # `kadevastgoed` is new: the trigger adds it to the vocabulary, and `vastgoed` now
    # also finds it as a compound, though the word was expanded and kept before.
    ArticleFactory(title="Over kadevastgoed", body="Loodsen.", published_at=timezone.now())

    assert "Over kadevastgoed" in titles(client.get("/kennisbank/", {"q": "kade vastgoed"}))
    assert "Over kadevastgoed" in titles(client.get("/kennisbank/", {"q": "vastgoed"}))
