"""Upload checks by content (documents/uploads.py), with the demo documents' real files.

Plain functions: nothing here touches the database."""

import gzip
import io
import re
import tarfile
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from documents.uploads import DetectedType, detect_upload, extract_text, safe_download_name
from tests.samples import DOCX, PDF, TXT, demo_text, sample

MB = 1024 * 1024
MAX = 50 * MB
ALLOWED = (
    "Toegestaan zijn: PDF, Word (DOCX), Excel (XLSX), PowerPoint (PPTX), OpenDocument-tekst (ODT), tekst (TXT) en CSV."
)


def upload(name: str, content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def refused(name: str, content: bytes, max_size: int = MAX) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        detect_upload(upload(name, content), max_size)
    return info.value


def message(error: ValidationError) -> str:
    return " ".join(str(m) for m in error.messages)


def zip_bytes(members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def docx_with(extra: dict[str, bytes] | None = None) -> bytes:
    """The demo DOCX, with extra members."""
    with zipfile.ZipFile(io.BytesIO(sample(DOCX))) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members.update(extra or {})
    return zip_bytes(members)


DOCX_TYPES = b"""<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"""


# Refused by content --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 100,  # Windows executable
        b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 100,  # Linux executable
        b"\xcf\xfa\xed\xfe\x07\x00\x00\x01" + b"\x00" * 100,  # Mach-O
        b"#!/bin/sh\nrm -rf /\n",  # script
        gzip.compress(b"hallo"),
        b"Rar!\x1a\x07\x01\x00" + b"\x00" * 50,
        b"7z\xbc\xaf\x27\x1c\x00\x04" + b"\x00" * 50,
    ],
    ids=["mz", "elf", "macho", "script", "gzip", "rar", "7z"],
)
def test_executables_and_archives_renamed_to_pdf_are_refused(content):
    error = refused("rapport.pdf", content)
    assert error.code == "type_not_allowed"
    assert ALLOWED in message(error)


def test_tar_is_refused():
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w") as archive:
        info = tarfile.TarInfo("notitie.txt")
        info.size = 5
        archive.addfile(info, io.BytesIO(b"hallo"))
    assert refused("notitie.txt", out.getvalue()).code == "type_not_allowed"


@pytest.mark.parametrize(
    "content",
    [
        b"<!DOCTYPE html><html><body>Inloggen</body></html>",
        b"\xef\xbb\xbf  \r\n\t<html><script>alert(1)</script></html>",  # BOM and whitespace first
        b"   <script>document.location='https://example.org/'</script>",
        b"Beste collega,\n\n<script>alert(document.cookie)</script>\n",  # markup near the start
        b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
        b'<?xml version="1.0"?><rapport>tekst</rapport>',
    ],
    ids=["html", "bom-html", "script", "script-in-text", "svg", "xml"],
)
def test_html_svg_and_xml_are_refused_whatever_the_name(content):
    for name in ("rapport.pdf", "notitie.txt", "lijst.csv"):
        error = refused(name, content)
        assert error.code == "type_not_allowed"
        assert "Dit type bestand is niet toegestaan." in message(error)
        assert ALLOWED in message(error)


def test_pdf_html_polyglot_is_refused():
    content = b"%PDF-1.4\n%<html><body><script>alert(1)</script></body></html>\n1 0 obj\n<<>>\nendobj\n"
    assert refused("rapport.pdf", content).code == "type_not_allowed"


def test_pdf_header_must_be_at_the_start():
    pdf = sample(PDF)
    assert refused("rapport.pdf", b"\x00\x01garbage" + pdf).code == "type_not_allowed"


def test_binary_and_utf16_are_not_text():
    assert refused("data.txt", bytes(range(256)) * 4).code == "type_not_allowed"
    assert refused("notitie.txt", "Hallo wereld".encode("utf-16")).code == "type_not_allowed"


def test_empty_file_is_refused():
    error = refused("leeg.pdf", b"")
    assert error.code == "empty"
    assert message(error) == "Het bestand is leeg."


def test_oversized_file_is_refused_with_the_limit_in_mb():
    error = refused("groot.txt", b"a" * (MB + 1), max_size=MB)
    assert error.code == "too_large"
    assert "1 MB" in message(error)
    assert refused("groot.txt", b"a" * 11, max_size=10).code == "too_large"


def test_plain_zip_is_refused():
    error = refused("documenten.docx", zip_bytes({"a.txt": b"hallo", "b.txt": b"wereld"}))
    assert error.code == "type_not_allowed"


def test_zip_without_main_part_is_refused():
    content = zip_bytes({"[Content_Types].xml": DOCX_TYPES, "word/other.xml": b"<x/>"})
    assert refused("rapport.docx", content).code == "type_not_allowed"


def test_corrupt_zip_is_refused():
    assert refused("rapport.docx", b"PK\x03\x04" + b"\x00" * 200).code == "type_not_allowed"


