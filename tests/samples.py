"""Real sample files for upload tests: the demo documents' files (portal/demo/data/documents)
and a few files kept for tests (tests/documents/files)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMO_DOCUMENTS = ROOT / "portal" / "demo" / "data" / "documents"
TEST_FILES = Path(__file__).resolve().parent / "documents" / "files"

# One demo file of each kind; the PDF holds a word found nowhere else ("kwekerijdetectie").
PDF = "signalenkaart-hennepteelt-buitengebied.pdf"
DOCX = "werkinstructie-bibob-toets-horeca.docx"
TXT = "checklist-signalen-mensenhandel-bij-controles.txt"


def sample(name: str) -> bytes:
    """The bytes of a demo document's file, or of a file under tests/documents/files."""
    path = DEMO_DOCUMENTS / name
    return (path if path.exists() else TEST_FILES / name).read_bytes()


def demo_text(name: str) -> str:
    """The text of a demo document: the body of the Markdown next to its file."""
    text = (DEMO_DOCUMENTS / name).with_suffix(".md").read_text(encoding="utf-8")
    return text.split("\n+++\n", 1)[1].strip()
