"""The closed section never leaks: every way in to a closed document is tried by every
kind of visitor. A document you may not read is a 404, the same as a missing one."""

import re

import pytest
from django.contrib.auth.models import AnonymousUser

from accounts.models import MembershipStatus
from accounts.services import all_partners_group, audience_group
from documents.access import documents_visible_to
from documents.models import DocumentAccess
from tests.factories import (
    OrganisationFactory,
    PartnerTypeFactory,
    RegionFactory,
    ThemeFactory,
    document,
    partner,
)

pytestmark = pytest.mark.django_db

DOCS = ["org", "type", "region", "all", "draft", "future"]

# Who may read which document.
VISIBLE = {
    "member": {"org", "type", "region", "all"},
    "same_type": {"type", "all"},
    "same_region": {"region", "all"},
    "other_org": {"all"},
    "curator": {"all"},
    "superuser": {"all"},  # no bypass: only what is shared with their groups
    "pending": set(),
    "suspended": set(),
    "rejected": set(),
    "anonymous": set(),
}
ROLES = list(VISIBLE)


@pytest.fixture
def world(db):
    from datetime import timedelta

    from django.utils import timezone

    gemeente = PartnerTypeFactory(name="Gemeente", slug="gemeente")
    politie = PartnerTypeFactory(name="Politie", slug="politie")
    provincie = PartnerTypeFactory(name="Provincie", slug="provincie")
    riec_liec = PartnerTypeFactory(name="RIEC/LIEC", slug="riec-liec")
    north = RegionFactory(name="RIEC Noord", slug="riec-noord")
    south = RegionFactory(name="RIEC Zuid", slug="riec-zuid")
    org_a = OrganisationFactory(name="Gemeente A", partner_type=gemeente, region=north, domains=["a.nl"])
    org_b = OrganisationFactory(name="Politie B", partner_type=politie, region=None, domains=["b.nl"])
    org_c = OrganisationFactory(name="Gemeente C", partner_type=gemeente, region=south, domains=["c.nl"])
    org_d = OrganisationFactory(name="Provincie D", partner_type=provincie, region=north, domains=["d.nl"])
    liec = OrganisationFactory(name="LIEC", partner_type=riec_liec, region=None, domains=["liec.nl"])
    theme = ThemeFactory(name="Informatiepositie", slug="informatiepositie")
    docs = {
        "org": document("Alleen voor A", org_a, "geheimwoordorg", [audience_group(org_a)], themes=[theme]),
        "type": document("Voor gemeenten", org_a, "geheimwoordtype", [audience_group(gemeente)], themes=[theme]),
        "region": document("Voor regio Noord", org_b, "geheimwoordregio", [audience_group(north)], themes=[theme]),
        "all": document("Voor alle partners", liec, "geheimwoordalle", [all_partners_group()], themes=[theme]),
        "draft": document(
            "Concept voor iedereen",
            liec,
            "geheimwoordconcept",
            [all_partners_group()],
            status="draft",
            themes=[theme],
        ),
        "future": document(
            "Later voor iedereen",
            liec,
            "geheimwoordlater",
            [all_partners_group()],
            published_at=timezone.now() + timedelta(days=3),
            themes=[theme],
        ),
    }
    users = {
        "member": partner(org_a, email="lid@a.nl"),
        "same_type": partner(org_c, email="lid@c.nl"),
        "same_region": partner(org_d, email="lid@d.nl"),
        "other_org": partner(org_b, email="lid@b.nl"),
        "curator": partner(liec, email="redacteur@liec.nl", is_staff=True),
        "superuser": partner(
            OrganisationFactory(name="Elders", domains=["elders.nl"]), is_superuser=True, is_staff=True
        ),
        "pending": partner(org_a, email="wacht@a.nl", status=MembershipStatus.PENDING),
        "suspended": partner(org_a, email="geschorst@a.nl", status=MembershipStatus.SUSPENDED),
        "rejected": partner(org_a, email="afgewezen@a.nl", status=MembershipStatus.REJECTED),
        "anonymous": None,
    }
    return docs, users


def login(client, user):
    if user is not None:
        client.force_login(user)


@pytest.mark.parametrize("role", ROLES)
def test_the_access_function_returns_exactly_what_is_shared(world, role):
    docs, users = world
    user = users[role] or AnonymousUser()

    visible = set(documents_visible_to(user).values_list("pk", flat=True))

    assert visible == {docs[key].pk for key in VISIBLE[role]}


@pytest.mark.parametrize("role", ROLES)
def test_list_search_facets_and_site_search(client, world, role):
    docs, users = world
    login(client, users[role])
    expected = VISIBLE[role]

    response = client.get("/besloten/")
    if role in ("anonymous",):
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    elif role in ("pending", "suspended", "rejected"):
        assert response.status_code == 302 and response["Location"] == "/account/"
    else:
        page = response.content.decode()
        for key in DOCS:
            assert (docs[key].title in page) == (key in expected), (role, key)
        # The theme facet counts only what this person may read.
        assert f'<span class="facet__count">{len(expected)}<' in page if expected else "facet__count" not in page

    for key in DOCS:
        word = {
            "org": "geheimwoordorg",
            "type": "geheimwoordtype",
            "region": "geheimwoordregio",
            "all": "geheimwoordalle",
            "draft": "geheimwoordconcept",
            "future": "geheimwoordlater",
        }[key]
        site = client.get("/zoeken/", {"q": word}).content.decode()
        assert (docs[key].title in site) == (key in expected), (role, key, "zoeken")
        if role not in ("anonymous", "pending", "suspended", "rejected"):
            closed = client.get("/besloten/", {"q": word}).content.decode()
            assert (docs[key].title in closed) == (key in expected), (role, key, "besloten")


