"""Curators upload and share documents in the admin; bad files are refused with a reason
and nothing is stored; the audit log is read-only and exportable."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from accounts.services import audience_group
from documents.models import Document, DocumentAccess
from documents.storage import PrivateStorage
from tests.factories import OrganisationFactory, PartnerTypeFactory, document, partner

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup(client):
    gemeente = PartnerTypeFactory(name="Gemeente", slug="gemeente")
    owner = OrganisationFactory(name="LIEC", domains=["liec.nl"])
    org_a = OrganisationFactory(name="Gemeente A", partner_type=gemeente, domains=["a.nl"])
    readers = [partner(org_a, email=f"lezer{i}@a.nl") for i in range(3)]
    curator = partner(owner, email="redacteur@liec.nl", is_staff=True, is_superuser=True)
    client.force_login(curator)
    return owner, org_a, gemeente, readers


def post_document(client, owner, upload, **extra):
    data = {
        "title": "Nieuw document",
        "summary": "Samenvatting",
        "owner": owner.pk,
        "status": "published",
        "published_at_0": "2026-01-01",
        "published_at_1": "10:00:00",
        "file": upload,
        **extra,
    }
    return client.post("/admin/documents/document/add/", data)


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("rapport.pdf", b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 100, "niet toegestaan"),
        ("rapport.pdf", b"<!DOCTYPE html><html><script>alert(1)</script></html>", "niet toegestaan"),
        (
            "plaatje.pdf",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "niet toegestaan",
        ),
        ("leeg.txt", b"", "leeg"),
    ],
)
def test_bad_uploads_are_refused_with_a_reason(client, setup, name, content, reason):
    owner, *_ = setup

    response = post_document(client, owner, SimpleUploadedFile(name, content))

    assert response.status_code == 200
    page = response.content.decode()
    assert reason in page.lower() or reason in page
    assert 'value="Nieuw document"' in page  # what was typed stays
    assert Document.objects.count() == 0


def test_oversized_upload_is_refused(client, setup, settings):
    owner, *_ = setup
    settings.KPO_MAX_UPLOAD_SIZE = 100

    response = post_document(client, owner, SimpleUploadedFile("groot.txt", b"a" * 101))

    assert response.status_code == 200
    assert "MB" in response.content.decode()
    assert Document.objects.count() == 0


def test_upload_share_and_count_readers(client, setup):
    owner, org_a, gemeente, readers = setup

    response = post_document(
        client,
        owner,
        SimpleUploadedFile("../../etc/werkinstructie.txt", b"Werkinstructie kwekerijdetectie"),
        organisations=[org_a.pk],
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    doc = Document.objects.get()
    assert doc.content_type == "text/plain"
    assert doc.original_name.endswith("werkinstructie.txt")
    assert "etc" not in doc.file.name and doc.file.name.startswith("documenten/")
    assert len(doc.checksum) == 64
    assert doc.extracted_text == "Werkinstructie kwekerijdetectie"
    page = client.get(f"/admin/documents/document/{doc.pk}/change/").content.decode()
    assert "aantal lezers" in page.lower()
    assert '<div class="readonly">3</div>' in page

    client.force_login(readers[0])
    assert "Nieuw document" in client.get("/besloten/", {"q": "kwekerijdetectie"}).content.decode()


def test_audit_log_is_read_only_and_exports_csv(client, setup):
    owner, org_a, _, readers = setup
    doc = document('=HYPERLINK("x")', owner, "tekst", [audience_group(org_a)])
    DocumentAccess.objects.create(user=readers[0], document=doc, action="view")
    entry = DocumentAccess.objects.get()

    assert client.get("/admin/documents/documentaccess/").status_code == 200
    assert client.get("/admin/documents/documentaccess/add/").status_code == 403
    assert client.get(f"/admin/documents/documentaccess/{entry.pk}/delete/").status_code == 403
    client.post(f"/admin/documents/documentaccess/{entry.pk}/change/", {"action": "download"})
    entry.refresh_from_db()
    assert entry.action == "view"

    response = client.post("/admin/documents/documentaccess/", {"action": "export_csv", "_selected_action": [entry.pk]})
    body = response.content.decode()
    assert response["Content-Type"].startswith("text/csv")
    assert "lezer0@a.nl" in body and ",view," in body
    assert "'=HYPERLINK" in body  # no formula injection into spreadsheets


def test_a_stored_document_opens_in_the_admin_with_the_private_storage(client, setup, monkeypatch, tmp_path):
    # The tests keep files in memory; in use they are in PrivateStorage, which has no URL
    # for a file, and the admin's file widget asked for one (a 500 on every change page).
    monkeypatch.setattr(Document._meta.get_field("file"), "storage", PrivateStorage(location=tmp_path))
    owner, org_a, *_ = setup
    doc = document("Opgeslagen document", owner, "tekst", [audience_group(org_a)])

    response = client.get(f"/admin/documents/document/{doc.pk}/change/")

    assert response.status_code == 200
    assert "Opgeslagen document" in response.content.decode()
