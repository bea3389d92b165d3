"""Organisers create and edit events on the site (issue 20): the moderators of the organising
region and curators, through events.access and events.services, with the audience chosen
within their reach, a Markdown preview, audit rows and MFA before deciding."""

from datetime import timedelta

import pytest
from allauth.mfa.models import Authenticator
from django.urls import reverse
from django.utils import timezone

from accounts.services import all_partners_group, audience_group, grant_moderation
from events.models import Event
from kpo.models import AuditEvent
from tests.factories import OrganisationFactory, event, partner

pytestmark = pytest.mark.django_db

NEW = reverse("events:create")


@pytest.fixture
def moderator(world):
    """A partner at Gemeente Noord who moderates the north region."""
    user = partner(world["users"]["member"].organisation, email="moderator@gemeente-noord.nl", name="Mona Moderator")
    grant_moderation(user, world["north"], by=None)
    return user


def local(dt):
    return timezone.localtime(dt).strftime("%Y-%m-%dT%H:%M")


def details(world, **changes):
    starts = timezone.now() + timedelta(days=10)
    data = {
        "title": "Fenomeentafel Reigersbek",
        "summary": "Over drugs in het buitengebied.",
        "organiser": world["north"].pk,
        "starts_at": local(starts),
        "ends_at": local(starts + timedelta(hours=2)),
        "form": "fysiek",
        "place": "Gemeentehuis Noord",
        "online_url": "",
        "programme": "## Opening\n\n- **Welkom**",
        "speakers": "Jan Jansen",
        "capacity": "20",
        "registration_closes_at": "",
        "themes": [world["theme"].pk],
        "phenomena": [world["drugs"].pk],
        "regions": [world["north"].pk],
        "status": "published",
        "action": "opslaan",
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def test_a_moderator_creates_a_closed_event_for_their_region(world, moderator, client_as):
    client = client_as(moderator)
    page = client.get(NEW).content.decode()
    # Only their own region organises, and only audiences within their reach are offered.
    assert "RIEC Noord" in page and "Gemeente Noord" in page
    assert "RIEC Zuid" not in page and "Gemeente Zuid" not in page and "Zichtbaar voor alle partners" not in page

    response = client.post(NEW, details(world))

    created = Event.objects.get(title="Fenomeentafel Reigersbek")
    assert response.status_code == 302 and response["Location"] == created.get_absolute_url()
    assert set(created.audience_groups.all()) == {audience_group(world["north"])}
    assert not created.is_public and created.organiser == world["north"]
    assert {e.action for e in AuditEvent.objects.filter(target_id=str(created.pk), actor=moderator)} == {
        "event_created",
        "event_audiences_set",
    }
    assert client_as(world["users"]["member2"]).get(created.get_absolute_url()).status_code == 200
    assert client_as(world["users"]["other"]).get(created.get_absolute_url()).status_code == 404
    assert client_as(None).get(created.get_absolute_url()).status_code == 404


def test_the_preview_shows_the_programme_rendered_and_saves_nothing(world, moderator, client_as):
    response = client_as(moderator).post(
        NEW, details(world, action="voorbeeld", programme="## Opening\n\n- **Welkom**")
    )

    page = response.content.decode()
    assert response.status_code == 200
    assert "<h2>Opening</h2>" in page and "<li><strong>Welkom</strong></li>" in page
    assert 'value="Fenomeentafel Reigersbek"' in page  # what was typed stays
    assert not Event.objects.filter(title="Fenomeentafel Reigersbek").exists()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"title": ""}, "Dit veld is verplicht."),
        ({"ends_at": "2020-01-01T10:00"}, "Het einde ligt vóór het begin."),
        ({"regions": None}, "Kies wie deze besloten bijeenkomst mag zien, of maak haar openbaar."),
        ({"place": ""}, "Vul het adres in"),
        ({"form": "online"}, "Vul de online link in"),
    ],
)
def test_mistakes_are_explained_and_the_input_is_kept(world, moderator, client_as, changes, message):
    response = client_as(moderator).post(NEW, details(world, **changes))

    page = response.content.decode()
    assert response.status_code == 400
    assert "Er is een probleem" in page and message in page
    assert "Over drugs in het buitengebied." in page
    assert not Event.objects.filter(summary="Over drugs in het buitengebied.").exists()


def test_a_moderator_cannot_reach_beyond_their_region(world, moderator, client_as):
    south_org = OrganisationFactory(name="Gemeente Verweg", region=world["south"])
    client = client_as(moderator)

    for changes in ({"organiser": world["south"].pk}, {"organisations": [south_org.pk]}):
        response = client.post(NEW, details(world, **changes))
        assert response.status_code == 400
        assert "Selecteer een geldige keuze" in response.content.decode()
    assert not Event.objects.filter(title="Fenomeentafel Reigersbek").exists()
    # "All partners" is not offered to a moderator: a posted one is ignored.
    client.post(NEW, details(world, all_partners="on"))
    created = Event.objects.get(title="Fenomeentafel Reigersbek")
    assert set(created.audience_groups.all()) == {audience_group(world["north"])}


