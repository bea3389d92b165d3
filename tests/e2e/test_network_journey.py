"""Find a colleague by phenomenon, ask for contact; they accept; both see the addresses."""

import re

import pytest
from playwright.sync_api import expect

from accounts.models import User
from network.models import Profile
from tests.factories import OrganisationFactory, PhenomenonFactory, partner


@pytest.fixture
def network(transactional_db):
    drugs = PhenomenonFactory(name="Drugs en hennepteelt", slug="drugs-en-hennepteelt")
    PhenomenonFactory(name="Zorgfraude", slug="zorgfraude")
    amsterdam = OrganisationFactory(name="Gemeente Amsterdam", domains=["amsterdam.nl"])
    politie = OrganisationFactory(name="Politie", domains=["politie.nl"], region=None)
    analist = partner(amsterdam, email="analist@amsterdam.nl", name="Sanne de Vries", function="Analist")
    partner(politie, email="rechercheur@politie.nl", name="Mehmet Yilmaz", function="Rechercheur")
    for user in User.objects.all():
        profile, _ = Profile.objects.get_or_create(user=user)
        profile.completed = True
        profile.visibility = Profile.Visibility.ALL_PARTNERS  # chosen by each: new profiles start closed
        profile.save()
    Profile.objects.get(user=analist).phenomena.set([drugs])


def test_filter_open_request_accept(page, live_server, network, assert_accessible, browser, log_in):
    base = live_server.url
    log_in(page, "rechercheur@politie.nl")
    page.goto(base + "/netwerk/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Netwerk")
    assert_accessible(page)

    page.get_by_role("link", name=re.compile("Drugs en hennepteelt")).click()
    expect(page.get_by_role("heading", name="1 persoon")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Sanne de Vries").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Sanne de Vries")
    expect(page.get_by_text("analist@amsterdam.nl")).to_have_count(0)
    assert_accessible(page)
    page.get_by_label("Uw bericht").fill("Zullen we ervaringen over hennepteelt delen?")
    page.get_by_role("button", name="Verstuur contactverzoek").click()
    expect(page.get_by_text("Uw contactverzoek is verstuurd")).to_be_visible()
    assert_accessible(page)

    other = browser.new_context(bypass_csp=True, locale="nl-NL").new_page()
    log_in(other, "analist@amsterdam.nl")
    other.goto(base + "/netwerk/contact/")
    expect(other.get_by_text("Zullen we ervaringen over hennepteelt delen?")).to_be_visible()
    assert_accessible(other)
    other.get_by_role("button", name=re.compile("Accepteren")).click()
    expect(other.get_by_role("link", name="rechercheur@politie.nl")).to_be_visible()
    assert_accessible(other)
    other.goto(base + "/netwerk/mijn-profiel/")
    assert_accessible(other)

    page.goto(base + "/netwerk/contact/")
    expect(page.get_by_role("link", name="analist@amsterdam.nl")).to_be_visible()
    assert_accessible(page)
