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


# Back-off: from the `free`-th failure under one key on, each failure doubles the wait
# before the next attempt, up to `cap` seconds. Slows a guesser down without locking the
# owner out for long; forgotten a day after the last failure.
BACKOFF_MEMORY = 24 * 60 * 60


def _backoff_key(key: str) -> str:
    return f"kpo:backoff:{key}"


def backoff_wait(key: str) -> int:
    """Seconds before the next attempt under `key` is allowed (0: now)."""
    state = cache.get(_backoff_key(key))
    if not state:
        return 0
    return max(0, int(state["until"] - time.time() + 0.999))


def backoff_failure(key: str, free: int, cap: int) -> int:
    """Count a failure under `key`; returns how many there have been."""
    state = cache.get(_backoff_key(key)) or {"n": 0, "until": 0}
    state["n"] += 1
    if state["n"] >= free:
        state["until"] = time.time() + min(2 ** (state["n"] - free + 1), cap)
    cache.set(_backoff_key(key), state, BACKOFF_MEMORY)
    return state["n"]


def backoff_clear(key: str) -> None:
    cache.delete(_backoff_key(key))
