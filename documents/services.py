"""Writes to the closed section: sharing, saving uploads, the reads log. Views, admin
actions and commands call these; none of them grants `view_document` itself."""

import hashlib
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import Q, Sum
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from guardian.shortcuts import get_users_with_perms

from accounts.public import ALL_PARTNERS_GROUP, MembershipStatus, User, all_partners_group, audience_group
from kpo.audit import actor, logger, record
from kpo.cache import invalidate_closed_lists
from kpo.mail import send_templated_mail

from .access import may_review
from .models import (
    Contribution,
    ContributionNote,
    ContributorSuspension,
    Document,
    DocumentAccess,
    DocumentGroupObjectPermission,
    DocumentVersion,
)
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


def page_facts(document):
    """What a document's page says besides its text, on the site and in the curators' preview:
    who shared it, with whom, and its themes and phenomena."""
    return {
        "contribution": Contribution.objects.select_related("contributor", "organisation")
        .filter(document=document)
        .first(),
        "shared_with": audience_names(document),
        "themes": document.themes.all(),
        "phenomena": document.phenomena.all(),
    }


def audience_names(document: Document) -> list[str]:
    """The audiences a document is shared with, by name ("Politie", "RIEC Rotterdam"), in
    one query: organisations, partner types, regions, then all partners."""
    groups = Group.objects.filter(
        documentgroupobjectpermission__content_object=document,
        documentgroupobjectpermission__permission__codename="view_document",
    ).select_related("organisation", "partnertype", "region")
    names = []
    for order, attribute in enumerate(("organisation", "partnertype", "region")):
        names += sorted((order, getattr(g, attribute).name) for g in groups if hasattr(g, attribute))
    ordered = [name for _order, name in sorted(names)]
    if any(g.name == ALL_PARTNERS_GROUP for g in groups):
        ordered.append(str(_("alle partners")))
    return ordered


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


def _file_facts(uploaded_file) -> dict:
    """What an upload is, decided by its content (a ValidationError if it may not be stored)."""
    detected = detect_upload(uploaded_file, settings.KPO_MAX_UPLOAD_SIZE)
    digest = hashlib.sha256()
    for chunk in uploaded_file.chunks():
        digest.update(chunk)
    uploaded_file.seek(0)
    return {
        "original_name": uploaded_file.name[:255],
        "size": uploaded_file.size,
        "content_type": detected.content_type,
        "extension": detected.extension,
        "checksum": digest.hexdigest(),
    }


def save_document(document: Document, by=None, uploaded_file=None) -> None:
    """Save a document. A new file is checked by its content, kept under a random name in
    private storage with what it is, and its text is extracted in the background."""
    if uploaded_file is not None:
        for field, value in _file_facts(uploaded_file).items():
            setattr(document, field, value)
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


def readers_of(document: Document, contributor=None) -> int:
    """How many people opened or downloaded the document (from the reads log), the
    contributor not counted. A number only: who they are stays in the log."""
    return DocumentAccess.objects.filter(document=document).exclude(user=contributor).values("user").distinct().count()


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
        "gedeelde documenten": [
            {
                "document": c.document.title,
                "gedeeld met": c.get_audience_display(),
                "status": c.get_status_display(),
                "naam tonen": c.show_name,
                "gedeeld op": c.created_at,
            }
            for c in Contribution.objects.filter(contributor=user).select_related("document").order_by("created_at")
        ],
    }


# --- partners share documents (issue 19) ----------------------------------------------------


class ContributionRefused(Exception):
    """A limit or a suspension stops this upload; the message says why, for the partner."""


MSG_SUSPENDED = _(
    "Uw recht om documenten te delen is opgeschort. Neem contact op met het RIEC in uw regio als u denkt dat "
    "dit niet klopt."
)
MSG_DAY_LIMIT = _(
    "U hebt vandaag al %(limit)s bestanden gedeeld. Dat is het maximum per dag. Probeer het morgen opnieuw."
)
MSG_ORGANISATION_FULL = _(
    "Uw organisatie heeft de ruimte voor gedeelde documenten opgebruikt. Neem contact op met het RIEC in uw regio."
)


