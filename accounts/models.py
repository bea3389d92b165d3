from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager, Group
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from guardian.models import GroupObjectPermissionBase, UserObjectPermissionBase


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class MembershipStatus(models.TextChoices):
    PENDING = "pending", _("in afwachting")
    APPROVED = "approved", _("goedgekeurd")
    REJECTED = "rejected", _("afgewezen")
    SUSPENDED = "suspended", _("geschorst")


class User(AbstractUser):
    """A person with an account. Logs in with their (work) e-mail address."""

    username = None
    first_name = None
    last_name = None
    email = models.EmailField(_("e-mailadres"), unique=True)
    name = models.CharField(_("naam"), max_length=150, blank=True)
    function = models.CharField(_("functie"), max_length=150, blank=True)
    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("organisatie"),
        on_delete=models.PROTECT,
        related_name="members",
        null=True,
        blank=True,
    )
    status = models.CharField(
        _("lidmaatschap"), max_length=12, choices=MembershipStatus.choices, default=MembershipStatus.PENDING
    )
    status_reason = models.TextField(_("toelichting bij de status"), blank=True)
    status_changed_at = models.DateTimeField(_("status gewijzigd op"), null=True, blank=True)
    status_changed_by = models.ForeignKey(
        "self",
        verbose_name=_("status gewijzigd door"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    identity_confirmed_at = models.DateTimeField(
        _("e-mailadres, organisatie en functie laatst bevestigd op"),
        null=True,
        blank=True,
        help_text=_("Partners bevestigen dit regelmatig opnieuw (standaard elk jaar)."),
    )
    reverify_reminders_sent = models.PositiveSmallIntegerField(
        _("herinneringen voor de herbevestiging verstuurd"), default=0, editable=False
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        verbose_name = _("gebruiker")
        verbose_name_plural = _("gebruikers")
        ordering = ["name", "email"]

    def __str__(self):
        return self.name or self.email

    def get_full_name(self):
        return self.name or self.email

    def get_short_name(self):
        return self.name.split(" ")[0] if self.name else self.email

    @property
    def is_approved_partner(self) -> bool:
        """May read what is shared with partners: approved, active, with an organisation."""
        return self.is_active and self.status == MembershipStatus.APPROVED and self.organisation_id is not None

    @property
    def reverify_due_at(self):
        """When the mailbox, organisation and function must be confirmed again."""
        if self.identity_confirmed_at is None:
            return None
        return self.identity_confirmed_at + timedelta(days=settings.KPO_REVERIFY_DAYS)

    @property
    def needs_reverification(self) -> bool:
        """An approved partner whose yearly re-verification is overdue (or never done)."""
        due = self.reverify_due_at
        return self.is_approved_partner and (due is None or due <= timezone.now())


class RegionQuerySet(models.QuerySet):
    def riecs(self):
        return self.filter(kind=Region.Kind.RIEC)


class Region(models.Model):
    """One of the ten RIECs, or the national LIEC."""

    class Kind(models.TextChoices):
        RIEC = "riec", _("RIEC")
        LIEC = "liec", _("LIEC")

    name = models.CharField(_("naam"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    kind = models.CharField(_("soort"), max_length=4, choices=Kind.choices, default=Kind.RIEC)
    area = models.TextField(_("werkgebied"), blank=True)
    address = models.TextField(_("adres"), blank=True)
    phone = models.CharField(_("telefoon"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    group = models.OneToOneField(Group, on_delete=models.SET_NULL, null=True, blank=True, editable=False)

    objects = RegionQuerySet.as_manager()

    class Meta:
        verbose_name = _("regio")
        verbose_name_plural = _("regio's")
        ordering = ["order", "name"]
        permissions = [("moderate_region", _("Kan aanvragen in deze regio beoordelen"))]

    def __str__(self):
        return self.name


class PartnerType(models.Model):
    """A kind of covenant partner: gemeente, Politie, Belastingdienst …"""

    name = models.CharField(_("naam"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    order = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    group = models.OneToOneField(Group, on_delete=models.SET_NULL, null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("soort partner")
        verbose_name_plural = _("soorten partners")
        ordering = ["order", "name"]

    def __str__(self):
        return self.name


class Organisation(models.Model):
    """A covenant partner organisation. Its e-mail domains decide who may register."""

    class ApprovalPolicy(models.TextChoices):
        AUTOMATIC = "automatic", _("automatisch na bevestiging van het e-mailadres")
        MODERATED = "moderated", _("door een moderator")

    name = models.CharField(_("naam"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    partner_type = models.ForeignKey(
        PartnerType, verbose_name=_("soort partner"), on_delete=models.PROTECT, related_name="organisations"
    )
    region = models.ForeignKey(
        Region,
        verbose_name=_("regio"),
        on_delete=models.PROTECT,
        related_name="organisations",
        null=True,
        blank=True,
        help_text=_("Laat leeg voor een landelijke organisatie."),
    )
    approval_policy = models.CharField(
        _("goedkeuring"), max_length=10, choices=ApprovalPolicy.choices, default=ApprovalPolicy.MODERATED
    )
    allows_subaddressing = models.BooleanField(
        _("subadressen toestaan"),
        default=False,
        help_text=_(
            "Alleen aanzetten als de mailserver van deze organisatie adressen als naam+iets@domein niet "
            "aflevert in de mailbox van naam@domein. Anders kan één mailbox meerdere accounts krijgen."
        ),
    )
    group = models.OneToOneField(Group, on_delete=models.SET_NULL, null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")
        ordering = ["name"]
        permissions = [("moderate_organisation", _("Kan aanvragen bij deze organisatie beoordelen"))]

    def __str__(self):
        return self.name


class OrganisationDomain(models.Model):
    """An e-mail domain of an organisation; several organisations may share one."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="domains")
    domain = models.CharField(_("e-maildomein"), max_length=253, help_text=_("Bijvoorbeeld amsterdam.nl"))

    class Meta:
        verbose_name = _("e-maildomein")
        verbose_name_plural = _("e-maildomeinen")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "domain"], name="unique_organisation_domain"),
            models.CheckConstraint(
                condition=models.Q(domain=models.functions.Lower("domain")), name="domain_lowercase"
            ),
        ]
        indexes = [models.Index(fields=["domain"], name="organisation_domain_idx")]

    def __str__(self):
        return self.domain


# Moderation rights per organisation or region, as guardian object permissions in
# direct foreign-key tables (not guardian's generic ones).
class OrganisationUserObjectPermission(UserObjectPermissionBase):
    content_object = models.ForeignKey(Organisation, on_delete=models.CASCADE)


class OrganisationGroupObjectPermission(GroupObjectPermissionBase):
    content_object = models.ForeignKey(Organisation, on_delete=models.CASCADE)


class RegionUserObjectPermission(UserObjectPermissionBase):
    content_object = models.ForeignKey(Region, on_delete=models.CASCADE)


class RegionGroupObjectPermission(GroupObjectPermissionBase):
    content_object = models.ForeignKey(Region, on_delete=models.CASCADE)


class OrganisationRequestQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=OrganisationRequest.Status.OPEN)


class OrganisationRequest(models.Model):
    """Someone whose work address has a domain no organisation has yet asks for their
    organisation to be added. Lands in the queue of the moderators of the region they name
    (superusers: all); a moderator adds the organisation with the domain, or declines."""

    class Status(models.TextChoices):
        OPEN = "open", _("wacht op besluit")
        ADDED = "added", _("organisatie toegevoegd")
        DECLINED = "declined", _("afgewezen")

    email = models.EmailField(_("werk-e-mailadres"))
    name = models.CharField(_("naam"), max_length=150)
    function = models.CharField(_("functie"), max_length=150)
    organisation_name = models.CharField(_("naam van de organisatie"), max_length=200)
    partner_type = models.ForeignKey(
        PartnerType, verbose_name=_("soort organisatie"), on_delete=models.PROTECT, related_name="+"
    )
    region = models.ForeignKey(
        Region,
        verbose_name=_("regio"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Laat leeg voor een landelijke organisatie."),
    )
    message = models.TextField(_("toelichting"), max_length=1000, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.OPEN)
    created_at = models.DateTimeField(_("ingediend op"), auto_now_add=True)
    decided_at = models.DateTimeField(_("besloten op"), null=True, blank=True)
    decided_by = models.ForeignKey(
        User, verbose_name=_("besloten door"), on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    reason = models.TextField(_("reden van afwijzing"), blank=True)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("toegevoegde organisatie"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    objects = OrganisationRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("verzoek om een organisatie toe te voegen")
        verbose_name_plural = _("verzoeken om een organisatie toe te voegen")
        ordering = ["created_at"]

    def __str__(self):
        return f"{self.organisation_name} ({self.domain})"

    @property
    def domain(self) -> str:
        return self.email.rpartition("@")[2].lower()
