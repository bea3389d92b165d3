"""allauth's pages (log-in, sign-up, password reset, e-mail, password, MFA, sessions, log-out) in the
site's layout: each answers 200 and passes axe-core, also with errors on the form."""

import re
import time

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.apps import apps
from playwright.sync_api import expect

from accounts.models import User

EMAIL = "collega@rotterdam.nl"
PASSWORD = "een-lang-wachtwoord-2026"


@pytest.fixture
def person(transactional_db, settings):
    settings.KPO_REQUIRE_MFA = False
    user = User.objects.create_user(email=EMAIL, password=PASSWORD, name="Collega Rotterdam")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def visit(page, url):
    """Go to url; the final response (after any redirect) must be 200."""
    response = page.goto(url)
    assert response is not None, url
    assert response.status == 200, f"{url} → {page.url}: {response.status}"
    return response


def assert_layout(page):
    expect(page.locator("h1")).to_have_count(1)
    expect(page.locator("header.site-header")).to_have_count(1)
    expect(page.locator("footer.site-footer")).to_have_count(1)


def test_entrance_pages(page, live_server, person, assert_accessible):
    base = live_server.url

    visit(page, base + "/accounts/login/")
    assert_layout(page)
    assert_accessible(page)

    # Wrong password: an error summary, the typed address kept, still accessible.
    page.get_by_label("E-mail").fill(EMAIL)
    page.get_by_label("Wachtwoord", exact=True).fill("helemaal-fout-123")
    with page.expect_navigation() as navigation:
        page.locator("main form button[type=submit]").click()
    assert navigation.value.status == 200
    summary = page.get_by_role("alert")
    expect(summary).to_be_visible()
    expect(summary.get_by_role("heading")).to_be_visible()
    expect(page.get_by_label("E-mail")).to_have_value(EMAIL)
    assert_layout(page)
    assert_accessible(page)

    visit(page, base + "/accounts/signup/")
    assert_layout(page)
    for label in ("Naam", "Werk-e-mailadres", "Functie", "Wachtwoord"):
        expect(page.get_by_label(label, exact=True)).to_have_attribute("required", "")
    expect(page.locator("input[type=hidden][name=organisation]")).to_have_count(1)
    assert_accessible(page)

    # Empty submit: the browser would stop at `required`, so submit without validation.
    page.locator("main form").evaluate("form => form.noValidate = true")
    with page.expect_navigation() as navigation:
        page.locator("main form button[type=submit]").click()
    assert navigation.value.status == 200
    expect(page.get_by_role("alert")).to_be_visible()
    name = page.get_by_label("Naam", exact=True)
    expect(name).to_have_attribute("aria-invalid", "true")
    described_by = name.get_attribute("aria-describedby")
    assert "id_name_error" in described_by.split()
    expect(page.locator("#id_name_error")).to_be_visible()
    # The summary links to the field.
    expect(page.get_by_role("alert").locator('a[href="#id_name"]')).to_have_count(1)
    assert_layout(page)
    assert_accessible(page)

    visit(page, base + "/accounts/password/reset/")
    assert_layout(page)
    assert_accessible(page)


