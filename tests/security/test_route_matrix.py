"""Authorisation, proven for every URL.

Every route of the URLconf (site, account, allauth, API, admin) is requested by every role,
and the answer must be the one written down in EXPECTED (admin model routes by ADMIN_RULES).
A route without a written-down outcome fails, and so does an outcome for a route that is
gone. Object routes are also tried with an object the role may not see and with an id that
does not exist: both answers must be the same, so a visitor cannot learn what exists."""

import re
import time
from urllib.parse import parse_qs, quote, urlsplit

import pytest
from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.urls import resolve

from .world import DOC_A, ROLES, UNKNOWN_PK, UNKNOWN_SLUG, UNKNOWN_UUID, all_routes, client_for, module_world

ROUTES = {route.key: route for route in all_routes()}

# --- outcomes -------------------------------------------------------------------------------
# An int is a status code. Redirects: "login" is allauth's login page with ?next= the page
# asked for; "admin_login" the same for the admin; "reauth" the "confirm your password"
# page; "->/x/" a redirect to /x/.
LOGIN, ADMIN_LOGIN, REAUTH = "login", "admin_login", "reauth"
TO_ACCOUNT = "->/account/"  # pending, rejected, suspended: their status page
TO_MFA = "->/accounts/2fa/"
TO_MIJN_KPO = "->/mijn-kpo/"  # where signing in lands (it explains the status to the not approved)

A, B = "partner_a", "partner_b"


def row(anonymous, pending, rejected, suspended, partner_a, partner_b, curator, superuser):
    return dict(
        zip(ROLES, (anonymous, pending, rejected, suspended, partner_a, partner_b, curator, superuser), strict=True)
    )


def everyone(outcome):
    return row(*[outcome] * len(ROLES))


PUBLIC = everyone(200)
# The closed section and the network: approved partners only (curator and superuser are
# approved partners of the LIEC as well).
PARTNERS = row(LOGIN, TO_ACCOUNT, TO_ACCOUNT, TO_ACCOUNT, 200, 200, 200, 200)
# Your own account pages: anyone signed in, whatever the membership status.
SIGNED_IN = row(LOGIN, 200, 200, 200, 200, 200, 200, 200)
SIGNED_IN_REAUTH = row(LOGIN, REAUTH, REAUTH, REAUTH, REAUTH, REAUTH, REAUTH, REAUTH)

