"""Whole-page caching of the public kennisbank for anonymous visitors.

Only for visitors who are not signed in and have no messages waiting; never a response
that sets a cookie, uses a CSRF token, shows messages or is not a plain 200. The key holds
the language, the path and the query parameters in a fixed order; a version number in the
key is replaced whenever published content changes (the apps' receivers), so a change shows
at once, everywhere.

Only canonical pages are stored, so nobody can fill the cache by inventing values: each
view names the parameters it reads, each may appear once, and the view calls
`page_not_canonical(request)` for a value it does not show as given (a page number past the
last page, an unknown sort key or facet slug, a search that finds nothing). Such a page is
served, fresh, and not kept. Everything lives in the "pages" cache alias, apart from the
sessions and rate limits in "default" (docs/deploy.md).

Signed-in pages are never cached whole, but their shared parts can be: see
`audience_fragment` (a rendered part of a page that is the same for everyone in one
audience, e.g. the results and facets of the closed list) and the template tag
`{% shared_fragment %}` in kpo/templatetags/kpo.py.
"""

import hashlib
import uuid
from dataclasses import dataclass
from functools import wraps
from urllib.parse import urlencode

from django.apps import apps
from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

VERSION_KEY = "kpo:public-pages:version"


class _ReusedClient(RedisCacheClient):
    """Django's Redis cache client builds a new `redis.Redis` for every get and set (its
    connection pool is kept, the client is not), and each one fills a table of ~200 response
    callbacks: ~0.2 ms of CPU per cache call, 1-2 ms per signed-in page. One client per pool
    does the same work; a `redis.Redis` is safe to share, and Django's cache backends are
    per thread anyway."""

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        clients = self.__dict__.setdefault("_kpo_clients", {})
        client = clients.get(id(pool))
        if client is None:
            client = clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(DjangoRedisCache):
    """django.core.cache.backends.redis.RedisCache, with one Redis client per connection pool
    (settings.CACHES)."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = _ReusedClient


class _PagesCache:
    """The "pages" alias, looked up on each use (tests replace CACHES)."""

    def __getattr__(self, name):
        return getattr(caches["pages"], name)


cache = _PagesCache()


def page_cache_seconds() -> int:
    """How long a public page may be served from the cache at most (0: never)."""
    return settings.KPO_PAGE_CACHE_SECONDS


def kept_parts(key, render) -> tuple:
    """The rendered parts of a page (a tuple of strings from our own, autoescaped templates)
    kept under `key` for at most KPO_PAGE_CACHE_SECONDS; `key()` is only asked for when the
    cache is on, and `render()` only on a miss. Marked safe for the page that includes them."""
    seconds = page_cache_seconds()
    if not seconds:
        parts = render()
    else:
        key = key()
        parts = cache.get(key)
        if parts is None:
            parts = render()
            cache.set(key, parts, seconds)
    return tuple(mark_safe(part) for part in parts)  # noqa: S308 - our own autoescaped templates


CLOSED_VERSION_KEY = "kpo:closed-lists:version"


def data_version(key: str) -> str:
    """The current version under `key` in the pages cache (made on first use): part of the
    keys of what is kept, so replacing it (`replace_data_version`) makes all of that stale."""
    version = cache.get(key)
    if version is None:
        cache.add(key, uuid.uuid4().hex, None)
        version = cache.get(key)
    return version


def public_pages_version() -> str:
    return data_version(VERSION_KEY)


def replace_data_version(key: str) -> None:
    """A new version now, and again when the transaction that made the change commits: a
    request that read the old rows in between would otherwise cache them under the new one."""
    cache.set(key, uuid.uuid4().hex, None)
    transaction.on_commit(lambda: cache.set(key, uuid.uuid4().hex, None))


def invalidate_public_pages() -> None:
    """Every cached public page is stale from now on (they expire on their own)."""
    replace_data_version(VERSION_KEY)


def invalidate_closed_lists() -> None:
    """Every cached count and facet of the closed section is stale from now on."""
    replace_data_version(CLOSED_VERSION_KEY)


SEARCH_VOCABULARY_VERSION_KEY = "kpo:search-vocabulary:version"


def search_vocabulary_version() -> str:
    """The version of what search expands words with (kpo.SearchTerm, kpo.SearchSynonym):
    replaced when either changes (kpo.search.vocabulary_changed)."""
    return data_version(SEARCH_VOCABULARY_VERSION_KEY)


def invalidate_search_vocabulary() -> None:
    """Every cached word expansion of the search is stale from now on."""
    replace_data_version(SEARCH_VOCABULARY_VERSION_KEY)


def closed_lists_version() -> str:
    """The data version of everything the closed section lists: replaced on any change of a
    document, its sharing, themes, phenomena or owner (documents/receivers.py)."""
    return data_version(CLOSED_VERSION_KEY)


def closed_list_key(group_ids, params) -> str:
    """A key for what a list of closed documents shows to one audience: the reader's
    partner groups decide what they may read, so two readers in the same groups share it."""
    raw = repr((sorted(group_ids), sorted(params)))
    digest = hashlib.sha256(raw.encode()).hexdigest()
    return f"kpo:closed-list:{data_version(CLOSED_VERSION_KEY)}:{get_language()}:{digest}"


def cached(key: str | None, compute, model=None, keep=None):
    """`compute()`, kept under `key` (None: not kept) for at most KPO_PAGE_CACHE_SECONDS and
    never past the next scheduled publication of `model` (articles by default); with `keep`,
    only a value for which `keep(value)` is true is kept."""
    if key is None or not page_cache_seconds():
        return compute()
    value = cache.get(key)
    if value is None:
        value = compute()
        if keep is None or keep(value):
            cache.set(key, value, seconds_until_next_publication(page_cache_seconds(), model))
    return value


def public_result(name: str, params, compute, keep=None):
    """What `compute()` returns for public content only, shared by every visitor (signed in
    or not) until published content changes: e.g. the article results of a search, which a
    partner's page shows next to the closed ones."""
    digest = hashlib.sha256(repr(params).encode()).hexdigest()
    key = f"kpo:public-result:{public_pages_version()}:{get_language()}:{name}:{digest}"
    return cached(key, compute, keep=keep)


