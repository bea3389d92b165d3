"""The header's unread count: kept a minute; after that one request counts anew while the
others show the count of a minute ago (follows.context)."""

import time

import pytest
from django.core.cache import cache

from follows.context import cache_key
from tests.factories import OrganisationFactory, partner

pytestmark = pytest.mark.django_db


def test_a_stale_count_is_shown_only_while_another_request_counts_anew(client):
    member = partner(OrganisationFactory(domains=["thuis.nl"]), email="lid@thuis.nl")
    client.force_login(member)
    key = cache_key(member.pk)

    cache.set(key, (5, time.time()), 600)  # counted just now
    assert '<span class="unread-count">5' in client.get("/").content.decode()

    cache.set(key, (5, time.time() - 120), 600)  # two minutes old, and someone is counting
    cache.set(f"{key}:recount", 1, 30)
    assert '<span class="unread-count">5' in client.get("/").content.decode()

    cache.delete(f"{key}:recount")  # nobody is: this request counts (nothing unread)
    assert "unread-count" not in client.get("/").content.decode()
    assert cache.get(key)[0] == 0
