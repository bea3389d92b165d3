"""Background work of the closed section (django.tasks; a database-backed worker outside tests)."""

from django.tasks import task

from kpo.cache import invalidate_closed_lists, invalidate_search_vocabulary

from .models import Document
from .uploads import extract_text


@task
def extract_document_text(document_id: int) -> None:
    """Background task: make the file's text searchable."""
    document = Document.objects.filter(pk=document_id).first()
    if document is None or not document.file:
        return
    with document.file.open("rb") as fh:
        text = extract_text(fh, document.extension.lstrip("."))
    Document.objects.filter(pk=document_id).update(extracted_text=text)
    # update() sends no signal: the kept results and counts of closed searches, and the
    # vocabulary (its trigger may have added words), are stale now.
    invalidate_closed_lists()
    invalidate_search_vocabulary()
