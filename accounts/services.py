"""Writes to accounts and memberships. Views, the admin and the allauth adapter call these;
nothing else changes a membership or the partner groups."""

import re
import uuid
from datetime import timedelta
from types import SimpleNamespace

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models import Q
from django.tasks import task
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from guardian.shortcuts import assign_perm, get_objects_for_user, get_users_with_perms, remove_perm

from kpo.audit import record
from kpo.mail import send_templated_mail
from kpo.models import AuditEvent

from . import signals
from .access import may_use_partner_pages, moderates, needs_mfa_setup
from .models import MembershipStatus, Organisation, OrganisationRequest, PartnerType, Region, User

ALL_PARTNERS_GROUP = "Alle partners"
REVERIFY_REMINDER_DAYS = (30, 7)


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


def audience_groups(organisations=(), partner_types=(), regions=(), all_partners=False) -> set[Group]:
    """The groups behind a set of audiences: what documents are shared with and closed events
    are visible to."""
    groups = {audience_group(a) for a in [*organisations, *partner_types, *regions]}
    if all_partners:
        groups.add(all_partners_group())
    return groups


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
    """After the person typed the code from their mailbox in their own session: approve at
    once where the organisation allows it, otherwise ask the moderators of its organisation
    or region. Also starts the re-verification period."""
    mailbox_proved(user)
    if user.status != MembershipStatus.PENDING or not user.organisation_id:
        return
    if approves_on_mailbox_proof(user):
        approve_membership(user, by=None)
        return
    _ask_moderators(user)


def approves_on_mailbox_proof(user: User) -> bool:
    """Whether a proof of the person's mailbox is enough for their organisation: it approves
    automatically, and the address belongs to it alone. A domain several organisations share
    proves only that the person works at one of them, not at the one they chose or were
    moved to; its moderators decide."""
    organisation = user.organisation
    return (
        organisation is not None
        and organisation.approval_policy == Organisation.ApprovalPolicy.AUTOMATIC
        and [o.pk for o in organisations_for_email(user.email)] == [organisation.pk]
    )


def mailbox_proved(user: User, function: str | None = None) -> None:
    """The person proved their mailbox in their own session (and, on the re-verification
    page, confirmed organisation and function): the next re-verification is due in
    KPO_REVERIFY_DAYS, and reminders start again."""
    user.identity_confirmed_at = timezone.now()
    user.reverify_reminders_sent = 0
    fields = ["identity_confirmed_at", "reverify_reminders_sent"]
    if function is not None:
        user.function = function
        fields.append("function")
    user.save(update_fields=fields)
    record("identity_confirmed", by=user, target=user, organisation=user.organisation_id)


def forget_unproved_details(user: User) -> None:
    """The mailbox owner reset the password of an account whose address was never proved:
    name and function may have been typed by someone else (pre-registration), so they go;
    the owner fills them in again on /account/."""
    if user.name or user.function:
        user.name = ""
        user.function = ""
        user.save(update_fields=["name", "function"])
        record("unproved_details_cleared", by=None, target=user)


def identity_confirmed(user: User, function: str) -> None:
    """The re-verification page: mailbox proved by a code typed in the person's session,
    organisation and function confirmed. A person who is pending after a move to an
    organisation that approves automatically is approved now."""
    waiting = user.status == MembershipStatus.PENDING
    # The moderators are asked once per wait: at the first proof since the person became
    # pending, not at each confirmation after it (a fresh session gives a new code at once).
    waiting_since = user.status_changed_at or user.date_joined
    first_proof = user.identity_confirmed_at is None or user.identity_confirmed_at < waiting_since
    mailbox_proved(user, function=function)
    if waiting and user.organisation_id:
        if approves_on_mailbox_proof(user):
            approve_membership(user, by=None)
        elif first_proof:
            _ask_moderators(user)
    signals.membership_changed.send(sender=User, user=user)


def reverification_due_soon(user: User) -> bool:
    """Within REVERIFY_REMINDER_DAYS[0] days of the re-verification date (not yet past)."""
    due = user.reverify_due_at
    return bool(
        user.is_approved_partner
        and due
        and timezone.now() < due <= timezone.now() + timedelta(days=REVERIFY_REMINDER_DAYS[0])
    )


