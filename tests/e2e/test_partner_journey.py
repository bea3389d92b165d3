"""A professional signs up, types the code from the e-mail in the same browser (and is
signed in by it), waits, is approved by a moderator and reaches the closed section; every
page passes axe-core."""

import re

import pytest
from django.core import mail
from guardian.shortcuts import assign_perm
from playwright.sync_api import expect

from tests.factories import OrganisationFactory, RegionFactory, partner


@pytest.fixture
def rotterdam(transactional_db):
    region = RegionFactory(name="RIEC Rotterdam", slug="riec-rotterdam")
    organisation = OrganisationFactory(name="Gemeente Rotterdam", domains=["rotterdam.nl"], region=region)
    moderator = partner(organisation, email="moderator@rotterdam.nl", name="Mo Derator")
    assign_perm("accounts.moderate_region", moderator, region)
    return organisation


def test_sign_up_verify_wait_approved_closed_section(page, live_server, rotterdam, assert_accessible, log_in):
    base = live_server.url
    page.goto(base + "/accounts/signup/")
    assert_accessible(page)
    page.get_by_label("Naam").fill("Nieuwe Collega")
    page.get_by_label("E-mail").first.fill("nieuw@rotterdam.nl")
    page.get_by_label("Functie").fill("Vergunningverlener")
    page.get_by_label("Wachtwoord", exact=True).fill("een-lang-wachtwoord-2026")
    page.get_by_label("Wachtwoord (bevestigen)").fill("een-lang-wachtwoord-2026")
    page.get_by_role("button", name=re.compile("Account aanvragen")).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Vul de code in om uw e-mailadres te bevestigen")
    assert_accessible(page)

    # The code from the mail, typed in this browser: that proves the mailbox and signs in.
    code = re.search(r"^\s*([A-Z0-9]{4}-[A-Z0-9]{4})\s*$", mail.outbox[-1].body, re.MULTILINE).group(1)
    page.get_by_label("Code").fill(code)
    page.get_by_role("button", name="Bevestigen").click()

    # Signed in, on a page that says what happens next.
    expect(page).to_have_url(base + "/account/welkom/")
    expect(page.get_by_role("heading", name="Wat gebeurt er nu?")).to_be_visible()
    assert_accessible(page)
    page.goto(base + "/account/")
    expect(page.get_by_text("Uw aanvraag wacht op goedkeuring")).to_be_visible()
    page.goto(base + "/besloten/")
    expect(page).to_have_url(base + "/account/")

    # The moderator approves.
    moderator_context = page.context.browser.new_context(bypass_csp=True, locale="nl-NL")
    moderator = moderator_context.new_page()
    log_in(moderator, "moderator@rotterdam.nl", "geheim-wachtwoord-123")
    moderator.goto(base + "/account/moderatie/")
    expect(moderator.get_by_text("nieuw@rotterdam.nl")).to_be_visible()
    assert_accessible(moderator)
    moderator.get_by_role("button", name=re.compile("Goedkeuren")).click()
    expect(moderator.get_by_text("is goedgekeurd")).to_be_visible()
    assert_accessible(moderator)
    moderator_context.close()

    page.goto(base + "/besloten/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Besloten gedeelte")
    assert_accessible(page)
    page.goto(base + "/account/")
    assert_accessible(page)
    page.goto(base + "/account/verwijderen/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Account verwijderen")
    assert_accessible(page)
