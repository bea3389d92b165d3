"""Every page of every role, in Dutch, holds no English and no words of the wrong register.

The pages are those of the route matrix (tests/security/test_route_matrix.py) that answer a
role with 200: site, account, allauth and the admin. Each page's visible text (and the
labels a screen reader reads: aria-label, title, alt, placeholder, value of buttons) is
searched for phrases that show an untranslated message from Django or a package, and for
the account words the site does not use ("Aanmelden" for logging in, "afgemeld").

Run with `-s` to see every finding; the assertion lists them per page."""

import re
from html.parser import HTMLParser

import pytest

from .test_route_matrix import ROUTES, expected_for, params_for
from .world import ROLES, client_for, module_world

# English that shows an untranslated msgid (whole words, case-insensitive).
ENGLISH = re.compile(
    r"\b(the|your|you|please|password|passwords|sign in|sign out|sign up|email address|enter|select|"
    r"delete|change|add|save|cancel|search|history|action|actions|successfully|"
    r"user sessions?|task results?|authenticators?|recovery codes|security keys?|note|timezone|"
    r"too short|too common|entirely numeric|this field|is required|must|should|will|"
    r"yes|no|none|unknown|today|now|yesterday|by|at|with|from|for|and|or|not|are|have|has)\b",
    re.IGNORECASE,
)
# Dutch words that look English or English names the content uses on purpose.
ALLOWED = re.compile(
    r"\b(field labs?|outlaw motorgangs?|google play store|apple app store|app store|code geel|"
    r"authenticator-app|webauthn|passkeys?|totp|json|ical|csv|pdf|https?://\S+)\b",
    re.IGNORECASE,
)
# The account words: one vocabulary (Inloggen, Uitloggen, Account aanvragen).
WRONG_WORDS = re.compile(
    r"(Meld u dan aan|U bent afgemeld|wilt afmelden|Aanmelden met|aangemeld als|aanmeldcode|"
    r"Registreer|Registreren|Bevestigings e-mail|IP adres|\b1 resultaten\b|\?:)"
)
# Whole pages that are not prose: text downloads, the admin's raw JSON of a task.
NOT_PROSE = {"accounts:export", "mfa_download_recovery_codes", "events:ics", "events:personal_feed"}


class VisibleText(HTMLParser):
    SKIP = {"script", "style", "template", "code", "pre"}
    READ = ("aria-label", "title", "alt", "placeholder")

    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        attrs = dict(attrs)
        for name in self.READ:
            if attrs.get(name):
                self.parts.append(attrs[name])
        if tag == "input" and attrs.get("type") in ("submit", "button") and attrs.get("value"):
            self.parts.append(attrs["value"])

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1

    def handle_data(self, data):
        if not self.skipping and data.strip():
            self.parts.append(data.strip())


def visible_text(html: str) -> list[str]:
    parser = VisibleText()
    parser.feed(html)
    return parser.parts


def findings_in(html: str) -> list[str]:
    found = []
    for part in visible_text(html):
        text = ALLOWED.sub(" ", part)
        for pattern in (ENGLISH, WRONG_WORDS):
            match = pattern.search(text)
            if match:
                found.append(f"{match.group(0)!r} in {part[:120]!r}")
                break
    return found


def pages_for(role):
    for key, route in ROUTES.items():
        expected = expected_for(route)
        if expected and expected.get(role) == 200 and key not in NOT_PROSE:
            yield key, route


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with module_world(django_db_blocker) as world:
        yield world


@pytest.mark.parametrize("role", ROLES)
def test_every_page_is_dutch(world, db, role):
    client = client_for(world, role)
    findings = []
    pages = 0
    for _key, route in pages_for(role):
        path = route.path(**params_for(route, world))
        response = client.get(path, headers={"accept-language": "nl"})
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        pages += 1
        findings += [f"{path}: {finding}" for finding in dict.fromkeys(findings_in(response.content.decode()))]
    print(f"\n{role}: {pages} pages, {len(findings)} findings")
    assert pages > 5
    assert not findings, "\n".join(findings)


def test_the_check_finds_english_and_the_wrong_words():
    assert findings_in("<p>This password is too short.</p>")
    assert findings_in('<button aria-label="Sign out">x</button>')
    assert findings_in("<p>Hebt u al een account? Meld u dan aan.</p>")
    assert findings_in("<p>1 resultaten</p>")
    assert not findings_in("<p>Hebt u al een account? Log dan in.</p><p>Field Labs van het LIEC</p>")
    assert not findings_in("<script>var the = 1;</script><p>Uitloggen</p>")


def test_form_errors_are_dutch_too(client, db):
    """Errors appear only after a post: Django's password validators among them."""
    from tests.factories import OrganisationFactory

    OrganisationFactory(domains=["amsterdam.nl"])
    response = client.post(
        "/accounts/signup/",
        {"name": "A", "email": "a@amsterdam.nl", "function": "b", "password1": "123", "password2": "123"},
    )
    page = response.content.decode()
    assert "Dit wachtwoord is te kort. Gebruik minstens 12 tekens." in page
    assert findings_in(page) == []


def test_signals_in_english_mark_only_the_dutch_content_as_dutch(client, db):
    from learning.models import Signal
    from tests.factories import PhenomenonFactory

    Signal.objects.create(
        slug="s",
        title="Een winkel zonder klanten",
        description="Weinig klanten.",
        action="Meld het.",
        phenomenon=PhenomenonFactory(name="Drugs en hennepteelt"),
        setting=Signal.Setting.BUSINESS,
    )
    page = client.get("/en/signalen/").content.decode()
    assert '<span class="tag" lang="nl">Drugs en hennepteelt</span> <span>Where: in a business</span>' in page
