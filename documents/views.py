from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from accounts.public import approved_partner_required, needs_mfa_setup
from kpo.cache import audience_fragment, closed_list_key, closed_lists_version
from kpo.listing import LISTING_PARAMS, listing
from kpo.search import clean_query

from . import services
from .access import (
    contributions_of,
    documents_visible_to,
    get_contribution_for_user_or_404,
    get_document_for_user_or_404,
    get_own_contribution_or_404,
    get_review_or_404,
    has_review_rights,
    may_contribute,
    may_review,
    reader_group_ids,
    reviews_for,
)
from .filters import DocumentFilter, document_facets
from .forms import ContributionForm, DecisionForm, UpdateForm
from .models import Document, DocumentAccess, DocumentVersion
from .uploads import safe_download_name


@never_cache
@approved_partner_required
@require_safe
def document_list(request):
    """The closed section: the documents shared with you."""
    group_ids = reader_group_ids(request.user)
    # Search form, facets, count, cards and pages are the same for everyone in the same groups
    # asking the same URL: rendered once per audience; the header, the follow panel and the
    # messages stay personal (kpo.cache). When it is stored, nothing else on the page needs
    # the list engine: no search, no rows, no snippets.
    fragment = audience_fragment(
        request, "closed-list", group_ids, version=closed_lists_version(), params=LISTING_PARAMS, model=Document
    )
    if fragment is not None and fragment.stored() is not None:
        context = {"q": clean_query(request.GET.get("q"))}
    else:
        params = [
            (name, value) for name, values in request.GET.lists() if name not in ("page", "sorteer") for value in values
        ]
        context = listing(
            request,
            documents_visible_to(request.user, group_ids),
            DocumentFilter,
            document_facets,
            ("summary", "extracted_text"),
            ("owner",),
            aggregates_key=closed_list_key(group_ids, params),
        )
        context["documents"] = context["page_obj"].object_list
    context["fragment"] = fragment
    context["crumbs"] = [("", _("Besloten gedeelte"))]
    return render(request, "documents/document_list.html", context)


@never_cache
@approved_partner_required
@require_safe
def document_detail(request, pk):
    document = get_document_for_user_or_404(request.user, pk)
    services.record_access(request.user, document, DocumentAccess.Action.VIEW)
    return render(
        request,
        "documents/document_detail.html",
        {
            "document": document,
            **services.page_facts(document),
            "crumbs": [(reverse("documents:list"), _("Besloten gedeelte")), ("", document.title)],
        },
    )


def _file_response(stored, filename_source):
    """The file (a Document or a DocumentVersion) as a download that no browser renders."""
    filename = safe_download_name(filename_source.original_name, filename_source.extension)
    if settings.KPO_X_ACCEL_REDIRECT_PREFIX:
        response = HttpResponse(content_type=stored.content_type)
        response["X-Accel-Redirect"] = f"{settings.KPO_X_ACCEL_REDIRECT_PREFIX.rstrip('/')}/{stored.file.name}"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    else:
        response = FileResponse(
            stored.file.open("rb"),
            as_attachment=True,
            filename=filename,
            content_type=stored.content_type,
        )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


@approved_partner_required
@require_safe
def document_download(request, pk):
    document = get_document_for_user_or_404(request.user, pk)
    services.record_access(request.user, document, DocumentAccess.Action.DOWNLOAD)
    return _file_response(document, document)


# --- partners share documents ----------------------------------------------------------------


def _crumbs(*tail):
    return [(reverse("documents:list"), _("Besloten gedeelte")), *tail]