def test_editing_keeps_the_address_and_the_audiences_a_curator_added(world, moderator, client_as):
    closed = world["closed"]
    closed.audience_groups.add(all_partners_group())
    client = client_as(moderator)
    edit = reverse("events:edit", kwargs={"slug": closed.slug})
    assert "Bijeenkomst bewerken" in client.get(closed.get_absolute_url()).content.decode()
    page = client.get(edit).content.decode()
    assert 'value="Fenomeentafel Kraaiennest"' in page and "Dat blijft zo." in page

    response = client.post(
        edit,
        details(
            world,
            title="Fenomeentafel Kraaiennest (nieuwe datum)",
            form="hybride",
            online_url="https://meet.example.org/k",
            capacity="1",
        ),
    )

    closed.refresh_from_db()
    assert response.status_code == 302 and closed.slug == "fenomeentafel-kraaiennest"
    assert closed.title == "Fenomeentafel Kraaiennest (nieuwe datum)"
    assert set(closed.audience_groups.all()) == {audience_group(world["north"]), all_partners_group()}
    assert AuditEvent.objects.filter(action="event_changed", actor=moderator, target_id=str(closed.pk)).exists()


def test_a_draft_stays_with_its_organisers(world, moderator, client_as):
    client = client_as(moderator)
    response = client.post(NEW, details(world, status="draft", is_public="on", regions=None))

    draft = Event.objects.get(title="Fenomeentafel Reigersbek")
    assert response["Location"] == reverse("events:edit", kwargs={"slug": draft.slug})
    assert "opgeslagen als concept" in client.get(response["Location"]).content.decode()
    assert "Fenomeentafel Reigersbek" in client.get(NEW).content.decode()  # under "Concepten"
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client_as(None).get(reverse("events:list")).content.decode().count("Reigersbek") == 0


def test_curators_organise_for_any_region_and_audience(world, client_as):
    client = client_as(world["users"]["curator"])
    assert "Zichtbaar voor alle partners" in client.get(NEW).content.decode()

    response = client.post(NEW, details(world, organiser=world["south"].pk, regions=None, all_partners="on"))

    created = Event.objects.get(title="Fenomeentafel Reigersbek")
    assert response.status_code == 302 and created.organiser == world["south"]
    assert set(created.audience_groups.all()) == {all_partners_group()}
    assert "Nieuwe bijeenkomst" in client.get(reverse("events:list")).content.decode()


@pytest.mark.parametrize("who", ["member", "other", "pending"])
def test_others_get_a_404(world, client_as, who):
    client = client_as(world["users"][who])
    assert client.get(NEW).status_code == 404
    assert client.post(NEW, details(world)).status_code == 404
    assert client.get(reverse("events:edit", kwargs={"slug": world["closed"].slug})).status_code == 404
    assert client.get(reverse("events:edit", kwargs={"slug": "bestaat-niet"})).status_code == 404
    assert "Nieuwe bijeenkomst" not in client.get(reverse("events:list")).content.decode()
    assert not Event.objects.filter(title="Fenomeentafel Reigersbek").exists()


def test_a_moderator_of_another_region_cannot_edit(world, client_as):
    south_moderator = world["users"]["other"]
    grant_moderation(south_moderator, world["south"], by=None)
    client = client_as(south_moderator)
    public_south = event("Zuidelijke middag", world["south"], is_public=True)

    assert client.get(reverse("events:edit", kwargs={"slug": world["closed"].slug})).status_code == 404
    assert client.get(reverse("events:edit", kwargs={"slug": world["public"].slug})).status_code == 404
    assert client.get(reverse("events:edit", kwargs={"slug": public_south.slug})).status_code == 200


def test_anonymous_visitors_are_asked_to_log_in(world, client_as):
    response = client_as(None).get(NEW)
    assert response.status_code == 302 and response["Location"].startswith(reverse("account_login"))


def test_organisers_set_up_mfa_before_deciding(world, moderator, client_as, settings):
    settings.KPO_REQUIRE_MFA = True
    client = client_as(moderator)

    response = client.get(NEW)

    assert response.status_code == 302 and response["Location"] == reverse("mfa_index")
    Authenticator.objects.create(user=moderator, type=Authenticator.Type.TOTP, data={"secret": "x"})
    assert client.get(NEW).status_code == 200
