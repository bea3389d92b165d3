"""The directory keeps its count and facets per audience (network.cache): these tests run
with the cache warm and show that nobody sees another organisation's internal profiles,
and that every change shows at the next request."""

import re

import pytest

from accounts import services as account_services
from network.models import Profile
from tests.factories import OrganisationFactory, PartnerTypeFactory, ThemeFactory, partner

pytestmark = pytest.mark.django_db


def person(organisation, email, name, visibility=Profile.Visibility.ALL_PARTNERS, themes=(), function=""):
    user = partner(organisation, email=email, name=name, function=function)
    profile, _ = Profile.objects.get_or_create(user=user)
    profile.visibility = visibility
    profile.introduction = f"Werkt aan vastgoedfraude, {name}"
    profile.completed = True
    profile.save()
    profile.themes.set(themes)
    return user, profile


@pytest.fixture
def world(db):
    gemeente = PartnerTypeFactory(name="Gemeente", slug="gemeente")
    theme = ThemeFactory(name="Bestuurlijke aanpak", slug="bestuurlijk")
    org_x = OrganisationFactory(name="Gemeente X", domains=["x.nl"], partner_type=gemeente)
    org_y = OrganisationFactory(name="Gemeente Y", domains=["y.nl"], partner_type=gemeente)
    people = {
        "x_open": person(org_x, "open@x.nl", "Xander Open", themes=[theme]),
        "x_intern": person(org_x, "intern@x.nl", "Xenia Intern", Profile.Visibility.ORGANISATION, [theme]),
        "y_open": person(org_y, "open@y.nl", "Yara Open", themes=[theme]),
    }
    viewers = {
        "a": person(org_x, "kijker@x.nl", "Anton Kijker")[0],  # partner A, organisation X
        "b": person(org_y, "kijker@y.nl", "Bea Kijker")[0],  # partner B, organisation Y
    }
    return people, viewers, theme


URLS = [
    "/netwerk/",
    "/netwerk/?soort=gemeente",
    "/netwerk/?soort=gemeente&thema=bestuurlijk",
    "/netwerk/?q=vastgoedfraude",
    "/netwerk/?soort=gemeente&q=vastgoedfraude",
]


def count(page: str) -> int:
    match = re.search(r"(\d+) (?:persoon|personen)\b", page)
    assert match, page[page.find("<main") :][:3000]
    return int(match.group(1))


def organisation_count(page: str, name: str) -> str:
    """The facet line of one organisation (its name and count), or '' when not listed."""
    match = re.search(rf"{name}\s*(?:<[^>]*>\s*)*\(?(\d+)", page)
    return match.group(1) if match else ""


