import pytest
from django.contrib.auth.models import Permission

from accounts.services import audience_group
from tests.factories import OrganisationFactory, PartnerTypeFactory, RegionFactory, event, partner
from tests.knowledge.factories import PhenomenonFactory, ThemeFactory


@pytest.fixture
def world(db):
    """Two regions, a member of each, a pending applicant, a curator; a public and a closed
    event of the north (closed to the north region's group)."""
    north = RegionFactory(name="RIEC Noord", slug="riec-noord", email="info@riec-noord.nl")
    south = RegionFactory(name="RIEC Zuid", slug="riec-zuid")
    gemeente = PartnerTypeFactory(name="Gemeente", slug="gemeente")
    org_n = OrganisationFactory(name="Gemeente Noord", slug="gemeente-noord", region=north, partner_type=gemeente)
    org_s = OrganisationFactory(name="Gemeente Zuid", slug="gemeente-zuid", region=south, partner_type=gemeente)
    liec = OrganisationFactory(name="LIEC", slug="liec", region=None, partner_type=gemeente)
    curator = partner(liec, email="redactie@liec.nl", name="Rita Redacteur", is_staff=True)
    curator.user_permissions.add(*Permission.objects.filter(content_type__app_label="events"))
    theme = ThemeFactory(name="Bestuurlijke aanpak", slug="bestuurlijke-aanpak")
    drugs = PhenomenonFactory(name="Drugs", slug="drugs")
    public = event("Open themamiddag", north, is_public=True, form="online", online_url="https://meet.example.org/open")
    public.themes.set([theme])
    closed = event(
        "Fenomeentafel Kraaiennest",
        north,
        groups=[audience_group(north)],
        capacity=1,
        form="hybride",
        place="Stadhuis Noord, zaal 3",
        online_url="https://meet.example.org/geheim-kraaiennest",
        programme="## Opening\n\nWelkom door de **burgemeester**.",
        speakers="Jan Jansen\nPiet Pietersen",
    )
    closed.phenomena.set([drugs])
    return {
        "north": north,
        "south": south,
        "public": public,
        "closed": closed,
        "theme": theme,
        "drugs": drugs,
        "users": {
            "member": partner(org_n, email="lid@gemeente-noord.nl", name="Nina Noord"),
            "member2": partner(org_n, email="lid2@gemeente-noord.nl", name="Otto Noord"),
            "other": partner(org_s, email="lid@gemeente-zuid.nl", name="Zeger Zuid"),
            "pending": partner(org_n, email="wacht@gemeente-noord.nl", status="pending"),
            "curator": curator,
        },
    }


@pytest.fixture
def client_as(client):
    def sign_in(user):
        client.logout()
        if user is not None:
            client.force_login(user)
        return client

    return sign_in
