"""What other apps may use of the network: the profiles a person may see (the one gate,
network.access) and the directory's search, which /zoeken/ uses as well.

Other apps import these names from here, never the network's views or forms."""

from .access import get_profile_for_user_or_404, profiles_visible_to
from .filters import search_profiles
from .models import ContactRequest, Profile

__all__ = ["ContactRequest", "Profile", "get_profile_for_user_or_404", "profiles_visible_to", "search_profiles"]
