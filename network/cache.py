"""The directory's count and facets, kept per audience (docs/performance.md).

What the directory counts depends on who looks only through `access.directory_audience`
(the viewer's organisation: profiles visible to "the own organisation" count there alone),
so everyone with the same audience, language, query and filters shares one entry. A
version number in the key is replaced on every change that can alter the directory (the
receivers in receivers.py), and again when that transaction commits; an entry lives at
most KPO_PAGE_CACHE_SECONDS. The rows of a page are never kept: they are read through the
gate on every request."""

import hashlib

from django.conf import settings
from django.core.cache import caches
from django.utils.translation import get_language

from kpo.cache import data_version, replace_data_version

VERSION_KEY = "kpo:directory:version"


def _cache():
    return caches["pages"]


def directory_version() -> str:
    """The directory's data version: replaced on every change that can alter what it shows."""
    return data_version(VERSION_KEY)


def invalidate_directory() -> None:
    """Every kept count and facet of the directory is stale from now on, and again on commit:
    a request that read the old rows in between would otherwise keep them under the new one."""
    replace_data_version(VERSION_KEY)


def directory_cached(name: str, audience, params, compute, keep):
    """`compute()` for `audience` and `params` (the search and the chosen filter values),
    from the cache; a value is stored only when `keep(value)` (nobody fills the cache by
    inventing searches or filter values). `audience` None or `keep` None: never cached."""
    seconds = settings.KPO_PAGE_CACHE_SECONDS
    if audience is None or not seconds or keep is None:
        return compute()
    raw = repr((name, audience, params))
    key = f"kpo:directory:{directory_version()}:{get_language()}:{hashlib.sha256(raw.encode()).hexdigest()}"
    cache = _cache()
    value = cache.get(key)
    if value is None:
        value = compute()
        if keep(value):
            cache.set(key, value, seconds)
    return value
