"""The one place that decides whose profile a person may see: the directory, its counts,
search, /zoeken/, the profile page and contact requests all start from here."""

from django.db.models import Q
from django.http import Http404

from accounts.public import MembershipStatus, may_use_partner_pages

from .models import Profile


def profiles_visible_to(viewer):
    """Approved, active people whose visibility allows `viewer` (an approved partner)."""
    if not may_use_partner_pages(viewer):
        return Profile.objects.none()
    return Profile.objects.filter(
        Q(visibility=Profile.Visibility.ALL_PARTNERS)
        | Q(visibility=Profile.Visibility.ORGANISATION, user__organisation_id=viewer.organisation_id),
        user__is_active=True,
        user__status=MembershipStatus.APPROVED,
        user__organisation__isnull=False,
    )


def directory_audience(viewer):
    """What of `profiles_visible_to(viewer)` depends on the viewer, as a cache key part:
    everyone in the same organisation sees the same profiles (None: nothing to share)."""
    if not may_use_partner_pages(viewer):
        return None
    return ("organisation", viewer.organisation_id)


def get_profile_for_user_or_404(viewer, public_id) -> Profile:
    try:
        return (
            profiles_visible_to(viewer)
            .select_related(
                "user", "user__organisation", "user__organisation__region", "user__organisation__partner_type"
            )
            .get(public_id=public_id)
        )
    except (Profile.DoesNotExist, ValueError):
        raise Http404 from None
