from django.conf import settings
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