def audience_choices(user) -> list[tuple[str, str]]:
    """The audiences within the partner's reach: their organisation, its region (if it has
    one), its partner type, all partners."""
    organisation = user.organisation
    choices = [
        (
            Contribution.Audience.ORGANISATION,
            _("Alleen %(organisation)s (direct gedeeld)") % {"organisation": organisation.name},
        )
    ]
    if organisation.region_id:
        choices.append(
            (
                Contribution.Audience.REGION,
                _("Alle partners in %(region)s (na beoordeling)") % {"region": organisation.region.name},
            )
        )
    choices.append(
        (
            Contribution.Audience.PARTNER_TYPE,
            _("Alle organisaties van de soort %(type)s (na beoordeling)") % {"type": organisation.partner_type.name},
        )
    )
    choices.append((Contribution.Audience.ALL_PARTNERS, _("Alle partners (na beoordeling)")))
    return choices


def audience_group_for(contribution: Contribution) -> Group:
    """The one partner group a contribution is shared with once it may be read."""
    organisation = contribution.organisation
    audience = contribution.audience
    if audience == Contribution.Audience.ORGANISATION:
        return audience_group(organisation)
    if audience == Contribution.Audience.REGION:
        return audience_group(organisation.region)
    if audience == Contribution.Audience.PARTNER_TYPE:
        return audience_group(organisation.partner_type)
    return all_partners_group()


def audience_label(contribution: Contribution) -> str:
    """The chosen audience by name: "Gemeente Rotterdam", "RIEC Rotterdam", "Politie", …"""
    organisation = contribution.organisation
    return {
        Contribution.Audience.ORGANISATION: lambda: organisation.name,
        Contribution.Audience.REGION: lambda: organisation.region.name if organisation.region_id else "",
        Contribution.Audience.PARTNER_TYPE: lambda: organisation.partner_type.name,
        Contribution.Audience.ALL_PARTNERS: lambda: str(_("alle partners")),
    }[contribution.audience]()


def check_may_upload(user, size: int) -> None:
    """Raise ContributionRefused when the partner may not upload `size` bytes now."""
    if ContributorSuspension.objects.filter(user=user).exists():
        raise ContributionRefused(MSG_SUSPENDED)
    limit = settings.KPO_CONTRIBUTION_UPLOADS_PER_DAY
    today = DocumentVersion.objects.filter(uploaded_by=user, uploaded_at__gte=timezone.now() - timedelta(days=1))
    if today.count() >= limit:
        record("contribution_refused", by=user, target=user, reason="uploads_per_day", limit=limit)
        raise ContributionRefused(MSG_DAY_LIMIT % {"limit": limit})
    used = (
        DocumentVersion.objects.filter(document__contribution__organisation_id=user.organisation_id).aggregate(
            total=Sum("size")
        )["total"]
        or 0
    )
    if used + size > settings.KPO_CONTRIBUTION_BYTES_PER_ORGANISATION:
        record("contribution_refused", by=user, target=user.organisation, reason="bytes_per_organisation", used=used)
        raise ContributionRefused(MSG_ORGANISATION_FULL)


def _store_version(document: Document, uploaded_file, by, facts: dict, state: str) -> DocumentVersion:
    number = (document.versions.order_by("-number").values_list("number", flat=True).first() or 0) + 1
    version = DocumentVersion(document=document, number=number, state=state, uploaded_by=by, **facts)
    version.file.save("upload", uploaded_file, save=False)
    version.save()
    return version


def _make_current(document: Document, version: DocumentVersion, by) -> None:
    """Readers get `version` from now on; the file before it stays in the history."""
    document.versions.filter(state=DocumentVersion.State.CURRENT).exclude(pk=version.pk).update(
        state=DocumentVersion.State.PREVIOUS
    )
    version.state = DocumentVersion.State.CURRENT
    version.save(update_fields=["state"])
    document.file.name = version.file.name
    for field in ("original_name", "size", "content_type", "extension", "checksum"):
        setattr(document, field, getattr(version, field))
    document.extracted_text = ""
    document.updated_by = by
    document.save()
    extract_document_text.enqueue(document.pk)


def _note(contribution, kind, by, message="", by_reviewer=False) -> None:
    ContributionNote.objects.create(
        contribution=contribution, kind=kind, author=by, message=message, by_reviewer=by_reviewer
    )


