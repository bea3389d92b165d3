"""A partner finds a word that occurs only inside a PDF, opens and downloads it; a
partner of another organisation gets a 404 for the same address."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from playwright.sync_api import expect

from accounts.services import audience_group
from documents import services
from documents.models import Document
from tests.factories import OrganisationFactory, ThemeFactory, partner
from tests.samples import PDF, sample


@pytest.fixture
def closed_world(transactional_db):
    amsterdam = OrganisationFactory(name="Gemeente Amsterdam", domains=["amsterdam.nl"])
    politie = OrganisationFactory(name="Politie", domains=["politie.nl"], region=None)
    theme = ThemeFactory(name="Informatiepositie", slug="informatiepositie")
    pdf = sample(PDF)  # the only demo file with the word "kwekerijdetectie"
    doc = Document(
        title="Signalenkaart hennep",
        summary="Voor toezichthouders.",
        owner=amsterdam,
        status="published",
        published_at="2026-01-01T10:00:00Z",
    )
    services.save_document(doc, uploaded_file=SimpleUploadedFile("signalenkaart.pdf", pdf))
    doc.themes.set([theme])
    services.share_document(doc, {audience_group(amsterdam)})
    partner(amsterdam, email="analist@amsterdam.nl")
    partner(politie, email="rechercheur@politie.nl")
    return doc


def test_search_inside_a_pdf_open_download_and_no_leak(
    page, live_server, closed_world, assert_accessible, browser, log_in
):
    base = live_server.url
    log_in(page, "analist@amsterdam.nl")
    page.goto(base + "/besloten/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Besloten gedeelte")
    assert_accessible(page)

    page.get_by_label("Zoek in de documenten").fill("kwekerijdetectie")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name=re.compile("1 document"))).to_be_visible()
    expect(page.locator("mark").first).to_have_text(re.compile("kwekerijdetectie", re.I))
    assert_accessible(page)

    page.get_by_role("link", name="Signalenkaart hennep").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Signalenkaart hennep")
    assert_accessible(page)
    with page.expect_download() as info:
        page.get_by_role("link", name=re.compile("Download het document")).click()
    download = info.value
    assert download.suggested_filename == "signalenkaart.pdf"
    assert download.path().read_bytes().startswith(b"%PDF-")

    page.goto(base + "/zoeken/?q=kwekerijdetectie")
    expect(page.get_by_role("heading", name=re.compile("Besloten documenten"))).to_be_visible()
    assert_accessible(page)

    other = browser.new_context(bypass_csp=True, locale="nl-NL").new_page()
    log_in(other, "rechercheur@politie.nl")
    response = other.goto(base + closed_world.get_absolute_url())
    assert response.status == 404
    expect(other.get_by_role("heading", level=1)).to_have_text("Pagina niet gevonden")
    assert other.goto(base + closed_world.get_absolute_url() + "download/").status == 404
    other.goto(base + "/besloten/?q=kwekerijdetectie")
    expect(other.get_by_text("Geen documenten gevonden")).to_be_visible()
    assert_accessible(other)
