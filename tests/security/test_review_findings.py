"""Findings of the security review of the operations work (audit log, page cache, backups,
Sentry), each shown as it failed before the fix."""

import io
import json
import logging
import os
import re
import stat
import subprocess
import sys
import threading

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.db import connection, transaction
from django.test import Client

from accounts.models import Organisation, OrganisationRequest, User
from documents import services
from documents.models import Contribution
from knowledge.models import Article
from kpo.models import AuditEvent
from kpo.requestlog import JsonFormatter
from tests.documents.test_contributions import (
    as_,
    contribution_titled,
    share,
    world,  # noqa: F401 - the fixture of the sharing tests
)
from tests.factories import ArticleFactory, OrganisationFactory, ThemeFactory, document, partner

pytestmark = pytest.mark.django_db


def test_deleting_a_person_in_the_admin_keeps_their_audit_trail_and_answers_without_an_error(client):
    # The audit log refuses updates; SET_NULL on the actor made Django try one, and the
    # deletion ended in a database error (500) for anyone who had ever signed in.
    person = partner(OrganisationFactory(), email="weg@gemeente-a.nl")
    client.post("/accounts/login/", {"login": person.email, "password": "geheim-wachtwoord-123"})
    client.post("/accounts/logout/")
    assert AuditEvent.objects.filter(actor=person).exists()
    User.objects.create_superuser("beheer@kpo.example.nl", "geheim-wachtwoord-123")
    client.force_login(User.objects.get(email="beheer@kpo.example.nl"))

    page = client.post(f"/admin/accounts/user/{person.pk}/delete/", {"post": "yes"})

    # The admin explains that the audit trail protects the person (pseudonymise instead).
    assert page.status_code == 200
    assert User.objects.filter(pk=person.pk).exists()
    assert AuditEvent.objects.filter(actor_id=person.pk, action="login").exists()


def _in_an_open_transaction(change):
    """Run `change` in a transaction on another connection and keep it open until the
    returned `commit` is called: what a curator's admin save looks like to other requests."""
    changed, release = threading.Event(), threading.Event()
    failure = []

    def curator():
        try:
            with transaction.atomic():
                change()
                changed.set()
                release.wait(60)
        except Exception as error:  # noqa: BLE001 - reported in the test's own thread
            failure.append(error)
            changed.set()
        finally:
            connection.close()

    thread = threading.Thread(target=curator)
    thread.start()
    changed.wait(60)

    def commit():
        release.set()
        thread.join(60)
        assert not failure, failure

    return commit


@pytest.mark.django_db(transaction=True)
def test_an_article_withdrawn_while_a_visitor_reads_it_is_not_served_from_the_cache_afterwards(client):
    # The cache was invalidated when the row changed, before the commit: a visitor who came in
    # between still read the published article, and that page was cached under the new version.
    article = ArticleFactory(title="Artikel dat offline gaat", slug="offline")

    def withdraw():
        article.status = Article.Status.DRAFT
        article.save()

    commit = _in_an_open_transaction(withdraw)
    assert client.get("/kennisbank/offline/").status_code == 200  # not committed yet
    commit()

    assert client.get("/kennisbank/offline/").status_code == 404
    assert "Artikel dat offline gaat" not in client.get("/kennisbank/").content.decode()


@pytest.mark.django_db(transaction=True)
def test_closed_counts_computed_while_sharing_ends_do_not_outlive_the_commit(client):
    owner = OrganisationFactory(name="Eigenaar Dienst", domains=["eigenaar.nl"])
    reader_organisation = OrganisationFactory(domains=["lezer.nl"])
    client.force_login(partner(reader_organisation, email="lid@lezer.nl"))
    shared = document("Stuk van de eigenaar", owner, "tekst", [reader_organisation.group])
    assert "1 document" in client.get("/besloten/").content.decode()

    commit = _in_an_open_transaction(lambda: services.unshare_document(shared, {reader_organisation.group}))
    client.get("/besloten/")  # counted while the grant is still there
    commit()

    page = client.get("/besloten/").content.decode()
    assert "Stuk van de eigenaar" not in page
    assert "Eigenaar Dienst" not in page  # not even the owner's name in the facets
    assert "0 documenten" in page or "Geen documenten" in page


