"""The closed list's results and facets are rendered once per audience and served from the
cache after that (kpo.cache.audience_fragment): with the caches warm, nobody sees what another
audience may read, a change of sharing shows at the very next request, and the personal parts
of the page (header, organisation, CSRF token) stay each person's own."""

import re

import pytest
from django.core.cache import cache as default_cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from accounts.models import MembershipStatus
from accounts.services import all_partners_group, audience_group, sync_partner_groups
from documents import services
from follows.context import cache_key as unread_key
from tests.factories import OrganisationFactory, ThemeFactory, document, partner

pytestmark = pytest.mark.django_db

URLS = ["/besloten/", "/besloten/?q=ondermijning", "/besloten/?page=1", "/en/besloten/"]


@pytest.fixture
def two_audiences():
    """Partner A at organisation X, partner B at organisation Y; one document for X alone,
    one for all partners."""
    x = OrganisationFactory(name="Gemeente Xdorp", domains=["xdorp.nl"])
    y = OrganisationFactory(name="Gemeente Ystad", domains=["ystad.nl"])
    theme = ThemeFactory(name="Vastgoed", slug="vastgoed")
    a = partner(x, email="anna@xdorp.nl", name="Anna Xdorp")
    b = partner(y, email="bram@ystad.nl", name="Bram Ystad")
    secret = document(
        "Geheim plan Xdorp over ondermijning", x, "ondermijning in Xdorp", [audience_group(x)], themes=[theme]
    )
    common = document("Landelijk beeld van ondermijning", y, "ondermijning overal", [all_partners_group()])
    return a, b, secret, common


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        client.get(url)
    return len(ctx)


def without_csrf(html):
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


def test_another_audience_never_gets_the_warm_fragment(two_audiences):
    a, b, secret, common = two_audiences
    anna, bram = signed_in(a), signed_in(b)
    for url in URLS:
        first = page(anna, url)
        assert secret.title in first
        second = page(anna, url)  # from the cache now
        assert secret.title in second
    for url in URLS:
        seen = page(bram, url)
        assert common.title in seen
        assert secret.title not in seen
        assert "Vastgoed" not in seen  # the facet of A's document, with its count
    assert "1 document" in page(bram, "/besloten/")
    assert "2 documenten" in page(anna, "/besloten/")


def test_the_fragment_is_served_from_the_cache_with_the_same_markup(two_audiences):
    a, _, secret, _ = two_audiences
    anna = signed_in(a)
    colleague = signed_in(partner(a.organisation, email="carla@xdorp.nl", name="Carla Xdorp"))
    for url in ["/besloten/", "/besloten/?q=ondermijning&thema=vastgoed"]:
        rendered = page(anna, url)
        from_cache = page(colleague, url)  # the same groups: the same fragment
        assert without_csrf(from_cache).replace("Carla", "Anna") == without_csrf(rendered)
    # A warm page reads neither the rows nor the search.
    assert queries(colleague, "/besloten/?q=ondermijning") < queries(signed_in(a), "/besloten/?q=witwassen")


def test_a_withdrawn_share_disappears_at_the_next_request(two_audiences):
    a, _, secret, _ = two_audiences
    anna = signed_in(a)
    for url in URLS:
        assert secret.title in page(anna, url)
    services.unshare_document(secret, {audience_group(a.organisation)})
    for url in URLS:
        assert secret.title not in page(anna, url)
    services.set_document_audiences(secret, {all_partners_group()})
    assert secret.title in page(anna, "/besloten/")
    services.set_document_audiences(secret, set())
    assert secret.title not in page(anna, "/besloten/")
    assert "1 document" in page(anna, "/besloten/")


