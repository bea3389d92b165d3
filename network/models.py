import uuid

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex, OpClass
from django.db import models
from django.db.models.functions import Upper
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from knowledge.models import Phenomenon, Theme


class Profile(models.Model):
    """What an approved partner shows colleagues in the network. Addressed by a random
    id, so its URL says nothing about how many people there are."""

    class Visibility(models.TextChoices):
        ALL_PARTNERS = "partners", _("alle goedgekeurde partners")
        ORGANISATION = "organisation", _("alleen mijn eigen organisatie")
        NOBODY = "nobody", _("niemand (niet in het netwerk)")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile")
    introduction = models.TextField(_("korte introductie"), max_length=1000, blank=True)
    phone = models.CharField(
        _("telefoonnummer"),
        max_length=30,
        blank=True,
        help_text=_("Optioneel. Alleen zichtbaar voor wie u accepteert na een contactverzoek."),
    )
    themes = models.ManyToManyField(Theme, verbose_name=_("expertise: thema's"), blank=True, related_name="+")
    phenomena = models.ManyToManyField(Phenomenon, verbose_name=_("expertise: fenomenen"), blank=True, related_name="+")
    # Privacy by default: the own organisation only; the person can choose wider visibility.
    visibility = models.CharField(
        _("zichtbaar voor"), max_length=12, choices=Visibility.choices, default=Visibility.ORGANISATION
    )
    completed = models.BooleanField(default=False, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("profiel")
        verbose_name_plural = _("profielen")
        # The people search (`icontains`, so UPPER(…) LIKE '%word%') served by trigrams;
        # the name and function on accounts_user have theirs too (migration 0004).
        indexes = [GinIndex(OpClass(Upper("introduction"), name="gin_trgm_ops"), name="network_profile_intro_trgm")]

    def __str__(self):
        return str(self.user)

    def get_absolute_url(self):
        return reverse("network:profile", kwargs={"public_id": self.public_id})


class ContactRequest(models.Model):
    """'Neem contact op': a short message; only an accepted request shows both addresses."""

    class Status(models.TextChoices):
        OPEN = "open", _("open")
        ACCEPTED = "accepted", _("geaccepteerd")
        DECLINED = "declined", _("afgewezen")
        WITHDRAWN = "withdrawn", _("ingetrokken")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    sender = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    message = models.TextField(_("bericht"), max_length=1000)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.OPEN)
    created_at = models.DateTimeField(_("verstuurd"), auto_now_add=True, db_index=True)
    decided_at = models.DateTimeField(_("beantwoord"), null=True, blank=True)

    class Meta:
        verbose_name = _("contactverzoek")
        verbose_name_plural = _("contactverzoeken")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["sender", "recipient"],
                condition=models.Q(status="open"),
                name="one_open_contact_request_per_pair",
            ),
            models.CheckConstraint(condition=~models.Q(sender=models.F("recipient")), name="no_request_to_self"),
        ]

    def __str__(self):
        return f"{self.sender} → {self.recipient} ({self.get_status_display()})"
