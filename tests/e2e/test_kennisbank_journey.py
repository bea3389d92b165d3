"""A visitor finds an article: home → search → facet → article, keyboard-friendly and
accessible on every page (axe-core), on a desktop and on a phone-sized screen."""

import re

import pytest
from playwright.sync_api import expect

from tests.factories import ArticleFactory, PhenomenonFactory, ReferenceFactory, RegionFactory, ThemeFactory


@pytest.fixture
def kennisbank(transactional_db):
    info = ThemeFactory(name="Informatiepositie", slug="informatiepositie")
    ThemeFactory(name="Communicatie", slug="communicatie")
    drugs = PhenomenonFactory(name="Drugs en hennepteelt", slug="drugs-en-hennepteelt")
    vastgoed = PhenomenonFactory(name="Vastgoedfraude", slug="vastgoedfraude")
    RegionFactory(name="RIEC Limburg", slug="limburg", area="De provincie Limburg.")
    RegionFactory(name="LIEC", slug="liec", kind="liec", email="info@liec.nl", phone="070 370 6370")
    article = ArticleFactory(
        title="Signalen van een hennepkwekerij",
        summary="Waar moet u op letten?",
        body="## Signalen\n\nOndermijning begint vaak klein: een **hennepkwekerij** op zolder.",
        themes=[info],
        phenomena=[drugs],
    )
    ReferenceFactory(article=article, title="RIEC-LIEC", url="https://www.riec.nl/")
    ArticleFactory(title="Ondermijning in vastgoed", body="ondermijnende praktijken", phenomena=[vastgoed])
    ArticleFactory(title="Nieuws uit Limburg", kind="nieuws", body="Een bijeenkomst.")
    return article


@pytest.mark.parametrize("viewport", [{"width": 1280, "height": 900}, {"width": 320, "height": 640}])
def test_home_search_facet_article(page, live_server, kennisbank, assert_accessible, viewport):
    page.set_viewport_size(viewport)
    assert page.goto(live_server.url + "/").ok
    expect(page.get_by_role("heading", level=1)).to_have_text("Kennisplatform Ondermijning")
    assert_accessible(page)

    # The skip link is the first thing the keyboard reaches.
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Naar de inhoud")).to_be_focused()

    page.get_by_label("Zoek in de kennisbank").fill("ondermijnende")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/kennisbank/\?q=ondermijnende"))
    expect(page.get_by_role("heading", name=re.compile("2 artikelen"))).to_be_visible()
    expect(page.locator("mark").first).to_be_visible()
    assert_accessible(page)

    toggle = page.locator("summary.filters__toggle")  # a phone: the filters are folded away
    if toggle.is_visible():
        toggle.click()
    page.get_by_role("link", name=re.compile("Drugs en hennepteelt")).click()
    expect(page.get_by_role("heading", name=re.compile("1 artikel "))).to_be_visible()
    if toggle.is_visible():
        expect(toggle).to_have_text("Filters (1)")
        toggle.click()
    expect(page.get_by_role("link", name=re.compile("Drugs en hennepteelt"))).to_have_attribute("aria-current", "true")
    assert_accessible(page)

    page.get_by_role("link", name="Signalen van een hennepkwekerij").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Signalen van een hennepkwekerij")
    expect(page.get_by_role("link", name="RIEC-LIEC")).to_be_visible()
    assert_accessible(page)

    # Nothing is wider than the screen, down to 320 px.
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= viewport["width"]


def test_other_public_pages_are_accessible(page, live_server, kennisbank, assert_accessible):
    pages = {
        "/riec/": 200,
        "/toegankelijkheid/": 200,
        "/privacy/": 200,
        "/zoeken/?q=hennep": 200,
        "/zoeken/?q=xyzzy": 200,
        "/kennisbank/?q=hennepkwekrij": 200,
        "/kennisbank/bestaat-niet/": 404,
        "/en/": 200,
        "/en/kennisbank/": 200,
    }
    for path, status in pages.items():
        response = page.goto(live_server.url + path)
        assert response.status == status, path
        expect(page.locator("h1")).to_have_count(1)
        assert_accessible(page)