SENTRY_PROBE = """
import json
import sentry_sdk
from django.test import Client
from sentry_sdk.transport import Transport

sent = []


class Capture(Transport):
    def capture_envelope(self, envelope):
        sent.extend(item.payload.get_bytes().decode() for item in envelope.items)


sentry_sdk.get_client().transport = Capture()
client = Client(raise_request_exception=False)
secret = "Zeer-geheim-wachtwoord-1"
statuses = [
    client.post(
        "/accounts/signup/",
        {"email": "nieuw@gemeente-a.nl", "password1": secret, "password2": secret},
        secure=True,
        HTTP_HOST="kennisplatform.example.nl",
    ).status_code,
    client.get(
        "/accounts/password/reset/key/1a-resetsleutelgeheim42/", secure=True, HTTP_HOST="kennisplatform.example.nl"
    ).status_code,
]
sentry_sdk.flush()
print(json.dumps({"statuses": statuses, "sent": sent}))
"""


def test_errors_reach_sentry_without_passwords_or_keys_from_the_request():
    # An error while handling a form (here: the database is gone) sent the form to Sentry:
    # its scrubber knows "password", not "password1", and local variables carried it too.
    from tests.kpo.test_deploy_check import ROOT, _env

    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "shell", "-c", SENTRY_PROBE],
        cwd=ROOT,
        env=_env(
            SENTRY_DSN="https://public@sentry.example.nl/1",
            KPO_DB_POOL="false",
            DATABASE_URL="postgres://postgres@127.0.0.1:5432/kpo_review_no_such_database",
        ),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["statuses"] == [500, 500]
    events = "\n".join(report["sent"])
    assert "OperationalError" in events  # the errors themselves did arrive
    assert "Zeer-geheim-wachtwoord-1" not in events
    assert "resetsleutelgeheim42" not in events


def test_a_backup_is_readable_by_its_owner_only(tmp_path):
    # It holds every closed document, password hashes and personal data; with the usual
    # umask (022) the folder and its files were readable for every account on the server.
    old = os.umask(0o022)
    try:
        call_command("backup", str(tmp_path / "backup"), "--database-only", stdout=io.StringIO())
    finally:
        os.umask(old)
    folder = tmp_path / "backup"
    for path in [folder, *folder.iterdir()]:
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path.name


def test_the_request_log_leaves_out_search_terms_as_the_access_log_does(client, caplog):
    # nginx leaves query strings out of its log; the application logged them, with the user
    # id: who searched the directory or the closed section for which name.
    caplog.set_level(logging.INFO, logger="kpo.request")
    client.force_login(partner(OrganisationFactory(), email="zoeker@gemeente-a.nl"))
    client.get("/netwerk/?q=Pietje+Puk")
    line = json.loads(JsonFormatter().format(caplog.records[-1]))
    assert line["http"]["path"] == "/netwerk/"
    assert "Pietje" not in json.dumps(line)


def test_a_backup_whose_manifest_lacks_the_database_checksum_is_not_restored(tmp_path):
    # The checksums listed were checked, but a manifest that listed none let an unverified
    # dump through to pg_restore.
    call_command("backup", str(tmp_path / "backup"), "--database-only", stdout=io.StringIO())
    manifest_path = tmp_path / "backup" / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["sha256"] = {}
    manifest_path.write_text(json.dumps(manifest))
    (tmp_path / "backup" / "database.dump").write_bytes(b"not a dump")

    with pytest.raises(CommandError, match="checksum"):
        call_command("restore", str(tmp_path / "backup"), stdout=io.StringIO())


# --- review of partner contributions, follows, organisation requests (issue 19 and after) ----


@pytest.fixture
def sharing(world):  # noqa: F811 - the imported fixture
    """Partners, reviewers and a curator around two regions (tests/documents)."""
    return world


