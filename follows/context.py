"""The number of unread notifications for the header (templates/follows/_nav.html).
Computed only when a page shows it, and kept a minute per person (mark_seen forgets it)."""

from django.core.cache import cache

from accounts.public import may_use_partner_pages

CACHE_SECONDS = 60


def cache_key(user_id) -> str:
    return f"follows:unread:{user_id}"


def notifications(request):
    user = getattr(request, "user", None)

    def unread():
        if user is None or not may_use_partner_pages(user):
            return 0
        from .services import unread_count

        return cache.get_or_set(cache_key(user.pk), lambda: unread_count(user), CACHE_SECONDS)

    return {"unread_notifications": unread}
