"""One small world for the authorisation tests: every role, and for each kind of object one
that a role may see and one it may not. Built once per test module (see `module_world`),
inside a transaction that is rolled back when the module is done."""

import contextlib
import re
import uuid
from datetime import timedelta

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.usersessions.models import UserSession
from django.conf import settings
from django.contrib.auth.models import Group
from django.db import transaction
from django.test import Client
from django.utils import timezone
from guardian.shortcuts import assign_perm

from accounts.models import MembershipStatus
from accounts.services import audience_group
from documents.models import ContributorSuspension, DocumentAccess
from knowledge.models import Article
from learning.models import LeaderboardEntry, Signal
from network.models import ContactRequest, Profile
from portal.editors import ensure_editor_group
from tests.factories import (
    ArticleFactory,
    OrganisationFactory,
    PartnerTypeFactory,
    PhenomenonFactory,
    RegionFactory,
    ThemeFactory,
    document,
    event,
    partner,
    quiz_question,
)

ROLES = ("anonymous", "pending", "rejected", "suspended", "partner_a", "partner_b", "curator", "superuser")

# Unique words that occur nowhere else, so finding one in a page or a mail means a leak.
DOC_A = "Xylofoonkist"  # closed document shared with organisation A only
DOC_B = "Walrusbrug"  # closed document shared with organisation B only
ARTICLE = "Zeppelinvis"  # article that is not published
HIDDEN_PERSON = "Quirina Nergenshuis"  # profile visibility "niemand"
ORG_PERSON = "Olaf Binnenkring"  # profile visibility "organisatie" (organisation A)
PENDING_A = "Pim Wachtrij"  # pending applicant at A (in the curator's region)
PENDING_B = "Bram Buitenregio"  # pending applicant at B (outside the curator's region)
EVENT_A = "Kwartelkoning"  # closed event for organisation A only (organised in the curator's region)
EVENT_B = "Pelikaanpier"  # closed event for organisation B only
CONTRIB_PENDING = "Kwikstaartnota"  # A's contribution for region Noord, waiting for review (the curator's region)
CONTRIB_REJECTED = "Ganzenbordplan"  # A's contribution for all partners, rejected

UNKNOWN_PK = 987654321
UNKNOWN_UUID = uuid.UUID("00000000-0000-4000-8000-00000000beef")
UNKNOWN_SLUG = "bestaat-helemaal-niet"


def make_curator(organisation, region, email):
    """A curator as the demo data makes one (portal/demo/data/people.toml): staff, in "Redacteuren"
    (its rights: portal/editors.py), moderator of one region."""
    editors = ensure_editor_group()
    curator = partner(organisation, email=email, name="Rita Redacteur", is_staff=True)
    curator.groups.add(editors)
    assign_perm("accounts.moderate_region", curator, region)
    return curator


def _profile(user, visibility, introduction="Werkt aan de aanpak van ondermijning."):
    return Profile.objects.create(user=user, visibility=visibility, introduction=introduction, completed=True)