def _seen_step(page) -> str:
    found = re.search(r'name="seen_step" value="(\d+)"', page.content.decode())
    assert found, "the decision form carries the step the reviewer saw"
    return found.group(1)


def test_a_file_swapped_while_the_reviewer_looks_is_not_published_by_their_approval(sharing):
    # The decision named no version: a contributor who replaced the file (and title) after the
    # reviewer opened the page had the new, unseen file shared with the region by that approval.
    people = sharing["people"]
    share(people["contributor"], audience="region", title="Checklist hennepteelt")
    contribution = contribution_titled()
    reviewer = as_(people["curator"])
    page = reviewer.get(f"/besloten/delen/beoordelen/{contribution.pk}/")
    seen = _seen_step(page)

    swapped = as_(people["contributor"]).post(
        f"/besloten/delen/mijn/{contribution.pk}/",
        {
            "title": "Adressen van verdachten",
            "summary": "Namen en adressen.",
            "file": SimpleUploadedFile("lijst.txt", b"Namen en adressen van personen.\n"),
        },
    )
    assert swapped.status_code == 302

    response = reviewer.post(
        f"/besloten/delen/beoordelen/{contribution.pk}/", {"decision": "goedkeuren", "message": "", "seen_step": seen}
    )

    assert response.status_code == 409
    assert "intussen gewijzigd" in response.content.decode()
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.PENDING
    assert as_(people["neighbour"]).get(contribution.document.get_absolute_url()).status_code == 404
    # Looking again at what is there now, the reviewer can decide.
    fresh = reviewer.get(f"/besloten/delen/beoordelen/{contribution.pk}/")
    assert "Adressen van verdachten" in fresh.content.decode()
    reviewer.post(
        f"/besloten/delen/beoordelen/{contribution.pk}/",
        {"decision": "goedkeuren", "message": "", "seen_step": _seen_step(fresh)},
    )
    assert as_(people["neighbour"]).get(contribution.document.get_absolute_url()).status_code == 200


def test_two_reviewers_deciding_at_once_do_not_leave_a_rejected_document_shared(sharing, monkeypatch):
    # Both passed the "is it waiting?" check before either saved: the second decision (a
    # rejection) overwrote the first (an approval), and the document stayed shared while
    # its contributor and the admin were told it was rejected.
    from documents import views as document_views

    people = sharing["people"]
    share(people["contributor"], audience="region")
    contribution = contribution_titled()
    reviewer = as_(people["curator"])
    seen = _seen_step(reviewer.get(f"/besloten/delen/beoordelen/{contribution.pk}/"))
    original = document_views.get_review_or_404

    def read_then_the_other_reviewer_approves(user, pk):
        found = original(user, pk)
        services.approve_contribution(Contribution.objects.get(pk=pk), people["moderator_north"])
        return found

    monkeypatch.setattr(document_views, "get_review_or_404", read_then_the_other_reviewer_approves)
    response = reviewer.post(
        f"/besloten/delen/beoordelen/{contribution.pk}/",
        {"decision": "afwijzen", "message": "Niet delen.", "seen_step": seen},
        follow=True,
    )

    assert "Er is intussen al over besloten" in response.content.decode()
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.PUBLISHED
    assert contribution.decided_by == people["moderator_north"]
    assert not AuditEvent.objects.filter(action="contribution_rejected").exists()
    assert contribution.notes.filter(kind="rejected").count() == 0


def test_a_curator_cannot_preview_a_rejected_contribution_in_the_admin(sharing, client):
    # The admin's list and form hide a rejected contribution from curators (it is its
    # contributor's alone), but the preview read any document by id.
    from portal.editors import ensure_editor_group

    people = sharing["people"]
    share(people["contributor"], audience="region", title="Afgewezen werkwijze")
    contribution = contribution_titled("Afgewezen werkwijze")
    services.reject_contribution(contribution, people["moderator_north"], "Niet geschikt.")
    people["curator"].groups.add(ensure_editor_group())
    client.force_login(people["curator"])

    response = client.get(f"/admin/documents/document/{contribution.document.pk}/voorbeeld/")

    assert response.status_code == 404
    assert "Afgewezen werkwijze" not in response.content.decode()


