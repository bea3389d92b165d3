"""Anonymous kennisbank pages come from the cache, and a change shows at once."""

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.services import all_partners_group
from documents import services as document_services
from documents.models import Document, DocumentGroupObjectPermission
from knowledge import services
from knowledge.models import Article
from tests.factories import ArticleFactory, OrganisationFactory, ThemeFactory, document, partner

pytestmark = pytest.mark.django_db


def get(client, url):
    with CaptureQueriesContext(connection) as ctx:
        page = client.get(url).content.decode()
    return page, len(ctx)


def test_second_visit_is_served_from_the_cache(client):
    ArticleFactory(title="Eerste artikel over witwassen", slug="eerste")
    for url in ("/", "/kennisbank/", "/kennisbank/?q=witwassen", "/kennisbank/eerste/", "/zoeken/?q=witwassen"):
        first, _ = get(client, url)
        second, queries = get(client, url)
        assert queries == 0, url
        assert second == first


def test_unknown_parameters_are_not_cached_so_nobody_can_fill_the_cache(client):
    ArticleFactory(title="Artikel", slug="artikel")
    for n in range(2):
        _, queries = get(client, f"/kennisbank/?utm_x={n}")
        assert queries > 0
    _, queries = get(client, "/kennisbank/?utm_x=1")
    assert queries > 0  # still not from the cache


def test_publish_edit_and_unpublish_show_at_once(client):
    article = ArticleFactory(title="Bestaand artikel", slug="bestaand")
    draft = ArticleFactory(title="Nieuw over vastgoed", slug="nieuw", status=Article.Status.DRAFT, published_at=None)
    assert "Nieuw over vastgoed" not in get(client, "/kennisbank/")[0]

    services.publish_articles([draft])
    assert "Nieuw over vastgoed" in get(client, "/kennisbank/")[0]

    article.title = "Bestaand artikel, herzien"
    article.save()
    assert "Bestaand artikel, herzien" in get(client, "/kennisbank/bestaand/")[0]
    theme = ThemeFactory(name="Weerbaarheid", slug="weerbaarheid")
    article.themes.add(theme)
    assert "Weerbaarheid" in get(client, "/kennisbank/bestaand/")[0]

    services.unpublish_articles(Article.objects.filter(pk=draft.pk))
    assert "Nieuw over vastgoed" not in get(client, "/kennisbank/")[0]
    assert client.get("/kennisbank/nieuw/").status_code == 404


def test_signed_in_people_never_get_the_anonymous_page_and_vice_versa(client):
    ArticleFactory(slug="een")
    organisation = OrganisationFactory(domains=["thuis.nl"])
    member = partner(organisation, email="lid@thuis.nl", name="Lid Thuis")
    anonymous = get(client, "/kennisbank/")[0]
    client.force_login(member)
    signed_in, queries = get(client, "/kennisbank/")
    assert queries > 0 and signed_in != anonymous
    client.logout()
    page, queries = get(client, "/kennisbank/")
    assert queries == 0 and "Lid Thuis" not in page


def test_a_partners_search_shares_the_public_results_and_sees_new_articles_at_once(client):
    organisation = OrganisationFactory(domains=["thuis.nl"])
    member = partner(organisation, email="lid@thuis.nl")
    ArticleFactory(title="Witwassen via vastgoed", slug="een")
    document("Besloten notitie over witwassen", owner=organisation, groups=[organisation.group])
    client.force_login(member)
    first, first_queries = get(client, "/zoeken/?q=witwassen")
    again, queries = get(client, "/zoeken/?q=witwassen")
    assert "Witwassen via vastgoed" in again and "Besloten notitie over witwassen" in again
    assert 0 < queries < first_queries  # the articles come from the cache, the closed part never
    draft = ArticleFactory(title="Nieuw over witwassen", slug="nieuw", status=Article.Status.DRAFT, published_at=None)
    services.publish_articles([draft])
    assert "Nieuw over witwassen" in get(client, "/zoeken/?q=witwassen")[0]
    client.logout()
    assert "Besloten notitie" not in get(client, "/zoeken/?q=witwassen")[0]


def test_a_page_with_a_message_is_neither_served_from_nor_put_in_the_cache(client):
    ArticleFactory(slug="een")
    get(client, "/kennisbank/")
    organisation = OrganisationFactory(domains=["thuis.nl"])
    member = partner(organisation, email="lid@thuis.nl")
    client.force_login(member)
    client.post("/accounts/logout/")  # leaves "U bent uitgelogd" for the next page
    page, queries = get(client, "/kennisbank/")
    assert queries > 0 and "message" in page
    assert "message--" not in get(client, "/kennisbank/")[0]


def test_closed_counts_follow_sharing_at_once(client):
    organisation = OrganisationFactory(domains=["thuis.nl"])
    member = partner(organisation, email="lid@thuis.nl")
    client.force_login(member)
    document("Gedeeld stuk", organisation, "tekst", [all_partners_group()])
    assert "1 document" in client.get("/besloten/").content.decode()
    later = document("Later gedeeld", organisation, "tekst", [])
    assert "1 document" in client.get("/besloten/").content.decode()
    document_services.share_document(later, {all_partners_group()})
    assert "2 documenten" in client.get("/besloten/").content.decode()
    document_services.unshare_document(later, {all_partners_group()})
    assert "1 document" in client.get("/besloten/").content.decode()


def test_a_long_facet_shows_the_largest_values_and_says_how_many_more(client):
    organisations = [OrganisationFactory(domains=[f"org{i}.nl"]) for i in range(30)]
    permission = Permission.objects.get(codename="view_document")
    group = all_partners_group()
    documents = Document.objects.bulk_create(
        Document(
            title=f"Stuk {i}",
            owner=organisations[min(i, 29)],
            status="published",
            published_at="2026-01-01T10:00:00Z",
            file=f"documenten/{i}",
            original_name=f"{i}.txt",
            content_type="text/plain",
            extension=".txt",
            checksum="0" * 64,
        )
        for i in range(32)  # the last organisation owns three
    )
    DocumentGroupObjectPermission.objects.bulk_create(
        DocumentGroupObjectPermission(content_object=d, group=group, permission=permission) for d in documents
    )
    client.force_login(partner(organisations[0], email="lid@org0.nl"))
    page = client.get("/besloten/").content.decode()
    assert page.count("?organisatie=") == 25
    assert f"?organisatie={organisations[29].slug}" in page  # the one with the most documents
    assert "En nog 5 met minder resultaten" in page
    assert "And 5 more with fewer results" in client.get("/en/besloten/").content.decode()
