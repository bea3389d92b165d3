from django.contrib import admin, messages
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from . import services
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
    readonly_fields = ["created_at", "updated_at"]
    inlines = [ReferenceInline]
    actions = ["publish", "unpublish"]
    list_per_page = 50
    fieldsets = (
        (None, {"fields": ("title", "slug", "kind", "summary", "body")}),
        (_("Indeling"), {"fields": ("themes", "phenomena", "regions")}),
        (_("Publicatie"), {"fields": ("status", "published_at", "last_reviewed", "review_due")}),
        (_("Historie"), {"fields": ("created_at", "updated_at"), "classes": ("collapse",)}),
    )

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
