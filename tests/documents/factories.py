"""Closed documents, saved and shared through the services as in real use."""

from datetime import timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from documents import services
from documents.models import Document


def document(title, owner, text="", groups=(), status="published", themes=(), name=None, **fields):
    """A closed document with a text file, saved and shared through the services."""
    doc = Document(
        title=title,
        summary=fields.pop("summary", f"Samenvatting van {title}"),
        owner=owner,
        status=status,
        published_at=fields.pop("published_at", timezone.now() - timedelta(days=1)),
        **fields,
    )
    content = (text or f"Inhoud van {title}.").encode()
    services.save_document(doc, uploaded_file=SimpleUploadedFile(name or f"{title}.txt", content))
    if themes:
        doc.themes.set(themes)
    services.share_document(doc, set(groups))
    return doc
