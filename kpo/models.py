import secrets

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AuditEventQuerySet(models.QuerySet):
    def about(self, user):
        """The events `user` did, and those done to their account, oldest first."""
        return self.filter(
            models.Q(actor=user) | models.Q(target_type=user._meta.label_lower, target_id=str(user.pk))
        ).order_by("at", "pk")


class AuditEvent(models.Model):
    """One line of the audit log: who did what to which object, when, from where.

    Append-only: a database trigger refuses updates, and deletes of events younger than
    the retention period (five years; `manage.py prune_logs` removes older ones)."""

    at = models.DateTimeField(_("tijdstip"), default=timezone.now, db_index=True)
    action = models.CharField(_("actie"), max_length=64, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("door"),
        null=True,
        blank=True,
        # The log refuses updates: a person with events is pseudonymised, not deleted.
        on_delete=models.PROTECT,
        related_name="+",
    )
    target_type = models.CharField(_("soort object"), max_length=64, blank=True)
    target_id = models.CharField(_("object-id"), max_length=64, blank=True)
    ip_address = models.GenericIPAddressField(_("IP-adres"), null=True, blank=True)
    request_id = models.CharField(_("verzoek-id"), max_length=64, blank=True)
    detail = models.JSONField(_("details"), default=dict, blank=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        verbose_name = _("auditregel")
        verbose_name_plural = _("auditlog")
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["target_type", "target_id"], name="kpo_audit_target")]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M:%S} {self.action}"


class SearchTerm(models.Model):
    """Every lexeme of the searchable texts (the Dutch stems in the stored tsvectors), filled
    by database triggers on the searchable tables. Search looks words up here to find the
    compounds a word is part of (`fraud` → `vastgoedfraud`) and near spellings (typos),
    through a trigram index: docs/search.md."""

    word = models.TextField(primary_key=True)

    class Meta:
        verbose_name = _("zoekterm")
        verbose_name_plural = _("zoektermen")
        indexes = [GinIndex(fields=["word"], opclasses=["gin_trgm_ops"], name="searchterm_word_trgm")]

    def __str__(self):
        return self.word


class SearchSynonym(models.Model):
    """A synonym or abbreviation curators manage: a search for `term` also finds
    `alternative` (and, when both ways, the other way round). Applied when searching."""

    term = models.CharField(_("zoekterm"), max_length=100, help_text=_("Bijvoorbeeld: OMG"))
    alternative = models.CharField(_("vindt ook"), max_length=200, help_text=_("Bijvoorbeeld: outlaw motorgangs"))
    both_ways = models.BooleanField(
        _("beide kanten op"),
        default=True,
        help_text=_("Vindt de zoekterm ook bij een zoekopdracht naar het alternatief."),
    )

    class Meta:
        verbose_name = _("synoniem")
        verbose_name_plural = _("synoniemen en afkortingen")
        ordering = ["term"]
        constraints = [models.UniqueConstraint(fields=["term", "alternative"], name="searchsynonym_unique")]

    def __str__(self):
        arrow = "↔" if self.both_ways else "→"
        return f"{self.term} {arrow} {self.alternative}"


def new_secret() -> str:
    """A secret for a URL that only its owner knows (a personal feed)."""
    return secrets.token_urlsafe(32)


class SecretFeed(models.Model):
    """A person's feed behind a revocable secret URL: renewing makes a new secret and the old
    URL stops working at once. Whoever reads the feed is checked again at every read by the
    app that serves it (the secret names a person, not what they may see)."""

    secret = models.CharField(max_length=64, unique=True, default=new_secret, editable=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        abstract = True

    @classmethod
    def for_user(cls, user):
        feed, _created = cls.objects.get_or_create(user=user)
        return feed

    @classmethod
    def renew_for(cls, user):
        cls.objects.filter(user=user).delete()
        return cls.objects.create(user=user)
