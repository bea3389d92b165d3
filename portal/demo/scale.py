"""National-scale data for the benchmark (`seed_scale`): the demo files recombined.

Bulk inserts through PostgreSQL's COPY (portal/demo/bulk.py), not one save per row; the
generated tsvector columns fill themselves. Names of places and people, functions and the
mix of organisations and audiences come from portal/demo/data/scale.toml; the texts are the
demo articles and documents."""

import functools
import hashlib
import random
import time
import uuid
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.apps import apps
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group, Permission
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify

from kpo.markdown import markdown_to_text

from . import files
from .bulk import copy, reserve_ids, without_gin_indexes
from .targets import (
    DOCUMENT_APP,
    Article,
    Document,
    DocumentAccess,
    DocumentGroupObjectPermission,
    Event,
    Follow,
    MembershipStatus,
    Organisation,
    OrganisationDomain,
    PartnerType,
    Phenomenon,
    Profile,
    Region,
    Registration,
    SavedSearch,
    Theme,
    User,
    account_services,
)

# At factor 1: a country larger than the real one.
COUNTS = {
    "organisations": 1_500,
    "people": 20_000,
    "articles": 100_000,
    "documents": 50_000,
    "audit_events": 1_000_000,
    "events": 2_000,
}
DOCUMENT_TARGET = f"{DOCUMENT_APP}.document"  # how the audit log names a document
SLUG_PREFIX = "schaal-"  # marks the generated rows: a second run adds nothing


def already_seeded() -> bool:
    return Article.objects.filter(slug__startswith=SLUG_PREFIX).exists()


def _paragraphs(texts):
    out = []
    for text in texts:
        for part in text.split("\n\n"):
            part = part.strip()
            if len(part) > 60 and not part.startswith("#"):
                out.append(part)
    return out


