"""Every page of the site, as each role sees it, passes axe-core (WCAG 2.1 A/AA) in Chromium.

The pages to visit are derived from the URLconf: every parameterless GET route outside the
admin must be visited by one of the role tests below (or be listed in NOT_A_PAGE with the reason),
so a new page without an axe check fails `test_every_page_route_is_checked`. Each role logs in
once and walks its pages; the demo data (`seed_demo`) gives the pages realistic content."""

import contextlib
import json
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.conf import settings
from django.core import mail
from django.core.management import call_command
from django.urls import Resolver404, URLPattern, URLResolver, get_resolver, resolve
from django.utils import translation
from playwright.sync_api import expect

from accounts import lockouts
from accounts.models import User
from documents.access import documents_visible_to
from documents.models import Contribution, Document
from knowledge.models import Article, Phenomenon, Theme
from kpo.models import AuditEvent
from network.access import profiles_visible_to
from network.models import ContactRequest

# The routes each role's test must have checked with axe-core (URL names, as `resolve()` gives them).
ANONYMOUS_ROUTES = {
    "home",
    "regions",
    "search",
    "accessibility",
    "privacy",
    "vulnerability_disclosure",
    "knowledge:articles",
    "knowledge:article",
    "learning:quiz",
    "learning:quiz_question",
    "learning:quiz_result",
    "learning:signals",
    "account_login",
    "account_signup",
    "account_email_verification_sent",
    "account_inactive",
    "account_reset_password",
    "account_reset_password_done",
    "account_reset_password_from_key",
    "account_reset_password_from_key_done",
    "accounts:request_organisation",
}
PENDING_ROUTES = {"accounts:home", "accounts:welcome", "my_kpo"}
PARTNER_ROUTES = {
    "documents:list",
    "documents:detail",
    "documents:contribute",
    "documents:my_contributions",
    "documents:my_contribution",
    "network:directory",
    "network:profile",
    "network:contacts",
    "network:my_profile",
    "accounts:home",
    "accounts:delete",
    "accounts:confirm_identity",
    "account_email",
    "account_change_password",
    "account_reauthenticate",
    "account_logout",
    "mfa_index",
    "mfa_activate_totp",
    "mfa_view_recovery_codes",
    "mfa_generate_recovery_codes",
    "mfa_deactivate_totp",
    "mfa_reauthenticate",
    "mfa_authenticate",
    "mfa_list_webauthn",
    "mfa_add_webauthn",
    "usersessions_list",
    "my_kpo",
    "follows:manage",
    "follows:notifications",
    "follows:settings",
    "follows:unsubscribe",
}
MODERATOR_ROUTES = {"accounts:moderation", "accounts:moderate", "documents:reviews", "documents:review"}
# Events (test_event_pages): the pages of a visitor, a partner and an organiser.
EVENT_ROUTES = {
    "events:list",
    "events:archive",
    "events:detail",
    "events:registration",
    "events:my_calendar",
    "events:attendees",
    "events:create",
    "events:edit",
}

# Parameterless GET routes that are not HTML pages, or that never show a page of their own.
NOT_A_PAGE = {
    "healthz": "JSON for load balancers",
    "api_root_without_slash": "a 308 to the API's root (tests/api/test_api.py)",
    "security_txt": "text for security researchers (tests/kpo/test_wellknown.py)",
    "robots_txt": "text for search engines (tests/kpo/test_wellknown.py)",
    "sitemap": "XML for search engines (tests/knowledge/test_sitemaps.py)",
    "knowledge:feed": "Atom feed (XML)",
    "knowledge:news_feed": "Atom feed (XML)",
    "learning:quiz_start": "POST only (the start buttons on /quiz/)",
    "learning:quiz_next": "POST only (the next-question button)",
    "events:feed": "iCal feed (text/calendar)",
    "follows:follow": "POST only (the follow buttons on the lists and /mijn-kpo/volgen/, which are checked)",
    "follows:save_search": "POST only (the save-search button on the lists, which are checked)",
    "accounts:export": "a JSON download (the link is on the account page, which is checked)",
    "mfa_download_recovery_codes": "a text download (linked from the recovery codes page, which is checked)",
    "account_set_password": "only for accounts without a password, which KPO does not have: redirects to "
    "the password change page (checked)",
    "account_confirm_login_code": "log-in by code is off: only reachable halfway a code log-in",
    "mfa_reauthenticate_webauthn": "needs a registered security key (WebAuthn needs JavaScript and "
    "hardware; named as a known limitation in the accessibility statement)",
}