EXPECTED = {
    # Site
    "healthz": PUBLIC,
    "home": PUBLIC,
    "regions": PUBLIC,
    "search": PUBLIC,
    "accessibility": PUBLIC,
    "privacy": PUBLIC,
    "vulnerability_disclosure": PUBLIC,
    "security_txt": PUBLIC,
    "robots_txt": PUBLIC,
    "sitemap": PUBLIC,
    "sitemap_section": PUBLIC,
    # Kennisbank, quiz, signals: public
    "knowledge:articles": PUBLIC,
    "knowledge:feed": PUBLIC,
    "knowledge:news_feed": PUBLIC,
    "knowledge:article": PUBLIC,
    "learning:quiz": PUBLIC,
    "learning:quiz_start": everyone(405),
    "learning:quiz_question": everyone("->/quiz/"),
    "learning:quiz_next": everyone(405),
    "learning:quiz_result": everyone("->/quiz/"),
    "learning:signals": PUBLIC,
    # Closed section: the document shared with organisation A only
    "documents:list": PARTNERS,
    "documents:detail": row(LOGIN, TO_ACCOUNT, TO_ACCOUNT, TO_ACCOUNT, 200, 404, 404, 404),
    "documents:download": row(LOGIN, TO_ACCOUNT, TO_ACCOUNT, TO_ACCOUNT, 200, 404, 404, 404),
    # Sharing: A's contribution for region Noord, waiting for review (the curator moderates
    # Noord; the superuser reviews everywhere); only its contributor has it on "mine".
    "documents:contribute": PARTNERS,
    "documents:my_contributions": PARTNERS,
    "documents:my_contribution": row(LOGIN, TO_ACCOUNT, TO_ACCOUNT, TO_ACCOUNT, 200, 404, 404, 404),
    "documents:withdraw": row(LOGIN, TO_ACCOUNT, TO_ACCOUNT, TO_ACCOUNT, 405, 405, 405, 405),
    "documents:contribution_file": row(LOGIN, TO_ACCOUNT, TO_ACCOUNT, TO_ACCOUNT, 200, 404, 200, 200),
    "documents:reviews": row(404, 404, 404, 404, 404, 404, 200, 200),
    "documents:review": row(404, 404, 404, 404, 404, 404, 200, 200),
    # Events: the closed event for organisation A only (organised in the curator's region);
    # a registration's page and a personal feed are opened by the secret in their URL.
    "events:list": PUBLIC,
    "events:archive": PUBLIC,
    "events:feed": PUBLIC,
    "events:my_calendar": PARTNERS,
    "events:personal_feed": PUBLIC,
    "events:registration": PUBLIC,
    "events:detail": row(404, 404, 404, 404, 200, 404, 404, 404),
    "events:ics": row(404, 404, 404, 404, 200, 404, 404, 404),
    "events:register": everyone(405),
    "events:cancel": everyone(405),
    "events:attendees": row(404, 404, 404, 404, 404, 404, 200, 200),
    "events:attendees_export": row(404, 404, 404, 404, 404, 404, 200, 200),
    # Creating and editing: curators and the organising region's moderators; anonymous → login
    "events:create": row(LOGIN, 404, 404, 404, 404, 404, 200, 200),
    "events:edit": row(LOGIN, 404, 404, 404, 404, 404, 200, 200),
    # Network: the profile visible to organisation A only; a contact request B sent to A
    "network:directory": PARTNERS,
    "network:my_profile": PARTNERS,
    "network:contacts": PARTNERS,
    "network:answer": row(LOGIN, TO_ACCOUNT, TO_ACCOUNT, TO_ACCOUNT, 405, 405, 405, 405),
    "network:profile": row(LOGIN, TO_ACCOUNT, TO_ACCOUNT, TO_ACCOUNT, 200, 404, 404, 404),
    "network:contact": row(LOGIN, TO_ACCOUNT, TO_ACCOUNT, TO_ACCOUNT, 405, 405, 405, 405),
    # Mijn KPO: a status page for those not approved; follows and notifications for partners.
    # Follow, unfollow and saving searches are POST only; the unsubscribe link and the
    # personal feed are opened by the secret in their URL (partner A's).
    "my_kpo": SIGNED_IN,
    "follows:manage": PARTNERS,
    "follows:follow": row(LOGIN, TO_ACCOUNT, TO_ACCOUNT, TO_ACCOUNT, 405, 405, 405, 405),
    "follows:unfollow": row(LOGIN, TO_ACCOUNT, TO_ACCOUNT, TO_ACCOUNT, 405, 405, 405, 405),
    "follows:save_search": row(LOGIN, TO_ACCOUNT, TO_ACCOUNT, TO_ACCOUNT, 405, 405, 405, 405),
    "follows:change_search": row(LOGIN, TO_ACCOUNT, TO_ACCOUNT, TO_ACCOUNT, 405, 405, 405, 405),
    "follows:notifications": PARTNERS,
    "follows:settings": PARTNERS,
    "follows:unsubscribe": PUBLIC,
    "follows:feed": PUBLIC,
    # Your account; moderation only for moderators (the curator moderates A's region)
    "accounts:home": SIGNED_IN,
    "accounts:welcome": SIGNED_IN,
    "accounts:moderation": row(404, 404, 404, 404, 404, 404, 200, 200),
    "accounts:moderate": everyone(405),
    "accounts:decide_organisation_request": everyone(405),
    # Asking to add an organisation whose e-mail domain is unknown: anyone
    "accounts:request_organisation": PUBLIC,
    "accounts:export": SIGNED_IN,
    # Re-verification: for members and applicants of an organisation, not for the refused
    "accounts:confirm_identity": row(LOGIN, 200, TO_ACCOUNT, TO_ACCOUNT, 200, 200, 200, 200),
    "accounts:unlock": everyone(400),  # an unknown token: "this link is not (or no longer) valid"
    "accounts:delete": SIGNED_IN,  # asks for the password again only when it is posted
    # API: public, read-only
    "api:root": PUBLIC,
    "api:openapi": PUBLIC,
    "api:articles": PUBLIC,
    "api:article": PUBLIC,
    "api:events": PUBLIC,
    "api:event": PUBLIC,  # the public event; closed ones are in LEAKS
    "api:themes": PUBLIC,
    "api:phenomena": PUBLIC,
    "api:regions": PUBLIC,
    "api:signals": PUBLIC,
    "api:questions": PUBLIC,
    "api:question": PUBLIC,
    "api:answer": everyone(405),
    # Version 1.0.0's addresses with a trailing slash: a 308 to the address without; others a 404.
    "api:moved": everyone("->/api/v1/articles"),
    "api_root_without_slash": everyone("->/api/v1/"),
    "api:not_found": everyone(404),
    # allauth: sign-in, e-mail, password, MFA, sessions
    "account_login": row(200, *[TO_MIJN_KPO] * 7),
    "account_signup": row(200, *[TO_MIJN_KPO] * 7),
    "account_logout": row("->/", 200, 200, 200, 200, 200, 200, 200),
    "account_inactive": PUBLIC,
    "account_reauthenticate": SIGNED_IN,
    "account_email": SIGNED_IN,
    # The code-entry page: only with a code pending in this session (none here)
    "account_email_verification_sent": row("->/accounts/login/", *["->/accounts/email/"] * 7),
    "account_change_password": SIGNED_IN,
    "account_set_password": row(LOGIN, *["->/accounts/password/change/"] * 7),  # everyone has a password
    "account_reset_password": PUBLIC,
    "account_reset_password_done": PUBLIC,
    "account_reset_password_from_key": PUBLIC,  # an unknown key: "this link is invalid"
    "account_reset_password_from_key_done": PUBLIC,
    "account_confirm_login_code": row("->/accounts/login/", *[TO_MIJN_KPO] * 7),
    "mfa_index": SIGNED_IN,
    "mfa_authenticate": row("->/accounts/login/", *[TO_MIJN_KPO] * 7),
    "mfa_reauthenticate": row(LOGIN, *["->/accounts/reauthenticate/"] * 7),  # nobody here has MFA yet
    "mfa_reauthenticate_webauthn": row(LOGIN, *["->/accounts/reauthenticate/"] * 7),
    "mfa_activate_totp": SIGNED_IN_REAUTH,
    "mfa_deactivate_totp": row(LOGIN, *[404] * 7),  # nobody has TOTP
    "mfa_view_recovery_codes": row(LOGIN, *[404] * 7),
    "mfa_download_recovery_codes": row(LOGIN, *[404] * 7),
    "mfa_generate_recovery_codes": SIGNED_IN_REAUTH,
    "mfa_list_webauthn": SIGNED_IN,
    "mfa_add_webauthn": SIGNED_IN_REAUTH,
    "mfa_remove_webauthn": SIGNED_IN_REAUTH,  # someone else's key; past the password: 404 (see below)
    "mfa_edit_webauthn": SIGNED_IN_REAUTH,
    "usersessions_list": SIGNED_IN,
}