def test_docx_zip_bomb_is_refused():
    # One member of 30 MB of zeros: it compresses about a thousandfold.
    content = docx_with({"word/media/image1.bin": b"\x00" * (30 * MB)})
    assert len(content) < MB
    error = refused("bom.docx", content)
    assert error.code == "unsafe_archive"
    assert "extreem sterk ingepakt" in message(error)


def test_zip_with_too_much_uncompressed_data_is_refused():
    # Small members (so the ratio rule does not apply), together far more than 20 × max_size.
    members = {f"word/part{i}.xml": b"\x00" * (90 * 1024) for i in range(40)}
    content = docx_with(members)
    error = refused("veel.docx", content, max_size=100 * 1024)
    assert error.code == "unsafe_archive"
    assert "veel te groot" in message(error)


@pytest.mark.parametrize("name", ["../evil", "word/../../evil", "/etc/passwd", "..\\evil", "C:/evil"])
def test_zip_with_path_traversal_is_refused(name):
    content = zip_bytes({"[Content_Types].xml": DOCX_TYPES, "word/document.xml": b"<x/>", name: b"x"})
    assert refused("rapport.docx", content).code == "unsafe_archive"


def test_zip_with_too_many_members_is_refused():
    content = zip_bytes({f"m{i}": b"" for i in range(10_001)}, compression=zipfile.ZIP_STORED)
    error = refused("veel.docx", content)
    assert error.code == "unsafe_archive"
    assert "te veel onderdelen" in message(error)


def test_encrypted_member_is_refused():
    content = bytearray(docx_with())
    # Set the "encrypted" flag in every local and central directory header.
    for signature, flag_offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        for match in re.finditer(re.escape(signature), bytes(content)):
            content[match.start() + flag_offset] |= 0x01
    error = refused("geheim.docx", bytes(content))
    assert error.code == "unsafe_archive"
    assert "versleuteld" in message(error)


def test_macro_enabled_docx_is_refused():
    error = refused("macro.docx", docx_with({"word/vbaProject.bin": b"\xd0\xcf\x11\xe0 vba"}))
    assert error.code == "type_not_allowed"
    assert "macro" in message(error)


# Accepted ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "kind", "content_type"),
    [
        (PDF, "pdf", "application/pdf"),
        (DOCX, "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        (TXT, "txt", "text/plain"),
    ],
)
def test_demo_files_are_accepted(name, kind, content_type):
    uploaded = SimpleUploadedFile(name, sample(name), content_type="text/html")  # the client's type is ignored
    detected = detect_upload(uploaded, MAX)
    assert detected == DetectedType(kind, content_type, f".{kind}")
    assert uploaded.tell() == 0


def test_type_is_decided_by_content_not_by_name():
    detected = detect_upload(upload("rapport.txt", sample(PDF)), MAX)
    assert detected.kind == "pdf"


def test_csv_is_recognised_by_its_name_only_after_the_content_is_text():
    detected = detect_upload(SimpleUploadedFile("x.CSV", b"a;b\n1;2"), MAX)
    assert (detected.kind, detected.content_type, detected.extension) == ("csv", "text/csv", ".csv")
    assert detect_upload(SimpleUploadedFile("x.txt", b"a;b\n1;2"), MAX).kind == "txt"


def test_cp1252_and_utf8_bom_text_are_accepted():
    assert detect_upload(upload("oud.txt", "Café en reünie".encode("cp1252")), MAX).kind == "txt"
    assert detect_upload(upload("bom.txt", "\ufeffCafé".encode()), MAX).kind == "txt"


def _xlsx() -> bytes:
    return zip_bytes(
        {
            "[Content_Types].xml": DOCX_TYPES,
            "xl/workbook.xml": b"<workbook/>",
            "xl/sharedStrings.xml": (
                b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                b"<si><t>Gemeente</t></si><si><t>Signalen vastgoedfraude</t></si></sst>"
            ),
        }
    )


def _pptx() -> bytes:
    slide = (
        '<p:sld xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><p:cSld><p:spTree>'
        "<p:sp><p:txBody><a:p><a:r><a:t>{}</a:t></a:r></a:p></p:txBody></p:sp>"
        "</p:spTree></p:cSld></p:sld>"
    )
    return zip_bytes(
        {
            "[Content_Types].xml": DOCX_TYPES,
            "ppt/presentation.xml": b"<presentation/>",
            "ppt/slides/slide2.xml": slide.format("Tweede dia").encode(),
            "ppt/slides/slide10.xml": slide.format("Tiende dia").encode(),
            "ppt/slides/slide1.xml": slide.format("Eerste dia over weerbaarheid").encode(),
        }
    )


