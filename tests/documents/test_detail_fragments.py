"""A document's page is partly kept in the cache (documents/fragments.py): with the cache
warm, a person who may not read the document still gets the 404 of a missing one, a
withdrawn share is a 404 at the next request, an edit shows at once, and every view is
still logged."""

import re

import pytest

from accounts.services import audience_group
from documents import services
from documents.models import DocumentAccess
from tests.factories import OrganisationFactory, ThemeFactory, document, partner

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(db):
    theme = ThemeFactory(name="Informatiepositie", slug="informatiepositie")
    org_a = OrganisationFactory(name="Gemeente Alfa", domains=["alfa.nl"])
    org_b = OrganisationFactory(name="Gemeente Bravo", domains=["bravo.nl"])
    doc = document(
        "Okapidraaiboek", org_a, "tekst", [audience_group(org_a)], themes=[theme], summary="Geheime samenvatting"
    )
    reader = partner(org_a, email="lezer@alfa.nl")
    outsider = partner(org_b, email="buiten@bravo.nl")
    return {"doc": doc, "reader": reader, "outsider": outsider, "org_a": org_a, "org_b": org_b, "theme": theme}


def page(client, doc):
    return client.get(f"/besloten/documenten/{doc.pk}/")


def as_(client, user):
    client.force_login(user)
    return client


def without_csrf(content: bytes) -> bytes:
    return re.sub(rb'name="csrfmiddlewaretoken" value="[^"]+"', b'name="csrfmiddlewaretoken" value=""', content)


def test_a_warm_fragment_never_reaches_someone_who_may_not_read(client, world):
    from django.test import Client

    doc = world["doc"]
    for _ in range(2):  # warm
        assert "Geheime samenvatting" in page(as_(client, world["reader"]), doc).content.decode()

    outsider = as_(Client(), world["outsider"])
    denied = page(outsider, doc)
    missing = outsider.get("/besloten/documenten/999999/")
    assert denied.status_code == missing.status_code == 404
    assert b"Okapidraaiboek" not in denied.content and b"Geheime samenvatting" not in denied.content
    here, unknown, same = f"/documenten/{doc.pk}/".encode(), b"/documenten/999999/", b"/documenten/ID/"
    assert without_csrf(denied.content.replace(here, same)) == without_csrf(missing.content.replace(unknown, same))


def test_a_withdrawn_share_is_a_404_at_the_next_request(client, world):
    doc = as_(client, world["reader"]) and world["doc"]
    assert page(client, doc).status_code == 200
    services.unshare_document(doc, [audience_group(world["org_a"])])
    assert page(client, doc).status_code == 404


def test_a_new_share_and_an_edit_show_at_the_next_request(client, world):
    doc = world["doc"]
    as_(client, world["reader"])
    first = page(client, doc).content.decode()
    assert "Gemeente Bravo" not in first

    services.share_document(doc, {audience_group(world["org_b"])})
    assert "Gemeente Alfa, Gemeente Bravo" in page(client, doc).content.decode()

    doc.title, doc.summary = "Okapihandboek", "Nieuwe samenvatting"
    services.save_document(doc)
    changed = page(client, doc).content.decode()
    assert "Okapihandboek" in changed and "Nieuwe samenvatting" in changed
    assert "Okapidraaiboek" not in changed and "Geheime samenvatting" not in changed

    world["theme"].name = "Informatiedeling"
    world["theme"].save()
    world["org_a"].name = "Gemeente Alfa-Oost"
    world["org_a"].save()
    renamed = page(client, doc).content.decode()
    assert "Informatiedeling" in renamed and "Informatiepositie" not in renamed
    assert "Gemeente Alfa-Oost" in renamed


def test_every_view_is_logged_with_the_cache_warm(client, world):
    doc = world["doc"]
    as_(client, world["reader"])
    for _ in range(3):
        assert page(client, doc).status_code == 200
    assert DocumentAccess.objects.filter(document=doc, user=world["reader"], action="view").count() == 3


def test_a_warm_page_costs_the_gate_and_the_log(client, world, django_assert_num_queries, session_queries):
    doc = world["doc"]
    as_(client, world["reader"])
    page(client, doc)
    # Session (with database sessions), user, the reader's groups, the document through the
    # gate, the reads log row.
    # Not: the contribution, the audiences, the owner, themes and phenomena (kept with the
    # page; before: 9).
    with django_assert_num_queries(session_queries + PINNED_WARM):
        assert page(client, doc).status_code == 200


PINNED_WARM = 4  # and the session's query, with database sessions
