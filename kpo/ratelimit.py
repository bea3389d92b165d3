"""A fixed-window request counter per client address in the shared cache (Redis in
production), for the open API. allauth limits its own flows."""

import time

from django.core.cache import cache

from kpo.clientip import client_ip


def client_address(request) -> str:
    # Behind nginx, the address its trusted proxies saw (KPO_TRUSTED_PROXIES), as for allauth.
    return client_ip(request) or "unknown"


def hit(request, scope: str, limit: int, window: int) -> int | None:
    """Count this request. Returns None when allowed, else the seconds until the window ends."""
    now = int(time.time())
    start = now - now % window
    key = f"kpo:rl:{scope}:{client_address(request)}:{start}"
    if cache.add(key, 1, timeout=window + 1):
        count = 1
    else:
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.add(key, 1, timeout=window + 1)
            count = 1
    if count > limit:
        return start + window - now or 1
    return None
