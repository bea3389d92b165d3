"""Events in /zoeken/: what the visitor may see (events.access), matching the query."""

from .access import events_visible_to

MAX_SHOWN = 10


def event_search_group(user, q: str) -> dict | None:
    """The search group "bijeenkomsten": upcoming events first (soonest first), then past
    ones (most recent first); None when nothing matches."""
    events = events_visible_to(user).matching(q).select_related("organiser")
    count = events.count()
    if not count:
        return None
    items = list(events.upcoming()[:MAX_SHOWN])
    items += list(events.past()[: MAX_SHOWN - len(items)])
    return {"key": "bijeenkomsten", "count": count, "items": items}
