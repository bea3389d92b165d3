"""Load the demo data files (portal/demo/data/) into the database, through the apps'
services: partners are registered and approved (so their groups follow), documents pass
the upload checks and are shared with their audiences, profiles and contact requests are
made as people make them. Idempotent: only what is missing is added, so a second run
changes nothing."""

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone

from portal.editors import EDITORS_GROUP, ensure_editor_group

from . import files
from .targets import (
    Article,
    ContactRequest,
    Document,
    Event,
    Organisation,
    OrganisationDomain,
    PartnerType,
    Phenomenon,
    QuizChoice,
    QuizQuestion,
    Reference,
    Region,
    SearchSynonym,
    Signal,
    Theme,
    User,
    account_services,
    document_services,
    event_services,
    follows_services,
    network_services,
)


@dataclass
class Added:
    """How many of each were added by one run."""

    articles: int = 0
    documents: int = 0
    events: int = 0
    profiles: int = 0
    questions: int = 0


@transaction.atomic
def load(password: str, data: files.DemoData | None = None) -> Added:
    """Add what is missing of the demo data; every account gets `password`."""
    data = data or files.read()
    loader = Loader(data, password)
    return loader.run()


class Loader:
    def __init__(self, data: files.DemoData, password: str):
        self.data = data
        self.password = password
        # One moment for the whole run: equal ages give equal dates, whatever the file order.
        self.now = timezone.now()
        self.added = Added()

    def run(self) -> Added:
        contact = ("kind", "area", "address", "phone", "email", "website")
        self.regions = self.taxonomy(Region, self.data.regions, contact)
        self.themes = self.taxonomy(Theme, self.data.themes, ("description",))
        self.phenomena = self.taxonomy(Phenomenon, self.data.phenomena, ("description",))
        self.partner_types = self.taxonomy(PartnerType, self.data.partner_types, ())
        self.organisations = {row["slug"]: self.organisation(row) for row in self.data.organisations}
        self.groups = {row["name"]: self.group(row) for row in self.data.groups}
        for row in self.data.people:
            self.person(row)
        for row in self.data.articles:
            self.article(row)
        for row in self.data.documents:
            self.document(row)
        for row in self.data.profiles:
            self.profile(row)
        for row in self.data.contact_requests:
            self.contact_request(row)
        for row in self.data.questions:
            self.question(row)
        for row in self.data.signals:
            self.signal(row)
        for row in self.data.events:
            self.event(row)
        self.follows()
        for row in self.data.synonyms:
            SearchSynonym.objects.get_or_create(
                term=row["term"], alternative=row["alternative"], defaults={"both_ways": row["both_ways"]}
            )
        return self.added

    # --- accounts ------------------------------------------------------------------------

    def taxonomy(self, model, rows, fields) -> dict:
        objects = {}
        for order, row in enumerate(rows):
            defaults = {"name": row["name"], "order": order, **{field: row[field] for field in fields}}
            objects[row["slug"]], _ = model.objects.get_or_create(slug=row["slug"], defaults=defaults)
        return objects

    def organisation(self, row) -> Organisation:
        organisation, created = Organisation.objects.get_or_create(
            slug=row["slug"],
            defaults={
                "name": row["name"],
                "partner_type": self.partner_types[row["partner_type"]],
                "region": self.regions.get(row.get("region")),
                "approval_policy": row["approval_policy"],
            },
        )
        if created:
            OrganisationDomain.objects.bulk_create(
                OrganisationDomain(organisation=organisation, domain=domain) for domain in row["domains"]
            )
        return organisation

    def group(self, row) -> Group:
        if row["name"] == EDITORS_GROUP:
            return ensure_editor_group()
        group, created = Group.objects.get_or_create(name=row["name"])
        if created:
            models = [label.split(".") for label in row["permissions"]]
            permissions = Permission.objects.none()
            for app_label, model in models:
                permissions |= Permission.objects.filter(content_type__app_label=app_label, content_type__model=model)
            group.permissions.set(permissions)
        return group

    def person(self, row) -> None:
        if User.objects.filter(email=row["email"]).exists():
            return
        # Re-verified today: demo accounts work for a full KPO_REVERIFY_DAYS.
        details = {"name": row["name"], "function": row["function"], "identity_confirmed_at": timezone.now()}
        user = User.objects.create_user(row["email"], self.password, **details)
        EmailAddress.objects.create(user=user, email=row["email"], verified=True, primary=True)
        account_services.register_partner(user, self.organisations[row["organisation"]], row["function"])
        if row["status"] == "approved":
            account_services.approve_membership(user, by=None, notify=False)
        user.is_superuser = row.get("superuser", False)
        user.is_staff = row.get("staff", False) or user.is_superuser
        user.save(update_fields=["is_staff", "is_superuser"])
        user.groups.add(*(self.groups[name] for name in row["groups"]))
        for slug in row["moderates_regions"]:
            account_services.grant_moderation(user, self.regions[slug], by=None)

    # --- kennisbank ----------------------------------------------------------------------

    def article(self, row) -> None:
        if Article.objects.filter(slug=row["slug"]).exists():
            return
        today = timezone.localdate(self.now)
        age = row["days_ago"]
        article = Article.objects.create(
            slug=row["slug"],
            title=row["title"],
            summary=row["summary"],
            body=row["body"],
            kind=row["kind"],
            status=row["status"],
            published_at=self.now - timedelta(days=age),
            last_reviewed=today - timedelta(days=max(age, 0) % 200),
            # Some demo articles are overdue for review, to show the admin filter.
            review_due=today + timedelta(days=365 - max(age, 0)),
        )
        article.themes.set([self.themes[slug] for slug in row["themes"]])
        article.phenomena.set([self.phenomena[slug] for slug in row["phenomena"]])
        article.regions.set([self.regions[slug] for slug in row["regions"]])
        Reference.objects.bulk_create(
            Reference(article=article, order=order, **reference) for order, reference in enumerate(row["references"])
        )
        self.added.articles += 1

    def document(self, row) -> None:
        name = row["path"].name
        if Document.objects.filter(original_name=name).exists():
            return
        if "contribution" in row:
            self.contribution(row)
            return
        document = Document(
            title=row["title"],
            summary=row["summary"],
            owner=self.organisations[row["owner"]],
            status=row["status"],
            published_at=self.now - timedelta(days=row["days_ago"]),
        )
        document_services.save_document(document, uploaded_file=SimpleUploadedFile(name, row["content"]))
        document.themes.set([self.themes[slug] for slug in row["themes"]])
        document.phenomena.set([self.phenomena[slug] for slug in row["phenomena"]])
        share = row["share"]
        audiences = account_services.audience_groups(
            [self.organisations[slug] for slug in share["organisations"]],
            [self.partner_types[slug] for slug in share["partner_types"]],
            [self.regions[slug] for slug in share["regions"]],
            share["all_partners"],
        )
        document_services.share_document(document, audiences)
        self.added.documents += 1

    def contribution(self, row) -> None:
        """A document a partner shared on the site, through the same service."""
        contribution = row["contribution"]
        document_services.contribute(
            User.objects.get(email=contribution["contributor"]),
            title=row["title"],
            summary=row["summary"],
            themes=[self.themes[slug] for slug in row["themes"]],
            phenomena=[self.phenomena[slug] for slug in row["phenomena"]],
            audience=contribution["audience"],
            show_name=contribution["show_name"],
            uploaded_file=SimpleUploadedFile(row["path"].name, row["content"]),
        )
        self.added.documents += 1

    # --- network -------------------------------------------------------------------------

    def profile(self, row) -> None:
        profile = network_services.ensure_profile(User.objects.get(email=row["email"]))
        if profile.completed:
            return
        network_services.update_profile(
            profile,
            {"introduction": row["introduction"], "phone": row["phone"], "visibility": row["visibility"]},
            [self.themes[slug] for slug in row["themes"]],
            [self.phenomena[slug] for slug in row["phenomena"]],
        )
        self.added.profiles += 1

    def contact_request(self, row) -> None:
        sender, recipient = User.objects.get(email=row["sender"]), User.objects.get(email=row["recipient"])
        if not ContactRequest.objects.filter(sender=sender, recipient=recipient).exists():
            network_services.send_contact_request(sender, recipient, row["message"])

    # --- follows -------------------------------------------------------------------------

    def follows(self) -> None:
        """Through follows' services: following or saving twice is one follow or search."""
        targets = {"theme": self.themes, "phenomenon": self.phenomena, "region": self.regions}
        targets["organisation"] = self.organisations
        for row in self.data.follows:
            follows_services.follow(User.objects.get(email=row["email"]), targets[row["kind"]][row["target"]])
        for row in self.data.saved_searches:
            user = User.objects.get(email=row["email"])
            follows_services.save_search(user, row["section"], row["query"], row["name"])
        for row in self.data.notification_settings:
            follows_services.set_frequency(User.objects.get(email=row["email"]), row["frequency"])

    # --- quiz and signals ----------------------------------------------------------------

    def question(self, row) -> None:
        if QuizQuestion.objects.filter(text=row["text"]).exists():
            return
        question = QuizQuestion.objects.create(
            level=row["level"],
            text=row["text"],
            explanation=row["explanation"],
            theme=self.themes.get(row.get("theme")),
            phenomenon=self.phenomena.get(row.get("phenomenon")),
        )
        QuizChoice.objects.bulk_create(
            QuizChoice(question=question, text=text, is_correct=text == row["answer"], order=order)
            for order, text in enumerate(row["choices"])
        )
        question.articles.set(Article.objects.filter(slug__in=row["articles"]))
        self.added.questions += 1

    def signal(self, row) -> None:
        Signal.objects.get_or_create(
            slug=row["slug"],
            defaults={
                "title": row["title"],
                "description": row["description"],
                "phenomenon": self.phenomena[row["phenomenon"]],
                "setting": row["setting"],
                "action": row["action"],
            },
        )

    # --- events --------------------------------------------------------------------------

    def event(self, row) -> None:
        if Event.objects.filter(slug=row["slug"]).exists():
            return
        day = timezone.localdate(self.now) + timedelta(days=row["days_from_now"])
        hour, minute = (int(part) for part in row["start"].split(":"))
        starts_at = timezone.make_aware(datetime.combine(day, time(hour, minute)))
        event = Event.objects.create(
            slug=row["slug"],
            title=row["title"],
            summary=row["summary"],
            organiser=self.regions[row["organiser"]],
            starts_at=starts_at,
            ends_at=starts_at + timedelta(minutes=row["minutes"]),
            form=row["form"],
            place=row["place"],
            online_url=row["online_url"],
            programme=row["programme"].strip(),
            speakers="\n".join(row["speakers"]),
            capacity=row["capacity"],
            is_public=row["public"],
            status=Event.Status.PUBLISHED,
        )
        event.themes.set([self.themes[slug] for slug in row["themes"]])
        event.phenomena.set([self.phenomena[slug] for slug in row["phenomena"]])
        audience = row["audience"]
        event_services.set_event_audiences(
            event,
            account_services.audience_groups(
                [self.organisations[slug] for slug in audience["organisations"]],
                [self.partner_types[slug] for slug in audience["partner_types"]],
                [self.regions[slug] for slug in audience["regions"]],
                audience["all_partners"],
            ),
        )
        for email in row["registrations"]:
            event_services.register_partner(event, User.objects.get(email=email), notify=False)
        self.added.events += 1
