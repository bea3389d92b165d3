"""allauth's pages and e-mails address the user as "u", like the rest of KPO (locale/nl)."""

import html
import re

import pytest
from django.core import mail

from tests.factories import OrganisationFactory, partner

pytestmark = pytest.mark.django_db

INFORMAL = re.compile(r"\b(je|jij|jouw|jou|jezelf)\b", re.IGNORECASE)


def visible_text(response):
    page = response.content.decode()
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.DOTALL | re.IGNORECASE)
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


def informal_words(text):
    return sorted({match.group(0) for match in INFORMAL.finditer(text)})


ANONYMOUS_PAGES = ["/accounts/login/", "/accounts/signup/", "/accounts/password/reset/"]
PARTNER_PAGES = [
    "/accounts/email/",
    "/accounts/password/change/",
    "/accounts/2fa/",
    "/accounts/sessions/",
    "/accounts/logout/",
]


def test_allauth_pages_say_u_not_je(client):
    person = partner(OrganisationFactory(name="Gemeente Utrecht", domains=["utrecht.nl"]))
    texts = {}
    for url in ANONYMOUS_PAGES:
        response = client.get(url)
        assert response.status_code == 200, url
        texts[url] = visible_text(response)
    client.force_login(person)
    for url in PARTNER_PAGES:
        response = client.get(url)
        assert response.status_code == 200, url
        texts[url] = visible_text(response)

    assert {url: informal_words(text) for url, text in texts.items() if informal_words(text)} == {}
    # The translated allauth texts are there, in the formal form.
    assert "Weet u zeker dat u wilt uitloggen?" in texts["/accounts/logout/"]
    assert "Hebt u nog geen account?" in texts["/accounts/login/"]
    assert "Vul hieronder uw e-mailadres in." in texts["/accounts/password/reset/"]


def test_sign_in_and_out_messages_and_reset_mail_say_u(client):
    person = partner(OrganisationFactory(name="Gemeente Utrecht", domains=["utrecht.nl"]))

    signed_in = client.post(
        "/accounts/login/", {"login": person.email, "password": "geheim-wachtwoord-123"}, follow=True
    )
    signed_out = client.post("/accounts/logout/", follow=True)
    client.post("/accounts/password/reset/", {"email": person.email})

    assert "U bent ingelogd als" in visible_text(signed_in)
    assert "U bent uitgelogd." in visible_text(signed_out)
    reset_mail = mail.outbox[-1]
    assert "Iemand heeft gevraagd om een nieuw wachtwoord voor uw account" in reset_mail.body
    assert informal_words(reset_mail.subject + reset_mail.body) == []


def test_code_entry_reauthentication_and_re_verification_say_u(client):
    organisation = OrganisationFactory(name="Gemeente Utrecht", domains=["utrecht.nl"])
    password = "een-lang-wachtwoord-2026"
    client.post(
        "/accounts/signup/",
        {"name": "A", "email": "nieuw@utrecht.nl", "function": "F", "password1": password, "password2": password},
    )
    texts = {
        "code": visible_text(client.get("/accounts/confirm-email/")),
        "wrong code": visible_text(client.post("/accounts/confirm-email/", {"code": "FOUT-CODE"})),
        "mail": mail.outbox[-1].subject + mail.outbox[-1].body,
    }
    client.force_login(partner(organisation))
    texts["reauthenticate"] = visible_text(client.get("/accounts/reauthenticate/"))
    texts["re-verification"] = visible_text(client.get("/account/bevestigen/"))

    assert {name: informal_words(text) for name, text in texts.items() if informal_words(text)} == {}
    assert "uw e-mailadres" in texts["code"]
    assert "Gegevens bevestigen" in texts["re-verification"]