def send_reverification_reminders() -> int:
    """Mail approved partners whose re-verification date is 30, then 7, days away. Each
    reminder goes once (the counter on the user is raised in the same update that claims
    it), so a scheduler may call this as often as it likes. Returns the number sent."""
    sent = 0
    now = timezone.now()
    period = timedelta(days=settings.KPO_REVERIFY_DAYS)
    approved = User.objects.filter(status=MembershipStatus.APPROVED, is_active=True, organisation__isnull=False)
    # The later reminder first: someone already within 7 days gets that one, not both.
    for number, days in reversed(list(enumerate(REVERIFY_REMINDER_DAYS, start=1))):
        due_before = now - period + timedelta(days=days)
        candidates = approved.filter(
            identity_confirmed_at__gt=now - period,
            identity_confirmed_at__lte=due_before,
            reverify_reminders_sent__lt=number,
        ).order_by("pk")
        for user in candidates:
            claimed = User.objects.filter(pk=user.pk, reverify_reminders_sent__lt=number).update(
                reverify_reminders_sent=number
            )
            if claimed:
                _mail(user, "reverify_reminder", {"due": user.reverify_due_at})
                sent += 1
    return sent


@task
def remind_reverification() -> int:
    """Background task (queued daily by `manage.py remind_reverification`)."""
    return send_reverification_reminders()


def lapsed_partners_for(moderator: User):
    """Approved partners, within the moderator's organisations and regions, whose
    re-verification is overdue: their access is paused until they confirm again."""
    if not is_moderator(moderator):
        return User.objects.none()
    cutoff = timezone.now() - timedelta(days=settings.KPO_REVERIFY_DAYS)
    lapsed = User.objects.filter(
        Q(identity_confirmed_at__isnull=True) | Q(identity_confirmed_at__lte=cutoff),
        status=MembershipStatus.APPROVED,
        is_active=True,
        organisation__isnull=False,
    ).select_related("organisation")
    if not moderator.is_superuser:
        organisations = get_objects_for_user(
            moderator, "accounts.moderate_organisation", klass=Organisation, accept_global_perms=False
        )
        regions = get_objects_for_user(moderator, "accounts.moderate_region", klass=Region, accept_global_perms=False)
        lapsed = lapsed.filter(Q(organisation__in=organisations) | Q(organisation__region__in=regions))
    return lapsed.distinct().order_by("identity_confirmed_at", "email")


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


@transaction.atomic
def move_to_organisation(user: User, organisation: Organisation, by: User | None, mailbox_proved: bool = False) -> None:
    """Every change of organisation ends access to partner content at once: the person is
    pending again, out of the partner groups, and decided by the new organisation's policy.
    Moderators decide where the organisation moderates; where it approves automatically,
    only after a fresh mailbox proof in the person's own session (`mailbox_proved`, or the
    re-verification page later). One place for every caller: e-mail change, admin, domains."""
    previous = user.organisation_id
    if previous == organisation.pk:
        return
    user.organisation = organisation
    user.save(update_fields=["organisation"])
    record("membership_moved", by=by, target=user, previous=previous, organisation=organisation.pk)
    if user.status in (MembershipStatus.APPROVED, MembershipStatus.PENDING):
        _set_status(user, MembershipStatus.PENDING, by, "Overgestapt naar een andere organisatie.")
        if mailbox_proved:
            email_verified(user)
        elif organisation.approval_policy == Organisation.ApprovalPolicy.MODERATED:
            _ask_moderators(user)
        return
    sync_partner_groups(user)
    signals.membership_changed.send(sender=User, user=user)


def email_address_changed(user: User, new_email: str, by: User | None = None, mailbox_proved: bool = False) -> None:
    """A changed primary address (or a domain that moved) must still belong to the user's
    organisation; if it belongs to one other organisation the person moves there (and is
    decided again), otherwise access to partner content stops until a moderator acts."""
    organisations = list(organisations_for_email(new_email))
    if user.organisation in organisations:
        return
    if len(organisations) == 1:
        move_to_organisation(user, organisations[0], by=by, mailbox_proved=mailbox_proved)
        return
    if user.status in (MembershipStatus.APPROVED, MembershipStatus.PENDING):
        reason = (
            "Het nieuwe e-mailadres hoort bij meerdere organisaties; neem contact op met het RIEC in uw regio."
            if organisations
            else "Het e-mailadres hoort niet (meer) bij een partnerorganisatie."
        )
        suspend_membership(user, by=by, reason=reason)


