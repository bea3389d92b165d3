"""Every page costs the same number of queries with 1 object as with 30: no query per row.
Counted on a cache miss (the cache is emptied before each count), so the work of the page
itself is measured, not the cache."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.services import all_partners_group, audience_group
from network.models import Profile
from tests.factories import (
    ArticleFactory,
    OrganisationFactory,
    PhenomenonFactory,
    ReferenceFactory,
    RegionFactory,
    ThemeFactory,
    document,
    partner,
)

pytestmark = pytest.mark.django_db

PUBLIC = ["/", "/kennisbank/", "/kennisbank/?q=ondermijning", "/kennisbank/?thema=thema-a", "/zoeken/?q=ondermijning"]
PARTNER = [
    "/besloten/",
    "/besloten/?q=ondermijning&thema=thema-a",
    "/netwerk/",
    "/netwerk/?thema=thema-a",
    "/zoeken/?q=ondermijning",
]


@pytest.fixture
def world(db):
    themes = [ThemeFactory(slug="thema-a"), ThemeFactory(), ThemeFactory()]
    phenomena = [PhenomenonFactory() for _ in range(3)]
    regions = [RegionFactory() for _ in range(3)]
    home = OrganisationFactory(domains=["thuis.nl"], region=regions[0])
    member = partner(home, email="lid@thuis.nl", name="Lid Thuis")
    state = {"n": 0, "themes": themes, "phenomena": phenomena, "regions": regions, "home": home}

    def grow(to):
        """Add articles, documents and people until there are `to` of each."""
        for i in range(state["n"], to):
            article = ArticleFactory(
                title=f"Ondermijning artikel {i}",
                slug=f"ondermijning-artikel-{i}",
                body="Over ondermijning.",
                themes=themes[i % 3 :],
                phenomena=phenomena[: i % 3 + 1],
                regions=regions[i % 2 :],
            )
            ReferenceFactory(article=article)
            other = OrganisationFactory(domains=[f"org{i}.nl"], region=regions[i % 3])
            groups = [audience_group(home), all_partners_group()] if i % 2 else [audience_group(regions[0])]
            document(f"Document {i}", other, "ondermijning", groups, themes=themes[i % 3 :])
            employer = other if i % 2 else home
            colleague = partner(employer, email=f"collega{i}@{employer.domains.first().domain}")
            profile = Profile.objects.create(user=colleague, completed=True, introduction="Ondermijning")
            profile.themes.set(themes[i % 3 :])
            profile.phenomena.set(phenomena[: i % 3 + 1])
        state["n"] = to

    return member, grow


def queries(client, url):
    client.get(url)  # warm up: session time stamps, content types
    cache.clear()
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx)


def test_public_pages_cost_the_same_with_1_and_30_objects(client, world):
    _member, grow = world
    grow(1)
    article = "/kennisbank/ondermijning-artikel-0/"
    few = {url: queries(client, url) for url in [*PUBLIC, article]}
    grow(30)
    many = {url: queries(client, url) for url in [*PUBLIC, article]}
    assert many == few


def test_partner_pages_cost_the_same_with_1_and_30_objects(client, world):
    member, grow = world
    grow(1)
    client.force_login(member)
    from documents.access import documents_visible_to

    first = documents_visible_to(member).order_by("pk").first()
    someone = Profile.objects.exclude(user=member).order_by("pk").first()
    pages = [*PARTNER, f"/besloten/documenten/{first.pk}/", someone.get_absolute_url()]
    few = {url: queries(client, url) for url in pages}
    grow(30)
    many = {url: queries(client, url) for url in pages}
    assert many == few
    assert documents_visible_to(member).count() >= 15  # the lists did grow