class ScaleSeeder:
    """Adds `COUNTS` times `factor` rows; the same `seed` gives the same data."""

    def __init__(self, factor: float, seed: int, stdout):
        self.rng = random.Random(seed)  # noqa: S311 - made-up data, the same for the same seed
        self.now = timezone.now()
        self.counts = {name: max(1, round(n * factor)) for name, n in COUNTS.items()}
        self.stdout = stdout
        self.demo = files.read()
        scale = self.demo.scale
        self.places, self.quarters, self.functions = scale["places"], scale["quarters"], scale["functions"]
        self.first_names, self.last_names = scale["first_names"], scale["last_names"]
        self.partner_type_weights = scale["partner_type_weights"]
        self.audience_mix = [(row["weight"], row["audiences"]) for row in scale["audience_mix"]]

    def run(self) -> None:
        with transaction.atomic():
            self._taxonomy()
            self._step("organisations", self._organisations)
            self._step("people", self._people)
            self._step("articles", self._articles)
            self._step("documents", self._documents)
            self._step("follows", self._follows)
            self._step("events", self._events)
            self._step("audit events", self._audit_events)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")

    def add_missing(self) -> None:
        """On a database seeded by an older seed_scale: add the parts it did not have yet
        (events), so `make bench` needs no fresh load."""
        if Event.objects.filter(slug__startswith=SLUG_PREFIX).exists():
            return
        with transaction.atomic():
            self._taxonomy()
            self.organisations = list(Organisation.objects.filter(slug__startswith=SLUG_PREFIX))
            generated = User.objects.filter(organisation__slug__startswith=SLUG_PREFIX).order_by("pk")
            self.people = list(generated.values_list("pk", flat=True))
            self.type_weights = [self.partner_type_weights.get(t.slug, 1) for t in self.partner_types]
            self._step("events", self._events)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")

    def _step(self, label, function):
        started = time.monotonic()
        function()
        self.stdout.write(f"  {label}: {time.monotonic() - started:.1f} s")

    # --- helpers ------------------------------------------------------------------------

    def _sample_m2m(self, through, owner_field, target_field, owner_ids, targets, low, high):
        """Link each owner to `low`..`high` distinct random targets."""
        pick = self.rng.sample

        def rows():
            for owner_id in owner_ids:
                for target in pick(targets, self.rng.randint(low, high)):
                    yield owner_id, target

        copy(through, [owner_field, target_field], rows())

    def _past(self, days):
        return self.now - timedelta(days=self.rng.random() * days)

    # --- data ---------------------------------------------------------------------------

    def _taxonomy(self):
        self.themes = list(Theme.objects.values_list("pk", flat=True))
        self.phenomena = list(Phenomenon.objects.values_list("pk", flat=True))
        self.regions = list(Region.objects.riecs())
        self.partner_types = list(PartnerType.objects.all())
        self.permission = Permission.objects.get(content_type__app_label=DOCUMENT_APP, codename="view_document")
        self.all_partners = account_services.all_partners_group()
        for audience in [*self.regions, *self.partner_types]:
            account_services.audience_group(audience)
        articles = self.demo.published_articles()
        self.article_paragraphs = _paragraphs([a["body"] for a in articles])
        self.summaries = [a["summary"] for a in articles]
        self.titles = [a["title"] for a in articles]
        self.document_paragraphs = _paragraphs([d["text"] for d in self.demo.documents])
        self.document_paragraphs += self.article_paragraphs
        self.document_titles = [d["title"] for d in self.demo.documents]
        self.document_summaries = [d["summary"] for d in self.demo.documents]
        self.phenomenon_names = list(Phenomenon.objects.values_list("name", flat=True))

    def _organisations(self):
        weights = [self.partner_type_weights.get(t.slug, 1) for t in self.partner_types]
        n = self.counts["organisations"]
        taken = set(Organisation.objects.values_list("name", flat=True))
        orgs = []
        i = 0
        while len(orgs) < n:
            partner_type = self.rng.choices(self.partner_types, weights)[0]
            place = self.places[i % len(self.places)]
            quarter = self.quarters[(i // len(self.places)) % len(self.quarters)]
            lap = i // (len(self.places) * len(self.quarters))
            where = f"{place}{'-' + quarter if quarter else ''}{f' {lap + 1}' if lap else ''}"
            name = f"{partner_type.name} {where}"
            i += 1
            if name in taken:
                continue
            taken.add(name)
            orgs.append(
                Organisation(
                    name=name,
                    slug=f"{SLUG_PREFIX}{slugify(name)}"[:200],
                    partner_type=partner_type,
                    region=self.rng.choice(self.regions),
                    approval_policy=Organisation.ApprovalPolicy.MODERATED,
                )
            )
        groups = Group.objects.bulk_create(Group(name=f"Organisatie: {o.name}"[:150]) for o in orgs)
        for organisation, group in zip(orgs, groups, strict=True):
            organisation.group = group
            organisation.domain_name = f"{organisation.slug.removeprefix(SLUG_PREFIX)}.nl"
        self.organisations = Organisation.objects.bulk_create(orgs, batch_size=2000)
        OrganisationDomain.objects.bulk_create(
            (OrganisationDomain(organisation=o, domain=o.domain_name) for o in orgs),
            batch_size=2000,
        )
        # Larger organisations (gemeenten, politie) have more people: weights for who works where.
        self.org_weights = [self.partner_type_weights.get(o.partner_type.slug, 1) for o in self.organisations]

    def _groups_of(self, organisation):
        groups = [organisation.group_id, organisation.partner_type.group_id, self.all_partners.pk]
        if organisation.region_id:
            groups.append(organisation.region.group_id)
        return groups

    def _people(self):
        n = self.counts["people"]
        ids = reserve_ids(User, n)
        password = make_password(None)  # unusable: these people log in through the bench's sessions only
        orgs = self.rng.choices(self.organisations, self.org_weights, k=n)
        people = []
        for pk, organisation in zip(ids, orgs, strict=True):
            first, last = self.rng.choice(self.first_names), self.rng.choice(self.last_names)
            email = f"{slugify(first)}.{slugify(last).replace('-', '')}.{pk}@{organisation.domain_name}"
            people.append((pk, email, f"{first} {last}", organisation))
        joined = self.now - timedelta(days=400)
        confirmed = self.now - timedelta(days=30)  # re-verified last month: none has lapsed
        copy(
            User,
            [
                "id",
                "password",
                "is_superuser",
                "email",
                "name",
                "function",
                "organisation",
                "status",
                "status_reason",
                "status_changed_at",
                "is_staff",
                "is_active",
                "date_joined",
                "identity_confirmed_at",
                "reverify_reminders_sent",
            ],
            (
                (
                    pk,
                    password,
                    False,
                    email,
                    name,
                    self.rng.choice(self.functions),
                    org.pk,
                    MembershipStatus.APPROVED,
                    "",
                )
                + (joined, False, True, joined, confirmed, 0)
                for pk, email, name, org in people
            ),
        )
        copy(
            EmailAddress,
            ["user", "email", "verified", "primary"],
            ((pk, email, True, True) for pk, email, _name, _org in people),
        )
        copy(
            User.groups.through,
            ["user", "group"],
            ((pk, group) for pk, _email, _name, org in people for group in self._groups_of(org)),
        )
        profile_ids = reserve_ids(Profile, n)
        visibilities = [Profile.Visibility.ALL_PARTNERS] * 17 + [Profile.Visibility.ORGANISATION] * 2
        visibilities += [Profile.Visibility.NOBODY]
        copy(
            Profile,
            ["id", "public_id", "user", "introduction", "phone", "visibility", "completed", "updated_at"],
            (
                (pid, uuid.uuid4(), person[0], self.rng.choice(self.demo.introductions), "")
                + (self.rng.choice(visibilities), True, joined)
                for pid, person in zip(profile_ids, people, strict=True)
            ),
        )
        self._sample_m2m(Profile.themes.through, "profile", "theme", profile_ids, self.themes, 0, 2)
        self._sample_m2m(Profile.phenomena.through, "profile", "phenomenon", profile_ids, self.phenomena, 1, 3)
        self.people = ids

    def _follows(self):
        """Ten follows a person (2 themes, 4 phenomena, 2 regions, 2 organisations), and a
        saved search for one in five: what the digests of `make bench` work through."""
        region_ids = [r.pk for r in self.regions]
        organisation_ids = [o.pk for o in self.organisations]
        kinds = (("theme", self.themes, 2), ("phenomenon", self.phenomena, 4), ("region", region_ids, 2))
        kinds += (("organisation", organisation_ids, 2),)

        def rows():
            for person in self.people:
                for kind, targets, n in kinds:
                    for target in self.rng.sample(targets, min(n, len(targets))):
                        yield (
                            person,
                            kind,
                            *(target if kind == other else None for other in ("theme", "phenomenon", "region")),
                            target if kind == "organisation" else None,
                            self.now,
                        )

        copy(Follow, ["user", "kind", "theme", "phenomenon", "region", "organisation", "created_at"], rows())
        words = self.phenomenon_names
        searches = []
        for person in self.people[::5]:
            word = self.rng.choice(words).split()[0].lower()
            searches.append((person, f"Zoeken: {word}", "kennisbank", f"q={word}", f"'{word}'", self.now))
        copy(SavedSearch, ["user", "name", "section", "query", "match", "created_at"], searches)

    def _article_title(self, i):
        pattern = i % 4
        phenomenon = self.rng.choice(self.phenomenon_names).lower()
        place = self.rng.choice(self.places)
        if pattern == 0:
            return f"{self.rng.choice(self.titles)} ({place})"
        if pattern == 1:
            return f"Aanpak van {phenomenon} in {place}"
        if pattern == 2:
            return f"Praktijkvoorbeeld: {phenomenon} in {place}"
        return f"{self.rng.choice(self.titles)}: ervaringen uit {place}"

    def _articles(self):
        n = self.counts["articles"]
        ids = reserve_ids(Article, n)
        kinds = [k for k, _label in Article.Kind.choices]
        kind_weights = [40, 25, 15, 12, 8]
        today = timezone.localdate()
        plain = functools.cache(markdown_to_text)

        def rows():
            for i, pk in enumerate(ids):
                title = self._article_title(i)
                paragraphs = self.rng.sample(self.article_paragraphs, self.rng.randint(3, 7))
                blocks = [
                    (f"## {self.rng.choice(self.titles)}\n\n{p}" if j % 2 == 0 else p) for j, p in enumerate(paragraphs)
                ]
                body = "\n\n".join(blocks)
                # Article.save would render each body; here each block is rendered once.
                body_text = "\n".join(plain(block) for block in blocks)
                r = self.rng.random()
                status = Article.Status.DRAFT if r < 0.02 else Article.Status.PUBLISHED
                published = self.now + timedelta(days=30) if r > 0.995 else self._past(8 * 365)
                reviewed = today - timedelta(days=self.rng.randint(0, 500))
                yield (
                    pk,
                    title[:200],
                    f"{SLUG_PREFIX}{slugify(title)[:150]}-{pk}",
                    self.rng.choice(self.summaries),
                    body,
                    body_text,
                    self.rng.choices(kinds, kind_weights)[0],
                    status,
                    published,
                    reviewed,
                    reviewed + timedelta(days=365),
                    published,
                    published,
                )

        with without_gin_indexes(Article):
            self._copy_articles(ids, rows())
        self._sample_m2m(Article.themes.through, "article", "theme", ids, self.themes, 1, 2)
        self._sample_m2m(Article.phenomena.through, "article", "phenomenon", ids, self.phenomena, 1, 3)
        regions = [r.pk for r in self.regions]
        self._sample_m2m(Article.regions.through, "article", "region", ids[::4], regions, 0, 2)

    def _copy_articles(self, ids, rows):
        copy(
            Article,
            [
                "id",
                "title",
                "slug",
                "summary",
                "body",
                "body_text",
                "kind",
                "status",
                "published_at",
                "last_reviewed",
                "review_due",
                "created_at",
                "updated_at",
            ],
            rows,
        )

    def _document_text(self, i):
        if i % 200 == 17:  # now and then a long report: a few hundred kB to 1 MB of text
            target = self.rng.randint(300_000, 1_000_000)
            parts, size = [], 0
            while size < target:
                part = self.rng.choice(self.document_paragraphs)
                parts.append(part)
                size += len(part) + 2
            return "\n\n".join(parts)
        return "\n\n".join(self.rng.sample(self.document_paragraphs, self.rng.randint(3, 12)))

    def _audiences(self, owner):
        kinds = self.rng.choices([m[1] for m in self.audience_mix], [m[0] for m in self.audience_mix])[0]
        groups = set()
        for kind in kinds:
            if kind == "organisation":
                groups.add(owner.group_id if not groups else self.rng.choice(self.organisations).group_id)
            elif kind == "region":
                groups.add(self.rng.choice(self.regions).group_id)
            elif kind == "partner_type":
                groups.add(self.rng.choices(self.partner_types, self.type_weights)[0].group_id)
            else:
                groups.add(self.all_partners.pk)
        return groups

    def _documents(self):
        n = self.counts["documents"]
        ids = reserve_ids(Document, n)
        self.type_weights = [self.partner_type_weights.get(t.slug, 1) for t in self.partner_types]
        owners = self.rng.choices(self.organisations, self.org_weights, k=n)
        formats = [
            ("pdf", "application/pdf"),
            ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            ("txt", "text/plain"),
        ]

        def rows():
            for i, (pk, owner) in enumerate(zip(ids, owners, strict=True)):
                text = self._document_text(i)
                extension, content_type = formats[i % 3]
                status = Document.Status.DRAFT if i % 50 == 0 else Document.Status.PUBLISHED
                published = self._past(5 * 365)
                title = f"{self.rng.choice(self.document_titles)} — {owner.name}"
                yield (
                    pk,
                    title[:250],
                    self.rng.choice(self.document_summaries),
                    f"documenten/schaal-{pk}",
                    f"{slugify(title)[:80]}.{extension}",
                    len(text),
                    content_type,
                    f".{extension}",
                    hashlib.sha256(str(pk).encode()).hexdigest(),
                    text,
                    owner.pk,
                    status,
                    published,
                    published,
                    published,
                )

        with without_gin_indexes(Document):
            self._copy_documents(rows())
        self._after_documents(ids, owners)

    def _copy_documents(self, rows):
        copy(
            Document,
            [
                "id",
                "title",
                "summary",
                "file",
                "original_name",
                "size",
                "content_type",
                "extension",
                "checksum",
                "extracted_text",
                "owner",
                "status",
                "published_at",
                "created_at",
                "updated_at",
            ],
            rows,
        )

    def _after_documents(self, ids, owners):
        self._sample_m2m(Document.themes.through, "document", "theme", ids, self.themes, 1, 2)
        self._sample_m2m(Document.phenomena.through, "document", "phenomenon", ids, self.phenomena, 1, 3)
        permission = self.permission.pk
        copy(
            DocumentGroupObjectPermission,
            ["permission", "group", "content_object"],
            (
                (permission, group, pk)
                for pk, owner in zip(ids, owners, strict=True)
                for group in self._audiences(owner)
            ),
        )
        self.documents = ids

    def _events(self):
        """The RIECs' events of two years, half of them ahead: 40 % public, the others closed
        to the audiences of the documents' mix; ten to forty partners registered for each."""
        n = self.counts["events"]
        ids = reserve_ids(Event, n)
        forms = [Event.Form.IN_PERSON, Event.Form.ONLINE, Event.Form.HYBRID]
        events, audiences = [], []
        for i, pk in enumerate(ids):
            starts = self.now + timedelta(days=self.rng.uniform(-365, 365), hours=self.rng.choice([9, 13, 15]))
            starts = starts.replace(minute=0, second=0, microsecond=0)
            phenomenon = self.rng.choice(self.phenomenon_names).lower()
            place = self.rng.choice(self.places)
            kind = self.rng.choice(["Kennissessie", "Webinar", "Training", "Netwerkbijeenkomst"])
            title = f"{kind} {phenomenon} ({place})"
            public = self.rng.random() < 0.4
            form = self.rng.choice(forms)
            events.append(
                Event(
                    pk=pk,
                    slug=f"{SLUG_PREFIX}{slugify(title)}-{i}"[:120],
                    title=title[:200],
                    summary=self.rng.choice(self.summaries)[:600],
                    organiser=self.rng.choice(self.regions),
                    starts_at=starts,
                    ends_at=starts + timedelta(hours=self.rng.choice([1, 2, 3])),
                    form=form,
                    place="" if form == Event.Form.ONLINE else f"Stadhuis {place}",
                    online_url="" if form == Event.Form.IN_PERSON else f"https://vergader.example.nl/{pk}",
                    programme="\n\n".join(self.rng.sample(self.article_paragraphs, 3)),
                    capacity=self.rng.choice([None, 40, 80, 150]),
                    is_public=public,
                    status=Event.Status.DRAFT if i % 40 == 0 else Event.Status.PUBLISHED,
                )
            )
            if not public:
                audiences.extend((pk, group) for group in self._audiences(self.rng.choice(self.organisations)))
        Event.objects.bulk_create(events, batch_size=1000)
        self._sample_m2m(Event.themes.through, "event", "theme", ids, self.themes, 1, 2)
        self._sample_m2m(Event.phenomena.through, "event", "phenomenon", ids, self.phenomena, 1, 2)
        copy(Event.audience_groups.through, ["event", "group"], audiences)
        people = User.objects.filter(pk__in=self.people)
        who = {pk: rest for pk, *rest in people.values_list("pk", "name", "email", "organisation__name")}

        def registrations():
            for pk in ids:
                for person in self.rng.sample(self.people, min(len(self.people), self.rng.randint(10, 40))):
                    yield (
                        pk,
                        person,
                        *who[person],
                        Registration.Status.CONFIRMED,
                        uuid.UUID(int=self.rng.getrandbits(128)).hex,
                        self.now,
                        self.now,
                    )

        copy(
            Registration,
            ["event", "user", "name", "email", "organisation_name", "status", "token", "requested_at", "confirmed_at"],
            registrations(),
        )

    def _audit_events(self):
        """The audit log. Where the project has its general audit log (kpo.AuditEvent), that
        gets the events and the document read log a tenth of them; otherwise the read log."""
        n = self.counts["audit_events"]
        choice, past = self.rng.choice, self._past
        people, documents = self.people, self.documents
        audit_event = next((m for m in apps.get_app_config("kpo").get_models() if m.__name__ == "AuditEvent"), None)
        if audit_event is not None:
            copy(
                audit_event,
                ["at", "action", "actor", "target_type", "target_id", "ip_address", "request_id", "detail"],
                self._audit_rows(n),
            )
            n = max(1, n // 10)
        actions = [DocumentAccess.Action.VIEW] * 4 + [DocumentAccess.Action.DOWNLOAD]
        copy(
            DocumentAccess,
            ["user", "document", "action", "at"],
            ((choice(people), choice(documents), choice(actions), past(730)) for _ in range(n)),
        )

    def _audit_rows(self, n):
        # action, weight, target: what a year of a busy platform looks like.
        mix = [
            ("login", 55, None),
            ("logout", 20, None),
            ("login_failed", 8, None),
            ("document_shared", 6, DOCUMENT_TARGET),
            ("contact_requested", 4, "accounts.user"),
            ("password_changed", 3, None),
            ("email_changed", 2, None),
            ("mfa_failed", 2, None),
        ]
        actions = self.rng.choices(mix, [m[1] for m in mix], k=n)
        choice, randint, past = self.rng.choice, self.rng.randint, self._past
        people, documents = self.people, self.documents
        for action, _weight, target in actions:
            actor = choice(people)
            target_id = "" if target is None else choice(documents if target == DOCUMENT_TARGET else people)
            yield (
                past(730),
                action,
                actor,
                target or "",
                str(target_id),
                f"10.{randint(0, 255)}.{randint(0, 255)}.{randint(1, 254)}",
                uuid.UUID(int=self.rng.getrandbits(128)).hex,
                "{}",
            )
