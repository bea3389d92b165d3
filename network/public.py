"""What other apps may use of the network: the profiles a person may see (the one gate,
network.access), the directory's search, and the people group of /zoeken/
(`people_search_group`).

Other apps import these names from here, never the network's views or forms."""

from .access import get_profile_for_user_or_404, profiles_visible_to
from .filters import search_profiles
from .models import ContactRequest, Profile
from .search import people_search_group

__all__ = [
    "ContactRequest",
    "Profile",
    "get_profile_for_user_or_404",
    "people_search_group",
    "profiles_visible_to",
    "search_profiles",
]
