"""The closed section's models. Tables keep their names from before issue 14, when these
models lived in `knowledge` (the rows, ids and guardian grants stay where they were)."""

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from guardian.models import GroupObjectPermissionBase, UserObjectPermissionBase

from knowledge.models import (
    Phenomenon,
    PublicationStatus,
    PublishedQuerySet,
    Theme,
    rank_search_vector,
    weighted_search_vector,
)

from .storage import private_storage, private_upload_to


class DocumentQuerySet(PublishedQuerySet):
    pass


class Document(models.Model):
    """A closed (non-public) document, readable by the partner groups it is shared with."""

    Status = PublicationStatus

    title = models.CharField(_("titel"), max_length=250)
    summary = models.TextField(_("samenvatting"), max_length=1000, blank=True)
    file = models.FileField(_("bestand"), upload_to=private_upload_to, storage=private_storage, max_length=200)
    original_name = models.CharField(_("oorspronkelijke bestandsnaam"), max_length=255, editable=False)
    size = models.PositiveBigIntegerField(_("grootte (bytes)"), default=0, editable=False)
    content_type = models.CharField(_("bestandstype"), max_length=120, editable=False)
    extension = models.CharField(_("extensie"), max_length=10, editable=False)
    checksum = models.CharField(_("SHA-256"), max_length=64, editable=False)
    extracted_text = models.TextField(_("tekst uit het bestand"), blank=True, editable=False)
    themes = models.ManyToManyField(
        Theme, verbose_name=_("thema's"), related_name="documents", blank=True, db_table="knowledge_document_themes"
    )
    phenomena = models.ManyToManyField(
        Phenomenon,
        verbose_name=_("fenomenen"),
        related_name="documents",
        blank=True,
        db_table="knowledge_document_phenomena",
    )
    owner = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("eigenaar"),
        on_delete=models.PROTECT,
        related_name="documents",
        help_text=_("De organisatie die het document aanlevert."),
    )
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.DRAFT)
    published_at = models.DateTimeField(_("publicatiedatum"), null=True, blank=True)
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("aangemaakt door"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gewijzigd door"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    search_vector = weighted_search_vector("extracted_text")
    rank_vector = rank_search_vector()

    objects = DocumentQuerySet.as_manager()

    class Meta:
        db_table = "knowledge_document"
        verbose_name = _("document")
        verbose_name_plural = _("documenten")
        ordering = ["-published_at", "title"]
        indexes = [
            GinIndex(fields=["search_vector"], name="document_search_gin"),
            models.Index(fields=["status", "-published_at"], name="document_status_published"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("documents:detail", kwargs={"pk": self.pk})


class DocumentUserObjectPermission(UserObjectPermissionBase):
    content_object = models.ForeignKey(Document, on_delete=models.CASCADE)

    class Meta(UserObjectPermissionBase.Meta):
        db_table = "knowledge_documentuserobjectpermission"


class DocumentGroupObjectPermission(GroupObjectPermissionBase):
    """Sharing: `view_document` granted to an audience's group (organisation, partner
    type, region or all partners)."""

    content_object = models.ForeignKey(Document, on_delete=models.CASCADE)
    # When the group got the document: "new for me" (mijn-kpo, digests) is derived from this
    # and `published_at`. Empty for grants made before this field existed.
    granted_at = models.DateTimeField(_("gedeeld op"), null=True, blank=True, default=timezone.now, editable=False)

    class Meta(GroupObjectPermissionBase.Meta):
        db_table = "knowledge_documentgroupobjectpermission"
        # "What became readable to these groups since ..." (documents.access.documents_new_for_groups)
        # starts from the grants made in the window.
        indexes = [models.Index(fields=["group", "granted_at"], name="document_grant_group_time")]


class DocumentAccess(models.Model):
    """Append-only log of every view and download of a closed document."""

    class Action(models.TextChoices):
        VIEW = "view", _("bekeken")
        DOWNLOAD = "download", _("gedownload")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("gebruiker"), on_delete=models.PROTECT, related_name="+"
    )
    document = models.ForeignKey(
        Document, verbose_name=_("document"), on_delete=models.PROTECT, related_name="accesses"
    )
    action = models.CharField(_("handeling"), max_length=10, choices=Action.choices)
    at = models.DateTimeField(_("tijdstip"), default=timezone.now, db_index=True)

    class Meta:
        db_table = "knowledge_documentaccess"
        verbose_name = _("inzage van een document")
        verbose_name_plural = _("logboek documentinzage")
        ordering = ["-at"]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.user_id} {self.get_action_display()} {self.document_id}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise PermissionError("The audit log is append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError("The audit log is append-only.")


class ContributionQuerySet(models.QuerySet):
    def in_review(self):
        """Waiting for a reviewer: a first submission, or a new version of a published one."""
        return self.filter(status=Contribution.Status.PENDING)

    def uploaded_since(self, since):
        return self.filter(created_at__gte=since)


class Contribution(models.Model):
    """A document a partner shared: who gave it, for whom, and where its review stands.
    The document itself is an ordinary `Document` (search, facets, the gate); beyond the own
    organisation it is shared only after a reviewer approved it."""

    class Audience(models.TextChoices):
        ORGANISATION = "organisation", _("mijn organisatie")
        REGION = "region", _("mijn regio")
        PARTNER_TYPE = "partner_type", _("mijn soort organisatie")
        ALL_PARTNERS = "all_partners", _("alle partners")

    class Status(models.TextChoices):
        PENDING = "pending", _("wacht op beoordeling")
        CHANGES_REQUESTED = "changes_requested", _("aanpassing gevraagd")
        PUBLISHED = "published", _("gedeeld")
        REJECTED = "rejected", _("afgewezen")
        WITHDRAWN = "withdrawn", _("ingetrokken")

    document = models.OneToOneField(
        Document, verbose_name=_("document"), on_delete=models.PROTECT, related_name="contribution"
    )
    contributor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("gedeeld door"), on_delete=models.PROTECT, related_name="+"
    )
    organisation = models.ForeignKey(
        "accounts.Organisation", verbose_name=_("organisatie"), on_delete=models.PROTECT, related_name="+"
    )
    audience = models.CharField(_("gedeeld met"), max_length=20, choices=Audience.choices)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, db_index=True)
    show_name = models.BooleanField(
        _("naam tonen"), default=False, help_text=_("De deler gaf toestemming om zijn of haar naam te tonen.")
    )
    created_at = models.DateTimeField(_("gedeeld op"), auto_now_add=True)
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True)
    decided_at = models.DateTimeField(_("beoordeeld op"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("beoordeeld door"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    objects = ContributionQuerySet.as_manager()

    class Meta:
        verbose_name = _("bijdrage van een partner")
        verbose_name_plural = _("bijdragen van partners")
        ordering = ["-created_at"]
        permissions = [("review_contribution", _("Kan bijdragen van partners beoordelen"))]

    def __str__(self):
        return self.document.title

    @property
    def needs_review(self) -> bool:
        return self.audience != self.Audience.ORGANISATION


class ContributionNote(models.Model):
    """One step in a contribution's history, with the message the contributor reads on
    their page: submitted, a new version, approved, changes asked, rejected, withdrawn."""

    class Kind(models.TextChoices):
        SUBMITTED = "submitted", _("gedeeld")
        NEW_VERSION = "new_version", _("nieuwe versie")
        APPROVED = "approved", _("goedgekeurd")
        CHANGES_REQUESTED = "changes_requested", _("aanpassing gevraagd")
        REJECTED = "rejected", _("afgewezen")
        WITHDRAWN = "withdrawn", _("ingetrokken")

    contribution = models.ForeignKey(Contribution, on_delete=models.CASCADE, related_name="notes")
    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices)
    message = models.TextField(_("bericht"), max_length=2000, blank=True)
    by_reviewer = models.BooleanField(_("door een beoordelaar"), default=False)
    at = models.DateTimeField(_("tijdstip"), default=timezone.now)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("door"), on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        verbose_name = _("stap in de beoordeling")
        verbose_name_plural = _("stappen in de beoordeling")
        ordering = ["at", "pk"]

    def __str__(self):
        return self.get_kind_display()


class DocumentVersion(models.Model):
    """Every file a contributed document had. The document points at the current one
    (readers get that); older ones stay as history; a proposed one waits for a reviewer."""

    class State(models.TextChoices):
        CURRENT = "current", _("huidige versie")
        PREVIOUS = "previous", _("eerdere versie")
        PROPOSED = "proposed", _("wacht op beoordeling")
        DECLINED = "declined", _("niet overgenomen")

    document = models.ForeignKey(Document, on_delete=models.PROTECT, related_name="versions")
    number = models.PositiveIntegerField(_("versie"))
    state = models.CharField(_("stand"), max_length=10, choices=State.choices)
    file = models.FileField(_("bestand"), upload_to=private_upload_to, storage=private_storage, max_length=200)
    original_name = models.CharField(_("oorspronkelijke bestandsnaam"), max_length=255)
    size = models.PositiveBigIntegerField(_("grootte (bytes)"), default=0)
    content_type = models.CharField(_("bestandstype"), max_length=120)
    extension = models.CharField(_("extensie"), max_length=10)
    checksum = models.CharField(_("SHA-256"), max_length=64)
    uploaded_at = models.DateTimeField(_("geüpload op"), default=timezone.now, db_index=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("geüpload door"), on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        verbose_name = _("versie van een document")
        verbose_name_plural = _("versies van documenten")
        ordering = ["document", "-number"]
        constraints = [models.UniqueConstraint(fields=["document", "number"], name="unique_document_version")]

    def __str__(self):
        return f"{self.document_id} v{self.number}"


class ContributorSuspension(models.Model):
    """A curator took away someone's right to share documents (reading stays as it was)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name=_("partner"), on_delete=models.CASCADE, related_name="+"
    )
    reason = models.TextField(_("reden"), max_length=1000)
    suspended_at = models.DateTimeField(_("opgeschort op"), default=timezone.now)
    suspended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("opgeschort door"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("opgeschort recht om te delen")
        verbose_name_plural = _("opgeschorte rechten om te delen")

    def __str__(self):
        return str(self.user)
