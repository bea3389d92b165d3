"""What other apps may use of events: every read of events starts from `events_visible_to` /
`get_event_for_user_or_404` (events.access, the one gate)."""

from .access import events_visible_to, get_event_for_user_or_404
from .filters import EventFilter
from .models import Event, Registration
from .search import event_search_group

__all__ = [
    "Event",
    "EventFilter",
    "Registration",
    "event_search_group",
    "events_visible_to",
    "get_event_for_user_or_404",
]