# --- the admin ------------------------------------------------------------------------------
ALL = frozenset({"changelist", "add", "change", "delete", "history"})
READ = frozenset({"changelist", "change", "history"})
NONE = frozenset()

# Per registered model: the views the curator and the superuser may open. Everyone else is
# sent to the admin login.
ADMIN_RULES = {
    "auth.group": (NONE, ALL),
    "django_tasks_database.dbtaskresult": (NONE, READ),
    "account.emailaddress": (NONE, ALL),
    "mfa.authenticator": (NONE, ALL),
    "usersessions.usersession": (NONE, ALL),
    "accounts.user": (NONE, ALL),
    "accounts.region": (READ, ALL),  # Redacteuren keep the contact details (portal/editors.py)
    "accounts.partnertype": (NONE, ALL),
    "accounts.organisation": (NONE, ALL),
    "accounts.organisationrequest": (NONE, READ),  # decided at /account/moderatie/, kept as a record
    "knowledge.theme": (ALL, ALL),
    "knowledge.phenomenon": (ALL, ALL),
    "knowledge.article": (ALL, ALL),
    "documents.document": (ALL, ALL),
    "documents.documentaccess": (NONE, READ),  # append-only audit log
    "documents.contribution": (READ, READ),  # decided on the site; Redacteuren review (portal/editors.py)
    "documents.contributorsuspension": (ALL, ALL),  # Redacteuren may suspend the right to share
    "events.event": (ALL, ALL),
    "learning.quizquestion": (ALL, ALL),
    "learning.signal": (ALL, ALL),
    "learning.leaderboardentry": (NONE, READ | {"delete"}),
    "kpo.auditevent": (NONE, READ),  # read-only for everyone; auditors get kpo.view_auditevent
    "kpo.searchsynonym": (ALL, ALL),  # curators keep the search synonyms
    "follows.digestdelivery": (NONE, READ),  # written by the worker; administrators read failures
}
ON_SITE = "->http://testserver/kennisbank/matrix-artikel/"
NOT_STAFF = {role: ADMIN_LOGIN for role in ROLES if role not in ("curator", "superuser")}
ADMIN_MODEL_ROUTE = re.compile(r"^admin/(\w+)/(\w+)/(?:(add)/|<path:object_id>/(?:(history|delete|change)/)?)?$")

