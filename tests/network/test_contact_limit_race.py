"""Issue 13, observation 8: the daily limit on contact requests holds when the requests
arrive at the same moment (each in its own database connection)."""

import threading

import pytest
from django.db import connection
from django.test import Client

from network.models import ContactRequest, Profile
from tests.factories import OrganisationFactory, partner


@pytest.mark.django_db(transaction=True)
def test_parallel_contact_requests_stop_exactly_at_the_daily_limit(settings):
    settings.KPO_CONTACT_REQUESTS_PER_DAY = 20
    organisation = OrganisationFactory(domains=["utrecht.nl"])
    sender = partner(organisation, email="zender@utrecht.nl")
    targets = []
    for i in range(23):
        user = partner(organisation, email=f"collega{i}@utrecht.nl", name=f"Collega {i}")
        profile, _created = Profile.objects.get_or_create(user=user)
        profile.visibility, profile.completed = Profile.Visibility.ALL_PARTNERS, True
        profile.save()
        targets.append(profile)
    clients = []
    for _ in targets:
        client = Client()
        client.force_login(sender)
        clients.append(client)
    start = threading.Barrier(len(targets))
    statuses = []

    def send(client, profile):
        try:
            start.wait(30)
            statuses.append(client.post(f"/netwerk/{profile.public_id}/contact/", {"message": "Hallo"}).status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=send, args=pair) for pair in zip(clients, targets, strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)

    assert sorted(statuses) == [302] * 20 + [400] * 3
    assert ContactRequest.objects.filter(sender=sender).count() == 20
