"""What other apps (portal) may use of follows: what is new for a person, their follows
and saved searches, and the visit that starts "new since your last visit".

Other apps import these names from here, never the follows' views or forms."""

from .models import Follow, Frequency, Preferences, SavedSearch
from .news import News, follow_label, follow_url, news_for, news_for_people, saved_search_url
from .services import FIRST_LOOK, follow, preferences_for, record_visit, save_search, send_digests, set_frequency

__all__ = [
    "FIRST_LOOK",
    "Follow",
    "Frequency",
    "News",
    "Preferences",
    "SavedSearch",
    "follow",
    "follow_label",
    "follow_url",
    "news_for",
    "news_for_people",
    "preferences_for",
    "record_visit",
    "save_search",
    "saved_search_url",
    "send_digests",
    "set_frequency",
]