def build():
    gemeente = PartnerTypeFactory(name="Gemeente", slug="gemeente")
    politie = PartnerTypeFactory(name="Politie", slug="politie")
    riec = PartnerTypeFactory(name="RIEC/LIEC", slug="riec-liec")
    north = RegionFactory(name="RIEC Noord", slug="riec-noord")
    south = RegionFactory(name="RIEC Zuid", slug="riec-zuid")
    org_a = OrganisationFactory(name="Gemeente Alfa", slug="gemeente-alfa", partner_type=gemeente, region=north)
    org_b = OrganisationFactory(name="Politie Bravo", slug="politie-bravo", partner_type=politie, region=south)
    liec = OrganisationFactory(name="LIEC", slug="liec", partner_type=riec, region=None, domains=["liec.nl"])
    theme = ThemeFactory(name="Informatiepositie", slug="informatiepositie")
    drugs = PhenomenonFactory(name="Drugs", slug="drugs")

    users = {
        "anonymous": None,
        "pending": partner(org_a, email="wacht@gemeente-alfa.nl", name="Wendy Wacht", status=MembershipStatus.PENDING),
        "rejected": partner(org_a, email="af@gemeente-alfa.nl", name="Ab Afgewezen", status=MembershipStatus.REJECTED),
        "suspended": partner(
            org_a, email="weg@gemeente-alfa.nl", name="Sam Geschorst", status=MembershipStatus.SUSPENDED
        ),
        "partner_a": partner(org_a, email="lid@gemeente-alfa.nl", name="Anna Alfa"),
        "partner_b": partner(org_b, email="lid@politie-bravo.nl", name="Bert Bravo"),
        "curator": make_curator(liec, north, "redacteur@liec.nl"),
        "superuser": partner(liec, email="beheerder@liec.nl", name="Bea Beheer", is_staff=True, is_superuser=True),
    }
    org_person = partner(org_a, email="kring@gemeente-alfa.nl", name=ORG_PERSON)
    hidden_person = partner(org_a, email="nergens@gemeente-alfa.nl", name=HIDDEN_PERSON)
    pending_a = partner(org_a, email="pim@gemeente-alfa.nl", name=PENDING_A, status=MembershipStatus.PENDING)
    pending_b = partner(org_b, email="bram@politie-bravo.nl", name=PENDING_B, status=MembershipStatus.PENDING)

    published = ArticleFactory(
        title="Drugs in het buitengebied", slug="matrix-artikel", phenomena=[drugs], themes=[theme]
    )
    hidden_article = ArticleFactory(
        title=f"{ARTICLE} concept",
        slug="concept-artikel",
        summary=f"Over de {ARTICLE}.",
        body=f"{ARTICLE} is nog niet openbaar.",
        status=Article.Status.DRAFT,
        phenomena=[drugs],
        themes=[theme],
    )
    doc_a = document(f"{DOC_A} draaiboek", org_a, f"{DOC_A} staat hierin.", [audience_group(org_a)], themes=[theme])
    doc_b = document(f"{DOC_B} rapportage", org_b, f"{DOC_B} staat hierin.", [audience_group(org_b)], themes=[theme])
    event_a = event(
        f"{EVENT_A} overleg", north, groups=[audience_group(org_a)], slug="matrix-bijeenkomst-a", capacity=5
    )
    event_b = event(f"{EVENT_B} overleg", south, groups=[audience_group(org_b)], slug="matrix-bijeenkomst-b")
    public_event = event("Open matrixmiddag", north, is_public=True, slug="matrix-openbaar")
    from events.services import calendar_feed_for, register_partner

    registration = register_partner(event_a, users["partner_a"])
    calendar_feed = calendar_feed_for(users["partner_a"])
    profiles = {
        "partner_a": _profile(users["partner_a"], Profile.Visibility.ALL_PARTNERS),
        "partner_b": _profile(users["partner_b"], Profile.Visibility.ALL_PARTNERS),
        "org_person": _profile(org_person, Profile.Visibility.ORGANISATION, f"{ORG_PERSON} kent drugs."),
        "hidden_person": _profile(hidden_person, Profile.Visibility.NOBODY, f"{HIDDEN_PERSON} kent drugs."),
    }
    contact = ContactRequest.objects.create(
        sender=users["partner_b"], recipient=users["partner_a"], message="Mag ik u iets vragen over drugs?"
    )
    question = quiz_question(level=1, text="Hoeveel RIEC's zijn er?", articles=[published, hidden_article])
    inactive_question = quiz_question(level=1, text="Oude vraag?", is_active=False)
    signal = Signal.objects.create(
        slug="lege-winkel",
        title="Een winkel zonder klanten",
        description="Weinig klanten, toch open.",
        phenomenon=drugs,
        setting=Signal.Setting.choices[0][0],
        action="Meld het bij het RIEC.",
    )
    # Someone else's security key (no role's own: a real key needs a real attestation).
    webauthn_key = Authenticator.objects.create(
        user=org_person, type=Authenticator.Type.WEBAUTHN, data={"name": "Sleutel van Olaf", "credential": {}}
    )
    access = DocumentAccess.objects.create(user=users["partner_a"], document=doc_a, action="view")
    from django.core.files.uploadedfile import SimpleUploadedFile

    from documents import services as document_services

    def contribute(title, audience):
        return document_services.contribute(
            users["partner_a"],
            title=title,
            summary=f"Over de {title}.",
            themes=[],
            phenomena=[],
            audience=audience,
            show_name=False,
            uploaded_file=SimpleUploadedFile(f"{title}.txt", f"{title} staat hierin.".encode()),
        )

    contrib_pending = contribute(f"{CONTRIB_PENDING} werkwijze", "region")
    contrib_rejected = contribute(f"{CONTRIB_REJECTED} aanpak", "all_partners")
    document_services.reject_contribution(contrib_rejected, users["superuser"], "Niet voor iedereen.")
    document_services.suspend_contributor(users["suspended"], users["superuser"], "Geschorst.")
    leaderboard = LeaderboardEntry.objects.create(nickname="Speler", level=1, score=7)
    from django_tasks_db.models import DBTaskResult

    task = DBTaskResult.objects.create(
        args_kwargs={"args": [], "kwargs": {}},
        task_path="knowledge.tasks.nothing",
        backend_name="default",
        run_after=timezone.now() + timedelta(days=365),
    )
    from kpo.models import AuditEvent, SearchSynonym

    audit_event = AuditEvent.objects.create(action="matrix", actor=users["superuser"])
    from accounts.models import OrganisationRequest

    def organisation_request(domain, region, **fields):
        return OrganisationRequest.objects.create(
            email=f"iemand@{domain}", name="Ida Verzoek", function="Adviseur", organisation_name=f"Gemeente {domain}",
            partner_type=gemeente, region=region, **fields,
        )

    organisation_requests = {
        # Open, in the curator's region (north) and outside it (south); one already decided.
        "organisation_request_north": organisation_request("noordgem.nl", north),
        "organisation_request_south": organisation_request("zuidgem.nl", south),
        "organisation_request": organisation_request(
            "besloten.nl", north, status=OrganisationRequest.Status.DECLINED, reason="Geen partner."
        ),
    }

    from follows import services as follows_services
    from follows.models import DigestDelivery, PersonalFeed

    follow = follows_services.follow(users["partner_a"], drugs)
    saved_search = follows_services.save_search(users["partner_a"], "closed", f"q={DOC_A}")
    personal_feed = PersonalFeed.for_user(users["partner_a"])
    digest_delivery = DigestDelivery.objects.create(
        user=users["partner_a"],
        frequency="weekly",
        period="weekly:matrix",
        window_start=timezone.now() - timedelta(days=7),
        window_end=timezone.now(),
        status=DigestDelivery.Status.FAILED,
        last_error="SMTPServerDisconnected",
    )
    return {
        **organisation_requests,
        "follow": follow,
        "saved_search": saved_search,
        "personal_feed": personal_feed,
        "digest_delivery": digest_delivery,
        "unsubscribe_token": follows_services.unsubscribe_token(users["partner_a"]),
        "audit_event": audit_event,
        "synonym": SearchSynonym.objects.create(term="OMG", alternative="outlaw motorgangs"),
        "users": users,
        "org_a": org_a,
        "org_b": org_b,
        "region": north,
        "partner_type": gemeente,
        "theme": theme,
        "phenomenon": drugs,
        "org_person": org_person,
        "hidden_person": hidden_person,
        "pending_a": pending_a,
        "pending_b": pending_b,
        "article": published,
        "hidden_article": hidden_article,
        "doc_a": doc_a,
        "doc_b": doc_b,
        "contrib_pending": contrib_pending,
        "contrib_rejected": contrib_rejected,
        "contributor_suspension": ContributorSuspension.objects.get(user=users["suspended"]),
        "event_a": event_a,
        "event_b": event_b,
        "public_event": public_event,
        "registration": registration,
        "calendar_feed": calendar_feed,
        "profiles": profiles,
        "contact": contact,
        "question": question,
        "inactive_question": inactive_question,
        "signal": signal,
        "webauthn_key": webauthn_key,
        "access": access,
        "leaderboard": leaderboard,
        "task": task,
        "group": Group.objects.get(name="Redacteuren"),
        "email": EmailAddress.objects.get(user=users["partner_a"]),
    }