def _routes(patterns, prefix=(), namespace=None):
    for entry in patterns:
        chain = (*prefix, entry.pattern)
        if isinstance(entry, URLResolver):
            yield from _routes(entry.url_patterns, chain, entry.namespace or namespace)
        elif isinstance(entry, URLPattern) and entry.name:
            yield (f"{namespace}:{entry.name}" if namespace else entry.name), chain


def _has_parameters(chain):
    for pattern in chain:
        if getattr(pattern, "converters", None):
            return True
        regex = getattr(pattern, "_regex", None)
        if regex is not None and re.compile(regex).groups:
            return True
    return False


def site_page_routes():
    """URL names of the parameterless routes outside the admin and the JSON API."""
    with translation.override(settings.LANGUAGE_CODE):
        return {
            name
            for name, chain in _routes(get_resolver().url_patterns)
            if not _has_parameters(chain) and not name.startswith(("admin:", "api:"))
        }


def test_the_html_checker_finds_what_it_should():
    """The Nu Html Checker as the walks use it: a <time> with microseconds (Django's |date:"c") is an
    error, the same page with the site's machine_datetime filter is not."""
    from django.template import Context, Template
    from django.utils import timezone

    page = (
        '<!DOCTYPE html><html lang="nl"><head><title>t</title></head><body><p><time datetime="{{ at%s }}">'
        "{{ at|date:'j F Y' }}</time></p></body></html>"
    )
    at = timezone.now().replace(microsecond=123456)
    broken = Template(page % "|date:'c'").render(Context({"at": at}))
    valid = Template("{% load kpo %}" + page % "|machine_datetime").render(Context({"at": at}))

    found = nu_html_check({broken: "/met-microseconden/", valid: "/zonder/"})

    assert list(found) == ["/met-microseconden/"]
    assert "fraction of a second" in found["/met-microseconden/"][0]


def test_every_page_route_is_checked():
    checked = ANONYMOUS_ROUTES | PENDING_ROUTES | PARTNER_ROUTES | MODERATOR_ROUTES | EVENT_ROUTES
    routes = site_page_routes()
    assert "home" in routes and "account_login" in routes and "accounts:home" in routes  # the walk works
    missing = routes - checked - NOT_A_PAGE.keys()
    assert not missing, f"Pages without an axe-core check (add them to a role test, or to NOT_A_PAGE): {missing}"
    stale = NOT_A_PAGE.keys() - routes
    assert not stale, f"NOT_A_PAGE names routes that no longer exist: {stale}"
    assert not NOT_A_PAGE.keys() & checked


