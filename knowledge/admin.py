from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from . import services
from .context import article_context
from .models import Article, Phenomenon, Reference, Theme


class TaxonomyAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "order"]
    list_editable = ["order"]
    search_fields = ["name", "description"]
    prepopulated_fields = {"slug": ["name"]}


admin.site.register(Theme, TaxonomyAdmin)
admin.site.register(Phenomenon, TaxonomyAdmin)


class ReviewOverdueFilter(admin.SimpleListFilter):
    title = _("beoordeling")
    parameter_name = "beoordeling"

    def lookups(self, request, model_admin):
        return [("verlopen", _("Beoordelingsdatum verstreken")), ("gepland", _("Nog niet verlopen"))]

    def queryset(self, request, queryset):
        if self.value() == "verlopen":
            return queryset.review_overdue()
        if self.value() == "gepland":
            return queryset.filter(review_due__gte=timezone.localdate())
        return queryset


class ReferenceInline(admin.TabularInline):
    model = Reference
    extra = 0
    fields = ["kind", "title", "url", "description", "order"]


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "status", "published_at", "review_due", "updated_at"]
    list_filter = ["status", "kind", ReviewOverdueFilter, "themes", "phenomena", "regions"]
    search_fields = ["title", "summary", "body"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["themes", "phenomena", "regions"]
    date_hierarchy = "published_at"
    readonly_fields = ["created_at", "updated_at", "preview_link"]
    inlines = [ReferenceInline]
    actions = ["publish", "unpublish"]
    list_per_page = 50
    fieldsets = (
        (None, {"fields": ("title", "slug", "kind", "summary", "body")}),
        (_("Indeling"), {"fields": ("themes", "phenomena", "regions")}),
        (_("Publicatie"), {"fields": ("status", "published_at", "last_reviewed", "review_due", "preview_link")}),
        (_("Historie"), {"fields": ("created_at", "updated_at"), "classes": ("collapse",)}),
    )

    # The save buttons also above the form: the form's first submit button is then "Opslaan",
    # so Enter in a field saves, and does not press the preview button further down.
    save_on_top = True

    class Media:
        # The Markdown preview beside the body (static/js/markdown-preview.js; CSP: no inline script).
        js = ["js/markdown-preview.js"]
        css = {"all": ["css/markdown-preview.css"]}

    def get_urls(self):
        preview = self.admin_site.admin_view(self.preview)
        return [path("<path:object_id>/voorbeeld/", preview, name="knowledge_article_preview"), *super().get_urls()]

    @admin.display(description=_("voorbeeld"))
    def preview_link(self, obj):
        # A submit button of the change form that posts the text, unsaved, to the Markdown
        # preview (works without JavaScript); with JavaScript the preview also shows beside
        # the editor. The link shows the saved article in the site's own page.
        button = format_html(
            '<button type="submit" class="button" formaction="{}" formtarget="_blank" formnovalidate '
            'data-markdown-preview="id_body">{}</button>',
            reverse("admin:markdown_preview"),
            _("Voorbeeld van de tekst (opent in een nieuw venster)"),
        )
        if not obj.pk:
            return button
        url = reverse("admin:knowledge_article_preview", args=[obj.pk])
        return format_html(
            '<a href="{}">{}</a><br>{}',
            url,
            _("Bekijk het opgeslagen artikel zoals bezoekers het zien (ook als concept)"),
            button,
        )

    def preview(self, request, object_id):
        """The site's article page for a saved article in any status, for curators only."""
        article = get_object_or_404(
            Article.objects.prefetch_related("themes", "phenomena", "regions", "references"),
            pk=object_id if object_id.isdigit() else 0,
        )
        if not self.has_view_permission(request, article):
            raise PermissionDenied
        response = render(request, "knowledge/article_detail.html", article_context(article, preview=True))
        response["X-Robots-Tag"] = "noindex"
        return response

    @admin.action(description=_("Geselecteerde artikelen publiceren"), permissions=["change"])
    def publish(self, request, queryset):
        count = services.publish_articles(queryset)
        self.message_user(
            request,
            ngettext("%d artikel gepubliceerd.", "%d artikelen gepubliceerd.", count) % count,
            messages.SUCCESS,
        )

    @admin.action(description=_("Publicatie van geselecteerde artikelen intrekken"), permissions=["change"])
    def unpublish(self, request, queryset):
        count = services.unpublish_articles(queryset)
        self.message_user(
            request,
            ngettext("%d artikel teruggezet naar concept.", "%d artikelen teruggezet naar concept.", count) % count,
            messages.SUCCESS,
        )
