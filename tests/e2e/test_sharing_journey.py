"""Partners share what they know (issue 19): a document for the own organisation is read by a
colleague at once and is a 404 for another organisation; one for the region is invisible to
all but its contributor and reviewers until a reviewer of that region approves it."""

import re

import pytest
from django.contrib.auth.models import Group, Permission
from guardian.shortcuts import assign_perm
from playwright.sync_api import expect

from documents.models import Contribution
from tests.factories import OrganisationFactory, PartnerTypeFactory, RegionFactory, ThemeFactory, partner


@pytest.fixture
def sharing_world(transactional_db, tmp_path):
    gemeente = PartnerTypeFactory(name="Gemeente", slug="gemeente")
    politie = PartnerTypeFactory(name="Politie", slug="politie")
    rotterdam_region = RegionFactory(name="RIEC Rotterdam", slug="riec-rotterdam")
    other_region = RegionFactory(name="RIEC Oost-Nederland", slug="riec-oost-nederland")
    rotterdam = OrganisationFactory(
        name="Gemeente Rotterdam", partner_type=gemeente, region=rotterdam_region, domains=["rotterdam.nl"]
    )
    schiedam = OrganisationFactory(
        name="Gemeente Schiedam", partner_type=gemeente, region=rotterdam_region, domains=["schiedam.nl"]
    )
    enschede = OrganisationFactory(
        name="Gemeente Enschede", partner_type=gemeente, region=other_region, domains=["enschede.nl"]
    )
    liec = OrganisationFactory(name="LIEC", partner_type=politie, region=None, domains=["liec.nl"])
    ThemeFactory(name="Beleid en handhaving", slug="beleid-en-handhaving")
    partner(rotterdam, email="handhaving@rotterdam.nl", name="Fatima El Amrani")
    partner(rotterdam, email="collega@rotterdam.nl", name="Karel Collega")
    partner(schiedam, email="buur@schiedam.nl", name="Bas Buur")
    partner(enschede, email="oost@enschede.nl", name="Olga Oost")
    moderator = partner(schiedam, email="moderator@schiedam.nl", name="Mo Derator")
    assign_perm("accounts.moderate_region", moderator, rotterdam_region)
    curator = partner(liec, email="redacteur@liec.nl", name="Rita Redacteur", is_staff=True)
    editors, _ = Group.objects.get_or_create(name="Redacteuren")
    editors.permissions.add(Permission.objects.get(codename="review_contribution"))
    curator.groups.add(editors)
    checklist = tmp_path / "checklist-drugsafval.txt"
    checklist.write_text("Checklist drugsafval: houd afstand, raak niets aan, bel de politie.\n")
    program = tmp_path / "rapport.pdf"
    program.write_bytes(b"MZ\x90\x00 geen document")
    return {"checklist": checklist, "program": program}


def _new_page(browser, log_in, email):
    page = browser.new_context(bypass_csp=True, locale="nl-NL").new_page()
    log_in(page, email)
    expect(page).not_to_have_url(re.compile(r"/accounts/login/"))
    return page


def _share(page, base, world, title, audience, assert_accessible):
    page.goto(base + "/besloten/")
    page.get_by_role("link", name="Zelf een document delen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Document delen")
    assert_accessible(page)
    page.get_by_label("Bestand").set_input_files(str(world["checklist"]))
    page.get_by_label("Titel").fill(title)
    page.get_by_label("Samenvatting").fill("Wat u doet als u drugsafval vindt.")
    page.get_by_label("Beleid en handhaving").check()
    page.get_by_label(audience).check()
    page.get_by_role("button", name="Document delen").click()