def _publish(contribution: Contribution, by) -> None:
    document = contribution.document
    document.status = Document.Status.PUBLISHED
    document.published_at = timezone.now()
    document.updated_by = by
    document.save(update_fields=["status", "published_at", "updated_by", "updated_at"])
    set_document_audiences(document, {audience_group_for(contribution)}, by=by)


def reviewers_of(contribution: Contribution) -> list:
    """Who may decide: the moderators of the contributor's region and the curators, who may
    decide now (MFA), never the contributor."""
    people = set()
    region = contribution.organisation.region
    if region is not None:
        people |= set(get_users_with_perms(region, only_with_perms_in=["moderate_region"], with_group_users=True))
    permission = Permission.objects.get(content_type__app_label="documents", codename="review_contribution")
    people |= set(
        User.objects.filter(is_staff=True, is_active=True)
        .filter(Q(groups__permissions=permission) | Q(user_permissions=permission) | Q(is_superuser=True))
        .distinct()
    )
    return sorted((p for p in people if p.pk != contribution.contributor_id and may_review(p)), key=lambda p: p.email)


def _mail_contributor(contribution: Contribution, template: str, message: str = "") -> None:
    url = settings.KPO_SITE_URL.rstrip("/") + reverse("documents:my_contribution", kwargs={"pk": contribution.pk})
    send_templated_mail(
        contribution.contributor,
        f"documents/email/{template}",
        {"contribution": contribution, "title": contribution.document.title, "message": message, "url": url},
    )


def _ask_reviewers(contribution: Contribution) -> None:
    url = settings.KPO_SITE_URL.rstrip("/") + reverse("documents:reviews")
    for reviewer in reviewers_of(contribution):
        send_templated_mail(reviewer, "documents/email/review_requested", {"url": url})


def contribute(user, *, title, summary, themes, phenomena, audience, show_name, uploaded_file) -> Contribution:
    """A partner shares a document. For the own organisation it is shared at once (the same
    sharing service as curated documents); beyond it, it waits for a reviewer. Raises
    ContributionRefused (recorded in the audit log) when a limit or a suspension stops it."""
    facts = _file_facts(uploaded_file)
    check_may_upload(user, facts["size"])
    with transaction.atomic():
        document = Document(
            title=title, summary=summary, owner=user.organisation, status=Document.Status.DRAFT, created_by=user
        )
        document.updated_by = user
        document.save()
        document.themes.set(themes)
        document.phenomena.set(phenomena)
        version = _store_version(document, uploaded_file, user, facts, DocumentVersion.State.PROPOSED)
        _make_current(document, version, user)
        contribution = Contribution.objects.create(
            document=document,
            contributor=user,
            organisation=user.organisation,
            audience=audience,
            show_name=show_name,
            status=Contribution.Status.PENDING,
        )
        _note(contribution, ContributionNote.Kind.SUBMITTED, user)
        record("contribution_submitted", by=user, target=document, audience=audience, contribution=contribution.pk)
        if contribution.needs_review:
            transaction.on_commit(lambda: _ask_reviewers(contribution))
        else:
            contribution.status = Contribution.Status.PUBLISHED
            contribution.save(update_fields=["status", "updated_at"])
            _publish(contribution, by=user)
            record("contribution_published", by=user, target=document, contribution=contribution.pk)
    return contribution


class NotYours(Exception):
    """Four eyes: nobody decides on their own contribution."""


class AlreadyDecided(Exception):
    """Someone else decided first, or the contributor withdrew: it no longer waits."""


class ChangedSinceSeen(Exception):
    """The contributor changed the file or its details after the reviewer opened the page:
    a decision is about what the reviewer saw, so they look again first."""


def last_step(contribution: Contribution) -> int:
    """The id of the contribution's latest step: every new version or change by the
    contributor, and every decision, adds one. The review form carries it."""
    return contribution.notes.order_by("-pk").values_list("pk", flat=True).first() or 0


def _check_reviewer(contribution: Contribution, by) -> None:
    if by.pk == contribution.contributor_id:
        record("contribution_self_review_refused", by=by, target=contribution.document)
        raise NotYours


