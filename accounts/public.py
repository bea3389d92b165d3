"""What other apps may use of `accounts`: the people, their organisations and audiences, who
may enter the partner pages, and the audience groups that sharing grants to.

Other apps import these names from here, never accounts' views, forms or admin."""

from .access import (
    approved_partner_required,
    may_use_partner_pages,
    moderated_regions,
    moderates,
    needs_mfa_setup,
    partner_page_users,
)
from .audiences import AudienceFields
from .models import MembershipStatus, Organisation, OrganisationDomain, PartnerType, Region, User
from .services import (
    ALL_PARTNERS_GROUP,
    all_partners_group,
    applications_for,
    audience_group,
    audience_groups,
    has_moderation_rights,
    is_moderator,
)

__all__ = [
    "ALL_PARTNERS_GROUP",
    "AudienceFields",
    "MembershipStatus",
    "Organisation",
    "OrganisationDomain",
    "PartnerType",
    "Region",
    "User",
    "all_partners_group",
    "approved_partner_required",
    "audience_group",
    "applications_for",
    "audience_groups",
    "has_moderation_rights",
    "is_moderator",
    "may_use_partner_pages",
    "moderated_regions",
    "moderates",
    "needs_mfa_setup",
    "partner_page_users",
]
