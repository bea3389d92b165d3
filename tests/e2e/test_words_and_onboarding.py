"""Issue 17 (words, onboarding, curators) in a real browser, checked with axe-core, at a
phone's width and a desktop's, in Dutch and English."""

import re

import pytest
from django.core import mail
from guardian.shortcuts import assign_perm
from playwright.sync_api import expect

from accounts.models import Organisation, OrganisationRequest
from knowledge.models import Article
from portal.editors import ensure_editor_group
from tests.factories import ArticleFactory, OrganisationFactory, PartnerTypeFactory, RegionFactory, partner

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

WIDTHS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}
PASSWORD = "geheim-wachtwoord-123"


@pytest.fixture
def world(transactional_db):
    ensure_editor_group()  # a transactional test database is flushed: the group comes back here
    region = RegionFactory(name="RIEC Noord-Nederland", slug="riec-noord-nederland")
    gemeente = PartnerTypeFactory(name="Gemeente", slug="gemeente")
    OrganisationFactory(name="Politie", partner_type=PartnerTypeFactory(name="Politie", slug="politie"))
    groningen = OrganisationFactory(
        name="Gemeente Groningen", domains=["groningen.nl"], region=region, partner_type=gemeente
    )
    moderator = partner(groningen, email="moderator@groningen.nl")
    assign_perm("accounts.moderate_region", moderator, region)
    redacteur = partner(groningen, email="redactie@groningen.nl", is_staff=True)
    redacteur.groups.add(ensure_editor_group())
    return {"region": region, "gemeente": gemeente, "moderator": moderator, "redacteur": redacteur}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("language", ["nl", "en"])
def test_home_says_who_can_ask_for_an_account(page, live_server, world, assert_accessible, width, language):
    page.set_viewport_size(WIDTHS[width])
    page.goto(live_server.url + ("/" if language == "nl" else "/en/"))
    heading = {"nl": "Voor professionals: account aanvragen", "en": "For professionals: request an account"}
    expect(page.get_by_role("heading", name=heading[language])).to_be_visible()
    expect(page.locator("#voor-professionals ~ ul li", has_text="Gemeente")).to_be_visible()
    expect(page.get_by_text(re.compile("werk-e-mailadres|work email address"))).to_be_visible()
    assert_accessible(page)


@pytest.mark.parametrize("width", WIDTHS)
def test_unknown_domain_leads_to_a_request_the_moderator_decides(
    page, live_server, world, assert_accessible, log_in, width
):
    base = live_server.url
    page.set_viewport_size(WIDTHS[width])
    page.goto(base + "/accounts/signup/")
    # The hint is there before anyone fails, and the account words are one vocabulary.
    expect(page.get_by_text("Gebruik uw werk-e-mailadres, bijvoorbeeld")).to_be_visible()
    expect(page.get_by_role("link", name="Log dan in")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Naam", exact=True).fill("Jan Jansen")
    page.get_by_label("Werk-e-mailadres").fill("j.jansen@noordenveld.nl")
    page.get_by_label("Functie", exact=True).fill("Adviseur")
    page.get_by_label("Wachtwoord", exact=True).fill("een-lang-wachtwoord-2026")
    page.get_by_label("Wachtwoord (bevestigen)").fill("een-lang-wachtwoord-2026")
    page.get_by_role("button", name="Account aanvragen").click()

    page.locator("#id_email_error").get_by_role("link", name="Vraag aan dat wij uw organisatie toevoegen.").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Uw organisatie laten toevoegen")
    assert_accessible(page)
    page.get_by_label("Uw werk-e-mailadres").fill("j.jansen@noordenveld.nl")
    page.get_by_label("Uw naam").fill("Jan Jansen")
    page.get_by_label("Uw functie").fill("Adviseur openbare orde")
    page.get_by_label("Naam van uw organisatie").fill("Gemeente Noordenveld")
    page.get_by_label("Soort organisatie").select_option(label="Gemeente")
    page.get_by_label("Regio").select_option(label="RIEC Noord-Nederland")
    page.get_by_role("button", name="Verzoek versturen").click()
    expect(page.get_by_text("Wij hebben uw verzoek ontvangen")).to_be_visible()
    assert_accessible(page)

    page.context.clear_cookies()
    log_in(page, "moderator@groningen.nl", PASSWORD)
    page.goto(base + "/account/moderatie/")
    expect(page.get_by_role("heading", name="Gemeente Noordenveld")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name=re.compile("Organisatie toevoegen")).click()
    expect(page.get_by_text("Gemeente Noordenveld is toegevoegd met het e-maildomein noordenveld.nl")).to_be_visible()
    assert_accessible(page)
    assert Organisation.objects.get(name="Gemeente Noordenveld").domains.get().domain == "noordenveld.nl"
    assert OrganisationRequest.objects.get().status == OrganisationRequest.Status.ADDED
    assert mail.outbox[-1].to == ["j.jansen@noordenveld.nl"]


@pytest.mark.parametrize("width", WIDTHS)
def test_a_redacteur_previews_text_and_a_concept_article(page, live_server, world, assert_accessible, log_in, width):
    article = ArticleFactory(
        title="Concept over vakantieparken", body="Eerste alinea.", status=Article.Status.DRAFT, published_at=None
    )
    page.set_viewport_size(WIDTHS[width])
    log_in(page, "redactie@groningen.nl", PASSWORD)
    page.goto(live_server.url + "/admin/")
    # The admin is Dutch, and a redacteur curates documents, quiz and signals.
    expect(page.get_by_role("link", name="Uitloggen").or_(page.get_by_role("button", name="Uitloggen"))).to_be_visible()
    expect(page.get_by_role("link", name="Documenten", exact=True).first).to_be_visible()
    page.goto(live_server.url + f"/admin/knowledge/article/{article.pk}/change/")
    preview = page.locator(".markdown-preview-panel .markdown-preview")
    expect(preview).to_contain_text("Eerste alinea.")
    page.get_by_label("Tekst").or_(page.locator("#id_body")).first.fill("## Nieuwe kop\n\nMet **nadruk**.")
    expect(preview.locator("h2")).to_have_text("Nieuwe kop")
    expect(preview.locator("strong")).to_have_text("nadruk")
    assert_accessible(page)

    page.get_by_role("link", name=re.compile("Bekijk het opgeslagen artikel")).click()
    expect(page.get_by_text("Dit artikel is nog een concept")).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_text("Concept over vakantieparken")
    assert_accessible(page)