def test_a_document_for_the_own_organisation_is_read_at_once(
    page, live_server, sharing_world, assert_accessible, browser, log_in
):
    base = live_server.url
    log_in(page, "handhaving@rotterdam.nl")

    # A program is refused with the reason; what was typed stays.
    page.goto(base + "/besloten/delen/")
    page.get_by_label("Bestand").set_input_files(str(sharing_world["program"]))
    page.get_by_label("Titel").fill("Checklist drugsafval")
    page.get_by_label("Samenvatting").fill("Wat u doet als u drugsafval vindt.")
    page.get_by_label(re.compile("Alleen Gemeente Rotterdam")).check()
    page.get_by_role("button", name="Document delen").click()
    expect(page.locator("#id_file_error")).to_contain_text("Dit type bestand is niet toegestaan")
    expect(page.get_by_label("Titel")).to_have_value("Checklist drugsafval")
    assert_accessible(page)

    _share(
        page, base, sharing_world, "Checklist drugsafval", re.compile("Alleen Gemeente Rotterdam"), assert_accessible
    )
    expect(page.get_by_text("Uw document is gedeeld met uw organisatie")).to_be_visible()
    expect(page.get_by_role("heading", name=re.compile("Status: gedeeld"))).to_be_visible()
    assert_accessible(page)
    address = Contribution.objects.get().document.get_absolute_url()

    colleague = _new_page(browser, log_in, "collega@rotterdam.nl")
    colleague.goto(base + "/besloten/")
    colleague.get_by_role("link", name="Checklist drugsafval").click()
    expect(colleague.get_by_role("heading", level=1)).to_have_text("Checklist drugsafval")
    expect(colleague.get_by_text("Gemeente Rotterdam", exact=True).first).to_be_visible()
    expect(colleague.locator("dd", has_text="Fatima")).to_have_count(0)  # she did not ask to be named
    assert_accessible(colleague)

    other = _new_page(browser, log_in, "buur@schiedam.nl")
    assert other.goto(base + address).status == 404
    assert other.goto(base + address + "download/").status == 404

    # The contributor sees one reader, never who.
    page.goto(base + "/besloten/delen/mijn/")
    page.get_by_role("link", name="Checklist drugsafval").click()
    expect(page.locator("dd", has_text="1 persoon")).to_be_visible()
    expect(page.get_by_text("Karel")).to_have_count(0)


def test_a_document_for_the_region_waits_for_a_reviewer_of_the_region(
    page, live_server, sharing_world, assert_accessible, browser, log_in
):
    base = live_server.url
    log_in(page, "handhaving@rotterdam.nl")
    _share(
        page,
        base,
        sharing_world,
        "Checklist drugsafval",
        re.compile("Alle partners in RIEC Rotterdam"),
        assert_accessible,
    )
    expect(page.get_by_role("heading", name=re.compile("Status: wacht op beoordeling"))).to_be_visible()
    address = Contribution.objects.get().document.get_absolute_url()

    # Nobody else reads it yet: not a colleague, not the region, not another region.
    others = {
        email: _new_page(browser, log_in, email)
        for email in ("collega@rotterdam.nl", "buur@schiedam.nl", "oost@enschede.nl")
    }
    for email, other in others.items():
        assert other.goto(base + address).status == 404, email
        other.goto(base + "/besloten/?q=drugsafval")
        expect(other.get_by_text("Geen documenten gevonden")).to_be_visible()
        assert other.goto(base + "/besloten/delen/beoordelen/").status == 404, email

    # The moderator of the region finds it in the review queue and approves it.
    reviewer = _new_page(browser, log_in, "moderator@schiedam.nl")
    assert reviewer.goto(base + address).status == 404  # not shared yet
    reviewer.goto(base + "/besloten/delen/beoordelen/")
    assert_accessible(reviewer)
    reviewer.get_by_role("link", name="Checklist drugsafval").click()
    expect(reviewer.get_by_role("heading", level=1)).to_have_text("Checklist drugsafval")
    reviewer.get_by_role("button", name="Besluit opslaan").click()  # no decision: the error
    expect(reviewer.locator(".field__errors").first).to_be_visible()
    assert_accessible(reviewer)
    reviewer.get_by_label(re.compile("Goedkeuren")).check()
    reviewer.get_by_role("button", name="Besluit opslaan").click()
    expect(reviewer.get_by_text(re.compile("Goedgekeurd"))).to_be_visible()
    expect(reviewer.get_by_text("Er wachten geen documenten op uw beoordeling.")).to_be_visible()

    # Now the region reads it, another region still does not.
    for email in ("collega@rotterdam.nl", "buur@schiedam.nl"):
        others[email].goto(base + address)
        expect(others[email].get_by_role("heading", level=1)).to_have_text("Checklist drugsafval")
        expect(others[email].locator("dd", has_text="RIEC Rotterdam")).to_be_visible()
    assert others["oost@enschede.nl"].goto(base + address).status == 404

    page.goto(base + "/besloten/delen/mijn/")
    expect(page.get_by_text("gedeeld", exact=True)).to_be_visible()
    assert_accessible(page)

    # On a phone the contributor's page and the form fit the screen.
    page.set_viewport_size({"width": 390, "height": 844})
    for path in ("/besloten/delen/", f"/besloten/delen/mijn/{Contribution.objects.get().pk}/"):
        page.goto(base + path)
        overflow = page.evaluate("(d => d.scrollWidth - d.clientWidth)(document.documentElement)")
        assert overflow <= 0, f"{path} scrolls sideways on a phone ({overflow}px)"
