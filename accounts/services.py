"""Writes to accounts and memberships. Views, the admin and the allauth adapter call these;
nothing else changes a membership or the partner groups."""

import re
import uuid

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from guardian.shortcuts import get_objects_for_user, get_users_with_perms

from kpo.audit import record
from kpo.mail import send_templated_mail
from kpo.models import AuditEvent

from . import signals
from .access import may_use_partner_pages
from .models import MembershipStatus, Organisation, PartnerType, Region, User

ALL_PARTNERS_GROUP = "Alle partners"


def email_domain(email: str) -> str:
    """The domain of an address, lower-cased, without trailing dot."""
    return (email or "").rpartition("@")[2].strip().rstrip(".").lower()


def organisations_for_email(email: str):
    """The partner organisations whose e-mail domain is exactly that of `email`.
    Sub-domains and look-alikes (`amsterdam.nl.evil.com`) match nothing."""
    domain = email_domain(email)
    if not domain or "\x00" in domain:  # the sign-up form asks before validating; PostgreSQL refuses NUL
        return Organisation.objects.none()
    return (
        Organisation.objects.filter(domains__domain=domain)
        .select_related("partner_type", "region")
        .order_by("name")
        .distinct()
    )


# What a partner's own mailbox address may hold before the @. Anything else is another
# name for some mailbox: `naam+x` (sub-addressing), `naam%evil@` (source routing),
# `naam!x`, `naam=x`, quoted or non-ASCII local parts.
PLAIN_LOCAL_PART = re.compile(r"[A-Za-z0-9._'-]+")
SUBADDRESSED_LOCAL_PART = re.compile(r"[A-Za-z0-9._'-]+(\+[A-Za-z0-9._'-]+)?")


def is_own_mailbox_address(email: str) -> bool:
    """Whether `email` names one mailbox once: False for an address at a partner domain
    whose local part could deliver to another person's mailbox (sub-addressing only where
    every organisation of that domain allows it). Addresses elsewhere are not judged here."""
    local, _at, _domain = (email or "").rpartition("@")
    organisations = list(organisations_for_email(email))
    if not organisations:
        return True
    allowed = SUBADDRESSED_LOCAL_PART if all(o.allows_subaddressing for o in organisations) else PLAIN_LOCAL_PART
    return bool(allowed.fullmatch(local))


def audience_group(audience) -> Group:
    """The Django group of an organisation, partner type or region (created on first use)."""
    if audience.group_id:
        return audience.group
    prefix = {Organisation: "Organisatie", PartnerType: "Soort partner", Region: "Regio"}[type(audience)]
    group, _ = Group.objects.get_or_create(name=f"{prefix}: {audience.name}"[:150])
    audience.group = group
    audience.save(update_fields=["group"])
    return group


def all_partners_group() -> Group:
    group, _ = Group.objects.get_or_create(name=ALL_PARTNERS_GROUP)
    return group


def partner_groups_for(user: User) -> set[Group]:
    """The groups an approved partner belongs to: organisation, partner type, region, all."""
    if not user.is_approved_partner:
        return set()
    organisation = user.organisation
    groups = {audience_group(organisation), audience_group(organisation.partner_type), all_partners_group()}
    if organisation.region_id:
        groups.add(audience_group(organisation.region))
    return groups


def partner_group_ids() -> set[int]:
    """The ids of every group that stands for an audience of partners."""
    ids = set(Group.objects.filter(name=ALL_PARTNERS_GROUP).values_list("pk", flat=True))
    for model in (Organisation, PartnerType, Region):
        ids |= set(model.objects.exclude(group=None).values_list("group_id", flat=True))
    return ids


@transaction.atomic
def sync_partner_groups(user: User) -> None:
    """Make the user's partner groups match their membership, at once: called after every
    change of status, organisation or activity. Other groups (e.g. Redacteuren) stay."""
    wanted = partner_groups_for(user)
    current = set(user.groups.all())
    partner_ids = partner_group_ids()
    stale = [g for g in current - wanted if g.pk in partner_ids]
    if stale:
        user.groups.remove(*stale)
    missing = wanted - current
    if missing:
        user.groups.add(*missing)


def _set_status(user: User, status: str, by: User | None, reason: str = "") -> None:
    user.status = status
    user.status_reason = reason
    user.status_changed_at = timezone.now()
    user.status_changed_by = by
    user.save(update_fields=["status", "status_reason", "status_changed_at", "status_changed_by"])
    sync_partner_groups(user)
    signals.membership_changed.send(sender=User, user=user)
    record(f"membership_{status}", by=by, target=user, organisation=user.organisation_id)


