"""A partner follows a phenomenon and saves a search; a curator shares a new document with
their organisation; the partner sees it on Mijn KPO and in the notifications, and the weekly
digest holds its title, while the digest of a partner of another organisation does not.
Another journey unsubscribes with one click from the mail."""

import re

import pytest
from django.core import mail
from django.core.management import call_command
from playwright.sync_api import expect

from accounts.services import audience_group
from documents.services import share_document
from tests.factories import ArticleFactory, OrganisationFactory, PhenomenonFactory, document, partner

TITLE = "Kaart van hennepzolders"


@pytest.fixture
def follow_world(transactional_db, settings):
    amsterdam = OrganisationFactory(name="Gemeente Amsterdam", domains=["amsterdam.nl"])
    politie = OrganisationFactory(name="Politie", domains=["politie.nl"], region=None)
    drugs = PhenomenonFactory(name="Drugs", slug="drugs")
    ArticleFactory(title="Hennep in de wijk", slug="hennep-in-de-wijk", phenomena=[drugs])
    return {
        "amsterdam": amsterdam,
        "drugs": drugs,
        "analist": partner(amsterdam, email="analist@amsterdam.nl", name="Anna Analist"),
        "rechercheur": partner(politie, email="rechercheur@politie.nl", name="Rob Rechercheur"),
    }


def test_follow_save_see_it_shared_and_in_the_digest(page, live_server, follow_world, assert_accessible, settings):
    base = live_server.url
    settings.KPO_SITE_URL = base
    page.goto(base + "/accounts/login/")
    page.get_by_label("E-mail").first.fill("analist@amsterdam.nl")
    page.get_by_label("Wachtwoord").first.fill("geheim-wachtwoord-123")
    page.get_by_role("button", name=re.compile("Aanmelden|Inloggen")).click()
    expect(page).to_have_url(base + "/mijn-kpo/")
    expect(page.get_by_role("heading", name="Wat u hier kunt doen")).to_be_visible()
    assert_accessible(page)

    # Follow the phenomenon from the kennisbank filter, and save the search with one click.
    page.goto(base + "/kennisbank/?fenomeen=drugs&q=hennep")
    page.get_by_role("button", name="Drugs volgen").click()
    expect(page.get_by_text("U volgt nu Drugs.")).to_be_visible()
    page.get_by_role("button", name="Zoekopdracht bewaren").click()
    expect(page.get_by_text(re.compile("De zoekopdracht is bewaard"))).to_be_visible()
    assert_accessible(page)
    page.goto(base + "/mijn-kpo/volgen/")
    expect(page.get_by_role("link", name="Fenomeen: Drugs")).to_be_visible()
    assert_accessible(page)

    # A curator shares a new document with the partner's organisation (the sharing service).
    doc = document(TITLE, follow_world["amsterdam"], "Alleen voor Amsterdam.", [])
    doc.phenomena.set([follow_world["drugs"]])
    share_document(doc, {audience_group(follow_world["amsterdam"])})

    page.goto(base + "/mijn-kpo/")
    expect(page.get_by_role("link", name=TITLE).first).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name=re.compile("^Meldingen")).first.click()
    expect(page.get_by_role("link", name=TITLE)).to_be_visible()
    expect(page.locator(".card--unread", has_text=TITLE)).to_be_visible()
    assert_accessible(page)

    mail.outbox.clear()
    call_command("send_digests", "--frequency", "weekly")
    mine = [m for m in mail.outbox if m.to == ["analist@amsterdam.nl"]]
    theirs = [m for m in mail.outbox if m.to == ["rechercheur@politie.nl"]]
    assert len(mine) == 1 and TITLE in mine[0].body
    assert all(TITLE not in m.body for m in theirs)


def test_unsubscribe_with_one_click_from_the_mail(page, live_server, follow_world, assert_accessible, settings):
    base = live_server.url
    settings.KPO_SITE_URL = base
    doc = document(TITLE, follow_world["amsterdam"], "Alleen voor Amsterdam.", [])
    share_document(doc, {audience_group(follow_world["amsterdam"])})
    call_command("send_digests", "--frequency", "weekly")
    digest = next(m for m in mail.outbox if m.to == ["analist@amsterdam.nl"])
    link = re.search(r"^(http\S+/mijn-kpo/afmelden/\S+/)$", digest.body, re.MULTILINE).group(1)
    assert digest.extra_headers["List-Unsubscribe"] == f"<{link}>"

    page.goto(link)  # not signed in
    assert_accessible(page)
    page.get_by_role("button", name="Afmelden").click()
    expect(page.get_by_text("U bent afgemeld")).to_be_visible()
    assert_accessible(page)

    mail.outbox.clear()
    another = document("Nog een kaart", follow_world["amsterdam"], "", [])
    share_document(another, {audience_group(follow_world["amsterdam"])})
    call_command("send_digests", "--frequency", "weekly")
    assert not [m for m in mail.outbox if m.to == ["analist@amsterdam.nl"]]
