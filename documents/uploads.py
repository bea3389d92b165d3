"""Checking uploaded documents by their content, and extracting their text.

The type of an upload is decided by what is *in* the file (magic bytes and, for ZIP
containers, the internal structure), never by its name or the content type the browser
sends. A renamed executable or HTML page therefore cannot be stored and later served as
a "PDF": it is refused at upload. Office files are ZIP containers, so they are also
checked for zip bombs, path tricks, encryption and macros before anything reads them.

`extract_text` turns an accepted document into plain text for the search index. It never
raises: a document that cannot be parsed simply has no searchable text.
"""

import io
import logging
import re
import unicodedata
import zipfile
from dataclasses import dataclass

from defusedxml import ElementTree
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class DetectedType:
    kind: str  # one of "pdf", "docx", "xlsx", "pptx", "odt", "txt", "csv"
    content_type: str  # the canonical MIME type for that kind
    extension: str  # ".pdf", ".docx", …


TYPES = {
    "pdf": DetectedType("pdf", "application/pdf", ".pdf"),
    "docx": DetectedType("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
    "xlsx": DetectedType("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
    "pptx": DetectedType("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", ".pptx"),
    "odt": DetectedType("odt", "application/vnd.oasis.opendocument.text", ".odt"),
    "txt": DetectedType("txt", "text/plain", ".txt"),
    "csv": DetectedType("csv", "text/csv", ".csv"),
}

MB = 1024 * 1024

# Zip-bomb limits.
MAX_ZIP_MEMBERS = 10_000
MAX_ZIP_TOTAL = 500 * MB  # absolute ceiling on the total uncompressed size
ZIP_TOTAL_FACTOR = 20  # … and at most this many times the upload limit
MAX_COMPRESSION_RATIO = 100
# The ratio rule applies to members above this uncompressed size: a tiny, very repetitive
# XML part can legitimately compress more than 100×, and cannot be a bomb.
RATIO_MIN_SIZE = 100 * 1024
# The most we decompress of one XML part while detecting or extracting.
MAX_PART_READ = 50 * MB

ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
OFFICE_MAIN_PARTS = {
    "word/document.xml": "docx",
    "xl/workbook.xml": "xlsx",
    "ppt/presentation.xml": "pptx",
}

ALLOWED_TYPES_TEXT = _(
    "Toegestaan zijn: PDF, Word (DOCX), Excel (XLSX), PowerPoint (PPTX), OpenDocument-tekst (ODT), tekst (TXT) en CSV."
)
MSG_EMPTY = _("Het bestand is leeg.")
MSG_TOO_LARGE = _("Het bestand is te groot. De maximale grootte is %(limit)s MB.")
MSG_TYPE = _("Dit type bestand is niet toegestaan. %(allowed)s")
MSG_MACROS = _(
    "Bestanden met macro's zijn niet toegestaan. Sla het document op zonder macro's "
    "(bijvoorbeeld als DOCX in plaats van DOCM). %(allowed)s"
)
MSG_UNSAFE = _(
    "Het bestand is geweigerd omdat het een onveilig archief is: %(reason)s. "
    "Sla het document opnieuw op en probeer het nog eens."
)
REASON_TOO_BIG = _("uitgepakt is het veel te groot")
REASON_RATIO = _("het is extreem sterk ingepakt")
REASON_MEMBERS = _("het bevat te veel onderdelen")
REASON_PATH = _("het bevat een ongeldige bestandsnaam")
REASON_ENCRYPTED = _("het is versleuteld of met een wachtwoord beveiligd")

EXECUTABLE_MAGIC = (
    b"MZ",  # Windows PE / DOS
    b"\x7fELF",  # Linux ELF
    b"\xfe\xed\xfa\xce",  # Mach-O 32-bit
    b"\xfe\xed\xfa\xcf",  # Mach-O 64-bit
    b"\xce\xfa\xed\xfe",  # Mach-O 32-bit, little-endian
    b"\xcf\xfa\xed\xfe",  # Mach-O 64-bit, little-endian
    b"\xca\xfe\xba\xbe",  # Mach-O universal binary / Java class
    b"#!",  # scripts
    b"\x00asm",  # WebAssembly
)
ARCHIVE_MAGIC = (
    b"\x1f\x8b",  # gzip
    b"Rar!\x1a\x07",  # rar
    b"7z\xbc\xaf\x27\x1c",  # 7z
    b"BZh",  # bzip2
    b"\xfd7zXZ\x00",  # xz
    b"\x28\xb5\x2f\xfd",  # zstd
    b"MSCF",  # cabinet
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",  # OLE2: legacy .doc/.xls/.ppt, .msi
)
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")

# Markup that a browser could render: refused in text files and PDF headers.
LEADING_WHITESPACE = b" \t\r\n\x0b\x0c"
BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
MARKUP_START = re.compile(rb"<[!?a-zA-Z/]")
HTML_MARKERS = (b"<!doctype html", b"<html", b"<script", b"<svg", b"<iframe", b"<body", b"<head", b"<?xml")
POLYGLOT_MARKERS = (b"<script", b"<html")
SNIFF_BYTES = 1024

# Control characters that do not belong in a text file (tab, LF, CR, FF, VT and SUB are fine).
TEXT_CONTROL = re.compile(r"[\x01-\x08\x0e-\x19\x1b-\x1f\x7f]")


def _type_not_allowed() -> ValidationError:
    return ValidationError(MSG_TYPE, code="type_not_allowed", params={"allowed": ALLOWED_TYPES_TEXT})


def _unsafe(reason) -> ValidationError:
    return ValidationError(MSG_UNSAFE, code="unsafe_archive", params={"reason": reason})


def _format_mb(size: int) -> str:
    return ("%.3g" % (size / MB)).replace(".", ",")


def detect_upload(uploaded_file, max_size: int) -> DetectedType:
    """Decide the type of an upload by its content, or raise a ValidationError.

    The error `code` says why: "empty", "too_large", "type_not_allowed" or
    "unsafe_archive". The file is seeked back to 0 before returning or raising."""
    _rewind(uploaded_file)
    try:
        return _detect(uploaded_file, max_size)
    finally:
        _rewind(uploaded_file)


def _rewind(fileobj) -> None:
    try:
        fileobj.seek(0)
    except (AttributeError, OSError, ValueError):
        if hasattr(fileobj, "open"):
            fileobj.open()


def _detect(uploaded_file, max_size: int) -> DetectedType:
    size = getattr(uploaded_file, "size", None)
    if size is None:
        size = len(uploaded_file.read(max_size + 1))
        uploaded_file.seek(0)
    if size == 0:
        raise ValidationError(MSG_EMPTY, code="empty")
    if size > max_size:
        raise ValidationError(MSG_TOO_LARGE, code="too_large", params={"limit": _format_mb(max_size)})

    head = uploaded_file.read(8192)
    uploaded_file.seek(0)
    if not head:
        raise ValidationError(MSG_EMPTY, code="empty")

    # A tag at the very start (after a BOM or whitespace): HTML, SVG or XML.
    if MARKUP_START.match(_strip_leading(head)):
        raise _type_not_allowed()
    if head.startswith(EXECUTABLE_MAGIC):
        raise _type_not_allowed()
    if head.startswith(ARCHIVE_MAGIC) or head[257:262] == b"ustar":  # tar
        raise _type_not_allowed()

    if head.startswith(b"%PDF-"):
        sniff = head[:SNIFF_BYTES].lower()
        if any(marker in sniff for marker in POLYGLOT_MARKERS):
            raise _type_not_allowed()
        return TYPES["pdf"]

    if head.startswith(ZIP_MAGIC):
        return _detect_zip(uploaded_file, max_size)

    data = uploaded_file.read(max_size + 1)
    uploaded_file.seek(0)
    if _decode_text(data) is None:
        raise _type_not_allowed()
    name = (getattr(uploaded_file, "name", "") or "").lower()
    return TYPES["csv"] if name.endswith(".csv") else TYPES["txt"]


def _strip_leading(data: bytes) -> bytes:
    previous = None
    while previous != data:
        previous = data
        for bom in BOMS:
            data = data.removeprefix(bom)
        data = data.lstrip(LEADING_WHITESPACE)
    return data


def _looks_like_markup(head: bytes) -> bool:
    """HTML, SVG or XML in a text file: a tag at the start (after a BOM or whitespace), or
    an HTML marker near the start, where a browser sniffing the content would find it.
    (Only for text: stored ZIP members legitimately contain "<?xml" near the start.)"""
    if MARKUP_START.match(_strip_leading(head)):
        return True
    sniff = head[:SNIFF_BYTES].lower()
    return any(marker in sniff for marker in HTML_MARKERS)


def _decode_text(data: bytes) -> str | None:
    """The text of a plain-text file, or None when it is not plain text."""
    if b"\x00" in data:
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            return None
    if TEXT_CONTROL.search(text):
        return None
    if _looks_like_markup(text[:SNIFF_BYTES].encode("utf-8", "replace")):
        return None
    return text


def _bad_member_name(name: str) -> bool:
    normalised = name.replace("\\", "/")
    if normalised.startswith("/") or re.match(r"^[A-Za-z]:", normalised):
        return True
    return ".." in normalised.split("/") or ".." in name


def _detect_zip(uploaded_file, max_size: int) -> DetectedType:
    try:
        archive = zipfile.ZipFile(uploaded_file)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        raise _type_not_allowed() from None
    with archive:
        members = archive.infolist()
        if not members:
            raise _type_not_allowed()
        if len(members) > MAX_ZIP_MEMBERS:
            raise _unsafe(REASON_MEMBERS)
        total_limit = min(ZIP_TOTAL_FACTOR * max_size, MAX_ZIP_TOTAL)
        total = 0
        for info in members:
            if _bad_member_name(info.filename):
                raise _unsafe(REASON_PATH)
            if info.flag_bits & 0x1:
                raise _unsafe(REASON_ENCRYPTED)
            total += info.file_size
            if total > total_limit:
                raise _unsafe(REASON_TOO_BIG)
            if info.file_size > RATIO_MIN_SIZE and info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1):
                raise _unsafe(REASON_RATIO)

        names = {info.filename for info in members}
        lowered = {name.lower() for name in names}
        try:
            if "[Content_Types].xml" in names:
                return _detect_ooxml(archive, names, lowered)
            if members[0].filename == "mimetype":
                return _detect_odt(archive, lowered)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
            raise _type_not_allowed() from None
        # A plain ZIP (or another ZIP-based format): archives are not allowed.
        raise _type_not_allowed()


def _detect_ooxml(archive: zipfile.ZipFile, names: set[str], lowered: set[str]) -> DetectedType:
    content_types = _read_member(archive, "[Content_Types].xml", 1 * MB).lower()
    if any(name.endswith("vbaproject.bin") for name in lowered) or b"macroenabled" in content_types:
        raise ValidationError(MSG_MACROS, code="type_not_allowed", params={"allowed": ALLOWED_TYPES_TEXT})
    for part, kind in OFFICE_MAIN_PARTS.items():
        if part in names:
            return TYPES[kind]
    raise _type_not_allowed()


def _detect_odt(archive: zipfile.ZipFile, lowered: set[str]) -> DetectedType:
    if _read_member(archive, "mimetype", 1024).strip() != ODT_MIMETYPE:
        raise _type_not_allowed()
    if any(name.startswith(("basic/", "scripts/")) for name in lowered):
        raise ValidationError(MSG_MACROS, code="type_not_allowed", params={"allowed": ALLOWED_TYPES_TEXT})
    if "meta-inf/manifest.xml" in lowered:
        manifest = _read_member(archive, "META-INF/manifest.xml", 5 * MB)
        if b"encryption-data" in manifest:
            raise _unsafe(REASON_ENCRYPTED)
    if "content.xml" not in lowered:
        raise _type_not_allowed()
    return TYPES["odt"]


def _read_member(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    with archive.open(name) as member:
        return member.read(limit)


# Text extraction ---------------------------------------------------------------------------

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
# Elements that stand for a space (tabs, line breaks, ODF's <text:s/>).
SPACE_TAGS = {W + "tab", W + "br", W + "cr", A + "br", TEXT + "tab", TEXT + "s", TEXT + "line-break"}


def extract_text(fileobj, kind: str, max_chars: int = 1_000_000) -> str:
    """The plain text of a document of the given kind, at most max_chars long.

    Never raises: a document that cannot be read gives "" (and a logged warning)."""
    try:
        if isinstance(fileobj, bytes | bytearray):
            fileobj = io.BytesIO(fileobj)
        else:
            _rewind(fileobj)
        extractor = _EXTRACTORS.get(kind)
        if extractor is None:
            logger.warning("No text extractor for document kind %r", kind)
            return ""
        return _clean(extractor(fileobj, max_chars), max_chars)
    except Exception:
        logger.warning("Could not extract text from a %s document", kind, exc_info=True)
        return ""
    finally:
        try:
            _rewind(fileobj)
        except Exception:
            logger.debug("Could not rewind the document after extracting its text", exc_info=True)


def _clean(text: str, max_chars: int) -> str:
    lines = []
    for line in text.replace("\x00", "").splitlines():
        line = re.sub(r"\s+", " ", line).strip()
        if line or (lines and lines[-1]):
            lines.append(line)
    return "\n".join(lines).strip()[:max_chars]


def _extract_pdf(fileobj, max_chars: int) -> str:
    from pypdf import PdfReader

    reader = PdfReader(fileobj)
    if reader.is_encrypted:
        reader.decrypt("")
    pages, length = [], 0
    for page in reader.pages:
        text = page.extract_text() or ""
        pages.append(text)
        length += len(text)
        if length > max_chars:
            break
    return "\n".join(pages)


def _xml_lines(data: bytes, paragraph_tags: set[str], text_tags: set[str], mixed: bool, max_chars: int) -> list[str]:
    """Walk an XML tree and return one line per paragraph element.

    With `mixed`, all character data inside a paragraph counts (ODF); otherwise only the
    text of the `text_tags` elements (OOXML, where whitespace between tags is noise)."""
    root = ElementTree.fromstring(data)
    lines: list[str] = []
    current: list[str] = []
    length = 0

    def flush():
        nonlocal length
        if current:
            line = "".join(current)
            lines.append(line)
            length += len(line)
            current.clear()

    def walk(element, depth):
        tag = element.tag
        is_paragraph = tag in paragraph_tags
        if is_paragraph:
            flush()
            depth += 1
        if tag in SPACE_TAGS:
            current.append(" ")
        elif tag in text_tags or (mixed and depth):
            current.append(element.text or "")
        for child in element:
            if length > max_chars:
                return
            walk(child, depth)
            if mixed and depth and child.tail:
                current.append(child.tail)
        if is_paragraph:
            flush()

    walk(root, 0)
    flush()
    return lines


def _zip_xml(fileobj, name: str) -> bytes:
    with zipfile.ZipFile(fileobj) as archive:
        return _read_member(archive, name, MAX_PART_READ)


def _extract_docx(fileobj, max_chars: int) -> str:
    data = _zip_xml(fileobj, "word/document.xml")
    return "\n".join(_xml_lines(data, {W + "p"}, {W + "t"}, mixed=False, max_chars=max_chars))


def _extract_odt(fileobj, max_chars: int) -> str:
    data = _zip_xml(fileobj, "content.xml")
    return "\n".join(_xml_lines(data, {TEXT + "p", TEXT + "h"}, set(), mixed=True, max_chars=max_chars))


def _extract_xlsx(fileobj, max_chars: int) -> str:
    with zipfile.ZipFile(fileobj) as archive:
        if "xl/sharedStrings.xml" not in archive.namelist():
            return ""
        data = _read_member(archive, "xl/sharedStrings.xml", MAX_PART_READ)
    return "\n".join(_xml_lines(data, {S + "si"}, {S + "t"}, mixed=False, max_chars=max_chars))


def _extract_pptx(fileobj, max_chars: int) -> str:
    lines: list[str] = []
    with zipfile.ZipFile(fileobj) as archive:
        slides = [name for name in archive.namelist() if re.fullmatch(r"ppt/slides/slide\d+\.xml", name)]
        slides.sort(key=lambda name: int(re.search(r"\d+", name.rsplit("/", 1)[1]).group()))
        length = 0
        for name in slides:
            data = _read_member(archive, name, MAX_PART_READ)
            slide_lines = _xml_lines(data, {A + "p"}, {A + "t"}, mixed=False, max_chars=max_chars)
            lines.extend(slide_lines)
            lines.append("")
            length += sum(len(line) for line in slide_lines)
            if length > max_chars:
                break
    return "\n".join(lines)


def _extract_plain(fileobj, max_chars: int) -> str:
    data = fileobj.read(max_chars * 4 + 4)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("utf-8", errors="replace")


_EXTRACTORS = {
    "pdf": _extract_pdf,
    "docx": _extract_docx,
    "odt": _extract_odt,
    "xlsx": _extract_xlsx,
    "pptx": _extract_pptx,
    "txt": _extract_plain,
    "csv": _extract_plain,
}


# Download names ----------------------------------------------------------------------------


def safe_download_name(original_name: str, extension: str) -> str:
    """A file name that is safe to put in a Content-Disposition header.

    Only the base name is kept, reduced to ASCII letters, digits, dots, underscores and
    dashes, at most 100 characters, always ending in `extension`."""
    extension = "." + (extension or "").lstrip(".").lower() if extension else ""
    name = re.split(r"[\\/]", original_name or "")[-1]
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    name = re.sub(r"[^A-Za-z0-9._ -]", "", name)
    name = re.sub(r"\s+", "-", name.strip())
    name = re.sub(r"-{2,}", "-", name)
    name = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", name)  # drop the extension: the right one is added below
    name = name.lstrip(".")[: 100 - len(extension)].rstrip(".- _")
    if not name:
        name = "document"
    return name + extension
