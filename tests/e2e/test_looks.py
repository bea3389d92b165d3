"""The looks of issue 17, as a person notices them: Dutch and English, at 390 and 1280 px, each
state also checked with axe-core. The header (one row at 1280 px signed in, a menu on a phone that
works without JavaScript, Uitloggen as a button), 24 px choices with whole-row labels, errors that
take the focus and name themselves in the title, the print stylesheet, the way back to the results,
the RIECs' own contact details, the sessions page and the admin's colours and wordmark."""

import re
from urllib.parse import quote

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import translation
from playwright.sync_api import expect

from accounts.models import Region

PASSWORD = settings.KPO_DEMO_PASSWORD
PARTNER = "analist@amsterdam.nl"
LANGUAGES = {"nl": "", "en": "/en"}
PHONE, LAPTOP = {"width": 390, "height": 844}, {"width": 1280, "height": 900}


@pytest.fixture(autouse=True)
def _dutch():
    with translation.override(settings.LANGUAGE_CODE):
        yield


@pytest.fixture
def demo(transactional_db):
    call_command("seed_demo", force=True, stdout=open("/dev/null", "w"))  # noqa: SIM115 - closed by the GC


def log_in_as(page, base, email):
    page.goto(base + "/accounts/login/")
    page.locator("main input[name=login]").fill(email)
    page.locator("main input[name=password]").fill(PASSWORD)
    with page.expect_navigation():
        page.locator("main form [type=submit]").click()
    expect(page).not_to_have_url(re.compile(r"/accounts/login/"))


def in_one_row(locator) -> bool:
    """Whether the elements stand side by side: every one starts above where every other ends."""
    boxes = [box for box in (e.bounding_box() for e in locator.all()) if box]
    return len(boxes) > 1 and max(b["y"] for b in boxes) < min(b["y"] + b["height"] for b in boxes)


def test_header_one_row_at_1280_and_a_menu_on_a_phone(page, live_server, demo, assert_accessible):
    base = live_server.url
    log_in_as(page, base, PARTNER)
    for language, prefix in LANGUAGES.items():
        page.set_viewport_size(LAPTOP)
        page.goto(f"{base}{prefix}/")
        nav = page.get_by_role("navigation", name=re.compile("Hoofdmenu|Main menu"))
        links = nav.get_by_role("link")
        expect(links).to_have_count(8)  # signed in as a partner: the longest navigation
        assert in_one_row(links), f"{language}: the navigation wraps at 1280 px"
        service = page.locator(".kpo-service-nav li")
        assert in_one_row(service), f"{language}: the account and language links wrap"
        switch = page.get_by_role("link", name="English" if language == "nl" else "Nederlands")
        log_out = page.get_by_role("button", name="Uitloggen" if language == "nl" else "Log out")
        expect(log_out).to_be_visible()
        assert abs(switch.bounding_box()["y"] - log_out.bounding_box()["y"]) < 20
        # The wordmark has a name: the link home reads "KPO Kennisplatform Ondermijning".
        home = re.compile(r"^KPO (Kennisplatform Ondermijning|Knowledge Platform)")
        expect(page.get_by_role("link", name=home)).to_be_visible()
        expect(page.get_by_role("img", name="KPO")).to_be_visible()
        assert_accessible(page)

        page.set_viewport_size(PHONE)
        page.goto(f"{base}{prefix}/")
        menu = page.locator("summary.kpo-menu__toggle")
        expect(menu).to_be_visible()
        expect(nav.get_by_role("link").first).to_be_hidden()
        menu.click()
        expect(nav.get_by_role("link").first).to_be_visible()
        assert_accessible(page)
        nav.get_by_role("link", name="Kennisbank" if language == "nl" else "Knowledge base").click()
        expect(page).to_have_url(re.compile(rf"{prefix}/kennisbank/$"))

    # Uitloggen in the header logs out.
    page.set_viewport_size(LAPTOP)
    page.goto(base + "/")
    page.get_by_role("button", name="Uitloggen").click()
    expect(page.get_by_role("link", name="Inloggen", exact=True)).to_be_visible()
    expect(page.get_by_role("button", name="Uitloggen")).to_have_count(0)