EXPECTED_ADMIN = {
    "admin:index": {**NOT_STAFF, "curator": 200, "superuser": 200},
    "admin:login": row(LOGIN, 403, 403, 403, 403, 403, "->/admin/", "->/admin/"),
    "admin:logout": {**dict.fromkeys(NOT_STAFF, "->/admin/"), "curator": 405, "superuser": 405},
    "admin:password_change": {**NOT_STAFF, "curator": 200, "superuser": 200},
    "admin:password_change_done": {**NOT_STAFF, "curator": 200, "superuser": 200},
    "admin:autocomplete": {**NOT_STAFF, "curator": 403, "superuser": 403},
    "admin:jsi18n": {**NOT_STAFF, "curator": 200, "superuser": 200},
    "admin:view_on_site": {**NOT_STAFF, "curator": ON_SITE, "superuser": ON_SITE},
    "admin:app_list": {**NOT_STAFF, "curator": 200, "superuser": 200},
    "admin/(?P<url>.*)$": {**NOT_STAFF, "curator": 404, "superuser": 404},
    "admin:auth_user_password_change": {**NOT_STAFF, "curator": 403, "superuser": 200},
    "admin:events_event_preview": {**NOT_STAFF, "curator": 200, "superuser": 200},
    # Previews before publishing (the concept article; a document's page) and the Markdown preview
    "admin:knowledge_article_preview": {**NOT_STAFF, "curator": 200, "superuser": 200},
    "admin:documents_document_preview": {**NOT_STAFF, "curator": 200, "superuser": 200},
    "admin:markdown_preview": {**NOT_STAFF, "curator": 405, "superuser": 405},  # POST only
    "admin:accounts_region_permissions": {**NOT_STAFF, "curator": "->/admin/", "superuser": 200},
    "admin:accounts_region_permissions_manage_user": {**NOT_STAFF, "curator": "->/admin/", "superuser": 200},
    "admin:accounts_region_permissions_manage_group": {**NOT_STAFF, "curator": "->/admin/", "superuser": 200},
    "admin:accounts_organisation_permissions": {**NOT_STAFF, "curator": "->/admin/", "superuser": 200},
    "admin:accounts_organisation_permissions_manage_user": {**NOT_STAFF, "curator": "->/admin/", "superuser": 200},
    "admin:accounts_organisation_permissions_manage_group": {**NOT_STAFF, "curator": "->/admin/", "superuser": 200},
}


REGISTERED_MODELS = {f"{model._meta.app_label}.{model._meta.model_name}" for model in admin.site._registry}


def admin_model_route(route):
    """("app.model", view) for the routes every ModelAdmin has, else None."""
    match = ADMIN_MODEL_ROUTE.match(route.pattern)
    if not match:
        return None
    app_label, model_name, add, view = match.groups()
    if f"{app_label}.{model_name}" not in REGISTERED_MODELS:
        return None
    if add:
        view = "add"
    elif view is None:
        view = "redirect" if "<path:object_id>" in route.pattern else "changelist"
    return f"{app_label}.{model_name}", view


def admin_expected(label, view):
    if label not in ADMIN_RULES:
        return None
    curator, superuser = ADMIN_RULES[label]
    if view == "redirect":  # <id>/ goes on to <id>/change/, for any id
        return {**NOT_STAFF, "curator": "->change", "superuser": "->change"}
    return {**NOT_STAFF, "curator": 200 if view in curator else 403, "superuser": 200 if view in superuser else 403}


def expected_for(route):
    model_route = admin_model_route(route)
    if model_route:
        return admin_expected(*model_route)
    return EXPECTED.get(route.key) or EXPECTED_ADMIN.get(route.key)


# --- the objects each route is tried with -----------------------------------------------------
ADMIN_OBJECTS = {
    "auth.group": "group",
    "django_tasks_database.dbtaskresult": "task",
    "account.emailaddress": "email",
    "mfa.authenticator": "webauthn_key",
    "usersessions.usersession": "session",
    "accounts.user": ("users", A),
    "accounts.region": "region",
    "accounts.partnertype": "partner_type",
    "accounts.organisation": "org_a",
    "accounts.organisationrequest": "organisation_request",
    "knowledge.theme": "theme",
    "knowledge.phenomenon": "phenomenon",
    "knowledge.article": "article",
    "documents.document": "doc_a",
    "documents.documentaccess": "access",
    "documents.contribution": "contrib_pending",
    "documents.contributorsuspension": "contributor_suspension",
    "events.event": "event_a",
    "learning.quizquestion": "question",
    "learning.signal": "signal",
    "learning.leaderboardentry": "leaderboard",
    "kpo.auditevent": "audit_event",
    "kpo.searchsynonym": "synonym",
    "follows.digestdelivery": "digest_delivery",
}


def _get(world, ref):
    if isinstance(ref, tuple):
        return world[ref[0]][ref[1]]
    return world[ref]


