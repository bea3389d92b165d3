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

