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
