"""Events (bijeenkomsten) organised by a RIEC or the LIEC, their registrations and the
personal calendar feeds. Who may see an event is decided in `events.access` only."""

import secrets

from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from knowledge.models import Phenomenon, PublicationStatus, Theme
from kpo.models import SecretFeed
from kpo.search import SEARCH_CONFIG


def new_secret() -> str:
    return secrets.token_urlsafe(32)


class EventQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=PublicationStatus.PUBLISHED)

    def public(self):
        return self.filter(is_public=True)

    def upcoming(self, now=None):
        """Not yet over (an event under way is still upcoming), soonest first."""
        return self.filter(ends_at__gte=now or timezone.now()).order_by("starts_at", "title")

    def matching(self, q: str):
        """Events whose title, summary, programme or speakers match `q` (Dutch full-text
        search on the stored `search_vector` and its GIN index: computing it on the fly for
        2,000 events took most of a /zoeken/ request)."""
        from django.contrib.postgres.search import SearchRank

        from kpo.search import text_query

        query = text_query(q)
        return self.filter(search_vector=query).annotate(rank=SearchRank(models.F("search_vector"), query))

    def past(self, now=None):
        """Over, the most recent first: the archive."""
        return self.filter(ends_at__lt=now or timezone.now()).order_by("-starts_at", "title")


class Event(models.Model):
    """A meeting, webinar or training. Public, or closed to the audience groups it names
    (the same groups documents are shared with: organisation, partner type, region, all)."""

    Status = PublicationStatus

    class Form(models.TextChoices):
        # The values are ?vorm= in the URL, so they are Dutch (docs/architecture.md).
        IN_PERSON = "fysiek", _("Fysiek")
        ONLINE = "online", _("Online")
        HYBRID = "hybride", _("Hybride")

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    title = models.CharField(_("titel"), max_length=200)
    summary = models.TextField(_("samenvatting"), max_length=600, blank=True)
    organiser = models.ForeignKey(
        "accounts.Region", verbose_name=_("organisator"), on_delete=models.PROTECT, related_name="events"
    )
    starts_at = models.DateTimeField(_("begint om"))
    ends_at = models.DateTimeField(_("eindigt om"))
    form = models.CharField(_("vorm"), max_length=10, choices=Form.choices, default=Form.IN_PERSON)
    place = models.TextField(_("plaats"), max_length=500, blank=True, help_text=_("Adres van de bijeenkomst."))
    online_url = models.URLField(_("online link"), blank=True)
    programme = models.TextField(_("programma"), blank=True, help_text=_("Markdown."))
    speakers = models.TextField(_("sprekers"), blank=True, help_text=_("Eén spreker per regel."))
    capacity = models.PositiveIntegerField(
        _("aantal plaatsen"), null=True, blank=True, help_text=_("Laat leeg als er geen maximum is.")
    )
    registration_closes_at = models.DateTimeField(
        _("aanmelden kan tot"), null=True, blank=True, help_text=_("Laat leeg als aanmelden kan tot het begin.")
    )
    themes = models.ManyToManyField(Theme, verbose_name=_("thema's"), related_name="events", blank=True)
    phenomena = models.ManyToManyField(Phenomenon, verbose_name=_("fenomenen"), related_name="events", blank=True)
    is_public = models.BooleanField(
        _("openbaar"), default=False, help_text=_("Openbaar: iedereen ziet de bijeenkomst en kan zich aanmelden.")
    )
    audience_groups = models.ManyToManyField(
        Group,
        verbose_name=_("doelgroepen"),
        related_name="events",
        blank=True,
        help_text=_("Alleen voor een besloten bijeenkomst: de partnergroepen die haar zien."),
    )
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.DRAFT)
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True)
    # What /zoeken/ matches (EventQuerySet.matching), stored with a GIN index.
    search_vector = models.GeneratedField(
        expression=(
            SearchVector("title", config=SEARCH_CONFIG, weight="A")
            + SearchVector("summary", "programme", "speakers", config=SEARCH_CONFIG, weight="B")
        ),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    objects = EventQuerySet.as_manager()

    class Meta:
        verbose_name = _("bijeenkomst")
        verbose_name_plural = _("bijeenkomsten")
        ordering = ["starts_at", "title"]
        indexes = [
            models.Index(fields=["status", "ends_at"], name="event_status_ends"),
            GinIndex(fields=["search_vector"], name="event_search_gin"),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(ends_at__gte=models.F("starts_at")), name="event_ends_after_start")
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("events:detail", kwargs={"slug": self.slug})

    @property
    def closes_at(self):
        return self.registration_closes_at or self.starts_at

    def registration_open(self, now=None) -> bool:
        return (now or timezone.now()) < self.closes_at

    @property
    def is_past(self) -> bool:
        return self.ends_at < timezone.now()

    @property
    def speaker_list(self) -> list[str]:
        return [line.strip() for line in self.speakers.splitlines() if line.strip()]

    @property
    def has_place(self) -> bool:
        return self.form in (self.Form.IN_PERSON, self.Form.HYBRID)

    @property
    def has_online_link(self) -> bool:
        return self.form in (self.Form.ONLINE, self.Form.HYBRID)


class RegistrationQuerySet(models.QuerySet):
    def active(self):
        """Holding a seat or a place on the waiting list."""
        return self.filter(status__in=(Registration.Status.CONFIRMED, Registration.Status.WAITING))

    def confirmed(self):
        return self.filter(status=Registration.Status.CONFIRMED)

    def waiting(self):
        """The waiting list, first come first served."""
        return self.filter(status=Registration.Status.WAITING).order_by("requested_at", "pk")


class Registration(models.Model):
    """One person's registration: a partner (user) or, for a public event, anyone who
    confirmed their e-mail address. Removed KPO_EVENT_ATTENDEE_RETENTION_DAYS after the event."""

    class Status(models.TextChoices):
        UNCONFIRMED = "unconfirmed", _("e-mailadres nog niet bevestigd")
        CONFIRMED = "confirmed", _("aangemeld")
        WAITING = "waiting", _("op de wachtlijst")
        CANCELLED = "cancelled", _("afgemeld")

    event = models.ForeignKey(
        Event, verbose_name=_("bijeenkomst"), on_delete=models.CASCADE, related_name="registrations"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("partner"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="event_registrations",
    )
    name = models.CharField(_("naam"), max_length=150)
    email = models.EmailField(_("e-mailadres"))
    organisation_name = models.CharField(_("organisatie"), max_length=200, blank=True)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices)
    # The secret in the links of the mails (confirm, cancel): a public visitor has no account.
    token = models.CharField(max_length=64, unique=True, default=new_secret, editable=False)
    requested_at = models.DateTimeField(_("aangemeld op"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("plaats sinds"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("herinnering verstuurd"), null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("aanmelding")
        verbose_name_plural = _("aanmeldingen")
        ordering = ["requested_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "email"],
                condition=~Q(status="cancelled"),
                name="registration_one_per_address",
            )
        ]

    def __str__(self):
        return f"{self.name} – {self.event}"


class CalendarFeed(SecretFeed):
    """A partner's personal iCal feed: the secret in its URL is revocable (a new one
    replaces it, kpo.models.SecretFeed, as the Atom feed of Mijn KPO); access is checked
    again at every read."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed")

    class Meta:
        verbose_name = _("persoonlijke agenda")
        verbose_name_plural = _("persoonlijke agenda's")

    def __str__(self):
        return f"{self.user_id}"
