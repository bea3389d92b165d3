"""What other apps may use of the closed section. Every read of closed documents starts from
`documents_visible_to` / `get_document_for_user_or_404` (documents.access, the one gate);
every grant goes through the sharing services. Nothing else decides who may read what.

For a partner's start page (/mijn-kpo/): `contributions_of(user)` (their shared documents,
each with `status`, `get_status_display()` and `document`) and `reviews_waiting_for(user)`
(contributions waiting for this reviewer's decision), each a fixed number of queries.

Other apps import these names from here, never the closed section's views or admin."""

from .access import contributions_of as _contributions_of
from .access import (
    documents_new_for_groups,
    documents_visible_to,
    get_document_for_user_or_404,
    reader_group_ids,
    reviews_for,
)
from .models import Contribution, Document, DocumentAccess, DocumentGroupObjectPermission
from .services import record_access, save_document, set_document_audiences, share_document


def contributions_of(user):
    """The user's own contributions, newest first, with their document (one query)."""
    return _contributions_of(user).select_related("document").order_by("-created_at", "-pk")


def reviews_waiting_for(user):
    """Contributions waiting for `user`'s decision (none for who may not review, or not
    yet: MFA), oldest first, with document and organisation (one query once evaluated,
    plus at most two to know the user's rights)."""
    return reviews_for(user).select_related("document", "organisation").order_by("updated_at", "pk")


__all__ = [
    "Contribution",
    "Document",
    "DocumentAccess",
    "DocumentGroupObjectPermission",
    "contributions_of",
    "documents_new_for_groups",
    "documents_visible_to",
    "get_document_for_user_or_404",
    "reader_group_ids",
    "record_access",
    "reviews_waiting_for",
    "save_document",
    "set_document_audiences",
    "share_document",
]