def _odt() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), b"application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        archive.writestr(
            "content.xml",
            '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
            "<text:h>Verslag</text:h><text:p>Het <text:span>RIEC</text:span> adviseert"
            "<text:s/>de gemeente.</text:p></office:text></office:body></office:document-content>",
        )
        archive.writestr("META-INF/manifest.xml", "<manifest/>")
    return out.getvalue()


@pytest.mark.parametrize(
    ("builder", "kind", "expected"),
    [
        (_xlsx, "xlsx", "Signalen vastgoedfraude"),
        (_pptx, "pptx", "Eerste dia over weerbaarheid\n\nTweede dia\n\nTiende dia"),
        (_odt, "odt", "Verslag\nHet RIEC adviseert de gemeente."),
    ],
)
def test_other_office_formats_are_accepted_and_extracted(builder, kind, expected):
    content = builder()
    assert detect_upload(upload(f"x.{kind}", content), MAX).kind == kind
    assert expected in extract_text(io.BytesIO(content), kind)


def test_odt_needs_the_right_mimetype_first():
    content = zip_bytes({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<x/>"})
    assert refused("x.odt", content).code == "type_not_allowed"


# Text extraction ---------------------------------------------------------------------------------


def test_extract_text_from_pdf():
    text = extract_text(SimpleUploadedFile("x.pdf", sample(PDF)), "pdf")
    assert "kwekerijdetectie" in text
    assert "Signalen bij het pand" in text
    assert "agrariërs" in text  # accents survive the WinAnsi encoding


def test_extract_text_from_long_pdf_over_several_pages():
    content = sample("lang-document.pdf")  # 200 short paragraphs on 8 pages
    assert content.count(b"/Type /Page ") == 8
    text = extract_text(io.BytesIO(content), "pdf")
    assert "Alinea 0 " in text
    assert "Alinea 199 " in text


def test_extract_text_from_docx():
    text = extract_text(SimpleUploadedFile("x.docx", sample(DOCX)), "docx")
    assert text.startswith("Werkinstructie Bibob-toets horeca\n")
    assert "exploitatievergunning" in text
    # One line per paragraph.
    assert len(text.splitlines()) == 1 + len(demo_text(DOCX).split("\n\n"))


def test_extract_text_from_txt_and_csv():
    text = extract_text(io.BytesIO(sample(TXT)), "txt")
    assert "identiteitsbewijzen" in text
    assert extract_text(io.BytesIO("naam;plaats\nReünie;Café".encode("cp1252")), "csv") == ("naam;plaats\nReünie;Café")


def test_extract_text_collapses_whitespace_strips_nul_and_cuts():
    assert extract_text(io.BytesIO(b"een   twee\t\tdrie\x00\n\n\n\nvier"), "txt") == "een twee drie\n\nvier"
    assert extract_text(io.BytesIO(b"a" * 100), "txt", max_chars=10) == "a" * 10


def test_extract_text_never_raises(caplog):
    assert extract_text(io.BytesIO(b"%PDF-1.4 this is no pdf"), "pdf") == ""
    assert extract_text(io.BytesIO(b"not a zip"), "docx") == ""
    broken = zip_bytes({"word/document.xml": b"<w:document><unclosed>"})
    assert extract_text(io.BytesIO(broken), "docx") == ""
    assert extract_text(io.BytesIO(b"x"), "exe") == ""
    assert "Could not extract text" in caplog.text


def test_extract_text_refuses_xml_entity_tricks():
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"
    )
    assert extract_text(io.BytesIO(zip_bytes({"word/document.xml": bomb})), "docx") == ""


# Download names ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("original", "extension", "expected"),
    [
        ("../../etc/passwd", ".pdf", "passwd.pdf"),
        ("Rapport (concept) é.docx", ".docx", "Rapport-concept-e.docx"),
        ("C:\\Users\\medewerker\\verslag.exe", ".pdf", "verslag.pdf"),
        ("naïve résumé.PDF", ".pdf", "naive-resume.pdf"),
        ("Versie 1.2 rapport", ".pdf", "Versie-1.2-rapport.pdf"),
        (".htaccess", ".txt", "htaccess.txt"),
        ("", ".pdf", "document.pdf"),
        ("...", ".txt", "document.txt"),
        ("日本語.pdf", ".pdf", "document.pdf"),
        ("lijst.csv", "csv", "lijst.csv"),
    ],
)
def test_safe_download_name(original, extension, expected):
    assert safe_download_name(original, extension) == expected


def test_safe_download_name_drops_quotes_newlines_and_header_tricks():
    name = safe_download_name('evil"; filename="x.html\r\nSet-Cookie: a=b.pdf', ".pdf")
    assert not set(name) & set("\"';\r\n\\/:=")
    assert name.endswith(".pdf")
    assert re.fullmatch(r"[A-Za-z0-9._-]+", name)


def test_safe_download_name_is_at_most_100_characters():
    name = safe_download_name("a" * 300 + ".docx", ".docx")
    assert len(name) == 100
    assert name.endswith(".docx")