@pytest.mark.parametrize("width", [390, 1280])
def test_the_menu_works_without_javascript(browser, live_server, demo, width):
    context = browser.new_context(java_script_enabled=False, viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(live_server.url + "/")
    nav = page.get_by_role("navigation", name="Hoofdmenu")
    if width == 390:
        expect(nav.get_by_role("link", name="Quiz")).to_be_hidden()
        page.get_by_text("Menu", exact=True).click()
    else:  # wide: the bar stands open, no menu button
        expect(page.get_by_text("Menu", exact=True)).to_be_hidden()
    nav.get_by_role("link", name="Quiz").click()
    expect(page).to_have_url(re.compile(r"/quiz/$"))
    context.close()


def test_choices_are_large_and_errors_take_the_focus(page, live_server, demo, assert_accessible):
    base = live_server.url
    for language, prefix in LANGUAGES.items():
        error_word = "Fout:" if language == "nl" else "Error:"
        for viewport in (PHONE, LAPTOP):
            page.set_viewport_size(viewport)
            # The quiz: an answer not chosen.
            page.goto(f"{base}{prefix}/quiz/")
            page.locator("main form button[type=submit]").first.click()
            expect(page).to_have_url(re.compile(r"/quiz/vraag/"))
            page.locator("main form[novalidate]").evaluate("f => f.submit()")
            expect(page).to_have_title(re.compile(rf"^{error_word} "))
            summary = page.locator("[data-error-summary]")
            expect(summary).to_be_focused()
            group = page.locator("main fieldset.choice-group")
            described_by = group.get_attribute("aria-describedby")
            assert described_by and page.locator(f"#{described_by}").inner_text() == summary.inner_text()
            radio = group.locator("input[type=radio]").first
            box = radio.bounding_box()
            assert box["width"] >= 24 and box["height"] >= 24, box
            # The whole row is the label: a click at its far end chooses the answer.
            row = group.locator(".choice").first
            row_box = row.bounding_box()
            page.mouse.click(row_box["x"] + row_box["width"] - 5, row_box["y"] + row_box["height"] / 2)
            expect(radio).to_be_checked()
            assert_accessible(page)

            # The log-in form, sent empty.
            page.goto(f"{base}{prefix}/accounts/login/")
            page.locator("main form").evaluate("f => { f.noValidate = true; }")
            with page.expect_navigation():
                page.locator("main form [type=submit]").click()
            expect(page).to_have_title(re.compile(rf"^{error_word} "))
            expect(page.locator("[data-error-summary]")).to_be_focused()
            assert_accessible(page)

    # A checkbox of a site form (the profile's themes): 24 px, the row clicks it.
    log_in_as(page, base, PARTNER)
    page.set_viewport_size(PHONE)
    page.goto(base + "/netwerk/mijn-profiel/")
    checkbox = page.locator("main input[type=checkbox]").first
    box = checkbox.bounding_box()
    assert box["width"] >= 24 and box["height"] >= 24, box
    was = checkbox.is_checked()
    label = page.locator(f"label[for='{checkbox.get_attribute('id')}']")
    label_box = label.bounding_box()
    page.mouse.click(label_box["x"] + label_box["width"] - 3, label_box["y"] + label_box["height"] / 2)
    assert checkbox.is_checked() != was
    assert_accessible(page)


def test_back_to_results_and_print(page, live_server, demo, assert_accessible):
    base = live_server.url
    for language, prefix in LANGUAGES.items():
        back_name = "Terug naar resultaten" if language == "nl" else "Back to the results"
        for viewport in (PHONE, LAPTOP):
            page.set_viewport_size(viewport)
            page.goto(f"{base}{prefix}/kennisbank/?q=bibob&sorteer=datum")
            page.locator("main .card__title a").first.click()
            back = page.get_by_role("link", name=back_name)
            expect(back).to_have_attribute("href", f"{prefix}/kennisbank/?q=bibob&sorteer=datum")
            # The meta line sits under the title.
            title_box = page.locator("main h1").bounding_box()
            assert page.locator("main .kpo-article-meta").bounding_box()["y"] > title_box["y"]
            assert_accessible(page)

            # Printed: the article, without the navigation and the way back.
            page.emulate_media(media="print")
            expect(page.locator("main h1")).to_be_visible()
            expect(page.get_by_role("navigation", name=re.compile("Hoofdmenu|Main menu"))).to_be_hidden()
            expect(back).to_be_hidden()
            page.emulate_media(media="screen")

            back.click()
            expect(page).to_have_url(re.compile(r"/kennisbank/\?q=bibob&sorteer=datum$"))
            expect(page.locator("main input[type=search]")).to_have_value("bibob")

    # From /zoeken/ too; a back address that is not a local result list gives no link.
    page.goto(base + "/zoeken/?q=witwassen")
    page.locator("main .card__title a").first.click()
    expect(page.get_by_role("link", name="Terug naar resultaten")).to_have_attribute("href", "/zoeken/?q=witwassen")
    article = page.url.split("?")[0]
    for elsewhere in ("//example.org/kennisbank/", "https://example.org/kennisbank/", "/privacy/", "/\\example.org/"):
        page.goto(f"{article}?terug={quote(elsewhere, safe='')}")
        expect(page.get_by_role("link", name="Terug naar resultaten")).to_have_count(0)

    # A closed document and a profile, as a partner.
    log_in_as(page, base, PARTNER)
    page.goto(base + "/besloten/?q=")
    page.locator("main .card__title a").first.click()
    expect(page.get_by_role("link", name="Terug naar resultaten")).to_have_attribute("href", "/besloten/?q=")
    page.emulate_media(media="print")
    expect(page.locator(".kpo-nav-bar")).to_be_hidden()
    expect(page.locator("main h1")).to_be_visible()
    page.emulate_media(media="screen")
    page.goto(base + "/netwerk/?q=bibob")
    page.locator("main .card__title a").first.click()
    page.get_by_role("link", name="Terug naar resultaten").click()
    expect(page).to_have_url(re.compile(r"/netwerk/\?q=bibob$"))


def test_each_riec_shows_its_own_contact_details(page, live_server, demo, assert_accessible):
    base = live_server.url
    # The demo data gives only what the seeds give: the LIEC's details, no shared link on every RIEC.
    page.goto(base + "/riec/")
    riec_links = page.locator(".region-grid .contact a")
    hrefs = [riec_links.nth(i).get_attribute("href") for i in range(riec_links.count())]
    assert len(hrefs) == len(set(hrefs)), f"The same contact link on more than one RIEC: {hrefs}"
    liec = page.locator("#liec")
    expect(liec).to_contain_text("Postbus 20301")
    expect(liec.get_by_role("link", name="info@liec.nl")).to_be_visible()
    expect(liec.get_by_role("link", name=re.compile("070 370 6370"))).to_be_visible()

    # What a curator enters for a RIEC shows on that RIEC's own card.
    Region.objects.filter(slug="riec-limburg").update(phone="088 111 2233", email="info@riec-limburg.example")
    Region.objects.filter(slug="riec-rotterdam").update(phone="010 444 5566", email="info@riec-rotterdam.example")
    for prefix in LANGUAGES.values():
        for viewport in (PHONE, LAPTOP):
            page.set_viewport_size(viewport)
            page.goto(f"{base}{prefix}/riec/")
            limburg, rotterdam = page.locator("#riec-limburg"), page.locator("#riec-rotterdam")
            expect(limburg).to_contain_text("088 111 2233")
            expect(limburg).not_to_contain_text("010 444 5566")
            expect(rotterdam.get_by_role("link", name="info@riec-rotterdam.example")).to_be_visible()
            expect(page.locator("#riec-noord-nederland .contact")).to_have_count(0)
            assert_accessible(page)


def test_sessions_page_and_admin_look(page, live_server, demo, assert_accessible):
    base = live_server.url
    log_in_as(page, base, PARTNER)
    for prefix in LANGUAGES.values():
        for viewport in (PHONE, LAPTOP):
            page.set_viewport_size(viewport)
            page.goto(f"{base}{prefix}/accounts/sessions/")
            table = page.locator("main table")
            # Headless Chromium says "HeadlessChrome/<n> … X11; Linux": read as browser and system.
            expect(table).to_contain_text(re.compile(r"Chrome \d+ (op|on) Linux"))
            expect(table).not_to_contain_text("Mozilla/5.0")
            # No word broken in two: each cell's text fits its width on one line at 1280 px.
            if viewport is LAPTOP:
                widths = table.locator("td").evaluate_all("cells => cells.map(c => c.scrollWidth <= c.clientWidth)")
                assert all(widths)
                assert table.bounding_box()["width"] > 900  # the table uses the page's width
            assert_accessible(page)

    page.context.clear_cookies()
    log_in_as(page, base, "beheerder@liec.nl")
    page.set_viewport_size(LAPTOP)
    page.goto(base + "/admin/")
    header = page.locator("#header")
    assert header.evaluate("h => getComputedStyle(h).backgroundColor") == "rgb(21, 66, 115)"
    expect(header.get_by_role("img", name="KPO")).to_be_visible()
    assert_accessible(page)
