from allauth.account.decorators import secure_admin_login
from django.contrib import admin, messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.access import needs_mfa_setup

from .models import AuditEvent


class KpoAdminSite(admin.AdminSite):
    """The admin for curators. Login goes through allauth (rate limits, MFA), and with
    KPO_REQUIRE_MFA staff must have set up MFA before they get in."""

    site_header = gettext_lazy("KPO beheer")
    site_title = gettext_lazy("KPO beheer")
    index_title = gettext_lazy("Beheer van het Kennisplatform Ondermijning")

    def has_permission(self, request):
        return super().has_permission(request) and not needs_mfa_setup(request.user)

    def login(self, request, extra_context=None):
        user = request.user
        if user.is_authenticated and user.is_active and user.is_staff and needs_mfa_setup(user):
            messages.info(request, _("Stel eerst tweestapsverificatie in om het beheer te gebruiken."))
            return redirect("mfa_index")
        return secure_admin_login(super().login)(request, extra_context)


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    """The audit log: read-only for everyone, superusers included; who may view it is a
    permission (kpo.view_auditevent), given to auditors, not to curators by default."""

    list_display = ["at", "action", "actor", "target_type", "target_id", "ip_address"]
    list_filter = ["action", ("at", admin.DateFieldListFilter), "target_type"]
    search_fields = ["=actor__email", "=target_id", "=request_id", "action"]
    list_select_related = ["actor"]
    date_hierarchy = "at"
    show_full_result_count = False  # no COUNT(*) over millions of rows per page
    readonly_fields = [f.name for f in AuditEvent._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
