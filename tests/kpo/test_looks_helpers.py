"""The helpers behind issue 17's looks: the way back to the results only ever leads to a local
result list, and the sessions page reads a User-Agent as browser and system."""

from urllib.parse import quote

import pytest

from kpo import useragent
from tests.factories import ArticleFactory


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("back", "shown"),
    [
        ("/kennisbank/?q=bibob&thema=x", True),
        ("/en/kennisbank/?q=bibob", True),
        ("/zoeken/?q=geld", True),
        ("/besloten/?q=x", True),
        ("/privacy/", False),  # a page, but not a result list
        ("//example.org/kennisbank/", False),
        ("https://example.org/kennisbank/", False),
        ("/\\example.org/kennisbank/", False),
        ("javascript:alert(1)", False),
        ("/bestaat-niet/", False),
    ],
)
def test_back_to_results_only_to_a_local_result_list(client, back, shown):
    article = ArticleFactory(title="Bibob in de praktijk", slug="bibob-in-de-praktijk")

    page = client.get(f"{article.get_absolute_url()}?terug={quote(back, safe='')}").content.decode()

    assert ("Terug naar resultaten" in page) is shown
    if shown:
        assert f'href="{back.replace("&", "&amp;")}"' in page


@pytest.mark.django_db
def test_result_cards_carry_the_search_to_the_detail_page(client):
    article = ArticleFactory(title="Bibob in de praktijk", slug="bibob-in-de-praktijk")

    listing = client.get("/kennisbank/", {"q": "bibob"}).content.decode()
    home = client.get("/").content.decode()

    assert f'href="{article.get_absolute_url()}?terug=/kennisbank/%3Fq%3Dbibob"' in listing
    assert "?terug=" not in home  # not a result list


@pytest.mark.parametrize(
    ("header", "browser", "system"),
    [
        (
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.70",
            "Edge 131",
            "Windows 10/11",
        ),
        (
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/17.5 Safari/605.1.15",
            "Safari 17",
            "macOS 10.15",
        ),
        (
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/17.5 Mobile/15E148 Safari/604.1",
            "Safari 17",
            "iOS 17",
        ),
        ("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", "Firefox 133", "Linux"),
        (
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/131.0.0.0 Mobile Safari/537.36",
            "Chrome 131",
            "Android 14",
        ),
        ("curl/8.5.0", "", ""),
        ("", "", ""),
    ],
)
def test_user_agent_as_browser_and_system(header, browser, system):
    assert useragent.browser(header) == browser
    assert useragent.system(header) == system


@pytest.mark.django_db
def test_a_plain_list_links_plainly(client):
    article = ArticleFactory(title="Bibob in de praktijk", slug="bibob-in-de-praktijk")

    listing = client.get("/kennisbank/").content.decode()

    assert f'href="{article.get_absolute_url()}"' in listing  # the breadcrumb leads back already
