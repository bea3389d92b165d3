"""The one place that decides who may see which event, and who organises it. Lists, detail,
registration, .ics, the feeds, the attendee list and /zoeken/ all start from here."""

from django.db.models import Exists, OuterRef, Q
from django.http import Http404

from accounts.public import (
    Organisation,
    PartnerType,
    Region,
    may_use_partner_pages,
    moderated_regions,
    moderates,
    needs_mfa_setup,
)

from .models import Event


def _group_ids(user) -> list[int]:
    return sorted(user.groups.through.objects.filter(user_id=user.pk).values_list("group_id", flat=True))


def events_visible_to(user):
    """Published events the user may see: every public one, and closed ones whose audience
    groups include one of the user's partner groups (approved partners only, as for closed
    documents; no exception for staff or superusers)."""
    published = Event.objects.published()
    if user is None or not may_use_partner_pages(user):
        return published.public()
    in_audience = Event.audience_groups.through.objects.filter(event_id=OuterRef("pk"), group_id__in=_group_ids(user))
    return published.filter(Q(is_public=True) | Exists(in_audience))


def get_event_for_user_or_404(user, slug) -> Event:
    """The event, or a 404 that looks the same whether it is missing, a draft or closed to
    the user."""
    try:
        return events_visible_to(user).select_related("organiser").get(slug=slug)
    except (Event.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def is_curator(user) -> bool:
    return bool(user.is_authenticated and user.is_active and user.is_staff and user.has_perm("events.change_event"))


def events_organised_by(user):
    """Events (also drafts and closed ones) whose attendees the user may see and message:
    curators all, moderators of a region (with MFA where required) those of their region."""
    if not user.is_authenticated or not user.is_active or needs_mfa_setup(user):
        return Event.objects.none()
    if is_curator(user) or user.is_superuser:
        return Event.objects.all()
    if not may_use_partner_pages(user):
        return Event.objects.none()
    return Event.objects.filter(organiser__in=_moderated_regions(user))


def _moderated_regions(user):
    # The same regions as guardian's get_objects_for_user(..., accept_global_perms=False),
    # read with one EXISTS over the direct-FK permission tables (accounts.access).
    return moderated_regions(user)


def has_organiser_rights(user) -> bool:
    """May create and edit events somewhere, once MFA is set up where it is required:
    curators and superusers, and approved partners who moderate a region. The site asks
    those without a second factor to set one up; everyone else gets a 404."""
    if not user.is_authenticated or not user.is_active:
        return False
    if is_curator(user) or user.is_superuser:
        return True
    return user.is_approved_partner and moderates(user)


def regions_organised_by(user):
    """The regions whose events the user may create and edit now, the same people as
    `events_organised_by`: every region for curators, the moderated ones for moderators."""
    if not user.is_authenticated or not user.is_active or needs_mfa_setup(user):
        return Region.objects.none()
    if is_curator(user) or user.is_superuser:
        return Region.objects.all()
    if not may_use_partner_pages(user):
        return Region.objects.none()
    return _moderated_regions(user)


def audiences_within_reach(user, regions) -> dict:
    """Whom an organiser may make a closed event visible to. Curators: anyone (any
    organisation, partner type, region, all partners). A region's moderator: their
    region(s) and the organisations in them; national audiences are the curators' call."""
    if is_curator(user) or user.is_superuser:
        return {
            "organisations": Organisation.objects.all(),
            "partner_types": PartnerType.objects.all(),
            "regions": Region.objects.all(),
            "all_partners": True,
        }
    return {
        "organisations": Organisation.objects.filter(region__in=regions),
        "partner_types": PartnerType.objects.none(),
        "regions": regions,
        "all_partners": False,
    }


def get_event_for_organiser_or_404(user, slug) -> Event:
    try:
        return events_organised_by(user).select_related("organiser").get(slug=slug)
    except (Event.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def may_organise(user, event) -> bool:
    """`event` is among `events_organised_by(user)`. Asked on every event page: for a partner
    one EXISTS on the rights to the event's region, not the list of their regions first."""
    if not user.is_authenticated or not user.is_active or needs_mfa_setup(user):
        return False
    if is_curator(user) or user.is_superuser or not may_use_partner_pages(user):
        return events_organised_by(user).filter(pk=event.pk).exists()
    return event.organiser_id is not None and moderates(user, region_id=event.organiser_id)
