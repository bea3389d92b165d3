"""Search on a phone (issue 15): on a 390 px wide screen the first result is above the
fold, the filters fold into a "Filters (n)" disclosure, a skip link leads to the results,
an empty result shows no empty filters, and switching language keeps the search."""

import re

import pytest
from playwright.sync_api import expect

from tests.factories import ArticleFactory, PhenomenonFactory, RegionFactory, ThemeFactory

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def many_facets(transactional_db):
    themes = [ThemeFactory(name=f"Thema {i}", slug=f"thema-{i}") for i in range(5)]
    phenomena = [PhenomenonFactory(name=f"Fenomeen {i}", slug=f"fenomeen-{i}") for i in range(8)]
    regions = [RegionFactory(name=f"RIEC Regio {i}", slug=f"regio-{i}") for i in range(10)]
    for i in range(12):
        ArticleFactory(
            title=f"Hennepteelt in de praktijk {i}",
            summary="Signalen van hennepteelt.",
            body="Een hennepkwekerij op zolder.",
            themes=themes[i % 5 :],
            phenomena=phenomena[i % 8 :],
            regions=regions[i % 10 :],
            kind="nieuws" if i % 2 else "achtergrond",
        )


def test_first_result_above_the_fold_and_filters_fold_away(page, live_server, many_facets, assert_accessible):
    page.set_viewport_size(PHONE)
    assert page.goto(live_server.url + "/kennisbank/?q=hennep").ok

    first = page.locator("article.card").first
    expect(first).to_be_visible()
    box = first.bounding_box()
    assert box["y"] + 40 <= PHONE["height"], f"the first result starts at {box['y']} px"
    toggle = page.locator("summary", has_text="Filters (0)")
    expect(toggle).to_be_visible()
    expect(page.get_by_role("heading", name="Filteren")).to_be_hidden()
    assert_accessible(page)

    toggle.click()
    page.get_by_role("link", name=re.compile("Fenomeen 0")).click()
    expect(page.locator("summary", has_text="Filters (1)")).to_be_visible()
    assert_accessible(page)

    # The skip link, visible when focused, leads past the filters to the results.
    skip = page.get_by_role("link", name="Naar resultaten")
    skip.focus()
    expect(skip).to_be_visible()
    skip.press("Enter")
    expect(page).to_have_url(re.compile("#results-heading$"))


def test_empty_result_hides_the_filters_and_suggests(page, live_server, many_facets, assert_accessible):
    page.set_viewport_size(PHONE)
    assert page.goto(live_server.url + "/kennisbank/?q=qwzxv").ok

    expect(page.get_by_text("Wat u kunt proberen:")).to_be_visible()
    expect(page.locator("summary", has_text="Filters")).to_have_count(0)
    assert_accessible(page)


def test_switching_language_keeps_the_search(page, live_server, many_facets):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/kennisbank/?q=hennep")

    page.get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(r"/en/kennisbank/\?q=hennep$"))
    expect(page.locator("article.card").first).to_be_visible()
    page.get_by_role("link", name="Nederlands").click()
    expect(page).to_have_url(re.compile(r"/kennisbank/\?q=hennep$"))