class Walk:
    """One person's walk through the site: every page is checked with axe-core and its route noted,
    and the HTML the server sent is kept for the Nu Html Checker, which checks them all at the end.
    Violations are collected over the whole walk, so one run shows all of them."""

    def __init__(self, page, base, assert_accessible):
        self.page, self.base, self.assert_accessible = page, base, assert_accessible
        self.seen = set()
        self.violations = []
        self.documents = {}  # HTML as the server sent it -> the address it came from
        self.last_document = None
        page.on("response", self._note_document)

    def _note_document(self, response):
        if response.request.resource_type == "document" and response.frame == self.page.main_frame:
            self.last_document = response

    def _keep_html(self):
        response = self.last_document
        if response is None or 300 <= response.status < 400:
            return
        if not response.headers.get("content-type", "").startswith("text/html"):
            return
        self.documents.setdefault(response.text(), response.url)

    def visit(self, path, status=200):
        response = self.page.goto(self.base + path)
        assert response is not None, path
        assert response.status == status, f"{path} → {self.page.url}: {response.status}"
        self.check()
        return response

    def check(self):
        """Axe-core on the page as it is now; note the route it belongs to."""
        self.page.wait_for_load_state()
        self._keep_html()
        try:
            self.assert_accessible(self.page)
        except AssertionError as error:
            self.violations.append(str(error))
        path = urlparse(self.page.url).path
        # A 404 page or an /en/ page resolves to nothing here.
        with translation.override(settings.LANGUAGE_CODE), contextlib.suppress(Resolver404):
            self.seen.add(resolve(path).view_name)

    def submit(self, form="main form", expect_status=None):
        """Submit a form without the browser's own validation (to get the site's error page)."""
        self.page.locator(form).first.evaluate("f => f.noValidate = true")
        with self.page.expect_navigation() as navigation:
            self.page.locator(form).first.locator("[type=submit]").first.click()
        if expect_status is not None:
            assert navigation.value.status == expect_status, self.page.url
        self.check()

    def reauthenticate_if_asked(self, password):
        if "/reauthenticate/" in self.page.url:
            self.page.get_by_label("Wachtwoord", exact=True).fill(password)
            with self.page.expect_navigation():
                self.page.locator("main form [type=submit]").first.click()
            self.check()

    def assert_done(self, routes):
        invalid = nu_html_check(self.documents)
        assert not self.violations, "\n\n".join(self.violations)
        assert routes <= self.seen, f"Not visited: {routes - self.seen}; seen: {sorted(self.seen)}"
        assert not invalid, "The Nu Html Checker found errors:\n" + "\n".join(
            f"{url}\n" + "\n".join(f"  {error}" for error in errors) for url, errors in invalid.items()
        )


