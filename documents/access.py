"""The one place that decides who may read which closed document. Lists, detail,
download, search, facet counts and /zoeken/ all start from `documents_visible_to`."""

from django.contrib.auth.models import Permission
from django.db.models import Exists, OuterRef, Subquery
from django.http import Http404

from accounts.public import may_use_partner_pages

from .models import Document, DocumentGroupObjectPermission


def reader_group_ids(user) -> list[int]:
    """The ids of the user's groups: what they may read depends on these alone."""
    return sorted(user.groups.through.objects.filter(user_id=user.pk).values_list("group_id", flat=True))


def documents_visible_to(user, group_ids=None):
    """Published documents shared with one of the user's partner groups. Nothing for
    anyone who is not an approved partner (with MFA where required); no exception for
    staff or superusers: curators see everything in the admin, not here."""
    if not may_use_partner_pages(user):
        return Document.objects.none()
    # Sharing is granted to groups only (documents.services.share_document). One EXISTS over
    # guardian's direct-FK table and the user's groups: the database walks the index of the
    # grants, whatever the number of documents, instead of building the list of ids first.
    # The user's few group ids go in as values (one small query), so the planner sees from its
    # statistics how many documents each group may read and picks the plan to match.
    if group_ids is None:
        group_ids = reader_group_ids(user)
    shared_with_user = DocumentGroupObjectPermission.objects.filter(
        content_object=OuterRef("pk"),
        permission_id=Subquery(
            Permission.objects.filter(codename="view_document", content_type__app_label="documents").values("pk")[:1]
        ),
        group_id__in=group_ids,
    )
    return Document.objects.published().filter(Exists(shared_with_user))


def get_document_for_user_or_404(user, pk) -> Document:
    """The document, or a 404 that looks the same whether it is missing, a draft or
    shared with others."""
    try:
        return documents_visible_to(user).get(pk=pk)
    except (Document.DoesNotExist, ValueError, TypeError):
        raise Http404 from None
