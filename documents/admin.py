import csv

from django import forms
from django.conf import settings
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from accounts.public import AudienceFields
from kpo.admin import AppendOnlyAdmin

from . import services
from .models import Contribution, ContributionNote, ContributorSuspension, Document, DocumentAccess
from .uploads import detect_upload


class DocumentAdminForm(AudienceFields, forms.ModelForm):
    """Upload checked by content, and the audiences the document is shared with."""

    class Meta:
        model = Document
        fields = ["title", "summary", "file", "owner", "themes", "phenomena", "status", "published_at"]
        # The admin's file widget links to the current file, but closed documents have no
        # URL (PrivateStorage.url refuses); the stored name is under "Bestand en historie".
        widgets = {"file": forms.FileInput}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.show_audiences(services.shared_groups(self.instance))

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and "file" in self.changed_data:
            detect_upload(uploaded, settings.KPO_MAX_UPLOAD_SIZE)
        return uploaded


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    form = DocumentAdminForm
    list_display = ["title", "owner", "status", "published_at", "extension"]
    list_filter = ["status", "owner__partner_type", "themes", "phenomena"]
    search_fields = ["title", "summary", "original_name"]
    autocomplete_fields = ["owner", "themes", "phenomena"]
    list_select_related = ["owner"]

    def get_queryset(self, request):
        """A contribution a reviewer turned down, or its contributor withdrew, is theirs alone
        (docs/sharing.md): only superusers see it here, for the record."""
        documents = super().get_queryset(request)
        if request.user.is_superuser:
            return documents
        return documents.exclude(
            contribution__status__in=[Contribution.Status.REJECTED, Contribution.Status.WITHDRAWN]
        )

    def has_change_permission(self, request, obj=None):
        """A partner's contribution is decided on the site, with four eyes: until it is
        shared its document is read-only here, and so is one's own (superusers excepted)."""
        if not super().has_change_permission(request, obj):
            return False
        if obj is None or request.user.is_superuser:
            return True
        contribution = Contribution.objects.filter(document=obj).only("contributor_id").first()
        if contribution is None:
            return True
        return contribution.contributor_id != request.user.pk and obj.status == Document.Status.PUBLISHED

    readonly_fields = [
        "preview_link",
        "readers",
        "versions",
        "original_name",
        "size",
        "content_type",
        "checksum",
        "created_by",
        "updated_by",
        "created_at",
        "updated_at",
    ]
    fieldsets = (
        (None, {"fields": ("title", "summary", "file", "owner", "themes", "phenomena")}),
        (_("Publicatie"), {"fields": ("status", "published_at", "preview_link")}),
        (
            _("Delen"),
            {
                "fields": ("organisations", "partner_types", "regions", "all_partners", "readers"),
                "description": _(
                    "Alleen goedgekeurde partners in deze groepen kunnen het gepubliceerde document lezen."
                ),
            },
        ),
        (
            _("Bestand en historie"),
            {
                "fields": (
                    "original_name",
                    "size",
                    "content_type",
                    "checksum",
                    "created_by",
                    "created_at",
                    "updated_by",
                    "updated_at",
                    "versions",
                ),
                "classes": ("collapse",),
            },
        ),
    )

    def get_urls(self):
        preview = self.admin_site.admin_view(self.preview)
        return [path("<path:object_id>/voorbeeld/", preview, name="documents_document_preview"), *super().get_urls()]

    @admin.display(description=_("voorbeeld"))
    def preview_link(self, obj):
        if not obj.pk:
            return _("Sla het document eerst op; daarna kunt u het voorbeeld bekijken.")
        url = reverse("admin:documents_document_preview", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, _("Bekijk de pagina zoals partners haar zien (ook als concept)"))

    def preview(self, request, object_id):
        """The closed section's page of a saved document, in any status, for curators only.
        Not a read of the document: the file is not served, as in the change form."""
        # From the admin's own list: a rejected or withdrawn contribution is hidden there
        # from everyone but superusers, and so here.
        document = get_object_or_404(
            self.get_queryset(request).select_related("owner"), pk=object_id if object_id.isdigit() else 0
        )
        if not self.has_view_permission(request, document):
            raise PermissionDenied
        response = render(
            request,
            "documents/document_detail.html",
            {
                "document": document,
                **services.page_facts(document),
                "preview": True,
            },
        )
        response["X-Robots-Tag"] = "noindex"
        return response

    @admin.display(description=_("aantal lezers"))
    def readers(self, obj):
        return services.readers_count(obj) if obj.pk else 0

    @admin.display(description=_("versies (gedeeld door een partner)"))
    def versions(self, obj):
        rows = obj.versions.order_by("-number") if obj.pk else []
        return format_html_join(
            mark_safe("<br>"),  # noqa: S308 - a constant
            "{} {}: {} ({} bytes), {}",
            ((_("versie"), v.number, v.original_name, v.size, v.get_state_display()) for v in rows),
        ) or "–"

    def save_model(self, request, obj, form, change):
        uploaded = form.cleaned_data.get("file") if "file" in form.changed_data else None
        services.save_document(obj, by=request.user, uploaded_file=uploaded)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.set_document_audiences(form.instance, form.audience_groups(), by=request.user)


