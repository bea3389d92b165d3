"""Curators see a concept article and a document's page as the site will show them, before
publishing, and a Markdown preview of the text they are writing (with and without JavaScript)."""

import re

import pytest

from knowledge.models import Article
from portal.editors import ensure_editor_group
from tests.factories import ArticleFactory, OrganisationFactory, document, partner

pytestmark = pytest.mark.django_db


@pytest.fixture
def redacteur(db):
    person = partner(OrganisationFactory(domains=["liec.nl"]), email="redactie@liec.nl", is_staff=True)
    person.groups.add(ensure_editor_group())
    return person


def test_a_concept_article_is_previewed_in_the_sites_own_page(client, redacteur):
    article = ArticleFactory(
        title="Nieuwe handreiking", body="## Stappen\n\nEerst **dit**.", status=Article.Status.DRAFT, published_at=None
    )
    client.force_login(redacteur)

    change = client.get(f"/admin/knowledge/article/{article.pk}/change/").content.decode()
    assert f'href="/admin/knowledge/article/{article.pk}/voorbeeld/"' in change
    response = client.get(f"/admin/knowledge/article/{article.pk}/voorbeeld/")

    page = response.content.decode()
    assert response.status_code == 200
    assert "Dit artikel is nog een concept" in page
    assert "<h2>Stappen</h2>" in page and "<strong>dit</strong>" in page
    assert response["X-Robots-Tag"] == "noindex"
    assert "no-store" in response["Cache-Control"] or "private" in response["Cache-Control"]
    # Visitors still get a 404.
    client.logout()
    assert client.get(article.get_absolute_url()).status_code == 404


def test_the_preview_is_for_curators_only(client, redacteur):
    article = ArticleFactory(status=Article.Status.DRAFT, published_at=None)
    client.force_login(partner(OrganisationFactory(), email="lid@example.nl"))
    response = client.get(f"/admin/knowledge/article/{article.pk}/voorbeeld/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    client.force_login(redacteur)
    assert client.get("/admin/knowledge/article/987654/voorbeeld/").status_code == 404


def test_a_documents_page_is_previewed_without_its_file(client, redacteur):
    organisation = OrganisationFactory(name="Gemeente Voorbeeld")
    doc = document("Concept draaiboek", organisation, "inhoud", [])
    client.force_login(redacteur)

    response = client.get(f"/admin/documents/document/{doc.pk}/voorbeeld/")

    page = response.content.decode()
    assert response.status_code == 200
    assert "Concept draaiboek" in page and "Voorbeeld voor de redactie" in page
    assert "/download/" not in page


def test_markdown_preview_without_javascript_is_a_page(client, redacteur):
    client.force_login(redacteur)
    response = client.post("/admin/markdown-voorbeeld/", {"body": "Een *lijst*:\n\n- een\n- twee"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "<em>lijst</em>" in page and "<li>een</li>" in page
    assert "Voorbeeld van de tekst" in page


def test_markdown_preview_fragment_is_sanitised(client, redacteur):
    client.force_login(redacteur)
    response = client.post(
        "/admin/markdown-voorbeeld/",
        {"body": "Hallo <script>alert(1)</script> [x](javascript:alert(1))", "fragment": "1"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "<script" not in html and "javascript:" not in html
    assert "<html" not in html


def test_markdown_preview_is_staff_only(client):
    client.force_login(partner(OrganisationFactory(), email="lid@example.nl"))
    response = client.post("/admin/markdown-voorbeeld/", {"body": "x"})
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_enter_in_the_article_form_saves_and_does_not_preview(client, redacteur):
    # A browser submits a form on Enter with its first submit button.
    article = ArticleFactory()
    client.force_login(redacteur)
    page = client.get(f"/admin/knowledge/article/{article.pk}/change/").content.decode()
    form = page.split('id="article_form"', 1)[1]
    first_submit = re.search(r'<(?:input|button)[^>]*type="submit"[^>]*>', form).group(0)
    assert 'name="_save"' in first_submit
    assert "data-markdown-preview" in form
