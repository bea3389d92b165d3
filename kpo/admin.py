from django.contrib import admin

from .models import AuditEvent, SearchSynonym


class AppendOnlyAdmin(admin.ModelAdmin):
    """For logs: nobody adds, changes or deletes through the admin, superusers included."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(AuditEvent)
class AuditEventAdmin(AppendOnlyAdmin):
    """The audit log: read-only for everyone, superusers included; who may view it is a
    permission (kpo.view_auditevent), given to auditors, not to curators by default."""

    list_display = ["at", "action", "actor", "target_type", "target_id", "ip_address"]
    list_filter = ["action", ("at", admin.DateFieldListFilter), "target_type"]
    search_fields = ["=actor__email", "=target_id", "=request_id", "action"]
    list_select_related = ["actor"]
    date_hierarchy = "at"
    show_full_result_count = False  # no COUNT(*) over millions of rows per page
    readonly_fields = [f.name for f in AuditEvent._meta.fields]


@admin.register(SearchSynonym)
class SearchSynonymAdmin(admin.ModelAdmin):
    """Synonyms and abbreviations for search (OMG → outlaw motorgangs), kept by curators."""

    list_display = ["term", "alternative", "both_ways"]
    search_fields = ["term", "alternative"]
    list_filter = ["both_ways"]
