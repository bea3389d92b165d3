"""Events in the browser: a visitor registers for a public event (mail, confirmation link,
.ics); partners of the region fill a closed event, the next waits and moves up when the first
cancels; a partner of another region gets a 404 for the event and its .ics; the region's
moderator creates a closed event that its partners see and others do not."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from playwright.sync_api import expect

from accounts.services import audience_group, grant_moderation
from events.models import Event, Registration
from tests.factories import OrganisationFactory, RegionFactory, event, partner


@pytest.fixture
def events_world(transactional_db):
    north = RegionFactory(name="RIEC Noord-Nederland", slug="riec-noord-nederland")
    south = RegionFactory(name="RIEC Limburg", slug="riec-limburg")
    groningen = OrganisationFactory(name="Gemeente Groningen", domains=["groningen.nl"], region=north)
    maastricht = OrganisationFactory(name="Gemeente Maastricht", domains=["maastricht.nl"], region=south)
    partner(groningen, email="eerste@groningen.nl", name="Eva Eerste")
    partner(groningen, email="tweede@groningen.nl", name="Tom Tweede")
    partner(maastricht, email="zuid@maastricht.nl", name="Zoë Zuid")
    moderator = partner(groningen, email="moderator@groningen.nl", name="Mona Moderator")
    grant_moderation(moderator, north, by=None)
    public = event(
        "Webinar signalen herkennen",
        north,
        is_public=True,
        form="online",
        online_url="https://webinar.example.org/signalen",
        starts_in=timedelta(days=5),
    )
    closed = event(
        "Fenomeentafel buitengebied",
        north,
        groups=[audience_group(north)],
        capacity=1,
        place="Provinciehuis Groningen",
        starts_in=timedelta(days=8),
    )
    return {"public": public, "closed": closed}


def test_public_visitor_registers_and_gets_the_mail_and_the_ics(page, live_server, events_world, assert_accessible):
    base = live_server.url
    page.goto(base + "/bijeenkomsten/")
    assert_accessible(page)
    page.get_by_role("link", name="Webinar signalen herkennen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Webinar signalen herkennen")
    expect(page.get_by_text(re.compile(r"\d\d:\d\d (CET|CEST)")).first).to_be_visible()
    assert_accessible(page)

    page.get_by_label("Naam").fill("Vera Bezoeker")
    page.get_by_label("E-mailadres").fill("vera@example.org")
    page.get_by_role("button", name="Aanmelden").click()
    expect(page.get_by_text("Bijna klaar")).to_be_visible()
    assert_accessible(page)

    link = re.search(r"https?://\S+(/bijeenkomsten/aanmelding/\S+/)", mail.outbox[-1].body).group(1)
    page.goto(base + link)
    assert_accessible(page)
    page.get_by_role("button", name="Aanmelding bevestigen").click()
    expect(page.get_by_text("U bent aangemeld en heeft een plaats.")).to_be_visible()
    assert_accessible(page)
    confirmation = mail.outbox[-1]
    assert confirmation.to == ["vera@example.org"]
    assert "https://webinar.example.org/signalen" in confirmation.body

    with page.expect_download() as info:
        page.get_by_role("link", name=re.compile("Zet in uw agenda")).click()
    ics = info.value.path().read_text()
    assert "BEGIN:VEVENT" in ics and "SUMMARY:Webinar signalen herkennen" in ics


def test_closed_event_fills_up_waits_and_moves_up(browser, live_server, events_world, assert_accessible, log_in):
    base = live_server.url
    url = base + events_world["closed"].get_absolute_url()
    first = browser.new_context(locale="nl-NL", bypass_csp=True).new_page()
    second = browser.new_context(locale="nl-NL", bypass_csp=True).new_page()

    log_in(first, "eerste@groningen.nl")
    first.goto(base + "/bijeenkomsten/")
    expect(first.get_by_role("link", name="Fenomeentafel buitengebied")).to_be_visible()
    first.goto(url)
    expect(first.get_by_text("nog 1 vrij")).to_be_visible()
    first.get_by_role("button", name="Aanmelden").click()
    expect(first.get_by_text("U bent aangemeld en heeft een plaats.")).to_be_visible()
    assert_accessible(first)

    log_in(second, "tweede@groningen.nl")
    second.goto(url)
    expect(second.get_by_text("vol", exact=False).first).to_be_visible()
    second.get_by_role("button", name="Aanmelden voor de wachtlijst").click()
    expect(second.get_by_text(re.compile("U staat op de wachtlijst")).first).to_be_visible()
    assert_accessible(second)

    first.reload()
    first.get_by_role("button", name="Afmelden").click()
    expect(first.get_by_text("U bent afgemeld voor deze bijeenkomst.")).to_be_visible()

    second.reload()
    expect(second.get_by_text("U bent aangemeld en heeft een plaats.")).to_be_visible()
    assert Registration.objects.get(email="tweede@groningen.nl").status == Registration.Status.CONFIRMED
    assert any(m.to == ["tweede@groningen.nl"] and "plaats" in m.subject for m in mail.outbox)


def test_partner_of_another_region_gets_a_404(page, live_server, events_world, assert_accessible, log_in):
    base = live_server.url
    closed = events_world["closed"]
    log_in(page, "zuid@maastricht.nl")

    page.goto(base + "/bijeenkomsten/")
    expect(page.get_by_role("link", name="Webinar signalen herkennen")).to_be_visible()
    expect(page.get_by_text("Fenomeentafel buitengebied")).to_have_count(0)
    assert page.goto(base + closed.get_absolute_url()).status == 404
    assert page.request.get(base + f"/bijeenkomsten/{closed.slug}/agenda.ics").status == 404
    page.goto(base + "/bijeenkomsten/mijn-agenda/")
    page.get_by_role("button", name="Agendalink maken").click()
    feed = page.get_by_label("Uw agendalink").input_value()
    body = page.request.get(feed.replace("http://127.0.0.1:8000", base)).text()
    assert "Fenomeentafel" not in body
    assert_accessible(page)


def test_a_moderator_creates_a_closed_event_for_their_region(
    browser, live_server, events_world, assert_accessible, log_in
):
    base = live_server.url
    moderator = browser.new_context(locale="nl-NL", bypass_csp=True).new_page()
    log_in(moderator, "moderator@groningen.nl")
    moderator.goto(base + "/bijeenkomsten/")
    moderator.get_by_role("link", name="Nieuwe bijeenkomst").click()
    expect(moderator.get_by_role("heading", level=1)).to_have_text("Nieuwe bijeenkomst")
    assert_accessible(moderator)

    moderator.get_by_label("Titel (verplicht)").fill("Casustafel ondermijning Delfzijl")
    moderator.get_by_label("Samenvatting").fill("Signalen uit de haven bespreken.")
    moderator.locator("#id_starts_at").fill("2031-03-30T14:00")  # the day summer time starts: CEST
    moderator.locator("#id_ends_at").fill("2031-03-30T16:30")
    moderator.get_by_label("Plaats", exact=True).fill("Gemeentehuis Delfzijl")
    moderator.locator("#id_programme").fill("## Opening\n\n- **Welkom** door de burgemeester")
    moderator.get_by_role("button", name="Voorbeeld van het programma").click()
    preview = moderator.locator(".notice .prose")
    expect(preview.get_by_role("heading", name="Opening")).to_be_visible()
    expect(preview.locator("strong")).to_have_text("Welkom")
    assert_accessible(moderator)

    # Closed, for the moderator's own region; "Gepubliceerd".
    moderator.get_by_label("RIEC Noord-Nederland", exact=True).last.check()
    moderator.get_by_label("gepubliceerd").check()
    moderator.get_by_role("button", name="Opslaan").click()
    expect(moderator.get_by_role("heading", level=1)).to_have_text("Casustafel ondermijning Delfzijl")
    expect(moderator.get_by_text("Besloten bijeenkomst")).to_be_visible()
    expect(moderator.get_by_text(re.compile(r"14:00 CEST"))).to_be_visible()
    assert_accessible(moderator)
    created = Event.objects.get(title="Casustafel ondermijning Delfzijl")
    assert set(created.audience_groups.values_list("name", flat=True)) == {"Regio: RIEC Noord-Nederland"}

    member = browser.new_context(locale="nl-NL", bypass_csp=True).new_page()
    log_in(member, "eerste@groningen.nl")
    member.goto(base + "/bijeenkomsten/")
    member.get_by_role("link", name="Casustafel ondermijning Delfzijl").click()
    expect(member.get_by_text("Gemeentehuis Delfzijl")).to_be_visible()
    expect(member.get_by_role("link", name="Bijeenkomst bewerken")).to_have_count(0)

    other = browser.new_context(locale="nl-NL", bypass_csp=True).new_page()
    log_in(other, "zuid@maastricht.nl")
    other.goto(base + "/bijeenkomsten/")
    expect(other.get_by_text("Casustafel ondermijning Delfzijl")).to_have_count(0)
    assert other.goto(base + created.get_absolute_url()).status == 404
    assert other.goto(base + created.get_absolute_url() + "bewerken/").status == 404