def _page_key(request) -> str:
    params = urlencode(sorted(request.GET.items()))
    path = hashlib.sha256(f"{request.path}?{params}".encode()).hexdigest()
    return f"kpo:public-page:{public_pages_version()}:{get_language()}:{request.method}:{path}"


def page_not_canonical(request) -> None:
    """The view read a parameter value it does not show as given (see the module's
    docstring): serve this page, but do not keep it."""
    request._kpo_page_not_canonical = True


def _cacheable(request, response) -> bool:
    if request.user.is_authenticated:  # signed in while the view ran
        return False
    if getattr(request, "_kpo_page_not_canonical", False):
        return False
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):  # the page holds a CSRF token
        return False
    if getattr(get_messages(request), "used", False):  # the page showed messages
        return False
    cache_control = response.get("Cache-Control", "")
    return not any(word in cache_control for word in ("private", "no-cache", "no-store"))


def _has_waiting_messages(request) -> bool:
    storage = get_messages(request)
    return storage is not None and len(storage) > 0


def _only_known_parameters_once(request, params) -> bool:
    # `?x=<random>` or `?page=1&page=<random>`: served fresh and not stored.
    return all(name in params and len(values) == 1 for name, values in request.GET.lists())


def cache_public_page(view=None, *, params=frozenset()):
    """Serve the page from the cache to anonymous visitors. `params` are the query
    parameters the view reads; a request with any other is served fresh. A page lives
    at most KPO_PAGE_CACHE_SECONDS, and no longer than until the next scheduled publication."""
    if view is None:
        return lambda view: cache_public_page(view, params=frozenset(params))

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if (
            request.method not in ("GET", "HEAD")
            or request.user.is_authenticated
            or not page_cache_seconds()
            or _has_waiting_messages(request)
            or not _only_known_parameters_once(request, params)
        ):
            return view(request, *args, **kwargs)
        key = _page_key(request)
        response = cache.get(key)
        if response is not None:
            return response
        response = view(request, *args, **kwargs)
        if _cacheable(request, response):
            timeout = seconds_until_next_publication(page_cache_seconds())
            cache.set(key, response, timeout)
        return response

    return wrapper


def seconds_until_next_publication(limit: int, model=None) -> int:
    """`limit`, or fewer when scheduled content of `model` (KPO_SCHEDULED_CONTENT_MODEL by
    default: the articles) appears sooner; its manager has `next_publication_at()`."""
    model = model or apps.get_model(settings.KPO_SCHEDULED_CONTENT_MODEL)
    next_at = model.objects.next_publication_at()
    if next_at is None:
        return limit
    return max(1, min(limit, int((next_at - timezone.now()).total_seconds()) + 1))


