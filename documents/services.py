"""Writes to the closed section: sharing, saving uploads, the reads log. Views, admin
actions and commands call these; none of them grants `view_document` itself."""

import hashlib

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction

from accounts.public import MembershipStatus, User
from kpo.audit import actor, logger, record
from kpo.cache import invalidate_closed_lists

from .models import Document, DocumentAccess, DocumentGroupObjectPermission
from .tasks import extract_document_text
from .uploads import detect_upload


def _document_group_permission():
    return Permission.objects.get(content_type__app_label="documents", codename="view_document")



@transaction.atomic
def share_document(document: Document, groups, by=None) -> None:
    """Grant `view_document` on `document` to the given audience groups."""
    permission = _document_group_permission()
    existing = set(
        DocumentGroupObjectPermission.objects.filter(content_object=document, permission=permission).values_list(
            "group_id", flat=True
        )
    )
    DocumentGroupObjectPermission.objects.bulk_create(
        DocumentGroupObjectPermission(content_object=document, group=group, permission=permission)
        for group in groups
        if group.pk not in existing
    )
    invalidate_closed_lists()  # bulk_create sends no signals
    if groups:
        record("document_shared", by=by, target=document, groups=sorted(g.pk for g in groups))


@transaction.atomic
def unshare_document(document: Document, groups, by=None) -> None:
    """Take `view_document` on `document` away from the given groups."""
    DocumentGroupObjectPermission.objects.filter(
        content_object=document, permission=_document_group_permission(), group__in=list(groups)
    ).delete()
    if groups:
        record("document_unshared", by=by, target=document, groups=sorted(g.pk for g in groups))


def set_document_audiences(document: Document, groups, by=None) -> None:
    """Make the document shared with exactly `groups`."""
    current = shared_groups(document)
    unshare_document(document, current - set(groups), by)
    share_document(document, set(groups) - current, by)


def shared_groups(document: Document) -> set:
    return set(
        Group.objects.filter(
            documentgroupobjectpermission__content_object=document,
            documentgroupobjectpermission__permission__codename="view_document",
        )
    )


def readers_count(document: Document) -> int:
    """How many approved, active partners can read the document (once published)."""
    return (
        User.objects.filter(
            is_active=True,
            status=MembershipStatus.APPROVED,
            groups__documentgroupobjectpermission__content_object=document,
            groups__documentgroupobjectpermission__permission__codename="view_document",
        )
        .distinct()
        .count()
    )


def save_document(document: Document, by=None, uploaded_file=None) -> None:
    """Save a document. A new file is checked by its content, kept under a random name in
    private storage with what it is, and its text is extracted in the background."""
    if uploaded_file is not None:
        detected = detect_upload(uploaded_file, settings.KPO_MAX_UPLOAD_SIZE)
        digest = hashlib.sha256()
        for chunk in uploaded_file.chunks():
            digest.update(chunk)
        uploaded_file.seek(0)
        document.original_name = uploaded_file.name[:255]
        document.size = uploaded_file.size
        document.content_type = detected.content_type
        document.extension = detected.extension
        document.checksum = digest.hexdigest()
        document.extracted_text = ""
        document.file.save("upload", uploaded_file, save=False)
    if document.pk is None:
        document.created_by = by
    document.updated_by = by
    document.save()
    if uploaded_file is not None:
        extract_document_text.enqueue(document.pk)


def record_access(user, document: Document, action: str) -> None:
    DocumentAccess.objects.create(user=user, document=document, action=action)
    logger.info("document %s: document=%s by=%s", action, document.pk, actor(user))


def personal_data(user) -> dict:
    """What the closed section keeps about `user`, for the data export: every view and
    download of a closed document, and the documents they added."""
    return {
        "documentinzage": [
            {"document": access.document.title, "handeling": access.get_action_display(), "tijdstip": access.at}
            for access in DocumentAccess.objects.filter(user=user).select_related("document").order_by("at", "pk")
        ],
        "documenten aangeleverd": [
            {"document": doc.title, "aangemaakt": doc.created_at}
            for doc in Document.objects.filter(created_by=user).only("title", "created_at").order_by("created_at")
        ],
    }
