from django import forms
from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.forms import AdminPasswordChangeForm
from django.contrib.auth.models import Group
from django.db.models import Count
from django.template.response import TemplateResponse
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from guardian.admin import AdminGroupObjectPermissionsForm, AdminUserObjectPermissionsForm, ReinforcedGuardedModelAdmin

from . import services
from .models import MembershipStatus, Organisation, OrganisationDomain, OrganisationRequest, PartnerType, Region, User


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Reden"), widget=forms.Textarea(attrs={"rows": 3}), max_length=1000)


def _with_reason(modeladmin, request, queryset, action, title, apply):
    """An admin action that first asks for a reason (sent to the person by e-mail)."""
    form = ReasonForm(request.POST if "reason" in request.POST else None)
    if form.is_valid():
        for user in queryset:
            apply(user, request.user, form.cleaned_data["reason"])
        modeladmin.message_user(
            request,
            ngettext("%d gebruiker bijgewerkt.", "%d gebruikers bijgewerkt.", queryset.count()) % queryset.count(),
            messages.SUCCESS,
        )
        return None
    return TemplateResponse(
        request,
        "admin/accounts/reason_action.html",
        {
            **modeladmin.admin_site.each_context(request),
            "title": title,
            "queryset": queryset,
            "form": form,
            "action": action,
            "opts": modeladmin.model._meta,
        },
    )


def _moderation_rights_form(base, holder_attribute, by):
    """Guardian's object-permission form, limited to the moderation right of the object and
    saved through the services (granting is recorded in the audit log)."""

    class ModerationRightsForm(base):
        def get_obj_perms_field_choices(self):
            codename = services.MODERATION_PERMISSIONS[type(self.obj)]
            return [choice for choice in super().get_obj_perms_field_choices() if choice[0] == codename]

        def save_obj_perms(self):
            holder = getattr(self, holder_attribute)
            codename = services.MODERATION_PERMISSIONS[type(self.obj)]
            chosen = codename in self.cleaned_data[self.get_obj_perms_field_name()]
            held = codename in set(self.get_obj_perms_field_initial())
            if chosen and not held:
                services.grant_moderation(holder, self.obj, by=by)
            elif held and not chosen:
                services.revoke_moderation(holder, self.obj, by=by)

    return ModerationRightsForm


class ModerationRightsAdmin(ReinforcedGuardedModelAdmin):
    """Object permissions of organisations and regions are moderation rights: given and taken
    through accounts.services (grant_moderation, revoke_moderation), never directly."""

    def get_obj_perms_manage_user_form(self, request):
        return _moderation_rights_form(AdminUserObjectPermissionsForm, "user", request.user)

    def get_obj_perms_manage_group_form(self, request):
        return _moderation_rights_form(AdminGroupObjectPermissionsForm, "group", request.user)


