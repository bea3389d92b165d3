"""Closed titles and hidden people never show where they may not: every page without
parameters (from the URLconf), searches, facets, feeds, the API, the directory, "related"
blocks and the e-mails the site sends. Each word below occurs only in one closed or hidden
thing, so finding it on a page is a leak; and each must show up where it may, so the test
can fail."""

import re

import pytest
from django.core import mail

from .world import (
    ARTICLE,
    CONTRIB_PENDING,
    CONTRIB_REJECTED,
    DOC_A,
    DOC_B,
    EVENT_A,
    EVENT_B,
    HIDDEN_PERSON,
    ORG_PERSON,
    PENDING_A,
    PENDING_B,
    ROLES,
    all_routes,
    client_for,
    module_world,
)

TOKENS = (
    DOC_A,
    DOC_B,
    ARTICLE,
    HIDDEN_PERSON,
    ORG_PERSON,
    PENDING_A,
    PENDING_B,
    EVENT_A,
    EVENT_B,
    CONTRIB_PENDING,
    CONTRIB_REJECTED,
)
A, B = "partner_a", "partner_b"

# Who may see which token on the site (outside the admin).
SITE = {
    A: {DOC_A, ORG_PERSON, EVENT_A, CONTRIB_PENDING, CONTRIB_REJECTED},  # A's own contributions
    B: {DOC_B, EVENT_B},
    "curator": {PENDING_A, CONTRIB_PENDING},  # moderates A's region: reviews A's contribution for it
    "superuser": {PENDING_A, PENDING_B, CONTRIB_PENDING},  # moderates and reviews everywhere
}
# In the admin: the superuser sees everything; the curator (Redacteuren, portal/editors.py)
# edits articles (drafts too), events and documents, but no people.
ADMIN = {"superuser": set(TOKENS), "curator": {ARTICLE, EVENT_A, EVENT_B, DOC_A, DOC_B, CONTRIB_PENDING}}


def allowed(path, role):
    return (ADMIN if path.startswith("/admin/") else SITE).get(role, set())


# Searches use words of the titles and names other than the tokens, so the page repeating
# the query cannot be mistaken for a leak.
QUERIES = [
    "/kennisbank/?q=concept",
    "/kennisbank/?q=Zepelinvis",  # a typo: suggestions
    "/kennisbank/?thema=informatiepositie",
    "/kennisbank/?fenomeen=drugs",
    "/kennisbank/?thema=informatiepositie&sorteer=datum",
    "/zoeken/?q=draaiboek",
    "/zoeken/?q=rapportage",
    "/zoeken/?q=concept",
    "/zoeken/?q=Zepelinvis",
    "/zoeken/?q=drugs",
    "/zoeken/?q=Quirina",
    "/zoeken/?q=Olaf",
    "/zoeken/?q=Pim",
    "/besloten/?q=draaiboek",
    "/besloten/?q=rapportage",
    "/besloten/?thema=informatiepositie",
    "/netwerk/?q=Quirina",
    "/netwerk/?q=Olaf",
    "/netwerk/?q=drugs",
    "/netwerk/?organisatie=gemeente-alfa",
    "/api/v1/articles?q=concept",
    "/api/v1/articles?fenomeen=drugs",
    "/api/v1/articles?thema=informatiepositie",
    "/kennisbank/matrix-artikel/",  # its "related" block: the draft shares its phenomenon
    "/api/v1/articles/matrix-artikel",
    "/zoeken/?q=overleg",
    "/bijeenkomsten/?regio=riec-noord",
    "/bijeenkomsten/?regio=riec-zuid",
    "/bijeenkomsten/?vorm=fysiek",
    "/bijeenkomsten/matrix-openbaar/",
    "/bijeenkomsten/matrix-openbaar/agenda.ics",
    "/en/bijeenkomsten/",
    "/en/kennisbank/",
    "/en/zoeken/?q=draaiboek",
    "/besloten/?q=werkwijze",  # words of the contributions' titles
    "/besloten/?q=aanpak",
    "/zoeken/?q=werkwijze",
    "/zoeken/?q=aanpak",
]