def params_for(route, world):
    """The parameters of the object the matrix tries `route` with."""
    users = world["users"]
    model_route = admin_model_route(route)
    if model_route and "object_id" in route.params:
        return {"object_id": _get(world, ADMIN_OBJECTS[model_route[0]]).pk}
    table = {
        "knowledge:article": lambda: {"slug": world["article"].slug},
        "documents:detail": lambda: {"pk": world["doc_a"].pk},
        "documents:download": lambda: {"pk": world["doc_a"].pk},
        "documents:my_contribution": lambda: {"pk": world["contrib_pending"].pk},
        "documents:withdraw": lambda: {"pk": world["contrib_pending"].pk},
        "documents:contribution_file": lambda: {"pk": world["contrib_pending"].pk},
        "documents:review": lambda: {"pk": world["contrib_pending"].pk},
        "events:detail": lambda: {"slug": world["event_a"].slug},
        "events:ics": lambda: {"slug": world["event_a"].slug},
        "events:register": lambda: {"slug": world["event_a"].slug},
        "events:cancel": lambda: {"slug": world["event_a"].slug},
        "events:attendees": lambda: {"slug": world["event_a"].slug},
        "events:attendees_export": lambda: {"slug": world["event_a"].slug},
        "events:edit": lambda: {"slug": world["event_a"].slug},
        "events:registration": lambda: {"token": world["registration"].token},
        "events:personal_feed": lambda: {"secret": world["calendar_feed"].secret},
        "follows:unfollow": lambda: {"pk": world["follow"].pk},
        "follows:change_search": lambda: {"pk": world["saved_search"].pk},
        "follows:unsubscribe": lambda: {"token": world["unsubscribe_token"]},
        "follows:feed": lambda: {"secret": world["personal_feed"].secret},
        "network:profile": lambda: {"public_id": world["profiles"]["org_person"].public_id},
        "network:contact": lambda: {"public_id": world["profiles"]["org_person"].public_id},
        "network:answer": lambda: {"public_id": world["contact"].public_id},
        "accounts:moderate": lambda: {"pk": world["pending_a"].pk},
        "accounts:decide_organisation_request": lambda: {"pk": world["organisation_request_north"].pk},
        "api:article": lambda: {"slug": world["article"].slug},
        "api:event": lambda: {"slug": world["public_event"].slug},
        "api:question": lambda: {"pk": world["question"].pk},
        "api:answer": lambda: {"pk": world["question"].pk},
        "accounts:unlock": lambda: {"token": "ongeldige-sleutel"},
        "api:moved": lambda: {"path": "articles"},
        "sitemap_section": lambda: {"section": "artikelen"},
        "api:not_found": lambda: {"path": "nergens"},
        "account_reset_password_from_key": lambda: {"uidb36": "zz", "key": "ongeldige-sleutel"},
        "mfa_remove_webauthn": lambda: {"pk": world["webauthn_key"].pk},
        "mfa_edit_webauthn": lambda: {"pk": world["webauthn_key"].pk},
        "admin:view_on_site": lambda: {
            "content_type_id": ContentType.objects.get_for_model(world["article"]).pk,
            "object_id": world["article"].pk,
        },
        "admin:app_list": lambda: {"app_label": "knowledge"},
        "admin:events_event_preview": lambda: {"object_id": world["event_a"].pk},
        "admin:knowledge_article_preview": lambda: {"object_id": world["hidden_article"].pk},
        "admin:documents_document_preview": lambda: {"object_id": world["doc_b"].pk},
        "admin/(?P<url>.*)$": lambda: {"url": "onbekend/"},
        "admin:auth_user_password_change": lambda: {"id": users[A].pk},
        "admin:accounts_region_permissions": lambda: {"object_pk": world["region"].pk},
        "admin:accounts_region_permissions_manage_user": lambda: {
            "object_pk": world["region"].pk,
            "user_id": users[A].pk,
        },
        "admin:accounts_region_permissions_manage_group": lambda: {
            "object_pk": world["region"].pk,
            "group_id": world["group"].pk,
        },
        "admin:accounts_organisation_permissions": lambda: {"object_pk": world["org_a"].pk},
        "admin:accounts_organisation_permissions_manage_user": lambda: {
            "object_pk": world["org_a"].pk,
            "user_id": users[A].pk,
        },
        "admin:accounts_organisation_permissions_manage_group": lambda: {
            "object_pk": world["org_a"].pk,
            "group_id": world["group"].pk,
        },
    }
    if route.key in table:
        return table[route.key]()
    assert not route.params, f"route {route.key} has parameters {route.params}: say which object to try it with"
    return {}


def outcome(response, path):
    """What a visitor notices: a status code, or where a redirect goes."""
    if response.status_code not in (301, 302, 303, 307, 308):
        return response.status_code
    location = response["Location"]
    parts = urlsplit(location)
    next_ = parse_qs(parts.query).get("next", [None])[0]
    for page, name in (
        ("/accounts/login/", LOGIN),
        ("/admin/login/", ADMIN_LOGIN),
        ("/accounts/reauthenticate/", REAUTH),
    ):
        if parts.path == page and next_ is not None:
            return name if next_ == path else f"{name}(next={next_})"
    if path.endswith("/") and location == path + "change/":
        return "->change"
    return "->" + location


