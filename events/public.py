"""What other apps may use of events: every read of events starts from `events_visible_to` /
`get_event_for_user_or_404` (events.access, the one gate)."""

from .access import events_visible_to, get_event_for_user_or_404
from .models import Event, Registration

__all__ = ["Event", "Registration", "events_visible_to", "get_event_for_user_or_404"]
