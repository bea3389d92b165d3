"""What a partner follows (themes, phenomena, regions, organisations' publications, saved
searches), their notification settings and personal feed, and the digest deliveries.

Nothing here stores closed content: what is new for a person is derived at read time
(follows.news) through the gates, so a notification, a digest or the feed can never show
what the person may no longer read."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kpo.models import SecretFeed


class Follow(models.Model):
    """One thing a person follows: exactly one of theme, phenomenon, region, organisation."""

    class Kind(models.TextChoices):
        THEME = "theme", _("thema")
        PHENOMENON = "phenomenon", _("fenomeen")
        REGION = "region", _("regio")
        ORGANISATION = "organisation", _("organisatie")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="follows")
    kind = models.CharField(_("soort"), max_length=12, choices=Kind.choices)
    theme = models.ForeignKey("knowledge.Theme", on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    phenomenon = models.ForeignKey(
        "knowledge.Phenomenon", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    region = models.ForeignKey("accounts.Region", on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    organisation = models.ForeignKey(
        "accounts.Organisation", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("sinds"), default=timezone.now)

    class Meta:
        verbose_name = _("gevolgd onderwerp")
        verbose_name_plural = _("gevolgde onderwerpen")
        ordering = ["kind", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(kind="theme", theme__isnull=False, phenomenon=None, region=None, organisation=None)
                    | Q(kind="phenomenon", phenomenon__isnull=False, theme=None, region=None, organisation=None)
                    | Q(kind="region", region__isnull=False, theme=None, phenomenon=None, organisation=None)
                    | Q(kind="organisation", organisation__isnull=False, theme=None, phenomenon=None, region=None)
                ),
                name="follow_exactly_one_target",
            ),
            models.UniqueConstraint(fields=["user", "theme"], name="follow_theme_once"),
            models.UniqueConstraint(fields=["user", "phenomenon"], name="follow_phenomenon_once"),
            models.UniqueConstraint(fields=["user", "region"], name="follow_region_once"),
            models.UniqueConstraint(fields=["user", "organisation"], name="follow_organisation_once"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.target}"

    @property
    def target(self):
        return getattr(self, self.kind)


class SavedSearch(models.Model):
    """A search with its filters in the kennisbank or the closed section, kept by one
    person: new results come to Mijn KPO, the notifications and the digest."""

    class Section(models.TextChoices):
        KENNISBANK = "kennisbank", _("kennisbank")
        CLOSED = "closed", _("besloten gedeelte")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_searches")
    name = models.CharField(_("naam"), max_length=120)
    section = models.CharField(_("waar"), max_length=12, choices=Section.choices)
    query = models.CharField(_("zoekopdracht"), max_length=1000, blank=True)
    # The words of `q` as the search understood them when saved (kpo.search.expand: stems,
    # compounds, synonyms), so new results are found without expanding again per person.
    match = models.TextField(_("zoekvraag"), blank=True, editable=False)
    created_at = models.DateTimeField(_("bewaard op"), default=timezone.now)

    class Meta:
        verbose_name = _("bewaarde zoekopdracht")
        verbose_name_plural = _("bewaarde zoekopdrachten")
        ordering = ["name", "pk"]
        constraints = [models.UniqueConstraint(fields=["user", "section", "query"], name="saved_search_once")]

    def __str__(self):
        return self.name


class Frequency(models.TextChoices):
    DIRECT = "direct", _("direct")
    DAILY = "daily", _("dagelijks")
    WEEKLY = "weekly", _("wekelijks")
    NEVER = "never", _("nooit")


class Preferences(models.Model):
    """A person's settings for notifications, and the moments that decide what is new:
    `seen_at` (the notification list was last opened), `visited_at` (Mijn KPO was last
    opened, before this visit) and `digested_until` (the end of the last digest's window)."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="follow_preferences")
    frequency = models.CharField(
        _("e-mail met nieuws"), max_length=8, choices=Frequency.choices, default=Frequency.WEEKLY
    )
    seen_at = models.DateTimeField(_("meldingen gelezen tot"), null=True, blank=True)
    visited_at = models.DateTimeField(_("vorig bezoek"), null=True, blank=True)
    last_visit_at = models.DateTimeField(_("laatste bezoek"), null=True, blank=True)
    digested_until = models.DateTimeField(_("nieuwsbrief tot"), null=True, blank=True)

    class Meta:
        verbose_name = _("instellingen voor meldingen")
        verbose_name_plural = _("instellingen voor meldingen")

    def __str__(self):
        return f"{self.user_id}: {self.frequency}"


class PersonalFeed(SecretFeed):
    """A partner's Atom feed of what they follow (kpo.models.SecretFeed, as the calendar)."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="follow_feed")

    class Meta:
        verbose_name = _("persoonlijke feed")
        verbose_name_plural = _("persoonlijke feeds")

    def __str__(self):
        return f"{self.user_id}"


class DigestDelivery(models.Model):
    """One digest for one person for one period: the row is written as soon as the mail has
    gone, by the one run of that frequency at a time (follows.services.send_digests), so a
    worker that stops halfway and starts again sends no one a digest twice and skips no one.
    A failure is kept for the administrators and tried again later."""

    class Status(models.TextChoices):
        SENT = "sent", _("verstuurd")
        FAILED = "failed", _("mislukt")
        GAVE_UP = "gave_up", _("opgegeven")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    frequency = models.CharField(_("frequentie"), max_length=8, choices=Frequency.choices)
    period = models.CharField(_("periode"), max_length=32)
    window_start = models.DateTimeField(_("nieuws vanaf"))
    window_end = models.DateTimeField(_("nieuws tot"))
    status = models.CharField(_("status"), max_length=8, choices=Status.choices)
    items = models.PositiveIntegerField(_("aantal berichten"), default=0)
    attempts = models.PositiveSmallIntegerField(_("pogingen"), default=0)
    last_error = models.CharField(_("laatste fout"), max_length=500, blank=True)
    next_attempt_at = models.DateTimeField(_("volgende poging"), null=True, blank=True)
    created_at = models.DateTimeField(_("aangemaakt"), default=timezone.now)
    sent_at = models.DateTimeField(_("verstuurd op"), null=True, blank=True)

    class Meta:
        verbose_name = _("verzonden nieuwsbrief")
        verbose_name_plural = _("verzonden nieuwsbrieven")
        ordering = ["-created_at"]
        constraints = [models.UniqueConstraint(fields=["user", "period"], name="one_digest_per_person_per_period")]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="digest_retry")]

    def __str__(self):
        return f"{self.period} {self.user_id} {self.status}"
