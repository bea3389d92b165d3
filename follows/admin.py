from django.contrib import admin

from .models import DigestDelivery


@admin.register(DigestDelivery)
class DigestDeliveryAdmin(admin.ModelAdmin):
    """Which digests went out and which failed (with the error), for the administrators.
    Read-only: the worker writes these rows."""

    list_display = ("period", "user", "status", "items", "attempts", "next_attempt_at", "last_error")
    list_filter = ("status", "frequency")
    search_fields = ("user__email", "period")
    date_hierarchy = "created_at"
    readonly_fields = [f.name for f in DigestDelivery._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False  # the row is what stops a second mail for the period

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("user")