def _mail(user: User, template: str, context: dict) -> None:
    send_templated_mail(user, f"accounts/email/{template}", {"user": user, **context})


def register_partner(user: User, organisation: Organisation, function: str = "") -> None:
    """A new sign-up: pending at `organisation` until the e-mail address is verified."""
    user.organisation = organisation
    user.function = function or user.function
    user.status = MembershipStatus.PENDING
    user.save(update_fields=["organisation", "function", "status"])


def email_verified(user: User) -> None:
    """After the address is verified: approve at once where the organisation allows it,
    otherwise ask the moderators of its organisation or region."""
    if user.status != MembershipStatus.PENDING or not user.organisation_id:
        return
    if user.organisation.approval_policy == Organisation.ApprovalPolicy.AUTOMATIC:
        approve_membership(user, by=None)
        return
    _ask_moderators(user)


def _ask_moderators(user: User) -> None:
    moderation_url = settings.KPO_SITE_URL + reverse("accounts:moderation")
    for moderator in moderators_of(user.organisation):
        _mail(moderator, "moderation_requested", {"applicant": user, "moderation_url": moderation_url})


def approve_membership(user: User, by: User | None, notify: bool = True) -> None:
    _set_status(user, MembershipStatus.APPROVED, by)
    if notify:
        _mail(user, "membership_approved", {})


def reject_membership(user: User, by: User, reason: str) -> None:
    _set_status(user, MembershipStatus.REJECTED, by, reason)
    _mail(user, "membership_rejected", {"reason": reason})


def suspend_membership(user: User, by: User | None, reason: str) -> None:
    """Suspension takes effect on the user's next request: the groups go at once."""
    _set_status(user, MembershipStatus.SUSPENDED, by, reason)


def reinstate_membership(user: User, by: User) -> None:
    _set_status(user, MembershipStatus.APPROVED, by)


def move_to_organisation(user: User, organisation: Organisation, by: User | None) -> None:
    """A move takes effect at once. Where the new organisation moderates its members,
    an approved member waits for its moderators again."""
    previous = user.organisation_id
    user.organisation = organisation
    user.save(update_fields=["organisation"])
    record("membership_moved", by=by, target=user, previous=previous, organisation=organisation.pk)
    if (
        user.status == MembershipStatus.APPROVED
        and organisation.approval_policy == Organisation.ApprovalPolicy.MODERATED
        and not (by and by.is_superuser)
    ):
        _set_status(user, MembershipStatus.PENDING, by, "Overgestapt naar een andere organisatie.")
        _ask_moderators(user)
        return
    sync_partner_groups(user)
    signals.membership_changed.send(sender=User, user=user)


def email_address_changed(user: User, new_email: str) -> None:
    """A changed primary address must still belong to the user's organisation (or to
    another partner); otherwise access to partner content stops until a moderator acts."""
    organisations = list(organisations_for_email(new_email))
    if user.organisation in organisations:
        return
    if len(organisations) == 1:
        move_to_organisation(user, organisations[0], by=None)
        return
    if user.status in (MembershipStatus.APPROVED, MembershipStatus.PENDING):
        reason = (
            "Het nieuwe e-mailadres hoort bij meerdere organisaties; neem contact op met het RIEC in uw regio."
            if organisations
            else "Het e-mailadres hoort niet (meer) bij een partnerorganisatie."
        )
        suspend_membership(user, by=None, reason=reason)


def moderators_of(organisation: Organisation):
    """Users who may decide on applications at `organisation`: moderators of the
    organisation itself or of its region."""
    users = set(get_users_with_perms(organisation, only_with_perms_in=["moderate_organisation"], with_group_users=True))
    if organisation.region_id:
        users |= set(
            get_users_with_perms(organisation.region, only_with_perms_in=["moderate_region"], with_group_users=True)
        )
    return sorted((u for u in users if u.is_superuser or may_use_partner_pages(u)), key=lambda u: u.email)


