"""Events in /zoeken/: what the visitor may see (events.access), matching the query."""

from django.db.models import Case, F, IntegerField, Value, When
from django.utils import timezone

from .access import events_visible_to

MAX_SHOWN = 10


def event_search_group(user, q: str) -> dict | None:
    """The search group "bijeenkomsten": upcoming events first (soonest first), then past
    ones (most recent first); None when nothing matches. One query unless there are more
    than MAX_SHOWN (then a count too)."""
    now = timezone.now()
    events = events_visible_to(user).matching(q)
    past = Case(When(ends_at__lt=now, then=Value(1)), default=Value(0), output_field=IntegerField())
    soonest = Case(When(ends_at__gte=now, then=F("starts_at")))
    ordered = events.select_related("organiser").order_by(past, soonest.asc(nulls_last=True), "-starts_at", "pk")
    items = list(ordered[:MAX_SHOWN])
    if not items:
        return None
    count = len(items) if len(items) < MAX_SHOWN else events.count()
    return {"key": "bijeenkomsten", "count": count, "items": items}
