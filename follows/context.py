"""The number of unread notifications for the header (templates/follows/_nav.html).
Computed only when a page shows it, and kept a minute per person (mark_seen forgets it).

Counting takes a second of database time for a partner who reads thousands of documents
(follows.news). When the minute is over, the page still shows the count of a minute ago, and
one request counts anew after its response has gone out (Django's `request_finished`, sent when
the server closes the response), instead of every request of that moment counting at once
(with 8 at a time, 8 seconds of database work per person per minute) and making the person
wait for it. Only the very first count, when none is kept, is made while the page waits."""

import threading
import time

from django.core.cache import cache
from django.core.signals import request_finished

from accounts.public import may_use_partner_pages

CACHE_SECONDS = 60
# How long a count may still be shown while it is counted anew.
STALE_SECONDS = 600
# How long other requests wait for that count before one of them starts another.
RECOUNT_SECONDS = 30

_after_response = threading.local()


def cache_key(user_id) -> str:
    # v2: (count, counted at); a plain number under the old name belongs to the code before.
    return f"follows:unread:v2:{user_id}"


def _count_and_keep(user) -> int:
    from .services import unread_count

    key = cache_key(user.pk)
    now = time.time()
    count = unread_count(user)
    cache.set(key, (count, now), STALE_SECONDS)
    cache.delete(f"{key}:recount")
    return count


def _recount_after_response(sender, **kwargs):
    users = getattr(_after_response, "users", None)
    if not users:
        return
    _after_response.users = []
    for user in users:
        if may_use_partner_pages(user):
            _count_and_keep(user)
    # The database connection used here goes back at the start of the worker's next request
    # (Django's close_old_connections), as any connection of a request does.


request_finished.connect(_recount_after_response, dispatch_uid="follows-unread-recount")


def _unread_count(user) -> int:
    key = cache_key(user.pk)
    kept = cache.get(key)
    if isinstance(kept, int):  # set as a plain number (tests)
        return kept
    if kept is None:
        return _count_and_keep(user)
    count, counted_at = kept
    if time.time() - counted_at >= CACHE_SECONDS and cache.add(f"{key}:recount", 1, RECOUNT_SECONDS):
        _after_response.users = [*getattr(_after_response, "users", []), user]
    return count


def notifications(request):
    user = getattr(request, "user", None)

    def unread():
        if user is None or not may_use_partner_pages(user):
            return 0
        return _unread_count(user)

    return {"unread_notifications": unread}