@never_cache
@approved_partner_required
@require_http_methods(["GET", "HEAD", "POST"])
def contribute(request):
    """An approved partner shares a document: with their own organisation at once, beyond
    it after review."""
    user = request.user
    allowed = may_contribute(user)
    form = ContributionForm(request.POST or None, request.FILES or None, user=user)
    status = 200
    if request.method == "POST" and allowed:
        if form.is_valid():
            data = form.cleaned_data
            try:
                contribution = services.contribute(
                    user,
                    title=data["title"],
                    summary=data["summary"],
                    themes=data["themes"],
                    phenomena=data["phenomena"],
                    audience=data["audience"],
                    show_name=data["show_name"],
                    uploaded_file=data["file"],
                )
            except services.ContributionRefused as refused:
                form.add_error(None, str(refused))
            else:
                if contribution.needs_review:
                    messages.success(
                        request,
                        _("Dank u. Uw document wacht op beoordeling; u krijgt bericht zodra er een besluit is."),
                    )
                else:
                    messages.success(request, _("Dank u. Uw document is gedeeld met uw organisatie."))
                return redirect("documents:my_contribution", pk=contribution.pk)
        status = 400
    elif request.method == "POST":
        status = 403
    return render(
        request,
        "documents/contribute.html",
        {
            "form": form,
            "allowed": allowed,
            "is_reviewer": has_review_rights(user),
            "crumbs": _crumbs(("", _("Document delen"))),
        },
        status=status,
    )


@never_cache
@approved_partner_required
@require_safe
def my_contributions(request):
    """The partner's own contributions with their status."""
    contributions = contributions_of(request.user).select_related("document").order_by("-created_at", "-pk")
    page = Paginator(contributions, settings.KPO_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "documents/my_contributions.html",
        {
            "page_obj": page,
            "contributions": page.object_list,
            "may_contribute": may_contribute(request.user),
            "crumbs": _crumbs(
                (reverse("documents:contribute"), _("Document delen")), ("", _("Mijn gedeelde documenten"))
            ),
        },
    )


def _history(contribution):
    return contribution.notes.select_related("author").order_by("at", "pk")


@never_cache
@approved_partner_required
@require_http_methods(["GET", "HEAD", "POST"])
def my_contribution(request, pk):
    """One own contribution: status, messages, audience, read count, versions; a new
    version and withdrawing."""
    contribution = get_own_contribution_or_404(request.user, pk)
    document = contribution.document
    # After a move to another organisation the person keeps their page, but no longer
    # puts files before the organisation they left (services.update_contribution).
    editable = contribution.status in services.ACTIVE and contribution.organisation_id == request.user.organisation_id
    form = UpdateForm(
        request.POST or None,
        request.FILES or None,
        contribution=contribution,
        initial={
            "title": document.title,
            "summary": document.summary,
            "themes": list(document.themes.all()),
            "phenomena": list(document.phenomena.all()),
        },
    )
    status = 200
    if request.method == "POST":
        if not editable:
            raise Http404
        if form.is_valid():
            try:
                services.update_contribution(
                    contribution,
                    request.user,
                    uploaded_file=form.cleaned_data.get("file"),
                    details=form.details(),
                    message=form.cleaned_data.get("message", ""),
                )
            except services.ContributionRefused as refused:
                form.add_error(None, str(refused))
            else:
                if contribution.needs_review:
                    messages.success(request, _("Uw wijziging is opgeslagen en wacht op beoordeling."))
                else:
                    messages.success(request, _("De nieuwe versie is opgeslagen; lezers krijgen nu deze versie."))
                return redirect("documents:my_contribution", pk=contribution.pk)
        status = 400
    return render(
        request,
        "documents/my_contribution.html",
        {
            "contribution": contribution,
            "document": document,
            "form": form,
            "editable": editable,
            "shared_with": services.audience_names(document),
            "audience_name": services.audience_label(contribution),
            "readers": services.readers_of(document, contribution.contributor_id),
            "history": _history(contribution),
            "versions": document.versions.order_by("-number"),
            "crumbs": _crumbs(
                (reverse("documents:my_contributions"), _("Mijn gedeelde documenten")), ("", document.title)
            ),
        },
        status=status,
    )


@approved_partner_required
@require_POST
def withdraw(request, pk):
    contribution = get_own_contribution_or_404(request.user, pk)
    services.withdraw_contribution(contribution, request.user)
    messages.success(request, _("Uw document is ingetrokken. Lezers zien het niet meer."))
    return redirect("documents:my_contribution", pk=contribution.pk)


