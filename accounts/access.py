"""Who may enter the partner-only parts of the site. Every closed view is wrapped in
`approved_partner_required`; nothing else decides that."""

from functools import wraps

from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.models import Permission
from django.contrib.auth.views import redirect_to_login
from django.db.models import Exists, OuterRef, Subquery
from django.db.models.signals import post_delete, post_save
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy

MFA_MESSAGE = gettext_lazy("Stel eerst tweestapsverificatie in; daarna kunt u het besloten gedeelte gebruiken.")
DECIDE_MFA_MESSAGE = gettext_lazy("Stel eerst tweestapsverificatie in; daarna kunt u aanvragen beoordelen.")
REVERIFY_MESSAGE = gettext_lazy(
    "Het is tijd om uw e-mailadres, organisatie en functie opnieuw te bevestigen. Tot dan kunt u het "
    "besloten gedeelte en het netwerk niet gebruiken. Wij verwijderen niets."
)


# A signed-in page asks `needs_mfa_setup` three or four times for the same person (the
# decorator, the gate, the follow panel, the header): the answer is kept on the user object,
# which lives for one request, and dropped whenever any second factor is added or removed in
# this process (the generation below), so a change within a request is seen at once too.
_mfa_generation = [0]


def _second_factors_changed(sender, **kwargs):
    _mfa_generation[0] += 1


post_save.connect(_second_factors_changed, sender="mfa.Authenticator", dispatch_uid="kpo-mfa-memo-save")
post_delete.connect(_second_factors_changed, sender="mfa.Authenticator", dispatch_uid="kpo-mfa-memo-delete")


def needs_mfa_setup(user) -> bool:
    if not settings.KPO_REQUIRE_MFA:
        return False
    if not user.is_authenticated:
        return not is_mfa_enabled(user)
    memo = getattr(user, "_kpo_mfa_enabled", None)
    if memo is None or memo[0] != _mfa_generation[0]:
        memo = (_mfa_generation[0], is_mfa_enabled(user))
        user._kpo_mfa_enabled = memo
    return not memo[1]


def may_use_partner_pages(user) -> bool:
    """Approved partner, re-verified within KPO_REVERIFY_DAYS, with MFA set up where that
    is required."""
    return bool(
        user.is_authenticated
        and user.is_approved_partner
        and not user.needs_reverification
        and not needs_mfa_setup(user)
    )


# --- moderation rights ------------------------------------------------------------------------
#
# Held as guardian object permissions in direct foreign-key tables (accounts.models): granted to
# the person or to one of their groups, never globally. Guardian's `get_objects_for_user(...,
# accept_global_perms=False)` answers the same question, but builds its query in Python each
# time (~2-4 ms of CPU per call); these read the same four tables with one EXISTS, so a partner
# who moderates nothing pays one cheap query.


def _moderation_tables(kind):
    from .models import (
        OrganisationGroupObjectPermission,
        OrganisationUserObjectPermission,
        RegionGroupObjectPermission,
        RegionUserObjectPermission,
    )

    if kind == "region":
        return RegionUserObjectPermission, RegionGroupObjectPermission, "moderate_region"
    return OrganisationUserObjectPermission, OrganisationGroupObjectPermission, "moderate_organisation"


def _holds(user, kind, object_id=None):
    """Condition: `user` holds the moderation permission of `kind` ("region" or
    "organisation"), themselves or through one of their groups, on `object_id` (a value or
    an OuterRef) or on any object."""
    user_table, group_table, codename = _moderation_tables(kind)
    permission = Subquery(
        Permission.objects.filter(
            codename=codename, content_type__app_label="accounts", content_type__model=kind
        ).values("pk")[:1]
    )
    own = user_table.objects.filter(user_id=user.pk, permission_id=permission)
    through_groups = group_table.objects.filter(
        group_id__in=user.groups.through.objects.filter(user_id=user.pk).values("group_id"), permission_id=permission
    )
    if object_id is not None:
        own = own.filter(content_object_id=object_id)
        through_groups = through_groups.filter(content_object_id=object_id)
    return Exists(own) | Exists(through_groups)


def moderated_regions(user):
    """The regions `user` moderates: the same rows as guardian's
    `get_objects_for_user(user, "accounts.moderate_region", klass=Region,
    accept_global_perms=False)` (every region for a superuser), as one query."""
    from .models import Region

    if user.is_superuser:
        return Region.objects.all()
    if not user.is_authenticated:
        return Region.objects.none()
    return Region.objects.filter(_holds(user, "region", OuterRef("pk")))


_MODERATES_SQL = {}
_MODERATION_NAMES = {
    "region_model": "region",
    "region_codename": "moderate_region",
    "organisation_model": "organisation",
    "organisation_codename": "moderate_organisation",
}


