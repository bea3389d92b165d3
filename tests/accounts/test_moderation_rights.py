"""Moderation rights are given and taken in the admin through accounts.services, and every
change is in the audit log: who gave whom the right to decide on applications where."""

import pytest
from django.contrib.auth.models import Group

from accounts import services
from accounts.models import MembershipStatus, User
from kpo.models import AuditEvent
from tests.factories import OrganisationFactory, RegionFactory, partner

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(db):
    region = RegionFactory(name="RIEC Rotterdam", slug="riec-rotterdam")
    organisation = OrganisationFactory(name="Gemeente Rotterdam", domains=["rotterdam.nl"], region=region)
    return {
        "region": region,
        "organisation": organisation,
        "admin": partner(organisation, email="beheer@rotterdam.nl", is_staff=True, is_superuser=True),
        "moderator": partner(organisation, email="moderator@rotterdam.nl"),
        "applicant": partner(organisation, email="nieuw@rotterdam.nl", status=MembershipStatus.PENDING),
    }


def test_a_superuser_grants_and_revokes_a_region_moderator_in_the_admin(client, world):
    region, moderator = world["region"], world["moderator"]
    client.force_login(world["admin"])
    url = f"/admin/accounts/region/{region.pk}/permissions/user-manage/{moderator.pk}/"

    form = client.get(url).content.decode()
    client.post(url, {"permissions": ["moderate_region"]})

    assert 'value="moderate_region"' in form and 'value="change_region"' not in form
    assert services.is_moderator(User.objects.get(pk=moderator.pk))
    event = AuditEvent.objects.get(action="moderation_granted")
    assert (event.actor, event.target_type, event.target_id) == (world["admin"], "accounts.region", str(region.pk))
    assert event.detail == {"user": moderator.pk}

    client.post(url, {"csrfmiddlewaretoken": "-"})  # nothing chosen; a browser always sends the token

    assert not services.is_moderator(User.objects.get(pk=moderator.pk))
    assert AuditEvent.objects.filter(action="moderation_revoked", target_id=str(region.pk)).count() == 1


def test_a_group_made_moderator_of_an_organisation_decides_there(client, world):
    organisation, moderator = world["organisation"], world["moderator"]
    team = Group.objects.create(name="Moderatoren Rotterdam")
    moderator.groups.add(team)
    client.force_login(world["admin"])

    client.post(
        f"/admin/accounts/organisation/{organisation.pk}/permissions/group-manage/{team.pk}/",
        {"permissions": ["moderate_organisation"]},
    )

    assert world["applicant"] in services.applications_for(User.objects.get(pk=moderator.pk))
    event = AuditEvent.objects.get(action="moderation_granted")
    assert (event.target_type, event.detail) == ("accounts.organisation", {"group": team.pk})
