"""Whatever is in the query string, the kennisbank answers with a normal page or a
404, never a server error, and nothing typed comes back unescaped."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.factories import ArticleFactory, PhenomenonFactory, ThemeFactory

pytestmark = pytest.mark.django_db

NASTY = [
    "",
    "'",
    '"',
    "\x00",
    "ondermijning\x00--",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "' OR 1=1 --",
    "!!&&||(()):*",
    "-",
    '"unterminated',
    "a" * 5000,
    "ümlaut 中文 🙂",
    "%00",
    "\u202e",
]
PARAMS = ["q", "page", "thema", "fenomeen", "soort", "regio", "sorteer"]
URLS = ["/kennisbank/", "/zoeken/", "/", "/en/kennisbank/"]


@pytest.fixture
def some_articles(db):
    theme, phenomenon = ThemeFactory(slug="communicatie"), PhenomenonFactory(slug="witwassen")
    ArticleFactory.create_batch(3, themes=[theme], phenomena=[phenomenon], body="ondermijning")


def assert_safe(response, values):
    assert response.status_code in (200, 404), response.status_code
    page = response.content.decode()
    reflected = [value for value in values if "<" in value and len(value) > 1 and value in page]
    if reflected:
        # Markup the page holds anyway ("Kennisbank</a>" holds "k<") is not a reflection.
        untouched = response.client.get(response.wsgi_request.path).content.decode()
        for value in reflected:
            assert value in untouched


@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize("value", NASTY)
def test_known_nasty_values_in_every_parameter(client, some_articles, url, value):
    assert_safe(client.get(url, dict.fromkeys(PARAMS, value)), [value])
    for param in ("q", "page"):
        assert_safe(client.get(url, {param: value}), [value])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    url=st.sampled_from(URLS),
    params=st.dictionaries(
        st.sampled_from(PARAMS),
        st.lists(st.text(min_size=0, max_size=300), min_size=1, max_size=3),
        max_size=5,
    ),
)
def test_any_query_string(client, some_articles, url, params):
    response = client.get(url, params)
    assert_safe(response, [v for values in params.values() for v in values])


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(slug=st.text(min_size=1, max_size=120))
def test_any_article_path(client, some_articles, slug):
    response = client.get("/kennisbank/" + slug.replace("/", "") + "/")
    assert response.status_code in (200, 404, 301)