@approved_partner_required
@require_safe
def contribution_file(request, pk):
    """The file of a contribution for its contributor and its reviewers: the version that
    waits for review if there is one, else the current one."""
    contribution = get_contribution_for_user_or_404(request.user, pk)
    document = contribution.document
    services.record_access(request.user, document, DocumentAccess.Action.DOWNLOAD)
    proposed = document.versions.filter(state=DocumentVersion.State.PROPOSED).first()
    stored = proposed or document
    return _file_response(stored, stored)


REVIEW_MFA_MESSAGE = gettext_lazy("Stel eerst tweestapsverificatie in; daarna kunt u gedeelde documenten beoordelen.")


def _reviewer_or_404(request):
    """None for someone who may decide now; MFA set-up (or re-verification) for someone
    with review rights who may not yet; a 404 for everyone else."""
    user = request.user
    if not user.is_authenticated or not has_review_rights(user):
        raise Http404
    if needs_mfa_setup(user):
        messages.info(request, REVIEW_MFA_MESSAGE)
        return redirect("mfa_index")
    if user.needs_reverification:
        return redirect("accounts:confirm_identity")
    if not may_review(user):
        raise Http404
    return None


@never_cache
@require_safe
def reviews(request):
    """The review queue: contributions waiting for this reviewer's decision."""
    if refused := _reviewer_or_404(request):
        return refused
    waiting = (
        reviews_for(request.user)
        .select_related("document", "organisation", "organisation__region")
        .order_by("updated_at", "pk")
    )
    page = Paginator(waiting, settings.KPO_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "documents/reviews.html",
        {
            "page_obj": page,
            "contributions": page.object_list,
            "crumbs": _crumbs(("", _("Gedeelde documenten beoordelen"))),
        },
    )


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def review(request, pk):
    """One contribution in review: what it is, for whom, its history; the decision."""
    if refused := _reviewer_or_404(request):
        return refused
    contribution = get_review_or_404(request.user, pk)
    form = DecisionForm(request.POST or None, initial={"seen_step": services.last_step(contribution)})
    status = 200
    if request.method == "POST":
        if form.is_valid():
            decision, message = form.cleaned_data["decision"], form.cleaned_data["message"].strip()
            decide, done = {
                DecisionForm.APPROVE: (
                    services.approve_contribution,
                    _("Goedgekeurd. Het document is gedeeld met het gekozen publiek."),
                ),
                DecisionForm.CHANGES: (
                    services.request_changes,
                    _("Uw vraag om aanpassing is naar de deler gestuurd."),
                ),
                DecisionForm.REJECT: (services.reject_contribution, _("Afgewezen. De deler krijgt uw reden.")),
            }[decision]
            try:
                decide(contribution, request.user, message, seen_step=form.cleaned_data["seen_step"])
            except services.AlreadyDecided:
                messages.info(
                    request, _("Er is intussen al over besloten, of de deler heeft het document ingetrokken.")
                )
                return redirect("documents:reviews")
            except services.ChangedSinceSeen:
                # What is there now, with the reviewer's choice and message kept.
                contribution = get_review_or_404(request.user, pk)
                data = request.POST.copy()
                data["seen_step"] = str(services.last_step(contribution))
                form = DecisionForm(data)
                form.is_valid()
                form.add_error(
                    None,
                    _("De deler heeft het document intussen gewijzigd. Bekijk wat er nu staat en besluit opnieuw."),
                )
                status = 409
            else:
                messages.success(request, done)
                return redirect("documents:reviews")
        else:
            status = 400
    document = contribution.document
    return render(
        request,
        "documents/review.html",
        {
            "contribution": contribution,
            "document": document,
            "form": form,
            "audience_name": services.audience_label(contribution),
            "proposed": document.versions.filter(state=DocumentVersion.State.PROPOSED).first(),
            "themes": document.themes.all(),
            "phenomena": document.phenomena.all(),
            "history": _history(contribution),
            "crumbs": _crumbs(
                (reverse("documents:reviews"), _("Gedeelde documenten beoordelen")), ("", document.title)
            ),
        },
        status=status,
    )
