"""The header's unread count: kept a minute; after that the page shows the count of a minute
ago while one request counts anew once its response has gone out (follows.context)."""

import time

import pytest
from django.core.cache import cache

from follows.context import cache_key
from tests.factories import OrganisationFactory, partner

pytestmark = pytest.mark.django_db


def test_a_stale_count_is_shown_while_it_is_counted_anew_after_the_response(client):
    member = partner(OrganisationFactory(domains=["thuis.nl"]), email="lid@thuis.nl")
    client.force_login(member)
    key = cache_key(member.pk)

    assert "unread-count" not in client.get("/").content.decode()  # the first count: nothing unread
    assert cache.get(key)[0] == 0

    cache.set(key, (5, time.time()), 600)  # counted just now
    assert '<span class="unread-count">5' in client.get("/").content.decode()

    cache.set(key, (5, time.time() - 120), 600)  # two minutes old, and someone is counting
    cache.set(f"{key}:recount", 1, 30)
    assert '<span class="unread-count">5' in client.get("/").content.decode()
    assert cache.get(key)[0] == 5

    cache.delete(f"{key}:recount")  # nobody is: this page still shows 5, and counts after it
    assert '<span class="unread-count">5' in client.get("/").content.decode()
    assert cache.get(key)[0] == 0
    assert "unread-count" not in client.get("/").content.decode()


def test_seen_notifications_are_forgotten_at_once(client):
    member = partner(OrganisationFactory(domains=["thuis.nl"]), email="lid@thuis.nl")
    client.force_login(member)
    cache.set(cache_key(member.pk), (5, time.time()), 600)
    client.get("/mijn-kpo/meldingen/")  # marks them seen
    assert "unread-count" not in client.get("/").content.decode()
