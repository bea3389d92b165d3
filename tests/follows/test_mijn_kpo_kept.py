"""Mijn KPO keeps "new for you" per person for a while (portal.mijn_kpo): with it kept, a
person never sees another's items, and a share, a withdrawn share, an edit, a follow, an
unfollow, a change of groups and a new visit show at the next request."""

from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.services import audience_group
from documents.models import DocumentGroupObjectPermission
from documents.services import save_document, share_document, unshare_document
from follows import services
from follows.models import Preferences
from tests.factories import ArticleFactory, document
from tests.follows.test_follows import SECRET_A, SECRET_B, signed_in, world  # noqa: F401 - the fixture

pytestmark = pytest.mark.django_db


def start_page(client):
    return client.get("/mijn-kpo/").content.decode()


def test_kept_news_is_never_another_persons(world):  # noqa: F811
    a, b = signed_in(world["a"]), signed_in(world["b"])
    for _ in range(2):  # both kept
        assert SECRET_A in start_page(a) and SECRET_B not in start_page(a)
        assert SECRET_B in start_page(b) and SECRET_A not in start_page(b)


def test_a_share_an_edit_and_a_withdrawn_share_show_at_the_next_request(world):  # noqa: F811
    a = signed_in(world["a"])
    assert SECRET_B not in start_page(a)

    share_document(world["doc_b"], {audience_group(world["org_a"])})
    assert SECRET_B in start_page(a)

    world["doc_b"].title = "Narwalhandboek"
    save_document(world["doc_b"])
    page = start_page(a)
    assert "Narwalhandboek" in page and SECRET_B not in page

    unshare_document(world["doc_b"], [audience_group(world["org_a"])])
    assert "Narwalhandboek" not in start_page(a)


def test_follows_and_groups_show_at_the_next_request(world):  # noqa: F811
    a = signed_in(world["a"])
    assert "Drugslab in schuur" not in start_page(a)

    followed = services.follow(world["a"], world["drugs"])
    assert "Drugslab in schuur" in start_page(a)
    ArticleFactory(title="Hennepzolder ontdekt", slug="hennepzolder", phenomena=[world["drugs"]])
    assert "Hennepzolder ontdekt" in start_page(a)
    services.unfollow(world["a"], followed.pk)
    assert "Drugslab in schuur" not in start_page(a)

    world["a"].groups.remove(audience_group(world["org_a"]))
    assert SECRET_A not in start_page(a)
    audience_group(world["org_a"]).user_set.add(world["a"])
    assert SECRET_A in start_page(a)


def test_a_new_visit_moves_the_window(world):  # noqa: F811
    a = signed_in(world["a"])
    DocumentGroupObjectPermission.objects.filter(content_object=world["doc_a"]).update(
        granted_at=timezone.now() - timedelta(hours=2)
    )
    assert SECRET_A in start_page(a)  # the first look: the last 30 days
    assert SECRET_A in start_page(a)  # kept

    # The previous visit was an hour ago: only what is newer than that is new now.
    Preferences.objects.filter(user=world["a"]).update(last_visit_at=timezone.now() - timedelta(hours=1))
    page = start_page(a)
    assert SECRET_A not in page
    later = document("Okapiverslag", world["org_a"], "", [audience_group(world["org_a"])])
    assert later.title in start_page(a) and SECRET_A not in start_page(a)


def test_upcoming_events_are_kept_per_audience_and_follow_changes(world):  # noqa: F811
    from tests.factories import event

    a, b = signed_in(world["a"]), signed_in(world["b"])
    closed_to_b = event("Tafel Zuid Kraaiennest", world["north"], groups=[audience_group(world["org_b"])])
    assert "Kraaiennest" in start_page(b)  # kept for B's groups
    assert "Kraaiennest" not in start_page(a)
    assert "Kraaiennest" not in start_page(a)  # kept for A's groups

    event("Tafel Noord Ekster", world["north"], groups=[audience_group(world["org_a"])])
    assert "Ekster" in start_page(a) and "Ekster" not in start_page(b)

    closed_to_b.title = "Tafel Zuid Merel"
    closed_to_b.save()
    assert "Merel" in start_page(b) and "Kraaiennest" not in start_page(b)
