"""The one place that decides who may read which closed document. Lists, detail,
download, search, facet counts and /zoeken/ all start from `documents_visible_to`."""

from django.http import Http404
from guardian.shortcuts import get_objects_for_user

from accounts.access import may_use_partner_pages

from .models import Document


def documents_visible_to(user):
    """Published documents shared with one of the user's partner groups. Nothing for
    anyone who is not an approved partner (with MFA where required); no exception for
    staff or superusers: curators see everything in the admin, not here."""
    if not may_use_partner_pages(user):
        return Document.objects.none()
    return get_objects_for_user(
        user,
        "knowledge.view_document",
        klass=Document.objects.published(),
        use_groups=True,
        with_superuser=False,
        accept_global_perms=False,
    )


def get_document_for_user_or_404(user, pk) -> Document:
    """The document, or a 404 that looks the same whether it is missing, a draft or
    shared with others."""
    try:
        return documents_visible_to(user).get(pk=pk)
    except (Document.DoesNotExist, ValueError, TypeError):
        raise Http404 from None