def _lock_waiting(contribution: Contribution, seen_step=None) -> Contribution:
    """The contribution, locked for this transaction, if it still waits for a decision and
    (given `seen_step`) has not changed since the reviewer saw it. Two reviewers, or a
    reviewer and the contributor, never act on the same state."""
    locked = Contribution.objects.select_for_update().select_related("document", "organisation").get(
        pk=contribution.pk
    )
    if locked.status != Contribution.Status.PENDING:
        raise AlreadyDecided
    if seen_step is not None and last_step(locked) != seen_step:
        raise ChangedSinceSeen
    return locked


def _proposed(contribution: Contribution):
    return contribution.document.versions.filter(state=DocumentVersion.State.PROPOSED).first()


def approve_contribution(contribution: Contribution, by, message: str = "", seen_step=None) -> None:
    """A reviewer approves: the document (or its new version) is shared with the audience.
    Raises AlreadyDecided or ChangedSinceSeen (see `_lock_waiting`)."""
    _check_reviewer(contribution, by)
    with transaction.atomic():
        contribution = _lock_waiting(contribution, seen_step)
        proposed = _proposed(contribution)
        if proposed is not None:
            _make_current(contribution.document, proposed, by)
        if contribution.document.status != Document.Status.PUBLISHED:
            _publish(contribution, by)
        _decided(contribution, Contribution.Status.PUBLISHED, by)
        _note(contribution, ContributionNote.Kind.APPROVED, by, message, by_reviewer=True)
        record("contribution_approved", by=by, target=contribution.document, contribution=contribution.pk)
        transaction.on_commit(lambda: _mail_contributor(contribution, "contribution_approved", message))


def request_changes(contribution: Contribution, by, message: str, seen_step=None) -> None:
    """A reviewer asks for changes; the contributor uploads a new version (or withdraws)."""
    _check_reviewer(contribution, by)
    with transaction.atomic():
        contribution = _lock_waiting(contribution, seen_step)
        _decided(contribution, Contribution.Status.CHANGES_REQUESTED, by)
        _note(contribution, ContributionNote.Kind.CHANGES_REQUESTED, by, message, by_reviewer=True)
        record("contribution_changes_requested", by=by, target=contribution.document, contribution=contribution.pk)
        transaction.on_commit(lambda: _mail_contributor(contribution, "contribution_changes_requested", message))


def reject_contribution(contribution: Contribution, by, reason: str, seen_step=None) -> None:
    """A reviewer rejects. A first submission stays unshared (only its contributor sees it);
    a new version of a shared document is not taken over, and readers keep the one they had."""
    _check_reviewer(contribution, by)
    with transaction.atomic():
        contribution = _lock_waiting(contribution, seen_step)
        proposed = _proposed(contribution)
        if proposed is not None and contribution.document.status == Document.Status.PUBLISHED:
            proposed.state = DocumentVersion.State.DECLINED
            proposed.save(update_fields=["state"])
            status = Contribution.Status.PUBLISHED
        else:
            status = Contribution.Status.REJECTED
        _decided(contribution, status, by)
        _note(contribution, ContributionNote.Kind.REJECTED, by, reason, by_reviewer=True)
        record("contribution_rejected", by=by, target=contribution.document, contribution=contribution.pk)
        transaction.on_commit(lambda: _mail_contributor(contribution, "contribution_rejected", reason))


def _decided(contribution, status, by) -> None:
    contribution.status = status
    contribution.decided_by = by
    contribution.decided_at = timezone.now()
    contribution.save(update_fields=["status", "decided_by", "decided_at", "updated_at"])


EDITABLE = (Contribution.Status.PENDING, Contribution.Status.CHANGES_REQUESTED)
ACTIVE = (*EDITABLE, Contribution.Status.PUBLISHED)


NO_LONGER_CHANGEABLE = _(
    "U kunt dit document niet meer wijzigen, omdat het is ingetrokken of afgewezen. "
    "Wilt u het toch delen? Deel het dan als nieuw document."
)


