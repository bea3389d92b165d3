"""Partners share documents (issue 19): own organisation at once, beyond it after a
four-eyes review; contributors manage their own; limits; the audit log. Through HTTP, as
partners and reviewers use the site."""

import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from guardian.shortcuts import assign_perm

from documents.models import Contribution, ContributorSuspension, DocumentAccess, DocumentVersion
from kpo.models import AuditEvent
from tests.factories import (
    OrganisationFactory,
    PartnerTypeFactory,
    PhenomenonFactory,
    RegionFactory,
    ThemeFactory,
    partner,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(db):
    gemeente = PartnerTypeFactory(name="Gemeente", slug="gemeente")
    politie = PartnerTypeFactory(name="Politie", slug="politie")
    north = RegionFactory(name="RIEC Noord", slug="riec-noord")
    south = RegionFactory(name="RIEC Zuid", slug="riec-zuid")
    org_a = OrganisationFactory(name="Gemeente Alfa", partner_type=gemeente, region=north, domains=["alfa.nl"])
    org_n = OrganisationFactory(name="Gemeente Noordbuur", partner_type=gemeente, region=north, domains=["nb.nl"])
    org_s = OrganisationFactory(name="Politie Zuid", partner_type=politie, region=south, domains=["pz.nl"])
    curators_org = OrganisationFactory(name="LIEC", partner_type=politie, region=None, domains=["liec.nl"])
    people = {
        "contributor": partner(org_a, email="deler@alfa.nl", name="Dirk Deler"),
        "colleague": partner(org_a, email="collega@alfa.nl", name="Cor Collega"),
        "neighbour": partner(org_n, email="buur@nb.nl", name="Bea Buur"),
        "south": partner(org_s, email="zuid@pz.nl", name="Zef Zuid"),
        "moderator_north": partner(org_n, email="moderator@nb.nl", name="Mo Noord"),
        "moderator_south": partner(org_s, email="moderator@pz.nl", name="Mo Zuid"),
        "curator": partner(curators_org, email="redacteur@liec.nl", name="Rita Redacteur", is_staff=True),
    }
    assign_perm("accounts.moderate_region", people["moderator_north"], north)
    assign_perm("accounts.moderate_region", people["moderator_south"], south)
    editors, _ = Group.objects.get_or_create(name="Redacteuren")
    editors.permissions.add(Permission.objects.get(codename="review_contribution"))
    people["curator"].groups.add(editors)
    return {
        "people": people,
        "theme": ThemeFactory(name="Informatiepositie", slug="informatiepositie"),
        "phenomenon": PhenomenonFactory(name="Drugs", slug="drugs"),
        "org_a": org_a,
        "north": north,
    }


def client_for(client, user):
    client.force_login(user)
    return client


def as_(user):
    from django.test import Client

    c = Client()
    c.force_login(user)
    return c


def upload(name="checklist.txt", content=b"Een checklist voor controles in het buitengebied.\n"):
    return SimpleUploadedFile(name, content)


def share(user, audience="organisation", title="Checklist hennepteelt", world=None, **extra):
    data = {
        "title": title,
        "summary": "Waar u op let bij een controle.",
        "audience": audience,
        "file": upload(),
        **extra,
    }
    if world:
        data["themes"] = [world["theme"].pk]
        data["phenomena"] = [world["phenomenon"].pk]
    return as_(user).post("/besloten/delen/", data)


def contribution_titled(title="Checklist hennepteelt"):
    return Contribution.objects.select_related("document").get(document__title=title)


# --- sharing with the own organisation --------------------------------------------------------


def test_own_organisation_reads_it_at_once_and_another_organisation_gets_a_404(world):
    people = world["people"]
    response = share(people["contributor"], world=world)
    contribution = contribution_titled()
    assert response.status_code == 302
    assert response["Location"] == f"/besloten/delen/mijn/{contribution.pk}/"
    document = contribution.document

    page = as_(people["colleague"]).get(document.get_absolute_url())
    assert page.status_code == 200
    text = page.content.decode()
    assert "Gedeeld met" in text and "Gemeente Alfa" in text
    assert "Dirk Deler" not in text  # did not agree to be named
    assert "Checklist hennepteelt" in as_(people["colleague"]).get("/besloten/?q=hennepteelt").content.decode()
    assert (
        "Checklist hennepteelt" in as_(people["colleague"]).get("/besloten/?thema=informatiepositie").content.decode()
    )
    assert as_(people["colleague"]).get(f"/besloten/documenten/{document.pk}/download/").status_code == 200
    # The file's text is extracted and searchable, like a curated document's.
    assert "Checklist hennepteelt" in as_(people["colleague"]).get("/besloten/?q=buitengebied").content.decode()
    for other in ("neighbour", "south", "curator"):
        assert as_(people[other]).get(document.get_absolute_url()).status_code == 404, other
        assert "Checklist hennepteelt" not in as_(people[other]).get("/besloten/").content.decode()
    actions = list(AuditEvent.objects.order_by("pk").values_list("action", flat=True))
    assert "contribution_submitted" in actions and "contribution_published" in actions and "document_shared" in actions


def test_the_person_is_named_only_if_they_agreed(world):
    people = world["people"]
    share(people["contributor"], show_name="on")
    document = contribution_titled().document

    text = as_(people["colleague"]).get(document.get_absolute_url()).content.decode()

    assert "Gedeeld door" in text and "Gemeente Alfa (Dirk Deler)" in text


def test_a_renamed_contributor_and_a_withdrawn_name_show_with_the_page_kept(world):
    people = world["people"]
    share(people["contributor"], show_name="on")
    contribution = contribution_titled()
    url = contribution.document.get_absolute_url()
    assert "(Dirk Deler)" in as_(people["colleague"]).get(url).content.decode()  # kept now

    people["contributor"].name = "Dirk de Deler"
    people["contributor"].save()
    assert "Gemeente Alfa (Dirk de Deler)" in as_(people["colleague"]).get(url).content.decode()

    contribution.show_name = False
    contribution.save()
    text = as_(people["colleague"]).get(url).content.decode()
    assert "Deler" not in text and "Gemeente Alfa" in text


def test_the_form_comes_back_with_the_input_and_a_reason_for_a_wrong_file(world):
    people = world["people"]
    response = as_(people["contributor"]).post(
        "/besloten/delen/",
        {
            "title": "Mijn werkwijze",
            "summary": "Hoe wij het doen.",
            "audience": "region",
            "file": SimpleUploadedFile("virus.pdf", b"MZ\x90\x00 this is a program"),
        },
    )
    assert response.status_code == 400
    text = response.content.decode()
    assert "Dit type bestand is niet toegestaan" in text
    assert 'value="Mijn werkwijze"' in text and "Hoe wij het doen." in text
    assert not Contribution.objects.exists()


def test_a_too_large_file_is_refused_with_the_limit(world, settings):
    settings.KPO_MAX_UPLOAD_SIZE = 1024
    response = as_(world["people"]["contributor"]).post(
        "/besloten/delen/",
        {"title": "Groot", "summary": "Groot.", "audience": "organisation", "file": upload(content=b"a" * 2000)},
    )
    assert response.status_code == 400
    assert "Het bestand is te groot" in response.content.decode()


def test_an_audience_out_of_reach_is_refused(world):
    response = share(world["people"]["contributor"], audience="everyone-in-the-world")
    assert response.status_code == 400
    assert not Contribution.objects.exists()


# --- four-eyes review ------------------------------------------------------------------------


def test_a_region_contribution_is_invisible_until_a_reviewer_of_the_region_approves(
    world, django_capture_on_commit_callbacks
):
    people = world["people"]
    with django_capture_on_commit_callbacks(execute=True):
        share(people["contributor"], audience="region", world=world)
    contribution = contribution_titled()
    document = contribution.document
    assert contribution.status == Contribution.Status.PENDING
    # The reviewers of the region get a mail that names nothing; the contributor's is not among them.
    told = {message.to[0] for message in mail.outbox}
    assert told == {"moderator@nb.nl", "redacteur@liec.nl"}
    assert all("Checklist" not in m.body and "Dirk" not in m.body for m in mail.outbox)
    assert all("/besloten/delen/beoordelen/" in m.body for m in mail.outbox)

    for name in ("colleague", "neighbour", "south", "moderator_north", "curator", "contributor"):
        client = as_(people[name])
        assert client.get(document.get_absolute_url()).status_code == 404, name
        assert "Checklist hennepteelt" not in client.get("/besloten/?q=hennepteelt").content.decode(), name
        assert "Checklist hennepteelt" not in client.get("/zoeken/?q=hennepteelt").content.decode(), name
    for name in ("colleague", "neighbour", "south", "moderator_south"):
        client = as_(people[name])
        assert client.get(f"/besloten/delen/beoordelen/{contribution.pk}/").status_code == 404, name
        assert client.get(f"/besloten/delen/{contribution.pk}/bestand/").status_code == 404, name
        assert client.get(f"/besloten/delen/mijn/{contribution.pk}/").status_code == 404, name
        assert "Checklist hennepteelt" not in client.get("/besloten/delen/beoordelen/").content.decode(), name
    # The contributor and the reviewers of the region may open it.
    own_page = as_(people["contributor"]).get(f"/besloten/delen/mijn/{contribution.pk}/").content.decode()
    assert "Status: wacht op beoordeling" in own_page
    assert as_(people["contributor"]).get(f"/besloten/delen/{contribution.pk}/bestand/").status_code == 200
    for name in ("moderator_north", "curator"):
        client = as_(people[name])
        assert "Checklist hennepteelt" in client.get("/besloten/delen/beoordelen/").content.decode(), name
        assert client.get(f"/besloten/delen/beoordelen/{contribution.pk}/").status_code == 200, name
        assert client.get(f"/besloten/delen/{contribution.pk}/bestand/").status_code == 200, name

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = as_(people["moderator_north"]).post(
            f"/besloten/delen/beoordelen/{contribution.pk}/", {"decision": "goedkeuren", "message": ""}
        )
    assert response.status_code == 302

    for name in ("colleague", "neighbour", "moderator_north", "contributor"):
        assert as_(people[name]).get(document.get_absolute_url()).status_code == 200, name
    for name in ("south", "curator"):
        assert as_(people[name]).get(document.get_absolute_url()).status_code == 404, name
    assert "RIEC Noord" in as_(people["neighbour"]).get(document.get_absolute_url()).content.decode()
    [approved] = mail.outbox
    assert approved.to == ["deler@alfa.nl"] and "goedgekeurd" in approved.subject
    assert f"/besloten/delen/mijn/{contribution.pk}/" in approved.body
    assert AuditEvent.objects.filter(action="contribution_approved", actor=people["moderator_north"]).exists()
    # Decided: out of the queue, and its review page is a 404 now.
    assert as_(people["curator"]).get(f"/besloten/delen/beoordelen/{contribution.pk}/").status_code == 404


def test_the_contributor_sees_status_and_messages(world, django_capture_on_commit_callbacks):
    people = world["people"]
    share(people["contributor"], audience="all_partners")
    contribution = contribution_titled()
    own = as_(people["contributor"])
    assert "wacht op beoordeling" in own.get("/besloten/delen/mijn/").content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = as_(people["curator"]).post(
            f"/besloten/delen/beoordelen/{contribution.pk}/",
            {"decision": "aanpassen", "message": "Haal de namen van de wijken eruit."},
        )
    assert response.status_code == 302
    page = own.get(f"/besloten/delen/mijn/{contribution.pk}/").content.decode()
    assert "aanpassing gevraagd" in page and "Haal de namen van de wijken eruit." in page
    [asked] = mail.outbox
    assert asked.to == ["deler@alfa.nl"] and "Haal de namen van de wijken eruit." in asked.body

    # A new version goes back to review.
    response = own.post(
        f"/besloten/delen/mijn/{contribution.pk}/",
        {
            "title": "Checklist hennepteelt",
            "summary": "Zonder wijknamen.",
            "file": upload("checklist-v2.txt", b"Versie twee van de checklist.\n"),
            "message": "Aangepast.",
        },
    )
    assert response.status_code == 302
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.PENDING
    assert list(contribution.document.versions.values_list("number", "state")) == [(2, "current"), (1, "previous")]


def test_asking_for_changes_or_rejecting_needs_a_message(world):
    people = world["people"]
    share(people["contributor"], audience="region")
    contribution = contribution_titled()

    response = as_(people["curator"]).post(
        f"/besloten/delen/beoordelen/{contribution.pk}/", {"decision": "afwijzen", "message": "  "}
    )

    assert response.status_code == 400
    assert "waarom u afwijst" in response.content.decode()
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.PENDING


def test_a_rejected_contribution_is_seen_only_by_its_contributor(world, django_capture_on_commit_callbacks):
    people = world["people"]
    share(people["contributor"], audience="region")
    contribution = contribution_titled()
    with django_capture_on_commit_callbacks(execute=True):
        as_(people["moderator_north"]).post(
            f"/besloten/delen/beoordelen/{contribution.pk}/",
            {"decision": "afwijzen", "message": "Dit staat al in de kennisbank."},
        )
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.REJECTED
    [rejected] = mail.outbox
    assert rejected.to == ["deler@alfa.nl"] and "Dit staat al in de kennisbank." in rejected.body

    own = as_(people["contributor"])
    assert "Dit staat al in de kennisbank." in own.get(f"/besloten/delen/mijn/{contribution.pk}/").content.decode()
    assert own.get(f"/besloten/delen/{contribution.pk}/bestand/").status_code == 200
    for name in ("moderator_north", "curator", "colleague", "neighbour"):
        client = as_(people[name])
        assert client.get(f"/besloten/delen/beoordelen/{contribution.pk}/").status_code == 404, name
        assert client.get(f"/besloten/delen/{contribution.pk}/bestand/").status_code == 404, name
        assert client.get(contribution.document.get_absolute_url()).status_code == 404, name


def test_a_reviewer_never_decides_on_their_own_contribution(world):
    people = world["people"]
    share(people["moderator_north"], audience="region", title="Eigen werkwijze")
    contribution = contribution_titled("Eigen werkwijze")
    own = as_(people["moderator_north"])

    assert "Eigen werkwijze" not in own.get("/besloten/delen/beoordelen/").content.decode()
    response = own.post(f"/besloten/delen/beoordelen/{contribution.pk}/", {"decision": "goedkeuren"})

    assert response.status_code == 404
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.PENDING
    assert as_(people["curator"]).get(f"/besloten/delen/beoordelen/{contribution.pk}/").status_code == 200


def test_the_service_refuses_self_review_too(world):
    from documents import services

    people = world["people"]
    share(people["curator"], audience="all_partners", title="Van de redacteur")
    contribution = contribution_titled("Van de redacteur")

    with pytest.raises(services.NotYours):
        services.approve_contribution(contribution, people["curator"])

    assert AuditEvent.objects.filter(action="contribution_self_review_refused").exists()


def test_reviewers_without_mfa_are_sent_to_set_it_up(world, settings):
    from allauth.mfa.models import Authenticator

    settings.KPO_REQUIRE_MFA = True
    people = world["people"]
    for name in ("moderator_north", "curator", "contributor"):
        Authenticator.objects.create(user=people[name], type=Authenticator.Type.TOTP, data={"secret": "x"})
    share(people["contributor"], audience="region")
    contribution = contribution_titled()
    Authenticator.objects.filter(user=people["moderator_north"]).delete()

    client = as_(people["moderator_north"])
    assert client.get("/besloten/delen/beoordelen/")["Location"] == "/accounts/2fa/"
    response = client.post(f"/besloten/delen/beoordelen/{contribution.pk}/", {"decision": "goedkeuren"})
    assert response["Location"] == "/accounts/2fa/"
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.PENDING
    assert as_(people["curator"]).get("/besloten/delen/beoordelen/").status_code == 200
    assert as_(people["colleague"]).get("/besloten/delen/beoordelen/").status_code == 404


# --- the contributor manages their own --------------------------------------------------------


def test_a_new_version_for_the_own_organisation_is_read_at_once_and_the_old_one_is_kept(world):
    people = world["people"]
    share(people["contributor"])
    contribution = contribution_titled()
    response = as_(people["contributor"]).post(
        f"/besloten/delen/mijn/{contribution.pk}/", {"file": upload("v2.txt", b"Tweede versie, bijgewerkt.\n")}
    )
    assert response.status_code == 302
    download = as_(people["colleague"]).get(f"/besloten/documenten/{contribution.document.pk}/download/")
    assert b"".join(download.streaming_content) == b"Tweede versie, bijgewerkt.\n"
    versions = list(DocumentVersion.objects.filter(document=contribution.document).order_by("number"))
    assert [(v.number, v.state, v.original_name) for v in versions] == [
        (1, "previous", "checklist.txt"),
        (2, "current", "v2.txt"),
    ]
    assert AuditEvent.objects.filter(action="contribution_new_version").exists()


def test_a_new_version_of_an_approved_wider_contribution_waits_while_readers_keep_the_approved_one(
    world, django_capture_on_commit_callbacks
):
    people = world["people"]
    share(people["contributor"], audience="region")
    contribution = contribution_titled()
    as_(people["curator"]).post(f"/besloten/delen/beoordelen/{contribution.pk}/", {"decision": "goedkeuren"})
    download_path = f"/besloten/documenten/{contribution.document.pk}/download/"
    with django_capture_on_commit_callbacks(execute=True):
        as_(people["contributor"]).post(
            f"/besloten/delen/mijn/{contribution.pk}/", {"file": upload("v2.txt", b"Niet beoordeelde versie.\n")}
        )
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.PENDING

    neighbour = as_(people["neighbour"])
    assert b"".join(neighbour.get(download_path).streaming_content).startswith(b"Een checklist")
    reviewer = as_(people["moderator_north"])
    assert b"".join(reviewer.get(f"/besloten/delen/{contribution.pk}/bestand/").streaming_content).startswith(
        b"Niet beoordeelde"
    )
    reviewer.post(f"/besloten/delen/beoordelen/{contribution.pk}/", {"decision": "goedkeuren"})
    assert b"".join(neighbour.get(download_path).streaming_content).startswith(b"Niet beoordeelde")


def test_withdrawing_unpublishes_for_readers_and_keeps_the_record(world):
    people = world["people"]
    share(people["contributor"])
    contribution = contribution_titled()
    colleague = as_(people["colleague"])
    colleague.get(contribution.document.get_absolute_url())

    response = as_(people["contributor"]).post(f"/besloten/delen/mijn/{contribution.pk}/intrekken/")

    assert response.status_code == 302
    assert colleague.get(contribution.document.get_absolute_url()).status_code == 404
    assert "Checklist hennepteelt" not in colleague.get("/besloten/").content.decode()
    page = as_(people["contributor"]).get(f"/besloten/delen/mijn/{contribution.pk}/").content.decode()
    assert "ingetrokken" in page
    assert DocumentAccess.objects.filter(document=contribution.document).exists()
    assert AuditEvent.objects.filter(action="contribution_withdrawn", actor=people["contributor"]).exists()
    # Nobody else may withdraw (or see) it.
    assert as_(people["colleague"]).post(f"/besloten/delen/mijn/{contribution.pk}/intrekken/").status_code == 404


def test_the_contributor_sees_how_many_read_it_never_who(world):
    people = world["people"]
    share(people["contributor"])
    contribution = contribution_titled()
    for name in ("colleague", "colleague", "contributor"):
        as_(people[name]).get(contribution.document.get_absolute_url())

    page = as_(people["contributor"]).get(f"/besloten/delen/mijn/{contribution.pk}/").content.decode()

    assert re.search(r"Gelezen door</dt><dd>1 persoon<", page)
    assert "Cor Collega" not in page and "collega@alfa.nl" not in page


# --- limits -----------------------------------------------------------------------------------


def test_uploads_per_person_per_day_are_limited(world, settings):
    settings.KPO_CONTRIBUTION_UPLOADS_PER_DAY = 2
    people = world["people"]
    assert share(people["contributor"], title="Een").status_code == 302
    assert share(people["contributor"], title="Twee").status_code == 302

    response = share(people["contributor"], title="Drie")

    assert response.status_code == 400
    assert "maximum per dag" in response.content.decode()
    assert Contribution.objects.count() == 2
    assert AuditEvent.objects.filter(action="contribution_refused", detail__reason="uploads_per_day").exists()
    assert share(people["colleague"], title="Drie").status_code == 302  # per person


def test_the_total_size_per_organisation_is_limited(world, settings):
    people = world["people"]
    settings.KPO_CONTRIBUTION_BYTES_PER_ORGANISATION = 80
    assert share(people["contributor"], title="Een").status_code == 302

    response = share(people["colleague"], title="Twee")

    assert response.status_code == 400
    assert "ruimte voor gedeelde documenten opgebruikt" in response.content.decode()
    assert share(people["neighbour"], title="Twee").status_code == 302  # another organisation


def test_a_curator_can_suspend_the_right_to_share(world):
    from documents import services

    people = world["people"]
    services.suspend_contributor(people["contributor"], by=people["curator"], reason="Deelde vertrouwelijke stukken.")
    client = as_(people["contributor"])

    page = client.get("/besloten/delen/")
    assert page.status_code == 200 and "opgeschort" in page.content.decode()
    assert share(people["contributor"]).status_code == 403
    assert not Contribution.objects.exists()
    assert client.get("/besloten/").status_code == 200  # reading stays
    assert AuditEvent.objects.filter(action="contributor_suspended", actor=people["curator"]).exists()

    services.reinstate_contributor(people["contributor"], by=people["curator"])
    assert not ContributorSuspension.objects.exists()
    assert share(people["contributor"]).status_code == 302


def test_the_admin_suspends_and_shows_contributions(world, client):
    from django.contrib.auth import get_user_model

    people = world["people"]
    share(people["contributor"], audience="region")
    admin = get_user_model().objects.create_superuser("admin@liec.nl", "geheim-wachtwoord-123")
    client.force_login(admin)
    assert "Checklist hennepteelt" in client.get("/admin/documents/contribution/").content.decode()
    contribution = contribution_titled()

    client.post(
        "/admin/documents/contribution/",
        {"action": "suspend_contributors", "_selected_action": [contribution.pk]},
    )

    assert ContributorSuspension.objects.filter(user=people["contributor"]).exists()
    assert AuditEvent.objects.filter(action="contributor_suspended", actor=admin).exists()


# --- pages, queries, public functions --------------------------------------------------------


def test_empty_states(world):
    people = world["people"]
    assert "nog geen documenten gedeeld" in as_(people["contributor"]).get("/besloten/delen/mijn/").content.decode()
    assert (
        "geen documenten op uw beoordeling"
        in as_(people["curator"]).get("/besloten/delen/beoordelen/").content.decode()
    )


def test_query_counts_do_not_grow_with_the_rows(world, django_assert_max_num_queries):
    people = world["people"]
    for number in range(6):
        share(people["contributor"], audience="region", title=f"Werkwijze {number}", world=world)
    share(people["contributor"], title="Voor de collega's", world=world)
    own, reviewer = as_(people["contributor"]), as_(people["moderator_north"])
    contribution = contribution_titled("Werkwijze 0")
    shared = contribution_titled("Voor de collega's")
    colleague = as_(people["colleague"])
    for client in (own, reviewer, colleague):
        client.get("/")  # the header's unread count is kept for a minute (follows.context)

    with django_assert_max_num_queries(12):
        assert own.get("/besloten/delen/mijn/").status_code == 200
    with django_assert_max_num_queries(12):
        assert reviewer.get("/besloten/delen/beoordelen/").status_code == 200
    with django_assert_max_num_queries(16):
        assert own.get(f"/besloten/delen/mijn/{contribution.pk}/").status_code == 200
    with django_assert_max_num_queries(16):
        assert reviewer.get(f"/besloten/delen/beoordelen/{contribution.pk}/").status_code == 200
    with django_assert_max_num_queries(14):
        assert colleague.get(shared.document.get_absolute_url()).status_code == 200
    with django_assert_max_num_queries(14):
        assert own.get("/besloten/delen/").status_code == 200


def test_public_functions_for_the_start_page(world, django_assert_num_queries, django_assert_max_num_queries):
    from documents.public import contributions_of, reviews_waiting_for

    people = world["people"]
    for number in range(3):
        share(people["contributor"], audience="region", title=f"Werkwijze {number}")

    with django_assert_num_queries(1):
        mine = [(c.document.title, c.get_status_display()) for c in contributions_of(people["contributor"])]
    assert mine[0] == ("Werkwijze 2", "wacht op beoordeling") and len(mine) == 3
    with django_assert_max_num_queries(3):  # the rights (regions; content type unless cached), the list
        waiting = [c.document.title for c in reviews_waiting_for(people["moderator_north"])]
    assert waiting == ["Werkwijze 0", "Werkwijze 1", "Werkwijze 2"]
    assert list(reviews_waiting_for(people["moderator_south"])) == []
    assert list(reviews_waiting_for(people["contributor"])) == []


def test_the_demo_has_a_contribution_for_the_own_organisation_and_one_in_review(settings):
    from django.core.management import call_command

    from accounts.models import User

    settings.DEBUG = True
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    shared = Contribution.objects.get(status=Contribution.Status.PUBLISHED)
    waiting = Contribution.objects.get(status=Contribution.Status.PENDING)

    colleague = as_(User.objects.get(email="bibob@amsterdam.nl"))
    page = colleague.get(shared.document.get_absolute_url()).content.decode()
    assert "Gemeente Amsterdam (Sanne de Vries)" in page and "Gedeeld met" in page
    assert (
        as_(User.objects.get(email="rechercheur@politie.nl")).get(shared.document.get_absolute_url()).status_code == 404
    )
    queue = as_(User.objects.get(email="redacteur@liec.nl")).get("/besloten/delen/beoordelen/").content.decode()
    assert waiting.document.title in queue
    assert (
        as_(User.objects.get(email="handhaving@rotterdam.nl")).get(waiting.document.get_absolute_url()).status_code
        == 404
    )


def test_the_pages_speak_english_too(world):
    people = world["people"]
    share(people["contributor"], audience="region")
    contribution = contribution_titled()

    form = as_(people["contributor"]).get("/en/besloten/delen/").content.decode()
    own = as_(people["contributor"]).get(f"/en/besloten/delen/mijn/{contribution.pk}/").content.decode()
    queue = as_(people["curator"]).get("/en/besloten/delen/beoordelen/").content.decode()

    assert "Share a document" in form and "All partners in RIEC Noord (after review)" in form
    assert "Status: awaiting review" in own
    assert "Review shared documents" in queue


def test_a_shared_document_keeps_its_title_until_a_review_even_when_changes_are_asked(world):
    people = world["people"]
    share(people["contributor"], audience="region")
    contribution = contribution_titled()
    as_(people["curator"]).post(f"/besloten/delen/beoordelen/{contribution.pk}/", {"decision": "goedkeuren"})
    own = as_(people["contributor"])
    own.post(f"/besloten/delen/mijn/{contribution.pk}/", {"file": upload("v2.txt", b"Tweede versie.\n")})
    as_(people["curator"]).post(
        f"/besloten/delen/beoordelen/{contribution.pk}/", {"decision": "aanpassen", "message": "Nog niet goed."}
    )

    response = own.post(
        f"/besloten/delen/mijn/{contribution.pk}/",
        {"title": "Andere titel", "summary": "Anders.", "file": upload("v3.txt", b"Derde versie.\n")},
    )

    assert response.status_code == 302
    page = as_(people["neighbour"]).get(contribution.document.get_absolute_url()).content.decode()
    assert "Checklist hennepteelt" in page and "Andere titel" not in page
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.PENDING
    states = dict(contribution.document.versions.values_list("number", "state"))
    assert states == {1: "current", 2: "declined", 3: "proposed"}


def test_the_start_page_shows_the_contributor_their_status_and_the_reviewer_the_queue(
    world, django_assert_max_num_queries
):
    people = world["people"]
    share(people["contributor"], audience="region", title="Werkwijze buitengebied", world=world)
    contribution = contribution_titled("Werkwijze buitengebied")

    own = as_(people["contributor"]).get("/mijn-kpo/").content.decode()
    assert "Documenten die u deelde" in own
    assert f'href="/besloten/delen/mijn/{contribution.pk}/"' in own and "wacht op beoordeling" in own

    reviewer = as_(people["moderator_north"])
    page = reviewer.get("/mijn-kpo/").content.decode()
    assert "Gedeelde documenten om te beoordelen" in page
    assert f'href="/besloten/delen/beoordelen/{contribution.pk}/"' in page

    colleague = as_(people["colleague"]).get("/mijn-kpo/").content.decode()
    assert "Werkwijze buitengebied" not in colleague  # pending: the contributor's and reviewers' alone


def test_a_contribution_reaches_the_digest_like_a_curated_document(world):
    """Shared through the same service, a partner's document is news for the colleagues it is
    shared with, and for nobody else (follows.news reads through the documents gate)."""
    from follows.services import send_digests

    people = world["people"]
    share(people["contributor"], title="Draaiboek hennepkwekerij", world=world)
    mail.outbox.clear()
    send_digests("weekly")
    to = {m.to[0]: m.body for m in mail.outbox}
    assert "Draaiboek hennepkwekerij" in to[people["colleague"].email]
    domain = people["colleague"].email.split("@")[1]
    others = [body for address, body in to.items() if not address.endswith("@" + domain)]
    assert not any("Draaiboek hennepkwekerij" in body for body in others)
