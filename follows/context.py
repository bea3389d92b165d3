"""The number of unread notifications for the header (templates/follows/_nav.html).
Computed only when a page shows it, and kept a minute per person (mark_seen forgets it).

Counting takes a second of database time for a partner who reads thousands of documents
(follows.news). When the minute is over, one request counts again while the others keep
showing the count of a minute ago, instead of every request of that moment counting at once
(with 8 at a time, 8 seconds of database work per person per minute)."""

import time

from django.core.cache import cache

from accounts.public import may_use_partner_pages

CACHE_SECONDS = 60
# How long a count may still be shown while one request counts anew.
STALE_SECONDS = 600
# How long other requests wait for that one before one of them counts itself.
RECOUNT_SECONDS = 30


def cache_key(user_id) -> str:
    return f"follows:unread:{user_id}"


def _unread_count(user) -> int:
    from .services import unread_count

    key = cache_key(user.pk)
    kept = cache.get(key)
    now = time.time()
    if isinstance(kept, int):  # set as a plain number (tests)
        return kept
    if kept is not None:
        count, counted_at = kept
        if now - counted_at < CACHE_SECONDS or not cache.add(f"{key}:recount", 1, RECOUNT_SECONDS):
            return count
    count = unread_count(user)
    cache.set(key, (count, now), STALE_SECONDS)
    cache.delete(f"{key}:recount")
    return count


def notifications(request):
    user = getattr(request, "user", None)

    def unread():
        if user is None or not may_use_partner_pages(user):
            return 0
        return _unread_count(user)

    return {"unread_notifications": unread}