VNU_JAR = Path(settings.BASE_DIR) / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def nu_html_check(documents):
    """One run of the Nu Html Checker (vnu-jar from npm, on Debian's Java) over HTML documents
    ({html: address}); its errors per address."""
    if not documents:
        return {}
    assert VNU_JAR.exists(), f"{VNU_JAR} is missing: run `make install` (npm ci)"
    java = shutil.which("java")
    assert java, "Java is needed for the Nu Html Checker (apt-get install default-jre-headless)"
    with tempfile.TemporaryDirectory() as folder:
        addresses = {}
        for number, (html, url) in enumerate(documents.items()):
            (Path(folder) / f"page-{number}.html").write_text(html)
            addresses[f"page-{number}.html"] = url
        result = subprocess.run(  # noqa: S603 - our own arguments
            [java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", "--exit-zero-always", folder],
            capture_output=True,
            text=True,
            timeout=300,
        )
    invalid = {}
    for message in json.loads(result.stderr)["messages"]:
        url = addresses.get(Path(message.get("url", "")).name, message.get("url"))
        line = f"line {message.get('lastLine')}: {message['message']} ({message.get('extract', '').strip()!r})"
        if line not in invalid.setdefault(url, []):
            invalid[url].append(line)
    return invalid


@pytest.fixture(autouse=True)
def _dutch():
    # get_absolute_url() must give the Dutch (unprefixed) address, whatever an earlier test activated.
    with translation.override(settings.LANGUAGE_CODE):
        yield


@pytest.fixture
def demo(transactional_db):
    call_command("seed_demo", force=True, stdout=open("/dev/null", "w"))  # noqa: SIM115 - closed by the GC


@pytest.fixture
def walk(page, live_server, assert_accessible):
    return Walk(page, live_server.url, assert_accessible)


def log_in_as(walk, log_in, email):
    log_in(walk.page, email, settings.KPO_DEMO_PASSWORD)
    expect(walk.page).not_to_have_url(re.compile(r"/accounts/login/"))


def test_anonymous_pages(walk, demo):
    page = walk.page
    walk.visit("/")
    walk.visit("/riec/")
    walk.visit("/toegankelijkheid/")
    walk.visit("/privacy/")
    walk.visit("/kwetsbaarheid-melden/")
    walk.visit("/signalen/")

    # Kennisbank: all, filtered, searched, a search without results, page 2, one article.
    walk.visit("/kennisbank/")
    walk.visit(f"/kennisbank/?thema={Theme.objects.first().slug}&fenomeen={Phenomenon.objects.first().slug}")
    walk.visit("/kennisbank/?q=bibob&sorteer=datum")
    expect(page.locator("main .card mark").first).to_be_visible()
    walk.visit("/kennisbank/?q=qwxzyvbn")
    expect(page.locator("main .empty-state")).to_be_visible()
    walk.visit("/kennisbank/?page=2")
    walk.visit(Article.objects.published().filter(references__isnull=False).first().get_absolute_url())

    # One search over everything: empty, with results, without results.
    walk.visit("/zoeken/")
    walk.visit("/zoeken/?q=bibob")
    expect(page.locator("main .card").first).to_be_visible()
    walk.visit("/zoeken/?q=qwxzyvbn")

    # A whole quiz round: an unanswered question (error), each answer, the result, the ranking.
    walk.visit("/quiz/")
    page.get_by_role("button", name="Start niveau 1").click()
    walk.check()
    walk.submit("main form[novalidate]", expect_status=400)
    expect(page.get_by_role("alert")).to_be_visible()
    while "/quiz/vraag/" in page.url:
        page.locator("main input[type=radio]").first.check()
        page.get_by_role("button", name="Antwoord geven").click()
        walk.check()
        page.get_by_role("button", name=re.compile("Volgende vraag|Naar de uitslag")).click()
    expect(page).to_have_url(re.compile(r"/quiz/uitslag/"))
    walk.check()
    page.get_by_label("Bijnaam op de ranglijst").fill("Speurneus")
    page.get_by_role("button", name="Zet op de ranglijst").click()
    walk.check()

    # Entrance pages, with their error states.
    walk.visit("/accounts/login/")
    walk.submit(expect_status=200)
    walk.visit("/accounts/inactive/")
    walk.visit("/accounts/signup/")
    walk.submit(expect_status=200)
    page.get_by_label("Naam", exact=True).fill("Nieuwe Collega")
    page.get_by_label("Werk-e-mailadres", exact=True).fill("nieuw@amsterdam.nl")
    page.get_by_label("Functie", exact=True).fill("Beleidsadviseur")
    page.get_by_label("Wachtwoord", exact=True).fill("een-lang-wachtwoord-2026")
    page.get_by_label("Wachtwoord (bevestigen)").fill("een-lang-wachtwoord-2026")
    walk.submit()
    expect(page).to_have_url(re.compile(r"/accounts/confirm-email/$"))
    walk.check()
    page.get_by_label("Code").fill("FOUT-CODE")
    walk.submit(expect_status=200)  # a wrong code: the error
    code = re.search(r"^\s*([A-Z0-9]{4}-[A-Z0-9]{4})\s*$", mail.outbox[-1].body, re.MULTILINE).group(1)
    page.get_by_label("Code").fill(code)
    walk.submit()  # the right one, in this browser: signed in, on the welcome page
    expect(page).to_have_url(re.compile(r"/account/welkom/$"))
    walk.check()
    page.context.clear_cookies()

    # An unknown domain: the request to add the organisation, with its errors.
    walk.visit("/account/organisatie-aanmelden/")
    walk.submit(expect_status=400)
    expect(page).to_have_title(re.compile("^Fout:"))
    page.get_by_label("Uw werk-e-mailadres").fill("j.jansen@noordenveld.nl")
    page.get_by_label("Uw naam").fill("Jan Jansen")
    page.get_by_label("Uw functie").fill("Adviseur openbare orde")
    page.get_by_label("Naam van uw organisatie").fill("Gemeente Noordenveld")
    page.get_by_label("Soort organisatie").select_option(label="Gemeente")
    walk.submit()
    expect(page.get_by_text("Wij hebben uw verzoek ontvangen")).to_be_visible()
    walk.visit("/en/account/organisatie-aanmelden/")

    walk.visit("/accounts/password/reset/")
    page.get_by_label("E-mail").fill("analist@amsterdam.nl")
    walk.submit()
    expect(page).to_have_url(re.compile(r"/accounts/password/reset/done/$"))
    reset = re.search(r"https?://\S+(/accounts/password/reset/key/\S+)", mail.outbox[-1].body).group(1)
    walk.visit(reset)  # redirects to the same route without the key in the address
    walk.submit(expect_status=200)  # empty: errors
    page.get_by_label("Nieuw wachtwoord", exact=True).fill("nog-een-lang-wachtwoord-2026")
    page.get_by_label("Nieuw wachtwoord (bevestigen)").fill("nog-een-lang-wachtwoord-2026")
    walk.submit()
    expect(page).to_have_url(re.compile(r"/accounts/password/reset/key/done/$"))

    # The link in the mail after failed logins: its confirm button, and an invalid link.
    walk.visit(lockouts.unlock_path(User.objects.get(email="analist@amsterdam.nl")))
    walk.visit("/account/ontgrendelen/ongeldig/", status=400)

    walk.visit("/deze-pagina-bestaat-niet/", status=404)

    # The English interface.
    for path in ("/en/", "/en/kennisbank/", "/en/quiz/", "/en/zoeken/?q=bibob", "/en/toegankelijkheid/"):
        walk.visit(path)
    walk.visit("/en/accounts/login/")
    walk.visit("/en/deze-pagina-bestaat-niet/", status=404)

    walk.assert_done(ANONYMOUS_ROUTES)


def test_pending_partner_pages(walk, demo, log_in):
    log_in_as(walk, log_in, "aanvrager@rotterdam.nl")
    walk.visit("/account/")
    expect(walk.page.get_by_text("Uw aanvraag wacht op goedkeuring")).to_be_visible()
    walk.visit("/account/welkom/")
    expect(walk.page.get_by_role("heading", name="Wat gebeurt er nu?")).to_be_visible()
    walk.visit("/en/account/")
    walk.visit("/en/account/welkom/")
    walk.visit("/mijn-kpo/")
    expect(walk.page.get_by_text("Uw aanvraag wacht op goedkeuring")).to_be_visible()
    walk.assert_done(PENDING_ROUTES)


def test_approved_partner_pages(walk, demo, log_in, settings):
    # A code computed at the end of a 30-second step may reach the server in the next one.
    settings.MFA_TOTP_TOLERANCE = 1
    page = walk.page
    email = "analist@amsterdam.nl"
    password = settings.KPO_DEMO_PASSWORD
    log_in_as(walk, log_in, email)
    user = User.objects.get(email=email)

    # The closed section.
    walk.visit("/besloten/")
    word = documents_visible_to(user).first().title.split()[0]
    walk.visit(f"/besloten/?q={word}")
    expect(page.locator("main .card").first).to_be_visible()
    walk.visit("/besloten/?q=qwxzyvbn")
    theme = Theme.objects.filter(documents__in=documents_visible_to(user)).first()
    walk.visit(f"/besloten/?thema={theme.slug}&sorteer=datum")
    walk.visit(documents_visible_to(user).first().get_absolute_url())
    hidden = Document.objects.exclude(pk__in=documents_visible_to(user)).first()
    walk.visit(hidden.get_absolute_url(), status=404)
    walk.visit("/zoeken/?q=hennep")

    # Sharing a document: the form and its errors, the own contributions, one of them.
    walk.visit("/besloten/delen/")
    walk.submit("main form.stacked-form", expect_status=400)
    expect(page.locator("main .field__errors").first).to_be_visible()
    walk.visit("/besloten/delen/mijn/")
    page.locator("main .card__title a").first.click()
    walk.check()
    expect(page.get_by_role("heading", name=re.compile("Status:"))).to_be_visible()
    walk.submit("main form.stacked-form", expect_status=400)  # a new version without a file

    # Mijn KPO: the start page, follows (a follow button and saving a search), notifications,
    # settings (with a feed link), and the unsubscribe page of the digest.
    walk.visit("/mijn-kpo/")
    walk.visit(f"/kennisbank/?fenomeen={Phenomenon.objects.first().slug}&q=drugs")
    walk.submit("main .follow-panel form:last-of-type")
    walk.visit(f"/signalen/?fenomeen={Phenomenon.objects.first().slug}")
    expect(page.locator("main .follow-panel button").first).to_be_visible()
    walk.visit("/mijn-kpo/volgen/")
    walk.visit("/mijn-kpo/meldingen/")
    walk.visit("/mijn-kpo/instellingen/")
    walk.submit("main section form")
    from follows.services import unsubscribe_token

    walk.visit(f"/mijn-kpo/afmelden/{unsubscribe_token(user)}/")
    walk.visit("/en/mijn-kpo/")

    # The network: directory, filtered, a profile with the contact form (also its errors), contacts.
    walk.visit("/netwerk/")
    walk.visit(f"/netwerk/?fenomeen={Phenomenon.objects.first().slug}&q=a")
    in_contact = {*ContactRequest.objects.filter(sender=user).values_list("recipient", flat=True)}
    in_contact |= {*ContactRequest.objects.filter(recipient=user).values_list("sender", flat=True)}
    other = profiles_visible_to(user).exclude(user=user).exclude(user__in=in_contact).first()
    walk.visit(f"/netwerk/{other.public_id}/")
    walk.submit("main form.stacked-form", expect_status=400)
    page.get_by_label("Uw bericht").fill("Zullen we ervaringen delen over de aanpak van hennepteelt?")
    walk.submit("main form.stacked-form")
    expect(page.get_by_text("Uw contactverzoek is verstuurd")).to_be_visible()
    walk.visit("/netwerk/contact/")
    walk.visit("/netwerk/mijn-profiel/")
    walk.submit("main form.stacked-form")

    # Account pages; re-verification with a code by mail (also a wrong code).
    walk.visit("/account/")
    walk.visit("/account/welkom/")
    walk.visit("/account/bevestigen/")
    walk.submit("main form")  # "Stuur mij een code"
    page.get_by_label("Code uit de e-mail").fill("FOUT-CODE")
    page.get_by_label(re.compile("Ik werk bij")).check()
    walk.submit("main form[novalidate]", expect_status=400)
    walk.visit("/accounts/email/")
    walk.visit("/accounts/password/change/")
    walk.submit(expect_status=200)
    walk.visit("/accounts/password/set/")  # has a password: redirected to the change page
    walk.visit("/accounts/sessions/")
    walk.visit("/accounts/reauthenticate/")
    walk.visit("/accounts/2fa/")
    walk.visit("/accounts/2fa/webauthn/")
    walk.visit("/accounts/2fa/webauthn/add/")
    walk.reauthenticate_if_asked(password)

    # TOTP: activate (a wrong code first), the recovery codes, deactivation, reauthentication.
    walk.visit("/accounts/2fa/totp/activate/")
    walk.reauthenticate_if_asked(password)
    secret = page.locator("#authenticator_secret").input_value()
    code = page.get_by_label(re.compile("code", re.IGNORECASE)).last
    code.fill("000000")
    walk.submit()

    def totp_now():
        return format_hotp_value(hotp_value(secret, int(time.time()) // mfa_settings.TOTP_PERIOD))

    page.get_by_label(re.compile("code", re.IGNORECASE)).last.fill(totp_now())
    walk.submit()
    walk.visit("/accounts/2fa/recovery-codes/")
    walk.visit("/accounts/2fa/recovery-codes/generate/")
    walk.visit("/accounts/2fa/totp/deactivate/")
    walk.visit("/accounts/2fa/reauthenticate/")
    walk.visit("/accounts/2fa/")

    # Log out and in again: now with the second step.
    walk.visit("/accounts/logout/")
    walk.submit()
    log_in(page, email, password)
    expect(page).to_have_url(re.compile(r"/accounts/2fa/authenticate/$"))
    walk.check()
    page.get_by_label(re.compile("code", re.IGNORECASE)).last.fill("000000")
    walk.submit()
    page.get_by_label(re.compile("code", re.IGNORECASE)).last.fill(totp_now())
    with page.expect_navigation():
        page.locator("main form [type=submit]").first.click()
    expect(page).not_to_have_url(re.compile(r"/accounts/"))

    walk.visit("/account/verwijderen/")
    walk.reauthenticate_if_asked(password)
    expect(page).to_have_url(re.compile(r"/account/verwijderen/$"))
    walk.check()
    walk.visit("/en/besloten/")
    walk.visit("/en/netwerk/")
    walk.visit("/en/accounts/2fa/")

    walk.assert_done(PARTNER_ROUTES)


def test_moderator_and_curator_pages(walk, demo, log_in):
    page = walk.page
    from accounts.models import OrganisationRequest, PartnerType, Region

    OrganisationRequest.objects.create(
        email="j.jansen@capelle.nl",
        name="Jan Jansen",
        function="Adviseur",
        organisation_name="Gemeente Capelle aan den IJssel",
        partner_type=PartnerType.objects.get(slug="gemeente"),
        region=Region.objects.get(slug="riec-rotterdam"),
    )
    log_in_as(walk, log_in, "redacteur@liec.nl")
    walk.visit("/account/")
    walk.visit("/account/moderatie/")
    expect(page.get_by_role("heading", name="Gemeente Capelle aan den IJssel")).to_be_visible()
    expect(page.get_by_text("aanvrager@rotterdam.nl")).to_be_visible()
    # Reject without a reason: the form comes back with the error.
    walk.submit("main form.stacked-form", expect_status=400)
    expect(page.locator("main [aria-invalid=true]")).to_have_count(1)

    # Shared documents waiting for review (the demo's one from Rotterdam); a decision without choice.
    walk.visit("/besloten/delen/beoordelen/")
    page.locator("main .card__title a").first.click()
    walk.check()
    walk.submit("main form.stacked-form", expect_status=400)
    expect(page.locator("main .field__errors").first).to_be_visible()

    _admin_pages(walk, Article.objects.filter(references__isnull=False).first())
    walk.assert_done(MODERATOR_ROUTES)


def test_superuser_admin_pages(walk, demo, log_in):
    log_in_as(walk, log_in, "beheerder@liec.nl")
    _admin_pages(walk, Article.objects.filter(references__isnull=False).first())
    walk.visit("/admin/documents/document/")
    walk.visit(f"/admin/documents/document/{Document.objects.first().pk}/change/")
    walk.visit("/admin/documents/document/add/")
    walk.visit("/admin/accounts/user/")
    walk.visit(f"/admin/accounts/user/{User.objects.get(email='analist@amsterdam.nl').pk}/change/")
    walk.visit("/admin/accounts/organisation/")
    walk.visit("/admin/documents/documentaccess/")
    walk.visit("/admin/documents/contribution/")
    walk.visit(f"/admin/documents/contribution/{Contribution.objects.first().pk}/change/")
    walk.visit("/admin/documents/contributorsuspension/add/")
    walk.visit("/admin/kpo/auditevent/")
    walk.visit(f"/admin/kpo/auditevent/{AuditEvent.objects.filter(action='login').first().pk}/change/")
    walk.visit("/admin/learning/quizquestion/add/")
    walk.visit("/admin/knowledge/article/add/")
    walk.submit("#article_form", expect_status=200)  # empty: errors
    walk.assert_done(set())


def _admin_pages(walk, article):
    walk.visit("/admin/")
    walk.visit("/admin/knowledge/article/")
    walk.visit("/admin/knowledge/article/?q=hennep")
    walk.visit("/admin/knowledge/article/add/")
    walk.visit(f"/admin/knowledge/article/{article.pk}/change/")
    # The Markdown preview beside the editor (JavaScript), and the previews before publishing.
    expect(walk.page.locator(".markdown-preview-panel .markdown-preview p").first).to_be_visible()
    walk.visit(f"/admin/knowledge/article/{article.pk}/voorbeeld/")
    draft = Article.objects.exclude(status="published").first()
    if draft is not None:
        walk.visit(f"/admin/knowledge/article/{draft.pk}/voorbeeld/")
    walk.visit(f"/admin/documents/document/{Document.objects.first().pk}/voorbeeld/")


def test_event_pages(walk, demo, log_in):
    from events.models import Event

    page = walk.page
    walk.visit("/bijeenkomsten/")
    walk.visit("/bijeenkomsten/?vorm=online&regio=liec")
    walk.visit("/bijeenkomsten/?vorm=hybride")  # nothing public: the empty state
    walk.visit("/bijeenkomsten/archief/")
    walk.visit("/bijeenkomsten/webinar-signalen-van-ondermijning-herkennen/")
    walk.submit("main form.form", expect_status=200)  # empty: back with a message
    page.get_by_label("Naam").fill("Vera Bezoeker")
    page.get_by_label("E-mailadres").fill("vera@example.org")
    walk.submit("main form.form")
    link = re.search(r"https?://\S+(/bijeenkomsten/aanmelding/\S+/)", mail.outbox[-1].body).group(1)
    walk.visit(link)
    walk.submit()
    expect(page.get_by_text("U bent aangemeld en heeft een plaats.")).to_be_visible()
    walk.visit("/zoeken/?q=webinar")
    walk.visit("/en/bijeenkomsten/")

    # A curator who moderates the Rotterdam region: the nearly full training, its attendees, a message.
    log_in_as(walk, log_in, "redacteur@liec.nl")
    walk.visit("/bijeenkomsten/mijn-agenda/")
    walk.submit()
    walk.visit(Event.objects.get(slug="bibob-training-voor-gemeenten").get_absolute_url() + "deelnemers/")
    walk.submit(expect_status=200)  # empty message: errors
    page.get_by_label("Onderwerp").fill("Parkeren")
    page.get_by_label("Bericht").fill("U kunt parkeren in de garage naast het kantoor.")
    walk.submit()
    # ... creates an event: the programme's preview, then the errors of an empty form, then edits one.
    walk.visit("/bijeenkomsten/nieuw/")
    page.locator("#id_programme").fill("## Opening\n\n- **Welkom** door de burgemeester")
    walk.submit("main form.form", expect_status=200)  # the first button: the preview
    with page.expect_navigation() as navigation:
        page.get_by_role("button", name="Opslaan").click()
    assert navigation.value.status == 400
    walk.check()
    walk.visit("/bijeenkomsten/bibob-training-voor-gemeenten/bewerken/")

    # A partner of the region registers for the last seat.
    page.context.clear_cookies()
    log_in_as(walk, log_in, "handhaving@rotterdam.nl")
    walk.visit("/bijeenkomsten/bibob-training-voor-gemeenten/")
    walk.visit("/bijeenkomsten/?regio=riec-rotterdam")
    walk.assert_done(EVENT_ROUTES)