def organisation_domains_changed(organisation: Organisation, by: User | None) -> None:
    """After an organisation's e-mail domains changed (in the admin): members whose address
    no longer belongs to it move to the organisation that has their domain now (and are
    decided again there), or lose access until a moderator acts."""
    domains = set(organisation.domains.values_list("domain", flat=True))
    for member in organisation.members.exclude(status=MembershipStatus.REJECTED):
        if email_domain(member.email) not in domains:
            email_address_changed(member, member.email, by=by)


def moderators_of(organisation: Organisation):
    """Users who may decide on applications at `organisation`: moderators of the
    organisation itself or of its region."""
    users = set(get_users_with_perms(organisation, only_with_perms_in=["moderate_organisation"], with_group_users=True))
    if organisation.region_id:
        users |= set(
            get_users_with_perms(organisation.region, only_with_perms_in=["moderate_region"], with_group_users=True)
        )
    return sorted((u for u in users if u.is_superuser or may_use_partner_pages(u)), key=lambda u: u.email)


def has_moderation_rights(user: User) -> bool:
    """May decide on applications somewhere once MFA is set up (superusers everywhere)."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    if not user.is_approved_partner:
        return False
    # One EXISTS over the four moderation tables (the person's own rights and their groups'),
    # instead of two guardian queries built in Python: asked on every page (the header).
    return moderates(user, organisations=True)


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
    """May decide on applications now: moderation rights, and MFA where it is required
    (superusers too: nobody decides without a second factor)."""
    if not has_moderation_rights(user) or needs_mfa_setup(user):
        return False
    return user.is_superuser or may_use_partner_pages(user)


MODERATION_PERMISSIONS = {Organisation: "moderate_organisation", Region: "moderate_region"}


def _moderation_permission(scope) -> str:
    return f"accounts.{MODERATION_PERMISSIONS[type(scope)]}"


def _holder(holder) -> dict:
    return {"group": holder.pk} if isinstance(holder, Group) else {"user": holder.pk}


@transaction.atomic
def grant_moderation(holder, scope, by: User | None) -> None:
    """Let `holder` (a user or a group) decide on applications at `scope` (an organisation,
    or a region and so every organisation in it). Recorded in the audit log."""
    assign_perm(_moderation_permission(scope), holder, scope)
    record("moderation_granted", by=by, target=scope, **_holder(holder))


@transaction.atomic
def revoke_moderation(holder, scope, by: User | None) -> None:
    """Take the moderation right at `scope` away from `holder`. Recorded in the audit log."""
    remove_perm(_moderation_permission(scope), holder, scope)
    record("moderation_revoked", by=by, target=scope, **_holder(holder))


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
            "e-mailadres, organisatie en functie laatst bevestigd op": user.identity_confirmed_at,
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
            # The address of someone else's request (a moderator, an admin) is theirs.
            "ip-adres": event.ip_address if event.actor_id == user.pk else None,
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


# --- Requests to add an organisation -----------------------------------------------------------


def request_organisation(
    *, email: str, name: str, function: str, organisation_name: str, partner_type, region, message: str = ""
) -> OrganisationRequest:
    """Someone with a work address at a domain no organisation has asks for their
    organisation to be added. One open request per address (asking again changes nothing
    and answers the same); the region's moderators get a mail naming no one."""
    email = email.strip().lower()
    existing = OrganisationRequest.objects.open().filter(email=email).first()
    if existing is not None:
        return existing
    request = OrganisationRequest.objects.create(
        email=email,
        name=name,
        function=function,
        organisation_name=organisation_name,
        partner_type=partner_type,
        region=region,
        message=message,
    )
    record("organisation_requested", by=None, target=request, domain=request.domain)
    moderation_url = settings.KPO_SITE_URL + reverse("accounts:moderation")
    for moderator in moderators_of_requests_in(region):
        _mail(moderator, "organisation_requested", {"moderation_url": moderation_url})
    return request