class DutchAdminPasswordChangeForm(AdminPasswordChangeForm):
    # Django writes this warning in English only (not as a translatable message).
    usable_password_help_text = format_lazy(
        '{}<ul id="id_unusable_warning" class="messagelist"><li class="warning">{}</li></ul>',
        _("Of de gebruiker met een wachtwoord kan inloggen."),
        _("Zet u dit uit, dan vervalt het huidige wachtwoord van deze gebruiker."),
    )


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    change_password_form = DutchAdminPasswordChangeForm
    ordering = ["email"]
    list_display = ["email", "name", "organisation", "status", "is_staff", "is_active", "date_joined"]
    list_filter = ["status", "is_staff", "is_superuser", "is_active", "organisation__partner_type", "groups"]
    search_fields = ["email", "name", "function", "organisation__name"]
    list_select_related = ["organisation"]
    autocomplete_fields = ["organisation"]
    readonly_fields = [
        "status",
        "status_reason",
        "status_changed_at",
        "status_changed_by",
        "identity_confirmed_at",
        "last_login",
        "date_joined",
    ]
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        (_("Persoonlijke gegevens"), {"fields": ("name", "function")}),
        (
            _("Lidmaatschap"),
            {
                "fields": (
                    "organisation",
                    "status",
                    "status_reason",
                    "status_changed_at",
                    "status_changed_by",
                    "identity_confirmed_at",
                )
            },
        ),
        (_("Rechten"), {"fields": ("is_active", "is_staff", "is_superuser", "groups", "user_permissions")}),
        (_("Belangrijke datums"), {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = (
        (None, {"classes": ("wide",), "fields": ("email", "name", "organisation", "password1", "password2")}),
    )
    actions = ["approve", "reject", "suspend", "reinstate"]

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not request.user.is_superuser:
            # Only superusers hand out rights.
            fields += ["is_superuser", "is_staff", "user_permissions"]
        return fields

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "groups":
            # Partner groups follow the membership (services.sync_partner_groups); only other
            # groups, such as Redacteuren, are handed out here.
            kwargs["queryset"] = Group.objects.exclude(pk__in=services.partner_group_ids())
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        new_organisation = None
        if change and "organisation" in form.changed_data and obj.organisation:
            new_organisation = obj.organisation
            obj.organisation = User.objects.get(pk=obj.pk).organisation
        super().save_model(request, obj, form, change)
        if new_organisation:
            services.move_to_organisation(obj, new_organisation, by=request.user)
        if change and "email" in form.changed_data:
            # A new address here is a change of address like any other: the organisation
            # follows its domain, and access ends until that organisation decided.
            services.email_address_changed(obj, obj.email, by=request.user)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # The form just set the groups it shows; put the partner groups back as the membership says.
        services.sync_partner_groups(form.instance)

    def has_moderate_permission(self, request):
        # Moderators decide at /account/moderatie/, within their organisations and regions;
        # in the admin only superusers decide on memberships.
        return request.user.is_superuser

    @admin.action(description=_("Aanvraag goedkeuren"), permissions=["moderate"])
    def approve(self, request, queryset):
        pending = queryset.filter(
            status=MembershipStatus.PENDING, organisation__isnull=False, emailaddress__verified=True
        ).distinct()
        for user in pending:
            services.approve_membership(user, by=request.user)
        count = len(pending)
        self.message_user(
            request,
            ngettext("%d aanvraag goedgekeurd.", "%d aanvragen goedgekeurd.", count) % count,
            messages.SUCCESS,
        )

    @admin.action(description=_("Aanvraag afwijzen (met reden)"), permissions=["moderate"])
    def reject(self, request, queryset):
        return _with_reason(
            self,
            request,
            queryset.filter(status=MembershipStatus.PENDING),
            "reject",
            _("Aanvragen afwijzen"),
            services.reject_membership,
        )

    @admin.action(description=_("Toegang schorsen (met reden)"), permissions=["moderate"])
    def suspend(self, request, queryset):
        return _with_reason(
            self,
            request,
            queryset.filter(status=MembershipStatus.APPROVED),
            "suspend",
            _("Toegang schorsen"),
            services.suspend_membership,
        )

    @admin.action(description=_("Schorsing opheffen"), permissions=["moderate"])
    def reinstate(self, request, queryset):
        suspended = queryset.filter(status=MembershipStatus.SUSPENDED)
        for user in suspended:
            services.reinstate_membership(user, by=request.user)
        count = len(suspended)
        self.message_user(
            request,
            ngettext("%d schorsing opgeheven.", "%d schorsingen opgeheven.", count) % count,
            messages.SUCCESS,
        )


@admin.register(Region)
class RegionAdmin(ModerationRightsAdmin):
    list_display = ["name", "kind", "email", "phone", "order"]
    list_filter = ["kind"]
    search_fields = ["name", "area"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(PartnerType)
class PartnerTypeAdmin(admin.ModelAdmin):
    list_display = ["name", "order"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


class DomainInline(admin.TabularInline):
    model = OrganisationDomain
    extra = 1


@admin.register(Organisation)
class OrganisationAdmin(ModerationRightsAdmin):
    list_display = ["name", "partner_type", "region", "approval_policy", "member_count"]
    list_filter = ["partner_type", "region", "approval_policy", "allows_subaddressing"]
    search_fields = ["name", "domains__domain"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["partner_type", "region"]
    inlines = [DomainInline]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if change and any(formset.has_changed() for formset in formsets):
            # Members whose address left with a domain move or lose access at once.
            services.organisation_domains_changed(form.instance, by=request.user)

    def get_queryset(self, request):
        return (
            super().get_queryset(request).select_related("partner_type", "region").annotate(n_members=Count("members"))
        )

    @admin.display(description=_("leden"), ordering="n_members")
    def member_count(self, obj):
        return obj.n_members


@admin.register(OrganisationRequest)
class OrganisationRequestAdmin(admin.ModelAdmin):
    """Requests to add an organisation, for the record: moderators decide at /account/moderatie/."""

    list_display = ["organisation_name", "email", "partner_type", "region", "status", "created_at", "decided_by"]
    list_filter = ["status", "partner_type", "region"]
    search_fields = ["organisation_name", "email", "name"]
    readonly_fields = [field.name for field in OrganisationRequest._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