@pytest.mark.parametrize("status", [MembershipStatus.SUSPENDED, MembershipStatus.PENDING, MembershipStatus.REJECTED])
def test_someone_no_longer_approved_gets_no_closed_content_from_the_cache(two_audiences, status):
    a, _, secret, _ = two_audiences
    anna = signed_in(a)
    for url in URLS:
        assert secret.title in page(anna, url)
    a.status = status
    a.save(update_fields=["status"])
    sync_partner_groups(a)
    for url in URLS:
        response = anna.get(url, follow=True)
        assert secret.title not in response.content.decode()
    # A colleague who was never approved, in the same organisation, neither.
    pending = signed_in(partner(a.organisation, email="piet@xdorp.nl", status=MembershipStatus.PENDING))
    for url in URLS:
        assert secret.title not in pending.get(url, follow=True).content.decode()


def test_the_header_and_the_personal_parts_stay_each_persons_own(two_audiences):
    a, b, _, _ = two_audiences
    carla = partner(a.organisation, email="carla@xdorp.nl", name="Carla Xdorp")
    default_cache.set(unread_key(a.pk), 7, 60)
    default_cache.set(unread_key(carla.pk), 3, 60)
    default_cache.set(unread_key(b.pk), 0, 60)
    anna, colleague, bram = signed_in(a), signed_in(carla), signed_in(b)
    first = page(anna, "/besloten/")
    second = page(colleague, "/besloten/")  # the same fragment, from the cache
    other = page(bram, "/besloten/")
    assert '<span class="unread-count">7' in first
    assert '<span class="unread-count">3' in second
    assert "unread-count" not in other
    assert "Gemeente Xdorp" in first and "Gemeente Xdorp" in second
    assert "gedeeld zijn met Gemeente Ystad" in other and "gedeeld zijn met Gemeente Xdorp" not in other

    def token(html):
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)

    # Each person's own CSRF token, from their own session's secret.
    assert token(first) != token(second)


def test_invented_parameters_and_empty_searches_are_not_kept(two_audiences):
    a, _, secret, _ = two_audiences
    anna = signed_in(a)
    anna.get("/besloten/")
    warm = queries(anna, "/besloten/")
    for url in ["/besloten/?x=1", "/besloten/?page=99", "/besloten/?q=bestaatniet", "/besloten/?thema=onbekend"]:
        anna.get(url)
        assert queries(anna, url) > warm  # rendered again: nothing was kept
    assert secret.title in page(anna, "/besloten/")


def test_a_files_text_extracted_later_is_found_at_the_next_search(two_audiences):
    """Text extraction runs in the background after the upload and writes with update(),
    which sends no signal: it must still make the kept results stale."""
    from documents.models import Document
    from documents.tasks import extract_document_text
    from kpo.cache import invalidate_closed_lists

    a, _b, secret, _common = two_audiences
    x = a.organisation
    known = document("Okapiplan voor de haven", x, "tekst", [audience_group(x)])
    later = document("Havenrapport", x, "In de bijlage staat het okapiplan uitgewerkt.", [audience_group(x)])
    Document.objects.filter(pk=later.pk).update(extracted_text="")  # as before the worker ran
    invalidate_closed_lists()
    client = signed_in(a)
    url = "/besloten/?q=okapiplan"
    warm = page(client, url)
    assert known.title in warm and later.title not in warm
    assert later.title not in page(client, url)  # kept

    extract_document_text.call(later.pk)
    assert later.title in page(client, url)


def test_zoeken_keeps_closed_results_per_audience_and_never_leaks(two_audiences):
    """A partner's /zoeken/ keeps its closed documents per audience: another audience gets
    its own results, a withdrawn share is gone at the next request."""
    a, b, secret, common = two_audiences
    url = "/zoeken/?q=ondermijning"
    client_a, client_b = signed_in(a), signed_in(b)
    first = page(client_a, url)
    assert secret.title in first and common.title in first
    again = page(client_a, url)
    assert secret.title in again  # from the cache
    other = page(client_b, url)
    assert secret.title not in other and common.title in other

    services.unshare_document(secret, [audience_group(a.organisation)])
    assert secret.title not in page(client_a, url)