def without_csrf(content: bytes) -> bytes:
    return re.sub(rb'name="csrfmiddlewaretoken" value="[^"]+"', b'name="csrfmiddlewaretoken" value=""', content)


@pytest.mark.parametrize("role", ROLES)
def test_detail_and_download(client, world, role):
    docs, users = world
    login(client, users[role])
    missing = client.get("/besloten/documenten/999999/")

    for key in DOCS:
        doc = docs[key]
        detail = client.get(f"/besloten/documenten/{doc.pk}/")
        download = client.get(f"/besloten/documenten/{doc.pk}/download/")
        if role == "anonymous":
            assert detail.status_code == download.status_code == 302
        elif role in ("pending", "suspended", "rejected"):
            assert detail.status_code == download.status_code == 302
            assert detail["Location"] == "/account/"
        elif key in VISIBLE[role]:
            assert detail.status_code == 200 and doc.title in detail.content.decode()
            assert download.status_code == 200
            assert b"".join(download.streaming_content).startswith(b"geheimwoord")
        else:
            # Identical to a document that does not exist.
            assert detail.status_code == download.status_code == missing.status_code == 404
            # The same page, but for the id in the language switch link and the header's log-out
            # form's CSRF token (masked afresh on every page, so it tells nothing).
            here, unknown, same = f"/documenten/{doc.pk}/".encode(), b"/documenten/999999/", b"/documenten/ID/"
            assert without_csrf(detail.content.replace(here, same)) == without_csrf(
                missing.content.replace(unknown, same)
            )


def test_reads_are_logged_and_the_log_is_append_only(client, world):
    docs, users = world
    client.force_login(users["member"])

    client.get(f"/besloten/documenten/{docs['org'].pk}/")
    client.get(f"/besloten/documenten/{docs['org'].pk}/download/")
    client.get(f"/besloten/documenten/{docs['draft'].pk}/")  # 404: not logged

    log = list(DocumentAccess.objects.order_by("at").values_list("user__email", "document__title", "action"))
    assert log == [("lid@a.nl", "Alleen voor A", "view"), ("lid@a.nl", "Alleen voor A", "download")]
    entry = DocumentAccess.objects.first()
    with pytest.raises(PermissionError):
        entry.save()
    with pytest.raises(PermissionError):
        entry.delete()


def test_the_download_is_a_safe_attachment(client, world):
    docs, users = world
    client.force_login(users["member"])

    response = client.get(f"/besloten/documenten/{docs['org'].pk}/download/")

    assert response["Content-Disposition"] == 'attachment; filename="Alleen-voor-A.txt"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "private, no-store"
    assert response["Content-Type"].startswith("text/plain")
    assert b"".join(response.streaming_content) == b"geheimwoordorg"


def test_suspension_closes_documents_at_once(client, world):
    from accounts import services

    docs, users = world
    client.force_login(users["member"])
    assert client.get(f"/besloten/documenten/{docs['org'].pk}/").status_code == 200

    services.suspend_membership(users["member"], by=None, reason="test")

    assert client.get(f"/besloten/documenten/{docs['org'].pk}/").status_code == 302
    assert documents_visible_to(users["member"]).count() == 0


def test_nothing_closed_on_public_pages(client, world):
    docs, _ = world
    for url in ["/", "/kennisbank/", "/zoeken/?q=geheimwoordalle", "/riec/"]:
        page = client.get(url).content.decode()
        for doc in docs.values():
            assert doc.title not in page


def test_downloads_can_be_handed_to_the_web_server(client, world, settings):
    docs, users = world
    settings.KPO_X_ACCEL_REDIRECT_PREFIX = "/_private/"
    client.force_login(users["member"])

    response = client.get(f"/besloten/documenten/{docs['org'].pk}/download/")

    assert response["X-Accel-Redirect"] == f"/_private/{docs['org'].file.name}"
    assert response["Content-Disposition"] == 'attachment; filename="Alleen-voor-A.txt"'
    assert response["Cache-Control"] == "private, no-store"
    assert response.content == b""


def test_closed_facets_filter_documents(client, world):
    docs, users = world
    other_theme = ThemeFactory(name="Communicatie", slug="communicatie")
    docs["org"].themes.set([other_theme])
    client.force_login(users["member"])

    page = client.get("/besloten/", {"thema": "communicatie"}).content.decode()
    assert "1 document" in page and "Alleen voor A" in page and "Voor gemeenten" not in page
    by_owner = client.get("/besloten/", {"organisatie": docs["region"].owner.slug}).content.decode()
    assert "Voor regio Noord" in by_owner and "Alleen voor A" not in by_owner


def test_the_menu_marks_the_closed_list_as_the_current_page(client, world):
    docs, users = world
    login(client, users["member"])

    listing = client.get("/besloten/").content.decode()
    detail = client.get(f"/besloten/documenten/{docs['org'].pk}/").content.decode()

    assert '<a href="/besloten/" aria-current="page">' in listing
    assert '<a href="/besloten/" aria-current="page">' not in detail