def test_manage_pages(page, live_server, person, assert_accessible, settings):
    # A code computed at the end of a 30-second step may reach the server in the next one.
    settings.MFA_TOTP_TOLERANCE = 1
    base = live_server.url
    visit(page, base + "/accounts/login/")
    page.get_by_label("E-mail").fill(EMAIL)
    page.get_by_label("Wachtwoord", exact=True).fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/mijn-kpo/$"))

    pages = {
        "/accounts/email/": "E-mailadressen",
        "/accounts/password/change/": "Wachtwoord",
        "/accounts/2fa/": "Tweestapsverificatie",
        "/accounts/2fa/totp/activate/": "Tweestapsverificatie",
        "/accounts/2fa/recovery-codes/generate/": "Tweestapsverificatie",
        "/accounts/sessions/": "Sessies",
        "/accounts/logout/": None,
    }
    if not apps.is_installed("django.contrib.humanize"):
        # allauth's sessions page loads {% load humanize %}; without the app it cannot render.
        del pages["/accounts/sessions/"]
    for path, current in pages.items():
        visit(page, base + path)
        if "/accounts/reauthenticate/" in page.url:
            # Sensitive pages ask for the password again first (an entrance page).
            assert_layout(page)
            assert_accessible(page)
            page.get_by_label("Wachtwoord", exact=True).fill(PASSWORD)
            with page.expect_navigation() as navigation:
                page.locator("main form button[type=submit]").click()
            assert navigation.value.status == 200
        assert_layout(page)
        nav = page.get_by_role("navigation", name="Accountmenu")
        assert nav.get_by_role("link").count() == 5, f"{path} → {page.url}: no account menu"
        if current:
            expect(nav.locator("a[aria-current]")).to_have_text(current)
        assert_accessible(page)

    # 320 px wide: nothing sticks out sideways.
    page.set_viewport_size({"width": 320, "height": 640})
    for path in [p for p in pages if p != "/accounts/logout/"]:
        visit(page, base + path)
        overflow = page.evaluate("(d => d.scrollWidth - d.clientWidth)(document.documentElement)")
        assert overflow <= 0, f"{path} scrolls sideways at 320 px ({overflow} px)"
        assert_accessible(page)

    page.set_viewport_size({"width": 1280, "height": 800})

    # Password change with errors: summary, aria-invalid, error tied to the field.
    visit(page, base + "/accounts/password/change/")
    page.locator("main form").evaluate("form => form.noValidate = true")
    with page.expect_navigation() as navigation:
        page.locator("main form button[type=submit]").click()
    assert navigation.value.status == 200
    expect(page.get_by_role("alert")).to_be_visible()
    expect(page.locator("main input[aria-invalid=true]").first).to_be_visible()
    assert_accessible(page)

    # TOTP: a wrong code shows an error; the right one leads to the recovery codes.
    visit(page, base + "/accounts/2fa/totp/activate/")
    secret = page.locator("#authenticator_secret").input_value()
    code = page.get_by_label(re.compile("code", re.IGNORECASE)).last
    code.fill("000000")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    expect(page.get_by_role("alert")).to_be_visible()
    assert_accessible(page)
    now = hotp_value(secret, int(time.time()) // mfa_settings.TOTP_PERIOD)
    page.get_by_label(re.compile("code", re.IGNORECASE)).last.fill(format_hotp_value(now))
    with page.expect_navigation() as navigation:
        page.locator("main form button[type=submit]").click()
    assert navigation.value.status == 200
    assert "/accounts/2fa/recovery-codes/" in page.url, page.url
    expect(page.locator("main textarea[readonly]")).to_have_count(1)
    assert_layout(page)
    assert_accessible(page)
    visit(page, base + "/accounts/2fa/")
    assert_accessible(page)

    # Log out through the form.
    visit(page, base + "/accounts/logout/")
    page.locator("main form button[type=submit]").click()
    expect(page.get_by_role("link", name="Inloggen", exact=True)).to_be_visible()
    expect(page.get_by_text("U bent uitgelogd.")).to_be_visible()


def test_the_too_many_attempts_page_is_the_sites_own_and_accessible(
    page, live_server, person, settings, assert_accessible
):
    # One password reset per minute from this address: the second answers 429 with the site's page.
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "reset_password": "1/m/ip"}
    statuses = []
    for _ in range(2):
        page.goto(live_server.url + "/accounts/password/reset/")
        page.get_by_label("E-mail").first.fill(EMAIL)
        with page.expect_response(lambda r: r.request.method == "POST") as answer:
            page.locator("main form button[type=submit]").first.click()
        statuses.append(answer.value.status)
    assert statuses[0] != 429 and statuses[1] == 429
    expect(page.locator("h1")).to_have_text("Te veel pogingen")
    assert_layout(page)
    assert_accessible(page)
