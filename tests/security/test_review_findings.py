"""Findings of the security review of the operations work (audit log, page cache, backups,
Sentry), each shown as it failed before the fix."""

import io
import json
import logging
import os
import stat
import subprocess
import sys
import threading

import pytest
from django.core.management import CommandError, call_command
from django.db import connection, transaction

from accounts.models import User
from documents import services
from knowledge.models import Article
from kpo.models import AuditEvent
from kpo.requestlog import JsonFormatter
from tests.factories import ArticleFactory, OrganisationFactory, document, partner

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