def sign_in(world):
    """One session per role, signed in once (tests put the cookie in a fresh client)."""
    world["sessions"] = {}
    for role, user in world["users"].items():
        if user is not None:
            client = Client()
            client.force_login(user)
            world["sessions"][role] = client.cookies[settings.SESSION_COOKIE_NAME].value
    world["session"] = UserSession.objects.create(
        user=world["users"]["partner_a"], ip="192.0.2.1", session_key=world["sessions"]["partner_a"], user_agent="x"
    )


def client_for(world, role) -> Client:
    client = Client()
    if role in world["sessions"]:
        client.cookies[settings.SESSION_COOKIE_NAME] = world["sessions"][role]
    return client


@contextlib.contextmanager
def module_world(django_db_blocker):
    """Build the world once; every test then runs in its own savepoint inside this
    transaction (pytest-django's `db`), and the whole lot is rolled back at the end."""
    with django_db_blocker.unblock(), transaction.atomic():
        world = build()
        sign_in(world)
        yield world
        transaction.set_rollback(True)


# --- the URLconf ---------------------------------------------------------------------------


class Route:
    def __init__(self, pattern, name, callback):
        self.pattern = pattern  # the whole route, e.g. "besloten/documenten/<int:pk>/"
        self.name = name  # "documents:detail", or None
        self.callback = callback
        self.key = name or pattern

    @property
    def params(self):
        return re.findall(r"<(?:\w+:)?(\w+)>", self.pattern) + re.findall(r"\(\?P<(\w+)>", self.pattern)

    def path(self, **params):
        """The concrete path for these parameters (they must fill every placeholder)."""
        path = re.sub(r"\(\?P<(\w+)>[^)]*\)", lambda m: str(params[m.group(1)]), self.pattern)
        path = re.sub(r"<(?:\w+:)?(\w+)>", lambda m: str(params[m.group(1)]), path)
        return "/" + path.replace("^", "").replace("$", "")

    def __repr__(self):
        return f"Route({self.key!r})"


def all_routes() -> list[Route]:
    """Every route of the URLconf, walking includes, namespaces and i18n_patterns (in
    the default language, which has no prefix)."""
    from django.urls import URLResolver, get_resolver
    from django.utils import translation

    routes = []

    def walk(resolver, prefix, namespace):
        for entry in resolver.url_patterns:
            if isinstance(entry, URLResolver):
                inner = namespace + (f"{entry.namespace}:" if entry.namespace else "")
                walk(entry, prefix + str(entry.pattern), inner)
            else:
                name = namespace + entry.name if entry.name else None
                routes.append(Route(prefix + str(entry.pattern), name, entry.callback))

    with translation.override("nl"):
        walk(get_resolver(), "", "")
    return routes