def _moderates_sql(organisations: bool, one_region: bool) -> str:
    """The SQL of `moderates`, written once per process: the ORM would build and compile the
    same EXISTS on every call (~3 ms of CPU, as much as guardian's query it replaces)."""
    key = (organisations, one_region)
    if key not in _MODERATES_SQL:
        from django.contrib.contenttypes.models import ContentType

        from .models import User

        memberships = User.groups.through._meta.db_table
        parts = []
        for kind in ("region", "organisation") if organisations else ("region",):
            user_table, group_table, codename = _moderation_tables(kind)
            permission = (
                f"(SELECT p.id FROM {Permission._meta.db_table} p "  # noqa: S608 (table names from the models)
                f"JOIN {ContentType._meta.db_table} t ON t.id = p.content_type_id "
                f"WHERE t.app_label = 'accounts' AND t.model = %({kind}_model)s AND p.codename = %({kind}_codename)s)"
            )
            on_region = " AND o.content_object_id = %(region)s" if kind == "region" and one_region else ""
            parts.append(
                f"EXISTS (SELECT 1 FROM {user_table._meta.db_table} o "  # noqa: S608 (table names from the models)
                f"WHERE o.user_id = %(user)s AND o.permission_id = {permission}{on_region})"
            )
            parts.append(
                f"EXISTS (SELECT 1 FROM {group_table._meta.db_table} o "  # noqa: S608 (table names from the models)
                f"JOIN {memberships} m ON m.group_id = o.group_id "
                f"WHERE m.user_id = %(user)s AND o.permission_id = {permission}{on_region})"
            )
        _MODERATES_SQL[key] = "SELECT " + " OR ".join(parts)
    return _MODERATES_SQL[key]


def moderates(user, *, organisations=False, region_id=None) -> bool:
    """Whether `user` moderates a region (with `organisations`: or an organisation), or with
    `region_id` that region: their own right or one of their groups', as
    `moderated_regions(user)` (and guardian's `get_objects_for_user` for organisations)
    would say. One query, whatever the number of rights."""
    from django.db import connection

    from .models import Organisation, Region

    if not user.is_authenticated:
        return False
    if user.is_superuser:
        if region_id is not None:
            return Region.objects.filter(pk=region_id).exists()
        return Region.objects.exists() or (organisations and Organisation.objects.exists())
    sql = _moderates_sql(organisations and region_id is None, region_id is not None)
    with connection.cursor() as cursor:
        cursor.execute(sql, {"user": user.pk, "region": region_id, **_MODERATION_NAMES})
        return bool(cursor.fetchone()[0])


def partner_page_users(users):
    """`may_use_partner_pages` as a filter over a User queryset, for work over many people
    at once (digests): approved, active, with an organisation, re-verified within
    KPO_REVERIFY_DAYS, and with a second factor where KPO_REQUIRE_MFA. Keep the two in step
    (tests/follows/test_digests.py checks them against each other)."""
    from datetime import timedelta

    from allauth.mfa.models import Authenticator
    from django.db.models import Exists, OuterRef
    from django.utils import timezone

    from .models import MembershipStatus

    users = users.filter(
        is_active=True,
        status=MembershipStatus.APPROVED,
        organisation__isnull=False,
        identity_confirmed_at__gt=timezone.now() - timedelta(days=settings.KPO_REVERIFY_DAYS),
    )
    if settings.KPO_REQUIRE_MFA:
        users = users.filter(Exists(Authenticator.objects.filter(user_id=OuterRef("pk"))))
    return users


def approved_partner_required(view):
    """Anonymous → login; pending, rejected or suspended → their status page;
    re-verification overdue → the re-verification page; approved without MFA (when
    KPO_REQUIRE_MFA) → MFA set-up."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        user = request.user
        if not user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not user.is_approved_partner:
            return redirect("accounts:home")
        if user.needs_reverification:
            messages.info(request, REVERIFY_MESSAGE)
            return redirect("accounts:confirm_identity")
        if needs_mfa_setup(user):
            messages.info(request, MFA_MESSAGE)
            return redirect("mfa_index")
        return view(request, *args, **kwargs)

    return wrapper


def mfa_required_to_decide(view):
    """For pages where someone decides (moderation): with KPO_REQUIRE_MFA, no second factor
    → MFA set-up with a message, whatever rights the person has."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.user.is_authenticated and needs_mfa_setup(request.user):
            messages.info(request, DECIDE_MFA_MESSAGE)
            return redirect("mfa_index")
        return view(request, *args, **kwargs)

    return wrapper