def get(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.mark.parametrize("url", URLS)
def test_a_warm_cache_leaks_no_internal_profile_or_count_to_another_organisation(client, world, url):
    _people, viewers, _theme = world
    client.force_login(viewers["a"])
    first = get(client, url)
    assert "Xenia Intern" in first  # A sees X's internal profile (and warms the cache)
    warm = get(client, url)
    assert warm == first or count(warm) == count(first)

    client.force_login(viewers["b"])
    page = get(client, url)

    assert "Xenia Intern" not in page
    assert count(page) == count(first) - 1  # A's own internal colleague is not counted for B
    assert organisation_count(page, "Gemeente X") != organisation_count(first, "Gemeente X")


def test_a_profile_set_to_nobody_disappears_at_the_next_request(client, world):
    people, viewers, _theme = world
    client.force_login(viewers["b"])
    before = {url: get(client, url) for url in URLS}
    assert all("Xander Open" in page for page in before.values())

    client.force_login(people["x_open"][0])
    response = client.post(
        "/netwerk/mijn-profiel/",
        {"introduction": "Niet meer zichtbaar", "phone": "", "visibility": Profile.Visibility.NOBODY},
    )
    assert response.status_code == 302

    client.force_login(viewers["b"])
    for url in URLS:
        page = get(client, url)
        assert "Xander Open" not in page, url
        assert count(page) == count(before[url]) - 1, url


def test_a_suspended_person_disappears_at_the_next_request(client, world):
    people, viewers, _theme = world
    client.force_login(viewers["b"])
    before = {url: get(client, url) for url in URLS}

    account_services.suspend_membership(people["y_open"][0], by=None, reason="test")

    for url in URLS:
        page = get(client, url)
        assert "Yara Open" not in page, url
        assert count(page) == count(before[url]) - 1, url


def test_a_new_profile_and_a_new_name_appear_at_the_next_request(client, world):
    people, viewers, theme = world
    client.force_login(viewers["b"])
    before = {url: get(client, url) for url in URLS}
    assert "Yvonne Nieuw" not in before["/netwerk/"]

    newcomer, _profile = person(people["y_open"][0].organisation, "nieuw@y.nl", "Yvonne Nieuw", themes=[theme])
    for url in URLS:
        page = get(client, url)
        assert "Yvonne Nieuw" in page, url
        assert count(page) == count(before[url]) + 1, url

    newcomer.name = "Yvonne Hernoemd"
    newcomer.save()
    assert "Yvonne Hernoemd" in get(client, "/netwerk/?q=hernoemd")


def test_people_search_matches_name_function_introduction_and_expertise(client, world):
    people, viewers, _theme = world
    user = people["y_open"][0]
    user.function = "Adviseur zorgfraude"
    user.save()
    client.force_login(viewers["b"])

    assert "Yara Open" in get(client, "/netwerk/?q=yara")  # name
    assert "Yara Open" in get(client, "/netwerk/?q=ZORGFRAUDE")  # function, any case
    assert "Yara Open" in get(client, "/netwerk/?q=vastgoed")  # introduction, part of a compound
    assert "Yara Open" in get(client, "/netwerk/?q=bestuurlijke")  # expertise (theme name)
    assert "Yara Open" in get(client, "/netwerk/?q=yara+bestuurlijke")  # every word
    assert "Yara Open" not in get(client, "/netwerk/?q=yara+xander")
    assert "Yara Open" in get(client, "/zoeken/?q=zorgfraude")


def test_people_in_site_search_leak_nothing_from_a_warm_cache_and_follow_changes(client, world):
    people, viewers, _theme = world
    client.force_login(viewers["a"])
    assert "Xenia Intern" in get(client, "/zoeken/?q=vastgoedfraude")  # warms A's audience

    client.force_login(viewers["b"])
    page = get(client, "/zoeken/?q=vastgoedfraude")
    assert "Xenia Intern" not in page and "Xander Open" in page
    assert "Personen in het netwerk (4)" in page  # Xander, Yara, and both viewers

    account_services.suspend_membership(people["x_open"][0], by=None, reason="test")
    page = get(client, "/zoeken/?q=vastgoedfraude")
    assert "Xander Open" not in page and "Personen in het netwerk (3)" in page


@pytest.fixture
def pages_in_memory(settings):
    """A local-memory "pages" cache can be counted and cleared alone (the Redis one shares its
    server with the sessions, and with other runs)."""
    import uuid

    memory = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": f"pages-{uuid.uuid4()}"}
    settings.CACHES = {**settings.CACHES, "pages": memory}


def test_unknown_filter_values_and_invented_searches_are_not_kept(client, world, pages_in_memory):
    from django.core.cache import caches

    _people, viewers, _theme = world
    client.force_login(viewers["b"])
    get(client, "/netwerk/")
    get(client, "/netwerk/?q=zzzqqq")  # the search's vocabulary version and synonyms, once (kpo.search)
    kept = len(caches["pages"]._cache)
    get(client, "/netwerk/?thema=onbekend")
    get(client, "/netwerk/?q=vastgoed+zzzqqq")
    get(client, "/netwerk/?q=zzzqqq")
    assert len(caches["pages"]._cache) == kept


def test_directory_queries_are_pinned(client, world, django_assert_num_queries, session_queries, pages_in_memory):
    _people, viewers, _theme = world
    client.force_login(viewers["b"])
    url = "/netwerk/?soort=gemeente&thema=bestuurlijk"
    get(client, url)
    from django.core.cache import caches

    caches["pages"].clear()
    # user, user session (with database sessions); own profile; the filters' ids (one query for both); facets (the count
    # is their sum); rows; the next scheduled publication (how long the fragment may live)
    with django_assert_num_queries(session_queries + 6):
        get(client, url)
    # warm: the listing is the audience's stored fragment; only user, user session, own profile
    with django_assert_num_queries(session_queries + 2):
        get(client, url)