# Where each token must show up (so the test can tell a page from a blank one).
MUST_SHOW = {
    ("/besloten/", A): {DOC_A},
    ("/besloten/", B): {DOC_B},
    ("/besloten/?q=draaiboek", A): {DOC_A},
    ("/zoeken/?q=draaiboek", A): {DOC_A},
    ("/zoeken/?q=rapportage", B): {DOC_B},
    ("/bijeenkomsten/", A): {EVENT_A},
    ("/zoeken/?q=overleg", A): {EVENT_A},
    ("/zoeken/?q=overleg", B): {EVENT_B},
    ("/bijeenkomsten/", B): {EVENT_B},
    ("/bijeenkomsten/?regio=riec-noord", A): {EVENT_A},
    ("/admin/events/event/", "curator"): {EVENT_A, EVENT_B},
    ("/netwerk/", A): {ORG_PERSON},
    ("/netwerk/?q=Olaf", A): {ORG_PERSON},
    ("/zoeken/?q=Olaf", A): {ORG_PERSON},
    ("/account/moderatie/", "curator"): {PENDING_A},
    ("/besloten/delen/mijn/", A): {CONTRIB_PENDING, CONTRIB_REJECTED},
    ("/besloten/delen/beoordelen/", "curator"): {CONTRIB_PENDING},
    ("/besloten/delen/beoordelen/", "superuser"): {CONTRIB_PENDING},
    ("/account/moderatie/", "superuser"): {PENDING_A, PENDING_B},
    ("/admin/knowledge/article/", "curator"): {ARTICLE},
    ("/admin/documents/document/", "superuser"): {DOC_A, DOC_B},
    # A Redacteur reviews contributions (portal/editors.py): the pending one, never the rejected one.
    ("/admin/documents/document/", "curator"): {DOC_A, DOC_B, CONTRIB_PENDING},
    ("/admin/documents/contribution/", "curator"): {CONTRIB_PENDING},
    ("/admin/accounts/user/", "superuser"): {HIDDEN_PERSON, ORG_PERSON},
    ("/mijn-kpo/", A): {DOC_A, EVENT_A},
    ("/mijn-kpo/", B): {DOC_B, EVENT_B},
    ("/mijn-kpo/", "curator"): {PENDING_A},
    ("/mijn-kpo/meldingen/", A): {DOC_A},
    ("/mijn-kpo/meldingen/", B): {DOC_B},
}


def _pages():
    """Every route without parameters, plus the searches and filters above."""
    pages = [route.path() for route in all_routes() if not route.params]
    return pages + QUERIES


PAGES = _pages()


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with module_world(django_db_blocker) as world:
        yield world


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("path", PAGES)
def test_no_page_shows_what_the_visitor_may_not_see(world, db, path, role):
    response = client_for(world, role).get(path)
    page = response.content.decode(errors="replace")

    shown = {token for token in TOKENS if token in page}

    assert shown <= allowed(path, role), f"{path} shows {shown - allowed(path, role)} to {role}"
    assert MUST_SHOW.get((path, role), set()) <= shown, f"{path} should show {MUST_SHOW[(path, role)]} to {role}"


def test_must_show_pages_are_pages_of_the_site():
    assert {path for path, _role in MUST_SHOW} <= set(PAGES)


def _facet_count(page, name):
    match = re.search(re.escape(name) + r'\s*<span class="facet__count">(\d+)<', page)
    return int(match.group(1)) if match else 0


@pytest.mark.parametrize(
    ("role", "path", "facet", "count"),
    [
        ("anonymous", "/kennisbank/", "Informatiepositie", 1),  # the draft is not counted
        ("anonymous", "/kennisbank/", "Drugs", 1),
        (A, "/besloten/", "Informatiepositie", 1),  # B's document is not counted
        (B, "/besloten/", "Informatiepositie", 1),
        (A, "/netwerk/", "Gemeente Alfa", 2),  # Anna and Olaf; not Quirina
        (B, "/netwerk/", "Gemeente Alfa", 1),  # Anna only
        ("curator", "/netwerk/", "Gemeente Alfa", 1),
    ],
)
def test_facet_counts_count_only_what_the_visitor_may_see(world, db, role, path, facet, count):
    page = client_for(world, role).get(path).content.decode()

    assert _facet_count(page, facet) == count


# --- e-mails -----------------------------------------------------------------------------------


def _tokens_in(message):
    text = message.subject + message.body + "".join(str(alt[0]) for alt in getattr(message, "alternatives", []))
    return {token for token in TOKENS if token in text}


def test_contact_requests_to_people_one_may_not_see_send_nothing(world, db):
    client = client_for(world, B)
    for name in ("hidden_person", "org_person"):
        profile = world["profiles"][name]
        response = client.post(f"/netwerk/{profile.public_id}/contact/", {"message": "Mag ik iets vragen?"})
        assert response.status_code == 404

    assert mail.outbox == []


def test_contact_request_mails_name_nobody(world, db, django_capture_on_commit_callbacks):
    org_person = world["org_person"]
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(world, A).post(
            f"/netwerk/{world['profiles']['org_person'].public_id}/contact/", {"message": "Over drugs"}
        )
    assert response.status_code == 302
    [request_mail] = mail.outbox
    assert request_mail.to == [org_person.email]
    # No name at all: what someone typed does not go into another person's mailbox
    # (issue 13); who asks is read on the site.
    assert "Anna Alfa" not in request_mail.body and "Over drugs" not in request_mail.body
    assert _tokens_in(request_mail) == set()

    from network.models import ContactRequest

    contact = ContactRequest.objects.get(sender=world["users"][A], recipient=org_person)
    answerer = client_for(world, A)
    answerer.force_login(org_person)
    with django_capture_on_commit_callbacks(execute=True):
        answerer.post(f"/netwerk/contact/{contact.public_id}/", {"decision": "accept"})
    accepted = mail.outbox[-1]
    assert accepted.to == [world["users"][A].email]
    assert _tokens_in(accepted) == set()  # whom she asked is on the site, not in the mail


