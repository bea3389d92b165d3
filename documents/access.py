"""The one place that decides who may read which closed document. Lists, detail,
download, search, facet counts and /zoeken/ all start from `documents_visible_to`; a
partner's contribution before it is shared (in review, sent back, rejected, withdrawn) is
read only through `contributions_readable_by`: its contributor, and while it waits for a
decision, its reviewers."""

from django.contrib.auth.models import Permission
from django.db.models import Exists, OuterRef, Q, Subquery
from django.http import Http404

from accounts.public import may_use_partner_pages, moderated_regions, moderates, needs_mfa_setup

from .models import Contribution, ContributorSuspension, Document, DocumentGroupObjectPermission


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
        # Without the extracted text and its vectors (up to megabytes): a page or a
        # download never shows them.
        return documents_visible_to(user).defer("extracted_text", "search_vector", "rank_vector").get(pk=pk)
    except (Document.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


# --- contributions ---------------------------------------------------------------------------

REVIEW_PERMISSION = "documents.review_contribution"


def is_contribution_curator(user) -> bool:
    """Staff with `documents.review_contribution` (the Redacteuren group): review everywhere."""
    return bool(user.is_authenticated and user.is_active and user.is_staff and user.has_perm(REVIEW_PERMISSION))


def _moderated_regions(user):
    # The same regions as guardian's get_objects_for_user(..., accept_global_perms=False),
    # read with one EXISTS over the direct-FK permission tables (accounts.access).
    return moderated_regions(user)


def has_review_rights(user) -> bool:
    """Curators, and approved partners who moderate a region; whether they may decide now
    (MFA) is `may_review`."""
    if is_contribution_curator(user):
        return True
    return bool(user.is_authenticated and user.is_approved_partner and moderates(user))


def may_review(user) -> bool:
    """Review rights, and a second factor where KPO_REQUIRE_MFA asks for one (nobody decides
    without), and for a partner moderator a partner in good standing (re-verified)."""
    if not has_review_rights(user) or needs_mfa_setup(user):
        return False
    return is_contribution_curator(user) or may_use_partner_pages(user)


def reviews_for(user):
    """Contributions waiting for a decision that `user` may take: curators all of them,
    moderators of a region those of the organisations in it. Never one's own: four eyes."""
    if not may_review(user):
        return Contribution.objects.none()
    waiting = Contribution.objects.in_review().exclude(contributor=user)
    if is_contribution_curator(user):
        return waiting
    return waiting.filter(organisation__region__in=_moderated_regions(user))


def contributions_of(user):
    """The user's own contributions, whatever their status (approved partners only)."""
    if not may_use_partner_pages(user):
        return Contribution.objects.none()
    return Contribution.objects.filter(contributor=user)


def contributions_readable_by(user):
    """Contributions whose page and file `user` may open outside the shared list: their own,
    and those waiting for their decision. A rejected one only its contributor."""
    own = Q(contributor=user) if may_use_partner_pages(user) else Q(pk__in=[])
    return Contribution.objects.filter(own | Q(pk__in=reviews_for(user).values("pk")))


def get_own_contribution_or_404(user, pk) -> Contribution:
    try:
        return contributions_of(user).select_related("document", "organisation").get(pk=pk)
    except (Contribution.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def get_review_or_404(user, pk) -> Contribution:
    try:
        return reviews_for(user).select_related("document", "organisation", "contributor").get(pk=pk)
    except (Contribution.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def get_contribution_for_user_or_404(user, pk) -> Contribution:
    try:
        return contributions_readable_by(user).select_related("document").get(pk=pk)
    except (Contribution.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def may_contribute(user) -> bool:
    """An approved partner whose right to share has not been suspended by a curator."""
    return may_use_partner_pages(user) and not ContributorSuspension.objects.filter(user=user).exists()


def documents_new_for_groups(group_ids, since, until) -> dict[int, dict]:
    """What became readable to each of `group_ids` in the window (since, until]: published
    documents shared with the group, published or shared with it in that window. For
    "new for me" (Mijn KPO, notifications, digests, the personal feed) over many people at
    once: one query, whatever the number of people, groups or documents. A person may read
    a document here only through their own groups at the moment of asking (the same rule
    as `documents_visible_to`); callers first check `may_use_partner_pages`.

    Returns {document id: {"document": dict of fields, "groups": {group id: became
    readable at}}}; the document dict holds id, title, owner__slug, owner__name,
    published_at, theme_slugs, phenomenon_slugs, and no text."""
    from django.contrib.postgres.aggregates import ArrayAgg
    from django.contrib.postgres.expressions import ArraySubquery
    from django.db.models import BooleanField, F, Func
    from django.db.models.functions import Coalesce, Greatest

    if not group_ids:
        return {}
    # A grant counts when GREATEST(published_at, granted_at) falls in (since, until]: the
    # document was granted in the window, or published in it, and neither happened after
    # `until`. No index serves that GREATEST, so it is asked as two halves that each start
    # from an index and end in a few rows, whatever the number of grants of the groups:
    # - granted in the window: the grants' (group_id, granted_at) index;
    # - published in the window: the documents' (status, published_at) index, then each
    #   document's grants through the content_object_id index.
    # A grant in both halves gives the same row twice; UNION keeps one.
    view_document = Subquery(
        Permission.objects.filter(codename="view_document", content_type__app_label="documents").values("pk")[:1]
    )
    readable = Document.objects.published().filter(published_at__lte=until)
    became_readable_at = Greatest(
        "content_object__published_at", Coalesce("granted_at", "content_object__published_at")
    )
    grants_of_groups = DocumentGroupObjectPermission.objects.filter(permission_id=view_document, group_id__in=group_ids)
    granted_in_window = (
        grants_of_groups.filter(granted_at__gt=since, granted_at__lte=until, content_object__in=readable)
        .annotate(became_readable_at=became_readable_at)
        .values_list("group_id", "content_object_id", "became_readable_at")
    )
    # `content_object_id = ANY(ARRAY(the documents published in the window))`: the planner
    # then probes each of those documents' grants by index (a few ms) instead of hashing all
    # the grants of the groups (tens of thousands for a batch of people), which it would
    # pick for `IN (subquery)` at about the same estimated cost.
    published_in_window_ids = ArraySubquery(readable.filter(published_at__gt=since).values("pk"))
    of_those_documents = Func(
        F("content_object_id"),
        published_in_window_ids,
        template="(%(expressions)s))",
        arg_joiner=" = ANY(",
        output_field=BooleanField(),
    )
    published_in_window = (
        grants_of_groups.filter(Q(granted_at__isnull=True) | Q(granted_at__lte=until), of_those_documents)
        .annotate(became_readable_at=became_readable_at)
        .values_list("group_id", "content_object_id", "became_readable_at")
    )
    grants = granted_in_window.union(published_in_window)
    rows = list(grants)
    if not rows:
        return {}
    documents = (
        Document.objects.filter(pk__in={document_id for _g, document_id, _at in rows})
        .annotate(
            theme_slugs=ArrayAgg("themes__slug", distinct=True, filter=Q(themes__isnull=False), default=[]),
            phenomenon_slugs=ArrayAgg("phenomena__slug", distinct=True, filter=Q(phenomena__isnull=False), default=[]),
        )
        .values("id", "title", "owner__slug", "owner__name", "published_at", "theme_slugs", "phenomenon_slugs")
    )
    found = {d["id"]: {"document": d, "groups": {}} for d in documents}
    for group_id, document_id, at in rows:
        if document_id in found:
            found[document_id]["groups"][group_id] = at
    return found