# --- the world, built once for this module ------------------------------------------------------


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with module_world(django_db_blocker) as world:
        yield world


# --- the matrix -------------------------------------------------------------------------------


def test_every_route_has_an_expected_outcome():
    missing = [key for key, route in ROUTES.items() if expected_for(route) is None]
    assert not missing, "\n".join(
        f"new route {key} has no expected outcome: add it to EXPECTED (or ADMIN_RULES)" for key in missing
    )


def test_every_expected_outcome_belongs_to_a_route():
    stale = [
        f"EXPECTED has {key}, which is no route any more" for key in {**EXPECTED, **EXPECTED_ADMIN} if key not in ROUTES
    ]
    stale += [
        f"ADMIN_RULES has {label}, which is not in the admin any more"
        for label in ADMIN_RULES
        if label not in REGISTERED_MODELS
    ]
    stale += [
        f"ADMIN_OBJECTS has {label}, which is not in the admin any more"
        for label in ADMIN_OBJECTS
        if label not in REGISTERED_MODELS
    ]
    assert not stale, "\n".join(stale)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("key", list(ROUTES))
def test_route(world, db, key, role):
    route = ROUTES[key]
    expected = expected_for(route)
    if expected is None:
        pytest.fail(f"new route {key} has no expected outcome")
    path = route.path(**params_for(route, world))
    assert resolve(path).func == route.callback, f"{path} does not lead to {key}"

    response = client_for(world, role).get(path)

    assert outcome(response, path) == expected[role], f"GET {path} as {role}"


# --- existence does not leak ------------------------------------------------------------------


def _docs_hidden(world, role):
    visible = {A: "doc_a", B: "doc_b"}.get(role)
    return [{"pk": world[doc].pk} for doc in ("doc_a", "doc_b") if doc != visible]


def _contributions_hidden(world, role, reviewer_sees_pending):
    """A's contributions: pending (the curator's and superuser's to review) and rejected."""
    if role == A:
        return []
    hidden = ["contrib_rejected"]
    if not (reviewer_sees_pending and role in ("curator", "superuser")):
        hidden.append("contrib_pending")
    return [{"pk": world[name].pk} for name in hidden]


def _events_hidden(world, role):
    visible = {A: "event_a", B: "event_b"}.get(role)
    return [{"slug": world[e].slug} for e in ("event_a", "event_b") if e != visible]


def _events_not_organised(world, role):
    if role in ("curator", "superuser"):  # curators organise every event
        return []
    return [{"slug": world[e].slug} for e in ("event_a", "event_b")]


def _closed_events(world, role):
    """The open API serves public events only: closed ones are missing for everyone."""
    return [{"slug": world[e].slug} for e in ("event_a", "event_b")]


def _profiles_hidden(world, role):
    hidden = ["hidden_person"] + ([] if role == A else ["org_person"])
    return [{"public_id": world["profiles"][name].public_id} for name in hidden]


def _applicants_hidden(world, role):
    if role == "superuser":  # decides on every application: try someone who is no applicant
        return [{"pk": world["users"][A].pk}]
    hidden = ["pending_b"] + ([] if role == "curator" else ["pending_a"])
    return [{"pk": world[name].pk} for name in hidden]


def _organisation_requests_hidden(world, role):
    if role == "superuser":  # decides on every request: try one that is already decided
        return [{"pk": world["organisation_request"].pk}]
    hidden = ["organisation_request_south"] + ([] if role == "curator" else ["organisation_request_north"])
    return [{"pk": world[name].pk} for name in hidden]


def _unpublished_article(world, role):
    return [{"slug": world["hidden_article"].slug}]


def _inactive_question(world, role):
    return [{"pk": world["inactive_question"].pk}]