def update_contribution(contribution: Contribution, by, *, uploaded_file=None, details=None, message="") -> None:
    """The contributor changes their contribution: a new file and, before it is shared, its
    title, summary, themes and phenomena.

    For the own organisation a new file is what readers get at once. Beyond it, every change
    goes (back) to review: before the first approval the new file simply replaces the one in
    review; once shared, readers keep the approved version until a reviewer approves the new
    one (it waits as a proposed version)."""
    if contribution.status not in ACTIVE:
        raise ContributionRefused(NO_LONGER_CHANGEABLE)
    if contribution.organisation_id != by.organisation_id:
        # Nor by someone who moved on: the document is the old organisation's to read.
        raise ContributionRefused(
            _("U werkt niet meer bij de organisatie van dit document. Daarom kunt u het niet meer wijzigen.")
        )
    facts = None
    if uploaded_file is not None:
        facts = _file_facts(uploaded_file)
        check_may_upload(by, facts["size"])
    with transaction.atomic():
        # The same row lock as a decision: a reviewer's approval and a new file never cross.
        locked = Contribution.objects.select_for_update().select_related("document").get(pk=contribution.pk)
        if locked.status not in ACTIVE:
            raise ContributionRefused(NO_LONGER_CHANGEABLE)
        _update(locked, by, uploaded_file, facts, details, message)
        contribution.status = locked.status


def _update(contribution, by, uploaded_file, facts, details, message) -> None:
    document = contribution.document
    if details and contribution.status in EDITABLE and document.status != Document.Status.PUBLISHED:
        document.title = details["title"]
        document.summary = details["summary"]
        document.updated_by = by
        document.save(update_fields=["title", "summary", "updated_by", "updated_at"])
        document.themes.set(details["themes"])
        document.phenomena.set(details["phenomena"])
    if uploaded_file is not None:
        # An earlier proposal not yet decided is replaced by this one.
        document.versions.filter(state=DocumentVersion.State.PROPOSED).update(state=DocumentVersion.State.DECLINED)
        version = _store_version(document, uploaded_file, by, facts, DocumentVersion.State.PROPOSED)
        if not (contribution.needs_review and document.status == Document.Status.PUBLISHED):
            _make_current(document, version, by)
        record("contribution_new_version", by=by, target=document, contribution=contribution.pk, version=version.number)
    else:
        record("contribution_changed", by=by, target=document, contribution=contribution.pk)
    _note(contribution, ContributionNote.Kind.NEW_VERSION, by, message)
    if contribution.needs_review and (uploaded_file is not None or contribution.status in EDITABLE):
        was_waiting = contribution.status == Contribution.Status.PENDING
        contribution.status = Contribution.Status.PENDING
        contribution.save(update_fields=["status", "updated_at"])
        if not was_waiting:
            transaction.on_commit(lambda: _ask_reviewers(contribution))


@transaction.atomic
def withdraw_contribution(contribution: Contribution, by) -> None:
    """The contributor withdraws: no reader sees it any more; the document, its versions
    and the reads log stay for the audit."""
    contribution = Contribution.objects.select_for_update().select_related("document").get(pk=contribution.pk)
    if contribution.status == Contribution.Status.WITHDRAWN:
        return
    document = contribution.document
    document.status = Document.Status.DRAFT
    document.updated_by = by
    document.save(update_fields=["status", "updated_by", "updated_at"])
    set_document_audiences(document, set(), by=by)
    document.versions.filter(state=DocumentVersion.State.PROPOSED).update(state=DocumentVersion.State.DECLINED)
    contribution.status = Contribution.Status.WITHDRAWN
    contribution.save(update_fields=["status", "updated_at"])
    _note(contribution, ContributionNote.Kind.WITHDRAWN, by)
    record("contribution_withdrawn", by=by, target=document, contribution=contribution.pk)


def suspend_contributor(user, by, reason: str) -> None:
    """A curator takes away someone's right to share (reading stays as it was)."""
    ContributorSuspension.objects.update_or_create(
        user=user, defaults={"reason": reason, "suspended_by": by, "suspended_at": timezone.now()}
    )
    record("contributor_suspended", by=by, target=user, reason=reason)


def reinstate_contributor(user, by) -> None:
    deleted, _rows = ContributorSuspension.objects.filter(user=user).delete()
    if deleted:
        record("contributor_reinstated", by=by, target=user)
