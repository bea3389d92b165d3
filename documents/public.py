"""What other apps may use of the closed section. Every read of closed documents starts from
`documents_visible_to` / `get_document_for_user_or_404` (documents.access, the one gate);
every grant goes through the sharing services. Nothing else decides who may read what.

Other apps import these names from here, never the closed section's views or admin."""

from .access import documents_new_for_groups, documents_visible_to, get_document_for_user_or_404, reader_group_ids
from .models import Document, DocumentAccess, DocumentGroupObjectPermission
from .services import record_access, save_document, set_document_audiences, share_document

__all__ = [
    "Document",
    "DocumentAccess",
    "DocumentGroupObjectPermission",
    "documents_new_for_groups",
    "documents_visible_to",
    "get_document_for_user_or_404",
    "reader_group_ids",
    "record_access",
    "save_document",
    "set_document_audiences",
    "share_document",
]