# Route: (method, data, objects the role may not see, an unknown id). POST routes are posted:
# a GET is a 405 for anything.
LEAKS = {
    "knowledge:article": ("get", None, _unpublished_article, {"slug": UNKNOWN_SLUG}),
    "api:article": ("get", None, _unpublished_article, {"slug": UNKNOWN_SLUG}),
    "api:question": ("get", None, _inactive_question, {"pk": UNKNOWN_PK}),
    "api:event": ("get", None, _closed_events, {"slug": UNKNOWN_SLUG}),
    "api:answer": ("json", {"choice": 1}, _inactive_question, {"pk": UNKNOWN_PK}),
    "documents:detail": ("get", None, _docs_hidden, {"pk": UNKNOWN_PK}),
    "documents:download": ("get", None, _docs_hidden, {"pk": UNKNOWN_PK}),
    "documents:my_contribution": (
        "get",
        None,
        lambda world, role: _contributions_hidden(world, role, reviewer_sees_pending=False),
        {"pk": UNKNOWN_PK},
    ),
    "documents:withdraw": (
        "post",
        None,
        lambda world, role: _contributions_hidden(world, role, reviewer_sees_pending=False),
        {"pk": UNKNOWN_PK},
    ),
    "documents:contribution_file": (
        "get",
        None,
        lambda world, role: _contributions_hidden(world, role, reviewer_sees_pending=True),
        {"pk": UNKNOWN_PK},
    ),
    "documents:review": (
        "post",
        {"decision": "goedkeuren"},
        lambda world, role: (
            [{"pk": world["contrib_rejected"].pk}]
            + ([] if role in ("curator", "superuser") else [{"pk": world["contrib_pending"].pk}])
        ),
        {"pk": UNKNOWN_PK},
    ),
    "events:detail": ("get", None, _events_hidden, {"slug": UNKNOWN_SLUG}),
    "events:ics": ("get", None, _events_hidden, {"slug": UNKNOWN_SLUG}),
    "events:register": (
        "post",
        {"name": "Iemand", "email": "iemand@example.org"},
        _events_hidden,
        {"slug": UNKNOWN_SLUG},
    ),
    "events:cancel": ("post", None, _events_hidden, {"slug": UNKNOWN_SLUG}),
    "events:attendees": ("get", None, _events_not_organised, {"slug": UNKNOWN_SLUG}),
    "events:attendees_export": ("get", None, _events_not_organised, {"slug": UNKNOWN_SLUG}),
    "events:edit": ("get", None, _events_not_organised, {"slug": UNKNOWN_SLUG}),
    "events:registration": ("get", None, lambda world, role: [], {"token": "onbekend"}),
    "events:personal_feed": ("get", None, lambda world, role: [], {"secret": "onbekend"}),
    "network:profile": ("get", None, _profiles_hidden, {"public_id": UNKNOWN_UUID}),
    "network:contact": ("post", {"message": "Mag ik iets vragen?"}, _profiles_hidden, {"public_id": UNKNOWN_UUID}),
    "network:answer": (
        "post",
        {"decision": "accept"},
        lambda world, role: [] if role == A else [{"public_id": world["contact"].public_id}],
        {"public_id": UNKNOWN_UUID},
    ),
    "accounts:moderate": ("post", {"decision": "approve"}, _applicants_hidden, {"pk": UNKNOWN_PK}),
    "accounts:decide_organisation_request": (
        "post",
        {"decision": "decline", "reason": "Geen partner."},
        _organisation_requests_hidden,
        {"pk": UNKNOWN_PK},
    ),
    "mfa_remove_webauthn": ("get", None, lambda world, role: [{"pk": world["webauthn_key"].pk}], {"pk": UNKNOWN_PK}),
    "mfa_edit_webauthn": ("get", None, lambda world, role: [{"pk": world["webauthn_key"].pk}], {"pk": UNKNOWN_PK}),
    "admin:view_on_site": (
        "get",
        None,
        lambda world, role: (
            []
            if role == "superuser"
            else [
                {"content_type_id": ContentType.objects.get_for_model(obj).pk, "object_id": obj.pk}
                for obj in (world["doc_a"], world["profiles"]["hidden_person"])
                # Redacteuren curate documents in the admin (portal/editors.py)
                if not (role == "curator" and obj == world["doc_a"])
            ]
        ),
        {"content_type_id": "document", "object_id": UNKNOWN_PK},
    ),
}


def _admin_leaks():
    """Admin object routes: a role that may not open the object gets what it gets for an
    unknown id."""
    cases = {}
    for key, route in ROUTES.items():
        model_route = admin_model_route(route)
        if model_route and "object_id" in route.params and model_route[0] in ADMIN_RULES:
            label = model_route[0]
            unknown = UNKNOWN_UUID if label == "django_tasks_database.dbtaskresult" else UNKNOWN_PK

            def hidden(world, role, route=route, label=label):
                if expected_for(route)[role] in (200, "->change"):
                    return []
                return [{"object_id": _get(world, ADMIN_OBJECTS[label]).pk}]

            cases[key] = ("get", None, hidden, {"object_id": unknown})
    return cases


LEAKS.update(_admin_leaks())


def _request(client, method, path, data):
    if method == "get":
        return client.get(path)
    if method == "json":
        return client.post(path, data, content_type="application/json")
    return client.post(path, data)