@admin.register(DocumentAccess)
class DocumentAccessAdmin(AppendOnlyAdmin):
    """The audit log: read-only for everyone, superusers included."""

    list_display = ["at", "user", "action", "document"]
    search_fields = ["user__email", "user__name", "document__title"]
    autocomplete_fields = []
    list_select_related = ["user", "document"]
    date_hierarchy = "at"
    actions = ["export_csv"]

    def get_list_filter(self, request):
        return [
            "action",
            ("at", admin.DateFieldListFilter),
            ("user", admin.RelatedOnlyFieldListFilter),
            ("document", admin.RelatedOnlyFieldListFilter),
        ]

    @admin.action(description=_("Exporteren als CSV"), permissions=["view"])
    def export_csv(self, request, queryset):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="logboek-documentinzage.csv"'
        response["Cache-Control"] = "private, no-store"
        writer = csv.writer(response)
        writer.writerow(["tijdstip", "gebruiker_id", "e-mailadres", "handeling", "document_id", "document"])
        for row in queryset.select_related("user", "document").order_by("at").iterator(chunk_size=2000):
            writer.writerow(
                [
                    row.at.isoformat(),
                    row.user_id,
                    _csv_safe(row.user.email),
                    row.action,
                    row.document_id,
                    _csv_safe(row.document.title),
                ]
            )
        return response


class ContributionNoteInline(admin.TabularInline):
    model = ContributionNote
    fields = ["at", "kind", "by_reviewer", "author", "message"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Contribution)
class ContributionAdmin(admin.ModelAdmin):
    """Partners' contributions for curators: status, history, versions. Decisions are taken
    on the site (/besloten/delen/beoordelen/), where the four-eyes rule and MFA apply;
    here curators can suspend a contributor's right to share."""

    list_display = ["document", "organisation", "audience", "status", "created_at"]
    list_filter = ["status", "audience", "organisation__region", "organisation__partner_type"]
    search_fields = ["document__title", "organisation__name", "contributor__email"]
    list_select_related = ["document", "organisation"]

    def get_queryset(self, request):
        """As on the documents' list: turned down or withdrawn, a contribution is its
        contributor's alone; only superusers see it here."""
        contributions = super().get_queryset(request)
        if request.user.is_superuser:
            return contributions
        return contributions.exclude(status__in=[Contribution.Status.REJECTED, Contribution.Status.WITHDRAWN])

    fields = ["document", "contributor", "organisation", "audience", "status", "show_name", "decided_by", "decided_at"]
    readonly_fields = fields
    inlines = [ContributionNoteInline]
    actions = ["suspend_contributors"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False  # kept for the audit; a contributor withdraws on the site

    @admin.action(description=_("Recht om te delen opschorten voor de delers"), permissions=["change"])
    def suspend_contributors(self, request, queryset):
        for contribution in queryset.select_related("contributor"):
            services.suspend_contributor(
                contribution.contributor, by=request.user, reason=str(_("Opgeschort vanuit de bijdragen."))
            )
        self.message_user(request, _("Het recht om te delen is opgeschort."))


@admin.register(ContributorSuspension)
class ContributorSuspensionAdmin(admin.ModelAdmin):
    """Who may not share documents any more, and why. Adding suspends, deleting reinstates."""

    list_display = ["user", "reason", "suspended_at", "suspended_by"]
    search_fields = ["user__email", "user__name"]
    autocomplete_fields = ["user"]
    fields = ["user", "reason"]

    def save_model(self, request, obj, form, change):
        services.suspend_contributor(obj.user, by=request.user, reason=obj.reason)

    def delete_model(self, request, obj):
        services.reinstate_contributor(obj.user, by=request.user)

    def delete_queryset(self, request, queryset):
        for suspension in queryset.select_related("user"):
            services.reinstate_contributor(suspension.user, by=request.user)


def _csv_safe(value: str) -> str:
    # Spreadsheet programs run cells that start with these as formulas.
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value