def applications_for(moderator: User):
    """The pending applications (e-mail verified) that `moderator` may decide on."""
    if not is_moderator(moderator):
        return User.objects.none()
    pending = User.objects.filter(
        status=MembershipStatus.PENDING, emailaddress__verified=True, organisation__isnull=False
    ).select_related("organisation", "organisation__region", "organisation__partner_type")
    if moderator.is_superuser:
        return pending.distinct().order_by("date_joined")
    organisations = get_objects_for_user(
        moderator, "accounts.moderate_organisation", klass=Organisation, accept_global_perms=False
    )
    regions = get_objects_for_user(moderator, "accounts.moderate_region", klass=Region, accept_global_perms=False)
    return (
        pending.filter(Q(organisation__in=organisations) | Q(organisation__region__in=regions))
        .distinct()
        .order_by("date_joined")
    )


def is_moderator(user: User) -> bool:
    """May decide on applications somewhere (superusers everywhere)."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    if not may_use_partner_pages(user):
        return False
    return (
        get_objects_for_user(
            user, "accounts.moderate_organisation", klass=Organisation, accept_global_perms=False
        ).exists()
        or get_objects_for_user(user, "accounts.moderate_region", klass=Region, accept_global_perms=False).exists()
    )


def _actor_for_export(event, user) -> str:
    if event.actor_id == user.pk:
        return "u"
    return "het systeem" if event.actor_id is None else "iemand anders"


def personal_data(user: User) -> dict:
    """Everything held about `user`, for the data export (AVG right of access)."""
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator
    from allauth.usersessions.models import UserSession

    organisation = user.organisation
    data = {
        "account": {
            "e-mailadres": user.email,
            "naam": user.name,
            "functie": user.function,
            "aangemaakt": user.date_joined,
            "laatst ingelogd": user.last_login,
            "actief": user.is_active,
        },
        "lidmaatschap": {
            "organisatie": organisation.name if organisation else None,
            "soort partner": organisation.partner_type.name if organisation else None,
            "regio": organisation.region.name if organisation and organisation.region_id else None,
            "status": user.get_status_display(),
            "toelichting": user.status_reason,
            "status gewijzigd op": user.status_changed_at,
        },
        "e-mailadressen": [
            {"e-mailadres": e.email, "bevestigd": e.verified, "primair": e.primary}
            for e in EmailAddress.objects.filter(user=user)
        ],
        "groepen": sorted(g.name for g in user.groups.all()),
        "tweestapsverificatie": [
            {"soort": a.get_type_display(), "aangemaakt": a.created_at, "laatst gebruikt": a.last_used_at}
            for a in Authenticator.objects.filter(user=user)
        ],
        "sessies": [
            {
                "ip-adres": s.ip,
                "browser": s.user_agent,
                "aangemaakt": s.created_at,
                "laatst actief": s.last_seen_at,
            }
            for s in UserSession.objects.filter(user=user)
        ],
    }
    data["auditlog"] = [
        {
            "tijdstip": event.at,
            "actie": event.action,
            "door": _actor_for_export(event, user),
            "ip-adres": event.ip_address,
            "details": event.detail,
        }
        for event in AuditEvent.objects.about(user)
    ]
    for _receiver, section in signals.collecting_personal_data.send(sender=User, user=user):
        data.update(section or {})
    return data


@transaction.atomic
def delete_account(user: User) -> None:
    """Delete what identifies the person. The row itself stays, pseudonymised, so that
    records that must be kept (audit, admin history) still point somewhere."""
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator
    from allauth.usersessions.models import UserSession

    pseudonym = uuid.uuid4().hex[:16]
    record("account_deleted", by=user, target=user)
    signals.account_deleting.send(sender=User, user=user)
    EmailAddress.objects.filter(user=user).delete()
    Authenticator.objects.filter(user=user).delete()
    UserSession.objects.filter(user=user).delete()
    from django.contrib.admin.models import LogEntry
    from django.contrib.contenttypes.models import ContentType

    from .models import OrganisationUserObjectPermission, RegionUserObjectPermission

    OrganisationUserObjectPermission.objects.filter(user=user).delete()
    RegionUserObjectPermission.objects.filter(user=user).delete()
    LogEntry.objects.filter(content_type=ContentType.objects.get_for_model(User), object_id=str(user.pk)).update(
        object_repr=f"verwijderd-{pseudonym}"
    )
    user.organisation = None
    user.email = f"verwijderd-{pseudonym}@verwijderd.invalid"
    user.name = ""
    user.function = ""
    user.status_reason = ""
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.set_unusable_password()
    user.save()
    user.groups.clear()
    user.user_permissions.clear()