def moderators_of_requests_in(region: Region | None) -> list[User]:
    """Who decides on requests for a new organisation in `region`: its moderators (a national
    organisation, without region: the superusers)."""
    users = set(User.objects.filter(is_superuser=True, is_active=True)) if region is None else set()
    if region is not None:
        users |= set(get_users_with_perms(region, only_with_perms_in=["moderate_region"], with_group_users=True))
    return sorted((u for u in users if u.is_superuser or may_use_partner_pages(u)), key=lambda u: u.email)


def organisation_requests_for(moderator: User):
    """The open requests to add an organisation that `moderator` may decide on."""
    if not is_moderator(moderator):
        return OrganisationRequest.objects.none()
    requests = OrganisationRequest.objects.open().select_related("partner_type", "region")
    if moderator.is_superuser:
        return requests
    regions = get_objects_for_user(moderator, "accounts.moderate_region", klass=Region, accept_global_perms=False)
    return requests.filter(region__in=regions)


def regions_for_new_organisations(moderator: User):
    """Where `moderator` may place an organisation they add on request: superusers anywhere
    (national too), a region's moderator only in the regions they moderate."""
    if moderator.is_superuser:
        return Region.objects.all()
    return get_objects_for_user(moderator, "accounts.moderate_region", klass=Region, accept_global_perms=False)


def _unique_slug(name: str) -> str:
    base = slugify(name)[:190] or "organisatie"
    slug, number = base, 2
    while Organisation.objects.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


class RequestAlreadyDecided(Exception):
    """Another moderator decided on the organisation request first."""


def _lock_open(request: OrganisationRequest) -> OrganisationRequest:
    """The request, locked for this transaction, if it is still open: two moderators never
    both decide (an organisation added after a decline, and the requester told both)."""
    locked = OrganisationRequest.objects.select_for_update().get(pk=request.pk)
    if locked.status != OrganisationRequest.Status.OPEN:
        raise RequestAlreadyDecided
    return locked


@transaction.atomic
def add_requested_organisation(
    request: OrganisationRequest, by: User, *, name: str, partner_type, region
) -> Organisation:
    """The moderator's yes: the organisation exists from now on, with the request's e-mail
    domain, approving applications by a moderator. The requester is told by mail that they
    can now ask for an account. Raises RequestAlreadyDecided."""
    request = _lock_open(request)
    organisation = Organisation.objects.create(
        name=name,
        slug=_unique_slug(name),
        partner_type=partner_type,
        region=region,
        approval_policy=Organisation.ApprovalPolicy.MODERATED,
    )
    organisation.domains.create(domain=request.domain)
    request.status = OrganisationRequest.Status.ADDED
    request.organisation = organisation
    request.decided_by = by
    request.decided_at = timezone.now()
    request.save(update_fields=["status", "organisation", "decided_by", "decided_at"])
    record("organisation_request_added", by=by, target=request, organisation=organisation.pk, domain=request.domain)
    _mail_requester(request, "organisation_added", {"organisation": organisation})
    return organisation


@transaction.atomic
def decline_organisation_request(request: OrganisationRequest, by: User, reason: str) -> None:
    """The moderator's no, with a reason the requester gets by mail. Raises RequestAlreadyDecided."""
    request = _lock_open(request)
    request.status = OrganisationRequest.Status.DECLINED
    request.reason = reason
    request.decided_by = by
    request.decided_at = timezone.now()
    request.save(update_fields=["status", "reason", "decided_by", "decided_at"])
    record("organisation_request_declined", by=by, target=request, domain=request.domain)
    _mail_requester(request, "organisation_declined", {"reason": reason})


def _mail_requester(request: OrganisationRequest, template: str, context: dict) -> None:
    # The requester has no account: mail the address they gave (a moderator decided, so
    # nobody can make the site mail an address at will).
    send_templated_mail(SimpleNamespace(email=request.email), f"accounts/email/{template}", context)
