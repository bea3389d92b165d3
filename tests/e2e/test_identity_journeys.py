"""The two takeovers of issue 13, tried in real browsers: an attacker's browser and the
mailbox owner's browser. A code from the mailbox only counts in the browser that asked
for it, so whatever the owner does with the mail, the attacker gets nothing. Every page
passes axe-core."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from accounts import services
from accounts.models import Organisation, User
from tests.factories import OrganisationFactory, document, partner

pytestmark = pytest.mark.e2e

CODE = re.compile(r"^\s*([A-Z0-9]{4}-[A-Z0-9]{4})\s*$", re.MULTILINE)
PASSWORD = "aanvaller-wachtwoord-2026"


@pytest.fixture
def politie(transactional_db):
    politie = OrganisationFactory(
        name="Politie", domains=["politie.nl"], region=None, approval_policy=Organisation.ApprovalPolicy.AUTOMATIC
    )
    document("Alleen voor de Politie", politie, groups={services.audience_group(politie)})
    return politie


def new_browser(page):
    return page.context.browser.new_context(bypass_csp=True, locale="nl-NL").new_page()


def owner_does_everything_with(mailbox_page, base, message, assert_accessible):
    """The mailbox owner opens every link in the mail and types its code where it says."""
    for url in re.findall(r"https?://\S+", message.body):
        mailbox_page.goto(base + re.sub(r"^https?://[^/]+", "", url) or "/")
        confirm = mailbox_page.locator("main form").get_by_role("button", name=re.compile("^Bevestig"))
        if confirm.count():  # a confirmation link, as mails had before codes
            confirm.first.click()
    mailbox_page.goto(base + "/accounts/confirm-email/")
    assert_accessible(mailbox_page)
    if mailbox_page.get_by_label("Code", exact=True).count():
        mailbox_page.get_by_label("Code", exact=True).fill(CODE.search(message.body).group(1))
        mailbox_page.get_by_role("button", name="Bevestigen").click()


def test_pre_registered_account_stays_shut_whatever_the_mailbox_owner_clicks(
    page, live_server, politie, assert_accessible, log_in
):
    base = live_server.url
    page.goto(base + "/accounts/signup/")
    page.get_by_label("Naam").fill("ICT Politie")
    page.get_by_label("E-mail").first.fill("wijkagent7@politie.nl")
    page.get_by_label("Functie").fill("Wijkagent")
    page.get_by_label("Wachtwoord", exact=True).fill(PASSWORD)
    page.get_by_label("Wachtwoord (bevestigen)").fill(PASSWORD)
    page.get_by_role("button", name=re.compile("Account aanvragen")).click()
    expect(page).to_have_url(re.compile(r"/accounts/confirm-email/$"))
    assert_accessible(page)

    [message] = [m for m in mail.outbox if m.to == ["wijkagent7@politie.nl"]]
    assert "ICT Politie" not in message.body
    owner = new_browser(page)
    owner_does_everything_with(owner, base, message, assert_accessible)
    expect(owner).to_have_url(re.compile(r"/accounts/login/"))  # nothing to confirm there
    owner.context.close()

    # The attacker's own browser: still asked for the code it cannot know.
    page.goto(base + "/besloten/")
    expect(page).to_have_url(re.compile(r"/accounts/(confirm-email|login)/"))
    assert_accessible(page)
    page.context.clear_cookies()
    log_in(page, "wijkagent7@politie.nl", PASSWORD)
    expect(page).to_have_url(re.compile(r"/accounts/(confirm-email|login)/"))  # a code again, or too soon
    page.goto(base + "/besloten/")
    expect(page).not_to_have_url(re.compile(r"^[^?]*/besloten/$"))
    assert "Alleen voor de Politie" not in page.content()
    assert User.objects.get(email="wijkagent7@politie.nl").status == "pending"


def test_adding_someone_elses_address_moves_nobody(page, live_server, politie, assert_accessible, log_in):
    base = live_server.url
    amsterdam = OrganisationFactory(
        name="Gemeente Amsterdam", domains=["amsterdam.nl"], approval_policy=Organisation.ApprovalPolicy.AUTOMATIC
    )
    partner(amsterdam, email="insider@amsterdam.nl")
    log_in(page, "insider@amsterdam.nl")
    page.goto(base + "/accounts/email/")
    page.locator("main input[name=email]:not([readonly])").fill("victim2@politie.nl")
    page.locator("main [name=action_add]").click()

    # First the password again, then a code that only works in this browser.
    expect(page).to_have_url(re.compile(r"/accounts/reauthenticate/"))
    assert_accessible(page)
    page.get_by_label("Wachtwoord", exact=True).fill("geheim-wachtwoord-123")
    page.locator("main form [type=submit]").first.click()
    expect(page).to_have_url(re.compile(r"/accounts/confirm-email/$"))
    assert_accessible(page)

    [message] = [m for m in mail.outbox if m.to == ["victim2@politie.nl"]]
    owner = new_browser(page)
    owner_does_everything_with(owner, base, message, assert_accessible)
    owner.context.close()

    page.goto(base + "/besloten/")
    assert_accessible(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("Besloten gedeelte")
    assert "Alleen voor de Politie" not in page.content()
    user = User.objects.get(email="insider@amsterdam.nl")
    assert user.organisation == amsterdam