def invalidate_on_change(invalidate, name, models, link_tables):
    """Call `invalidate` when a row of `models` is saved or deleted, or a link of
    `link_tables` (many-to-many) is added, removed or cleared."""

    def changed(sender, **kwargs):
        invalidate()

    def links_changed(sender, action, **kwargs):
        if action.startswith("post_"):
            invalidate()

    for model in models:
        post_save.connect(changed, sender=model, weak=False, dispatch_uid=f"{name}-save-{model.__name__}")
        post_delete.connect(changed, sender=model, weak=False, dispatch_uid=f"{name}-delete-{model.__name__}")
    for through in link_tables:
        m2m_changed.connect(links_changed, sender=through, weak=False, dispatch_uid=f"{name}-m2m-{through.__name__}")


# --- Shared fragments of signed-in pages ---------------------------------------------------------
#
# A signed-in page is personal as a whole (the name and unread count in the header, the CSRF
# token, messages, follow buttons), but most of a list page is not: the result cards, the
# facets with their counts, the count and the pagination are the same for everyone who may
# read the same things and asks the same URL. `audience_fragment` makes the key for such a
# part, and `{% shared_fragment fragment %}…{% endshared_fragment %}` (kpo/templatetags/kpo.py)
# renders it once per key and serves the stored HTML after that; the personal parts of the page
# stay outside the tag and are rendered on every request. Because the template inside the tag is
# not rendered on a hit, lazy querysets that only it reads (a page of rows, their snippets) are
# not run either.
#
# The key holds everything the HTML inside the tag may depend on, and the caller must make sure
# that is all:
#   - `audience`: what decides what the reader may see (e.g. their sorted group ids,
#     documents.access.reader_group_ids); never the person themselves, who is not shared;
#   - `version`: a data version replaced on every change the fragment shows (e.g.
#     closed_lists_version()), so a withdrawn share or an edit shows at the very next request;
#   - the language, and the full path with the query string exactly as asked (links in the
#     fragment are built from it: facet toggles, pagination, `?terug=`);
#   - `name`, to tell apart fragments of one page.
# It is None (render, do not keep) for anything but a GET/HEAD whose query parameters are all
# in `params`, each once; and the tag does not keep a fragment of a page the view marked as
# not canonical (page_not_canonical), nor one that holds a CSRF token. Fragments live at most
# KPO_PAGE_CACHE_SECONDS, and not past the next scheduled publication of `model`.
#
# Usage, in a view (after the list engine ran, so an invented value is already marked):
#     context["fragment"] = audience_fragment(request, "closed-list", group_ids,
#                                             version=closed_lists_version(), params=LISTING_PARAMS,
#                                             model=Document)
# and in its template:
#     {% load kpo %}{% shared_fragment fragment %}{% include "includes/listing.html" %}{% endshared_fragment %}

CSRF_FIELD = 'name="csrfmiddlewaretoken"'


_NOT_LOOKED_UP = object()


@dataclass
class SharedFragment:
    """The cache key of a rendered fragment, and the model whose scheduled publications
    bound its life (None: KPO_SCHEDULED_CONTENT_MODEL)."""

    key: str
    model: type | None = None
    _html: object = _NOT_LOOKED_UP

    def stored(self) -> str | None:
        """The stored HTML, or None; looked up once (a view may ask first, to skip the work
        that only the fragment needs, and the tag then uses the same answer)."""
        if self._html is _NOT_LOOKED_UP:
            self._html = cache.get(self.key)
        return self._html


def audience_fragment(request, name, audience, *, version, params, model=None) -> SharedFragment | None:
    """The key of the fragment `name` of this request's page as one audience sees it (see
    above), or None when it must not be kept."""
    if request.method not in ("GET", "HEAD") or not page_cache_seconds():
        return None
    if not _only_known_parameters_once(request, params):
        return None
    raw = repr((name, tuple(audience), request.get_full_path()))
    digest = hashlib.sha256(raw.encode()).hexdigest()
    return SharedFragment(f"kpo:fragment:{version}:{get_language()}:{digest}", model)


def render_fragment(request, fragment: SharedFragment | None, render):
    """The stored HTML of `fragment`, or `render()` (kept when it may be: see above)."""
    if fragment is None or getattr(request, "_kpo_page_not_canonical", False):
        return render()
    html = fragment.stored()
    if html is None:
        html = render()
        # The view or the template may find out while rendering that the page is not one to keep.
        if not getattr(request, "_kpo_page_not_canonical", False) and CSRF_FIELD not in html:
            cache.set(fragment.key, str(html), seconds_until_next_publication(page_cache_seconds(), fragment.model))
        return html
    return mark_safe(html)  # noqa: S308 - HTML this site rendered itself, under the same key
