"""A closed document is new for a person when it became readable to one of their groups
within the window (documents.access.documents_new_for_groups): shared with the group in it,
or published in it, whichever came last. Seen through Mijn KPO's first look (the last 30
days, up to now)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.services import audience_group
from documents.models import DocumentGroupObjectPermission
from tests.documents.factories import document
from tests.follows.test_follows import signed_in, world  # noqa: F401 - the fixture

pytestmark = pytest.mark.django_db


def shared(title, world, published_days_ago, granted_days_ago):  # noqa: F811
    """A document of organisation A shared with A's group, published and granted when given
    (None: a grant from before the grant time was kept)."""
    now = timezone.now()
    doc = document(
        title,
        world["org_a"],
        groups=[audience_group(world["org_a"])],
        published_at=now - timedelta(days=published_days_ago),
    )
    granted_at = None if granted_days_ago is None else now - timedelta(days=granted_days_ago)
    DocumentGroupObjectPermission.objects.filter(content_object=doc).update(granted_at=granted_at)
    return doc


def test_new_is_what_became_readable_in_the_window(world):  # noqa: F811
    shared("Oud maar net gedeeld", world, published_days_ago=400, granted_days_ago=0.1)
    shared("Net verschenen, vooraf gedeeld", world, published_days_ago=2, granted_days_ago=10)
    shared("Net verschenen, gedeeld zonder tijd", world, published_days_ago=2, granted_days_ago=None)
    shared("Lang geleden gedeeld", world, published_days_ago=400, granted_days_ago=40)
    shared("Oud, gedeeld zonder tijd", world, published_days_ago=400, granted_days_ago=None)
    shared("Morgen te lezen", world, published_days_ago=-1, granted_days_ago=0.1)

    page = signed_in(world["a"]).get("/mijn-kpo/").content.decode()
    other = signed_in(world["b"]).get("/mijn-kpo/").content.decode()

    assert "Oud maar net gedeeld" in page
    assert "Net verschenen, vooraf gedeeld" in page
    assert "Net verschenen, gedeeld zonder tijd" in page
    assert "Lang geleden gedeeld" not in page
    assert "Oud, gedeeld zonder tijd" not in page
    assert "Morgen te lezen" not in page
    assert "Oud maar net gedeeld" not in other and "Net verschenen" not in other