def _sign_up_and_verify(client, email, name, capture):
    with capture(execute=True):
        client.post(
            "/accounts/signup/",
            {
                "name": name,
                "email": email,
                "function": "Adviseur",
                "password1": "een-lang-wachtwoord-2026",
                "password2": "een-lang-wachtwoord-2026",
            },
        )
    message = next(m for m in mail.outbox if m.to == [email])
    code = re.search(r"^\s*([A-Z0-9]{4}-[A-Z0-9]{4})\s*$", message.body, re.MULTILINE).group(1)
    with capture(execute=True):
        client.post("/accounts/confirm-email/", {"code": code})  # in the session that signed up


def test_moderation_mails_go_only_to_the_moderators_of_the_applicant(world, db, django_capture_on_commit_callbacks):
    from django.test import Client

    curator = world["users"]["curator"]
    _sign_up_and_verify(Client(), "nieuw@politie-bravo.nl", "Nina Nieuwbravo", django_capture_on_commit_callbacks)
    assert not [m for m in mail.outbox if curator.email in m.to], "the curator moderates region Noord, not Bravo"

    _sign_up_and_verify(Client(), "nieuw@gemeente-alfa.nl", "Nico Nieuwalfa", django_capture_on_commit_callbacks)
    [moderation] = [m for m in mail.outbox if curator.email in m.to]
    # The moderator is told an application waits and reads who it is on the moderation page.
    assert "Nico Nieuwalfa" not in moderation.body and "Nina Nieuwbravo" not in moderation.body
    assert "/account/moderatie/" in moderation.body
    for message in mail.outbox:
        assert not _tokens_in(message), f"{message.subject} to {message.to} carries {_tokens_in(message)}"


def test_decisions_are_mailed_to_the_applicant_only(world, db, django_capture_on_commit_callbacks):
    client = client_for(world, "curator")
    with django_capture_on_commit_callbacks(execute=True):
        refused = client.post(f"/account/moderatie/{world['pending_b'].pk}/", {"decision": "approve"})
        client.post(
            f"/account/moderatie/{world['pending_a'].pk}/", {"decision": "reject", "reason": "Geen partner meer"}
        )

    assert refused.status_code == 404
    [decision] = mail.outbox
    assert decision.to == [world["pending_a"].email]
    assert _tokens_in(decision) <= {PENDING_A}


def test_contribution_mails_name_nothing_closed(world, db, django_capture_on_commit_callbacks):
    from django.core.files.uploadedfile import SimpleUploadedFile

    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(world, B).post(
            "/besloten/delen/",
            {
                "title": "Zeilbootrooster",
                "summary": "Voor de regio.",
                "audience": "region",
                "file": SimpleUploadedFile("rooster.txt", b"Een rooster."),
            },
        )
    assert response.status_code == 302
    # The superuser and the Redacteur (documents.review_contribution) review everywhere.
    assert {m.to[0] for m in mail.outbox} == {world["users"]["superuser"].email, world["users"]["curator"].email}
    for message in mail.outbox:
        assert "Zeilbootrooster" not in message.body and "Bert" not in message.body
        assert not _tokens_in(message)


def test_digests_and_personal_feeds_carry_only_what_the_recipient_may_read(world, db):
    """The weekly digest of every role, and the personal feeds of both partners."""
    from follows.models import PersonalFeed
    from follows.services import send_digests

    mail.outbox.clear()
    send_digests("weekly")
    for role, user in world["users"].items():
        if user is None:
            continue
        mails = [m for m in mail.outbox if m.to == [user.email]]
        text = "".join(m.body + "".join(str(a[0]) for a in m.alternatives) + m.subject for m in mails)
        shown = {token for token in TOKENS if token in text}
        assert shown <= SITE.get(role, set()), f"the digest of {role} shows {shown - SITE.get(role, set())}"
    assert DOC_A in next(m.body for m in mail.outbox if m.to == [world["users"][A].email])
    assert DOC_B in next(m.body for m in mail.outbox if m.to == [world["users"][B].email])
    for role, token, other in ((A, DOC_A, DOC_B), (B, DOC_B, DOC_A)):
        feed = PersonalFeed.for_user(world["users"][role])
        body = client_for(world, "anonymous").get(f"/mijn-kpo/feed/{feed.secret}/").content.decode()
        assert token in body and other not in body
