"""sitemap.xml: every public article and page, in Dutch with its English alternate, with the
time its content changed; never a closed document, a profile or an unpublished article."""

import re
from datetime import timedelta

import pytest
from defusedxml import ElementTree
from django.utils import timezone

from accounts.services import all_partners_group
from knowledge.models import Article
from learning.models import Signal
from network.models import Profile
from tests.factories import ArticleFactory, OrganisationFactory, PhenomenonFactory, document, partner

pytestmark = pytest.mark.django_db
SITE = "https://kennisplatform.example"
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


@pytest.fixture
def world(settings):
    settings.KPO_SITE_URL = SITE
    drugs = PhenomenonFactory(name="Drugs", slug="drugs")
    public = ArticleFactory(title="Bibob uitgelegd", slug="bibob")
    ArticleFactory.create_batch(3)
    ArticleFactory(title="Concept", slug="nog-een-concept", status=Article.Status.DRAFT)
    ArticleFactory(title="Straks", slug="komt-nog", published_at=timezone.now() + timedelta(days=3))
    Signal.objects.create(slug="stroom", title="Stroom", description="d", phenomenon=drugs, setting="buitengebied")
    Signal.objects.create(
        slug="verborgen",
        title="Verborgen",
        description="d",
        phenomenon=PhenomenonFactory(slug="verborgen-fenomeen"),
        setting="balie",
        is_published=False,
    )
    org = OrganisationFactory(name="Gemeente Geheim", domains=["geheim.nl"])
    closed = document("Besloten rapport", org, groups=[all_partners_group()])
    person = partner(org, email="iemand@geheim.nl")
    profile = Profile.objects.get_or_create(user=person)[0]
    return {"article": public, "document": closed, "profile": profile}


def read(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    assert response["Content-Type"].startswith("application/xml")
    return ElementTree.fromstring(response.content), response.content.decode()


def everything(client):
    """The index and every sitemap it lists: (all <loc> and alternate addresses, all text)."""
    index, text = read(client, "/sitemap.xml")
    sections = [loc.text for loc in index.findall("sm:sitemap/sm:loc", NS)]
    urls, texts = [], [text]
    for section in sections:
        tree, body = read(client, "/" + section.split("://", 1)[1].split("/", 1)[1])
        texts.append(body)
        for url in tree.findall("sm:url", NS):
            urls.append(
                {
                    "loc": url.find("sm:loc", NS).text,
                    "lastmod": getattr(url.find("sm:lastmod", NS), "text", None),
                    "alternates": {link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)},
                }
            )
    return sections, urls, "\n".join(texts)


def test_the_index_lists_only_the_public_sitemaps(client, world):
    sections, _urls, _text = everything(client)
    # The index names the sections at the address it was asked on; they list canonical addresses.
    assert sorted(sections) == ["http://testserver/sitemap-artikelen.xml", "http://testserver/sitemap-paginas.xml"]


def test_every_public_article_and_page_in_both_languages_with_lastmod(client, world):
    _sections, urls, _text = everything(client)
    locs = {url["loc"]: url for url in urls}

    article = locs[f"{SITE}/kennisbank/bibob/"]
    assert article["alternates"] == {
        "nl": f"{SITE}/kennisbank/bibob/",
        "en": f"{SITE}/en/kennisbank/bibob/",
        "x-default": f"{SITE}/kennisbank/bibob/",
    }
    assert f"{SITE}/en/kennisbank/bibob/" in locs
    assert article["lastmod"] == world["article"].updated_at.strftime("%Y-%m-%d")
    published = Article.objects.published().count()
    assert len([loc for loc in locs if re.match(rf"{SITE}/kennisbank/[-\w]+/$", loc)]) == published == 4
    for page in ("/", "/kennisbank/", "/signalen/", "/signalen/?fenomeen=drugs", "/riec/", "/quiz/"):
        assert f"{SITE}{page}" in locs and f"{SITE}/en{page}" in locs, page
    assert locs[f"{SITE}/signalen/"]["lastmod"] == Signal.objects.get(slug="stroom").updated_at.strftime("%Y-%m-%d")


def test_nothing_closed_private_or_unpublished_is_ever_in_it(client, world):
    _sections, urls, text = everything(client)
    addresses = {url["loc"] for url in urls} | {a for url in urls for a in url["alternates"].values()}

    for forbidden in (
        "/besloten/",
        "/netwerk/",
        "/account",
        "/admin/",
        "/zoeken/",
        "nog-een-concept",
        "komt-nog",
        "verborgen-fenomeen",
        str(world["profile"].public_id),
        "Besloten rapport",
    ):
        assert forbidden not in text, forbidden
    assert all(address.startswith(SITE + "/") for address in addresses)


def test_a_draft_published_later_appears_and_one_unpublished_goes(client, world):
    draft = Article.objects.get(slug="nog-een-concept")
    draft.status = Article.Status.PUBLISHED
    draft.published_at = timezone.now() - timedelta(minutes=1)
    draft.save()
    world["article"].status = Article.Status.DRAFT
    world["article"].save()
    from django.core.cache import cache

    cache.clear()  # the sitemap is cached for ten minutes like the public pages
    _sections, _urls, text = everything(client)
    assert "/kennisbank/nog-een-concept/" in text and "/kennisbank/bibob/" not in text