@pytest.mark.parametrize("target", ["///besloten/", "///kennisbank/?q=x", "/\t/evil.example/"])
def test_a_follow_form_does_not_send_the_browser_to_another_host(client, target):
    # `///besloten/` parsed as a local path ("/besloten/") but a browser reads it as
    # https://besloten/: a redirect off the site from a form on it.
    theme = ThemeFactory(name="Witwassen", slug="witwassen")
    client.force_login(partner(OrganisationFactory(), email="volger@gemeente-a.nl"))

    response = client.post("/mijn-kpo/volgen/toevoegen/", {"thema": theme.slug, "next": target})

    assert response.status_code == 302
    assert response["Location"] == "/mijn-kpo/volgen/"


@pytest.fixture
def requests_world(db):
    from guardian.shortcuts import assign_perm

    from tests.factories import PartnerTypeFactory, RegionFactory

    north = RegionFactory(name="RIEC Noord-Nederland", slug="riec-noord-nederland")
    south = RegionFactory(name="RIEC Limburg", slug="riec-limburg")
    gemeente = PartnerTypeFactory(name="Gemeente", slug="gemeente")
    known = OrganisationFactory(
        name="Gemeente Groningen", domains=["groningen.nl"], region=north, partner_type=gemeente
    )
    moderator = partner(known, email="moderator@groningen.nl")
    assign_perm("accounts.moderate_region", moderator, north)
    return {"north": north, "south": south, "gemeente": gemeente, "moderator": moderator}


def _ask(client, setup, email):
    return client.post(
        "/account/organisatie-aanmelden/",
        {
            "email": email,
            "name": "Jan Jansen",
            "function": "Adviseur",
            "organisation_name": "Gemeente Noordenveld",
            "partner_type": setup["gemeente"].pk,
            "region": setup["north"].pk,
        },
    )


def _add(client, request, setup, name="Gemeente Noordenveld", region=None):
    return client.post(
        f"/account/moderatie/organisaties/{request.pk}/",
        {
            "decision": "add",
            "name": name,
            "partner_type": setup["gemeente"].pk,
            "region": (region or setup["north"]).pk,
        },
        follow=True,
    )


def test_a_region_moderator_cannot_put_a_requested_organisation_in_another_region(client, requests_world):
    # The region field took any region: a moderator of one RIEC made organisations in
    # another's region (or national ones), beyond the reach their rights give.
    _ask(Client(), requests_world, "j.jansen@noordenveld.nl")
    request = OrganisationRequest.objects.get()
    client.force_login(requests_world["moderator"])

    response = _add(client, request, requests_world, region=requests_world["south"])

    assert "De organisatie is niet toegevoegd" in response.content.decode()
    assert not Organisation.objects.filter(name="Gemeente Noordenveld").exists()
    request.refresh_from_db()
    assert request.status == OrganisationRequest.Status.OPEN


def test_a_second_request_for_the_same_domain_does_not_make_a_second_organisation(client, requests_world):
    # One open request per address, not per domain: two colleagues asking both ended up as
    # organisations sharing the domain, and a shared domain turns off approval on mailbox
    # proof and lets newcomers pick either organisation (and its region and partner type).
    _ask(Client(), requests_world, "j.jansen@noordenveld.nl")
    _ask(Client(), requests_world, "p.pieters@noordenveld.nl")
    first, second = OrganisationRequest.objects.order_by("pk")
    client.force_login(requests_world["moderator"])
    _add(client, first, requests_world)

    response = _add(client, second, requests_world, name="Gemeente Noordenveld (2)")

    assert "noordenveld.nl hoort al bij Gemeente Noordenveld" in response.content.decode()
    assert list(Organisation.objects.filter(domains__domain="noordenveld.nl").values_list("name", flat=True)) == [
        "Gemeente Noordenveld"
    ]