def _fingerprint(response, path):
    """Status, redirect target and body, with the path and the ids taken out."""
    body = response.content.decode(errors="replace") if response.status_code != 200 else "(a page)"
    location = response.get("Location", "")
    body = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", body)
    body = re.sub(r'nonce="[^"]*"', "", body)
    for text in (path, quote(path, safe="")):
        body, location = body.replace(text, "<path>"), location.replace(text, "<path>")
    return response.status_code, location, body


def _recently_signed_in(client, world, role):
    """As right after signing in with the password, so the password is not asked again."""
    if role in world["sessions"]:
        session = client.session
        session["account_authentication_methods"] = [
            {"method": "password", "at": time.time(), "email": world["users"][role].email}
        ]
        session.save()


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("key", list(LEAKS))
def test_objects_one_may_not_see_look_like_objects_that_do_not_exist(world, db, key, role):
    route = ROUTES[key]
    method, data, hidden, unknown = LEAKS[key]
    if unknown.get("content_type_id") == "document":
        unknown = {**unknown, "content_type_id": ContentType.objects.get_for_model(world["doc_a"]).pk}
    client = client_for(world, role)
    _recently_signed_in(client, world, role)
    unknown_path = route.path(**unknown)
    missing = _fingerprint(_request(client, method, unknown_path, data), unknown_path)

    for params in hidden(world, role):
        path = route.path(**params)
        response = _request(client, method, path, data)

        assert response.status_code != 200, f"{method.upper()} {path} as {role} shows what {role} may not see"
        assert _fingerprint(response, path) == missing, (
            f"{method.upper()} {path} as {role} answers differently from {unknown_path}: existence leaks"
        )


# --- with MFA required ------------------------------------------------------------------------


@pytest.fixture
def mfa_required(settings):
    settings.KPO_REQUIRE_MFA = True


def _closed_pages(world):
    return [
        "/besloten/",
        f"/besloten/documenten/{world['doc_a'].pk}/",
        f"/besloten/documenten/{world['doc_a'].pk}/download/",
        "/besloten/delen/",
        "/besloten/delen/mijn/",
        f"/besloten/delen/mijn/{world['contrib_pending'].pk}/",
        "/netwerk/",
        "/netwerk/mijn-profiel/",
        "/netwerk/contact/",
        f"/netwerk/{world['profiles']['org_person'].public_id}/",
    ]


def test_with_mfa_required_partners_without_mfa_are_sent_to_set_it_up(world, db, mfa_required):
    from allauth.mfa.models import Authenticator

    client = client_for(world, A)
    for path in _closed_pages(world):
        assert outcome(client.get(path), path) == TO_MFA, path
    search = client.get("/zoeken/?q=draaiboek")  # a word of its title
    assert search.status_code == 200 and DOC_A not in search.content.decode()

    Authenticator.objects.create(user=world["users"][A], type=Authenticator.Type.TOTP, data={"secret": "x"})

    for path in _closed_pages(world):
        assert client.get(path).status_code == 200, path
    assert DOC_A in client.get("/zoeken/?q=draaiboek").content.decode()


@pytest.mark.parametrize("role", ["curator", "superuser"])
def test_with_mfa_required_staff_without_mfa_do_not_get_into_the_admin_or_moderation(world, db, mfa_required, role):
    client = client_for(world, role)

    response = client.get("/admin/", follow=True)

    assert response.redirect_chain[-1][0] == "/accounts/2fa/"
    assert client.get("/admin/knowledge/article/").status_code == 302
    # Nobody decides without a second factor, superusers included: first set it up.
    assert outcome(client.get("/account/moderatie/"), "/account/moderatie/") == TO_MFA
    assert outcome(client.get("/besloten/delen/beoordelen/"), "/besloten/delen/beoordelen/") == TO_MFA
    review = f"/besloten/delen/beoordelen/{world['contrib_pending'].pk}/"
    assert outcome(client.post(review, {"decision": "goedkeuren"}), review) == TO_MFA
    assert client.post(f"/account/moderatie/{world['pending_a'].pk}/", {"decision": "approve"}).status_code == 302
    assert outcome(client.get("/besloten/"), "/besloten/") == TO_MFA
    # Nor does anyone organise events: creating and editing ask for it too.
    edit = f"/bijeenkomsten/{world['event_a'].slug}/bewerken/"
    for path in ("/bijeenkomsten/nieuw/", edit):
        assert outcome(client.get(path), path) == TO_MFA, path
    assert outcome(client.post(edit, {"title": "Gekaapt"}), edit) == TO_MFA
    assert world["event_a"].__class__.objects.get(pk=world["event_a"].pk).title != "Gekaapt"


@pytest.mark.parametrize("role", ["pending", "rejected", "suspended"])
def test_with_mfa_required_applicants_still_see_their_status_first(world, db, mfa_required, role):
    assert outcome(client_for(world, role).get("/besloten/"), "/besloten/") == TO_ACCOUNT
