import pytest


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Each test starts with an empty cache, so cached pages cannot leak between tests.
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()


@pytest.fixture(autouse=True)
def _defaults(settings):
    # Most tests are not about MFA; those that are turn it on themselves.
    settings.KPO_REQUIRE_MFA = False


@pytest.fixture(autouse=True)
def _dutch():
    # A request to an /en/ page leaves English active in the thread (LocaleMiddleware does
    # not switch back); code a test calls directly then speaks English. Every test starts
    # in the site's language.
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture
def session_queries(settings):
    """Reading a signed-in person's session: a query with database sessions, none when the
    sessions live in Redis in front of the database (cached_db, as in CI's second pass)."""
    return 0 if settings.SESSION_ENGINE.endswith("cached_db") else 1