def test_someone_who_moved_to_another_organisation_no_longer_puts_files_before_the_old_one(sharing):
    # A contribution stays its contributor's, but after a move to another organisation
    # (approved there) a new version of a document for the old organisation was read there
    # at once: someone outside the organisation wrote into what it reads.
    from accounts import services as account_services

    people = sharing["people"]
    share(people["contributor"])
    contribution = contribution_titled()
    mover = people["contributor"]
    account_services.move_to_organisation(mover, people["neighbour"].organisation, by=None)
    account_services.approve_membership(mover, by=None, notify=False)

    response = as_(mover).post(
        f"/besloten/delen/mijn/{contribution.pk}/",
        {"file": SimpleUploadedFile("v2.txt", b"Van buiten de organisatie.\n")},
    )

    assert response.status_code == 404
    download = as_(people["colleague"]).get(f"/besloten/documenten/{contribution.document.pk}/download/")
    assert b"".join(download.streaming_content) != b"Van buiten de organisatie.\n"
    # Their own page still shows what they shared, without the form.
    page = as_(mover).get(f"/besloten/delen/mijn/{contribution.pk}/")
    assert page.status_code == 200
    assert "Nieuwe versie of wijziging" not in page.content.decode()


def test_a_request_declined_meanwhile_is_not_added_by_a_second_moderator(client, requests_world, monkeypatch):
    # Two moderators of the region deciding at once both found the request open: the one who
    # added it after the other declined made the organisation anyway, and the requester got
    # both mails.
    from django.core import mail

    from accounts import services as account_services
    from accounts import views as account_views

    colleague = partner(OrganisationFactory(region=requests_world["north"]), email="tweede@noord.nl")
    from guardian.shortcuts import assign_perm

    assign_perm("accounts.moderate_region", colleague, requests_world["north"])
    _ask(Client(), requests_world, "j.jansen@noordenveld.nl")
    request = OrganisationRequest.objects.get()
    original = account_views.get_object_or_404

    def found_then_the_colleague_declines(queryset, **lookup):
        found = original(queryset, **lookup)
        account_services.decline_organisation_request(
            OrganisationRequest.objects.get(pk=found.pk), colleague, "Geen partner."
        )
        return found

    monkeypatch.setattr(account_views, "get_object_or_404", found_then_the_colleague_declines)
    mail.outbox.clear()
    client.force_login(requests_world["moderator"])

    response = _add(client, request, requests_world)

    assert "Over dit verzoek is intussen al besloten" in response.content.decode()
    assert not Organisation.objects.filter(name="Gemeente Noordenveld").exists()
    request.refresh_from_db()
    assert request.status == OrganisationRequest.Status.DECLINED
    assert len(mail.outbox) == 1  # the decline only


def test_a_curator_does_not_publish_their_own_contribution_through_the_admin(sharing, client):
    # Four eyes on the site, but the document's admin form let the curator who shared it
    # publish it to all partners themselves; the contribution still read "waiting" meanwhile.
    from django.utils import timezone

    from portal.editors import ensure_editor_group

    people = sharing["people"]
    curator = people["curator"]
    curator.groups.add(ensure_editor_group())
    share(curator, audience="all_partners", title="Eigen werkwijze")
    contribution = contribution_titled("Eigen werkwijze")
    document = contribution.document
    client.force_login(curator)
    now = timezone.localtime()

    response = client.post(
        f"/admin/documents/document/{document.pk}/change/",
        {
            "title": "Eigen werkwijze",
            "summary": "Waar u op let bij een controle.",
            "owner": document.owner_id,
            "status": "published",
            "published_at_0": f"{now:%Y-%m-%d}",
            "published_at_1": f"{now:%H:%M:%S}",
            "all_partners": "on",
        },
    )

    assert response.status_code == 403
    assert as_(people["south"]).get(document.get_absolute_url()).status_code == 404
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.PENDING
