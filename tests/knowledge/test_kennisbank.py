"""The public kennisbank, as a visitor uses it through HTTP."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from knowledge.models import Article
from tests.factories import (
    ArticleFactory,
    PhenomenonFactory,
    ReferenceFactory,
    RegionFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


def titles(response) -> list[str]:
    return re.findall(r'<h3 class="card__title"[^>]*><a href="[^"]+">([^<]+)</a>', response.content.decode())


def test_dutch_stemming_finds_other_word_forms(client):
    ArticleFactory(title="Weerbaar bestuur", body="Over de aanpak van ondermijning in de gemeente.")
    ArticleFactory(title="Iets anders", body="Over verkeersveiligheid.")

    response = client.get("/kennisbank/", {"q": "ondermijnende"})

    assert titles(response) == ["Weerbaar bestuur"]
    assert "<mark>ondermijning</mark>" in response.content.decode()


def test_a_title_hit_ranks_above_a_body_hit(client):
    ArticleFactory(
        title="Samenwerking in de regio",
        body="Vastgoedfraude komt in dit verhaal zijdelings voor.",
        published_at=timezone.now() - timedelta(hours=1),
    )
    ArticleFactory(
        title="Vastgoedfraude herkennen",
        body="Signalen bij aankoop van panden.",
        published_at=timezone.now() - timedelta(days=30),
    )

    response = client.get("/kennisbank/", {"q": "vastgoedfraude"})

    assert titles(response) == ["Vastgoedfraude herkennen", "Samenwerking in de regio"]
    by_date = client.get("/kennisbank/", {"q": "vastgoedfraude", "sorteer": "datum"})
    assert titles(by_date) == ["Samenwerking in de regio", "Vastgoedfraude herkennen"]


def test_facets_filter_combine_and_count_over_the_results(client):
    drugs = PhenomenonFactory(name="Drugs en hennepteelt", slug="drugs")
    witwassen = PhenomenonFactory(name="Witwassen", slug="witwassen")
    info = ThemeFactory(name="Informatiepositie", slug="informatiepositie")
    ArticleFactory(title="Hennep en geld", phenomena=[drugs, witwassen], themes=[info])
    ArticleFactory(title="Alleen hennep", phenomena=[drugs])
    ArticleFactory(title="Alleen geld", phenomena=[witwassen], kind=Article.Kind.NEWS)

    response = client.get("/kennisbank/", {"fenomeen": "drugs"})
    assert sorted(titles(response)) == ["Alleen hennep", "Hennep en geld"]
    page = response.content.decode()
    # Counts are over the two results: both are drugs, one is also witwassen.
    assert re.search(r"Drugs en hennepteelt\s*<span class=\"facet__count\">2<", page)
    assert re.search(r"Witwassen\s*<span class=\"facet__count\">1<", page)
    assert re.search(r"Informatiepositie\s*<span class=\"facet__count\">1<", page)
    # Nieuws has no result among these and is not offered.
    assert "Nieuws\n" not in page and ">Nieuws<" not in page

    both = client.get("/kennisbank/?fenomeen=drugs&thema=informatiepositie")
    assert titles(both) == ["Hennep en geld"]
    either = client.get("/kennisbank/?fenomeen=drugs&fenomeen=witwassen")
    assert len(titles(either)) == 3
    news = client.get("/kennisbank/?soort=nieuws")
    assert titles(news) == ["Alleen geld"]


def test_region_facet_for_news(client):
    limburg = RegionFactory(name="RIEC Limburg", slug="limburg")
    ArticleFactory(title="Nieuws uit Limburg", kind=Article.Kind.NEWS, regions=[limburg])
    ArticleFactory(title="Landelijk nieuws", kind=Article.Kind.NEWS)

    assert titles(client.get("/kennisbank/?regio=limburg")) == ["Nieuws uit Limburg"]


def test_unknown_facet_values_give_a_normal_empty_page(client):
    ArticleFactory(title="Een artikel")

    response = client.get("/kennisbank/?thema=bestaat-niet&soort=onzin&regio=%3Cscript%3E")

    assert response.status_code == 200
    assert titles(response) == []
    assert "Geen artikelen gevonden met deze filters" in response.content.decode()


def test_unpublished_and_future_articles_are_invisible(client):
    ArticleFactory(title="Zichtbaar artikel over Bibob", body="Bibob")
    draft = ArticleFactory(title="Concept over Bibob", body="Bibob", status=Article.Status.DRAFT)
    future = ArticleFactory(title="Toekomst over Bibob", body="Bibob", published_at=timezone.now() + timedelta(days=2))
    undated = ArticleFactory(title="Zonder datum over Bibob", body="Bibob", published_at=None)

    assert titles(client.get("/kennisbank/")) == ["Zichtbaar artikel over Bibob"]
    assert titles(client.get("/kennisbank/", {"q": "Bibob"})) == ["Zichtbaar artikel over Bibob"]
    for hidden in (draft, future, undated):
        assert client.get(f"/kennisbank/{hidden.slug}/").status_code == 404
        assert hidden.title not in client.get("/zoeken/", {"q": "Bibob"}).content.decode()
        assert hidden.title not in client.get("/").content.decode()


def test_article_page_shows_body_references_related_and_breadcrumbs(client):
    hennep = PhenomenonFactory(name="Drugs en hennepteelt", slug="drugs")
    other = PhenomenonFactory(name="Zorgfraude", slug="zorgfraude")
    article = ArticleFactory(
        title="Hennepteelt herkennen", body="## Signalen\n\nLet op **stroomverbruik**.", phenomena=[hennep]
    )
    ReferenceFactory(article=article, title="Jaarverslag RIEC-LIEC", url="https://www.riec.nl/")
    ArticleFactory(title="Hennep in het buitengebied", phenomena=[hennep])
    ArticleFactory(title="Zorgfraude in beeld", phenomena=[other])
    ArticleFactory(title="Verborgen concept", phenomena=[hennep], status=Article.Status.DRAFT)

    page = client.get(f"/kennisbank/{article.slug}/").content.decode()

    assert "<h2>Signalen</h2>" in page
    assert "<strong>stroomverbruik</strong>" in page
    assert 'href="https://www.riec.nl/"' in page and "Jaarverslag RIEC-LIEC" in page
    related = page.split("Gerelateerde artikelen")[1]
    assert "Hennep in het buitengebied" in related
    assert "Zorgfraude in beeld" not in related
    assert "Verborgen concept" not in page
    assert 'aria-label="Kruimelpad"' in page and 'href="/kennisbank/">Kennisbank</a>' in page


def test_markdown_is_sanitised(client):
    article = ArticleFactory(
        body=(
            "<script>alert(1)</script>\n\n"
            '<img src=x onerror="alert(2)">\n\n'
            "[klik](javascript:alert(3))\n\n"
            '<a href="https://www.liec.nl" onclick="alert(4)">LIEC</a>\n\n'
            "<iframe src='https://evil.example'></iframe>"
        )
    )

    page = client.get(f"/kennisbank/{article.slug}/").content.decode()
    body = page.split('class="prose"')[1].split("</div>")[0]

    assert "<script" not in body and "onerror" not in body and "onclick" not in body
    assert "javascript:" not in body and "<iframe" not in body and "<img" not in body
    assert 'href="https://www.liec.nl"' in body


def test_unknown_slug_is_a_404_in_the_site_style(client):
    response = client.get("/kennisbank/bestaat-niet/")

    assert response.status_code == 404
    assert "Pagina niet gevonden" in response.content.decode()
    assert 'class="site-header"' in response.content.decode()


def test_pagination_keeps_the_query(client, settings):
    settings.KPO_PAGE_SIZE = 5
    for i in range(12):
        ArticleFactory(title=f"Witwassen deel {i}", body="witwassen")

    first = client.get("/kennisbank/", {"q": "witwassen"})
    third = client.get("/kennisbank/", {"q": "witwassen", "page": 3})

    assert len(titles(first)) == 5
    assert 'href="?q=witwassen&amp;page=2"' in first.content.decode()
    assert len(titles(third)) == 2
    for bad in ("abc", "0", "-1", "999999", "1e9"):
        assert client.get("/kennisbank/", {"q": "witwassen", "page": bad}).status_code in (200, 404)


def test_empty_result_says_so_and_suggests_a_title_for_a_typo(client):
    ArticleFactory(title="Mensenhandel en mensensmokkel", body="Uitbuiting")

    # One wrong letter finds the article itself (tests/kpo/test_dutch_search.py); three
    # are too many for the search, but the title is still close enough to suggest.
    page = client.get("/kennisbank/", {"q": "mensnhndl"}).content.decode()

    assert "Geen artikelen gevonden voor “mensnhndl”" in page
    assert "Bedoelde u misschien" in page and "Mensenhandel en mensensmokkel" in page
    assert "controleer de spelling" in page


def test_site_search_groups_results_with_counts(client):
    ThemeFactory(name="Communicatie", slug="communicatie")
    ArticleFactory(title="Communicatie na een incident", body="Woordvoering")
    ArticleFactory(title="Nog een artikel", body="Over communicatie met inwoners")

    page = client.get("/zoeken/", {"q": "communicatie"}).content.decode()

    assert "3 resultaten voor “communicatie”" in page
    assert '<h2 id="groep-artikelen">Kennisbank (2)</h2>' in page
    assert '<h2 id="groep-onderwerpen">Onderwerpen (1)</h2>' in page
    assert 'href="/kennisbank/?q=communicatie">Alle 2 artikelen in de kennisbank' in page
    assert 'href="/kennisbank/?thema=communicatie"' in page


def test_query_counts_are_constant(client, django_assert_num_queries):
    themes = [ThemeFactory() for _ in range(5)]
    phenomena = [PhenomenonFactory() for _ in range(9)]
    regions = [RegionFactory() for _ in range(11)]
    articles = [
        ArticleFactory(
            body="ondermijning",
            themes=themes[i % 5 : i % 5 + 2],
            phenomena=phenomena[i % 9 : i % 9 + 2],
            regions=regions[i % 11 : i % 11 + 1],
            kind=Article.Kind.NEWS if i % 3 else Article.Kind.GUIDE,
        )
        for i in range(60)
    ]
    ReferenceFactory.create_batch(3, article=articles[0])

    # page rows, the count and all facets in one grouped query, and when the next scheduled
    # article appears (how long the page may stay in the cache); then the page comes from the
    # cache. A search adds two: the synonyms and the vocabulary (compounds, typos; kpo.search.expand)
    for url, count in (("/kennisbank/", 3), ("/kennisbank/?q=ondermijning&thema=" + themes[0].slug, 5)):
        with django_assert_num_queries(count):
            assert client.get(url).status_code == 200
        with django_assert_num_queries(0):
            assert client.get(url).status_code == 200
    # article, themes, phenomena, regions, references, related; next scheduled article
    with django_assert_num_queries(7):
        assert client.get(f"/kennisbank/{articles[0].slug}/").status_code == 200
    # the partner types (who can ask for an account), themes, phenomena, news; next scheduled article
    with django_assert_num_queries(5):
        assert client.get("/").status_code == 200
    # articles: the count with the ids of the first ten (one pass), then those rows; topics:
    # themes and phenomena; next scheduled article for the public results (shared with
    # signed-in visitors) and for the page; signals, quiz questions and regions; the public
    # events. The word's expansion (synonyms and vocabulary) is kept from the search above.
    with django_assert_num_queries(10):
        assert client.get("/zoeken/?q=ondermijning").status_code == 200


def test_snippets_show_no_markdown_syntax_and_no_planted_markup(client):
    ArticleFactory(
        title="Opmaak", body="## Kopje\n\nDit is **vet** en een [link](https://www.riec.nl) over witwassen <b>x</b>."
    )

    page = client.get("/kennisbank/", {"q": "witwassen"}).content.decode()
    snippet = page.split('class="card__snippet" lang="nl">')[1].split("</p>")[0]

    assert "**" not in snippet and "##" not in snippet and "](" not in snippet
    assert "vet" in snippet and "link" in snippet and "<mark>witwassen</mark>" in snippet
    assert "<b>" not in snippet
