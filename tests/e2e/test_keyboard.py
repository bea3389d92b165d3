"""The main journeys with the keyboard alone (Tab, Enter, Space and typing; never a click).

Every element that gets focus on the way must show it (WCAG 2.4.7): an outline or a box-shadow."""

import re

import pytest
from django.conf import settings
from django.core.management import call_command
from playwright.sync_api import expect

from knowledge.models import Article, Theme
from network.models import ContactRequest

# The focus ring the site draws, read from the element that has focus.
FOCUS_STYLE = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  return {
    tag: el.tagName,
    text: (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 60),
    outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
    shadow: style.boxShadow !== 'none',
  };
}"""


def focused(page):
    return page.evaluate(FOCUS_STYLE)


def assert_focus_visible(page):
    state = focused(page)
    assert state is not None, f"nothing has focus on {page.url}"
    assert state["outline"] or state["shadow"], f"focus not visible on {state} at {page.url}"


def tab_to(page, target, limit=250):
    """Press Tab until `target` (a locator) has focus; every stop on the way must show its focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        assert_focus_visible(page)
        if target.evaluate("el => el === document.activeElement"):
            return
    raise AssertionError(f"{target} not reached with Tab on {page.url}")


@pytest.fixture
def demo(transactional_db):
    call_command("seed_demo", force=True, stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_skip_link_search_open_result_filter_and_quiz(page, live_server, demo):
    base = live_server.url
    page.goto(base + "/")

    # The first Tab stop is the skip link; Enter moves focus to the main content.
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Naar de inhoud")
    expect(skip).to_be_focused()
    assert_focus_visible(page)
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#inhoud$"))
    expect(page.locator("main#inhoud")).to_be_focused()
    # The next Tab lands inside main, past the header and its menu.
    page.keyboard.press("Tab")
    assert page.evaluate("document.querySelector('main').contains(document.activeElement)")
    assert_focus_visible(page)

    # Search the kennisbank and open a result.
    page.goto(base + "/kennisbank/")
    tab_to(page, page.get_by_role("searchbox", name=re.compile("Zoek")))
    page.keyboard.type("bibob")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/kennisbank/\?q=bibob"))
    first_result = page.locator("main .card__title a").first
    title = first_result.inner_text()
    tab_to(page, first_result)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(title)

    # Apply a facet filter.
    theme = Theme.objects.filter(articles__in=Article.objects.published()).distinct().first()
    page.goto(base + "/kennisbank/")
    facet = page.locator("main a.facet__link", has_text=theme.name).first
    tab_to(page, facet)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"thema={theme.slug}"))
    expect(page.locator("main a.facet__link--selected", has_text=theme.name)).to_have_attribute("aria-current", "true")

    # Play a quiz question: start, choose an answer with Space, answer with Enter.
    page.goto(base + "/quiz/")
    tab_to(page, page.get_by_role("button", name="Start niveau 1"))
    page.keyboard.press("Enter")
    expect(page.get_by_text(re.compile(r"vraag 1 van \d+"))).to_be_visible()
    first_choice = page.locator("main input[type=radio]").first
    tab_to(page, first_choice)
    page.keyboard.press("Space")
    expect(first_choice).to_be_checked()
    tab_to(page, page.get_by_role("button", name="Antwoord geven"))
    page.keyboard.press("Enter")
    expect(page.get_by_text(re.compile(r"^(Goed!|Helaas)"))).to_be_visible()
    tab_to(page, page.get_by_role("button", name="Volgende vraag"))
    page.keyboard.press("Enter")
    expect(page.get_by_text(re.compile(r"vraag 2 van \d+"))).to_be_visible()


def test_log_in_open_closed_document_and_ask_for_contact(page, live_server, demo):
    base = live_server.url

    # Log in.
    page.goto(base + "/accounts/login/")
    tab_to(page, page.get_by_label("E-mail"))
    page.keyboard.type("analist@amsterdam.nl")
    tab_to(page, page.get_by_label("Wachtwoord", exact=True))
    page.keyboard.type(settings.KPO_DEMO_PASSWORD)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/mijn-kpo/$"))

    # Open a closed document from the closed section.
    page.goto(base + "/besloten/")
    document = page.locator("main .card__title a").first
    title = document.inner_text()
    tab_to(page, document)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page).to_have_url(re.compile(r"/besloten/documenten/\d+/$"))

    # Find a colleague in the network and send a contact request.
    page.goto(base + "/netwerk/?q=Bakker")
    person = page.get_by_role("link", name="Johan Bakker")
    tab_to(page, person)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Johan Bakker")
    tab_to(page, page.get_by_label("Uw bericht"))
    page.keyboard.type("Zullen we ervaringen met Bibob-onderzoeken delen?")
    tab_to(page, page.get_by_role("button", name="Verstuur contactverzoek"))
    page.keyboard.press("Enter")
    expect(page.get_by_text("Uw contactverzoek is verstuurd")).to_be_visible()
    assert ContactRequest.objects.filter(
        sender__email="analist@amsterdam.nl", recipient__email="bibob@amsterdam.nl"
    ).exists()
