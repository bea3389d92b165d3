from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, render
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from accounts.public import AudienceFields

from . import services
from .context import detail_context
from .forms import AUDIENCE_LABELS
from .models import Event, Registration


class EventAdminForm(AudienceFields, forms.ModelForm):
    """The event, and for a closed one the audiences that may see it (as for documents)."""

    audience_labels = AUDIENCE_LABELS

    class Meta:
        model = Event
        fields = [
            "title",
            "slug",
            "summary",
            "organiser",
            "themes",
            "phenomena",
            "starts_at",
            "ends_at",
            "form",
            "place",
            "online_url",
            "programme",
            "speakers",
            "capacity",
            "registration_closes_at",
            "status",
            "is_public",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.show_audiences(set(self.instance.audience_groups.all()))

    def clean(self):
        cleaned = super().clean()
        starts, ends = cleaned.get("starts_at"), cleaned.get("ends_at")
        if starts and ends and ends < starts:
            self.add_error("ends_at", _("Het einde ligt vóór het begin. Kies een eindtijd na de begintijd."))
        return cleaned

    def audience_groups(self):
        return set() if self.cleaned_data.get("is_public") else super().audience_groups()


class RegistrationInline(admin.TabularInline):
    model = Registration
    extra = 0
    fields = ["name", "email", "organisation_name", "status", "requested_at"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    form = EventAdminForm
    list_display = ["title", "organiser", "starts_at", "form", "is_public", "status"]
    list_filter = ["status", "is_public", "form", "organiser"]
    search_fields = ["title", "summary"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["themes", "phenomena"]
    list_select_related = ["organiser"]
    date_hierarchy = "starts_at"
    inlines = [RegistrationInline]
    readonly_fields = ["preview_link"]
    fieldsets = (
        (None, {"fields": ("title", "slug", "summary", "organiser", "themes", "phenomena", "preview_link")}),
        (_("Wanneer en waar"), {"fields": ("starts_at", "ends_at", "form", "place", "online_url")}),
        (_("Programma"), {"fields": ("programme", "speakers")}),
        (_("Aanmelden"), {"fields": ("capacity", "registration_closes_at")}),
        (
            _("Publiek"),
            {
                "fields": ("status", "is_public", "organisations", "partner_types", "regions", "all_partners"),
                "description": _(
                    "Een openbare bijeenkomst ziet iedereen. Een besloten bijeenkomst zien alleen goedgekeurde "
                    "partners in de gekozen groepen."
                ),
            },
        ),
    )

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.set_event_audiences(form.instance, form.audience_groups(), by=request.user)
        if change and "capacity" in form.changed_data:
            services.fill_free_seats(form.instance)

    def view_on_site(self, obj):
        """The admin's "Bekijk op site": the site's page of a published public event; for a
        draft or closed one (which the curator may not see on the site) the preview."""
        if obj.status == Event.Status.PUBLISHED and obj.is_public:
            return obj.get_absolute_url()
        return reverse("admin:events_event_preview", args=[obj.pk])

    def get_urls(self):
        preview = self.admin_site.admin_view(self.preview)
        return [path("<path:object_id>/voorbeeld/", preview, name="events_event_preview"), *super().get_urls()]

    @admin.display(description=_("voorbeeld"))
    def preview_link(self, obj):
        if not obj.pk:
            return "–"
        url = reverse("admin:events_event_preview", args=[obj.pk])
        return format_html(
            '<a href="{}">{}</a>', url, _("Bekijk de pagina zoals bezoekers haar zien (ook als concept)")
        )

    def preview(self, request, object_id):
        """The site's event page for a draft or closed event, for curators only."""
        event = get_object_or_404(Event.objects.select_related("organiser"), pk=object_id if object_id.isdigit() else 0)
        if not self.has_view_permission(request, event):
            raise PermissionDenied
        return render(request, "events/event_detail.html", detail_context(request, event, preview=True))
