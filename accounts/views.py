import json

from allauth.account.decorators import reauthentication_required
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from kpo.ratelimit import hit

from . import identity, lockouts, services
from .access import DECIDE_MFA_MESSAGE, REVERIFY_MESSAGE, needs_mfa_setup
from .forms import (
    AddRequestedOrganisationForm,
    ConfirmIdentityForm,
    DeleteAccountForm,
    OrganisationRequestForm,
    ProfileForm,
    RejectForm,
)
from .models import MembershipStatus, PartnerType, Region

ORGANISATION_REQUESTS_PER_HOUR = 5
ALREADY_DECIDED = gettext_lazy("Over dit verzoek is intussen al besloten door een andere moderator.")


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def account_home(request):
    """Your account: membership status and what happens next, your details, links to
    e-mail, password, MFA, sessions and your data."""
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Uw gegevens zijn opgeslagen."))
        return redirect("accounts:home")
    return render(
        request,
        "accounts/home.html",
        {
            "form": form,
            "Status": MembershipStatus,
            "is_moderator": services.is_moderator(request.user),
            "reverify_soon": services.reverification_due_soon(request.user),
            "crumbs": [("", _("Mijn account"))],
        },
    )


@login_required
@require_safe
def welcome(request):
    """Where a new account lands once the mailbox is proved: what the person can do now
    (approved), or what happens next (waiting for a moderator)."""
    user = request.user
    return render(
        request,
        "accounts/welcome.html",
        {
            "Status": MembershipStatus,
            "needs_mfa": needs_mfa_setup(user),
            "approval_working_days": settings.KPO_APPROVAL_WORKING_DAYS,
            "crumbs": [("/account/", _("Mijn account")), ("", _("Welkom"))],
        },
    )


def _moderator_or_404(request):
    """None for a moderator who may decide now; a redirect to MFA set-up for one who has
    the rights but no second factor (KPO_REQUIRE_MFA); 404 for everyone else."""
    user = request.user
    if not user.is_authenticated or not services.has_moderation_rights(user):
        raise Http404
    if needs_mfa_setup(user):
        messages.info(request, DECIDE_MFA_MESSAGE)
        return redirect("mfa_index")
    if user.needs_reverification:
        messages.info(request, REVERIFY_MESSAGE)
        return redirect("accounts:confirm_identity")
    if not services.is_moderator(user):
        raise Http404
    return None


def _moderation_page(request, reject_form, rejecting=None, status=200, decline_form=None, declining=None):
    return render(
        request,
        "accounts/moderation.html",
        {
            "applications": services.applications_for(request.user),
            "organisation_requests": services.organisation_requests_for(request.user),
            "partner_types": PartnerType.objects.all(),
            # Where an added organisation may go: a moderator's own region(s), any RIEC for superusers.
            "regions": Region.objects.riecs()
            if request.user.is_superuser
            else services.regions_for_new_organisations(request.user),
            "may_add_national": request.user.is_superuser,
            "lapsed": services.lapsed_partners_for(request.user),
            "reject_form": reject_form,
            "rejecting": rejecting,
            "decline_form": decline_form or RejectForm(),
            "declining": declining,
            "crumbs": [("", _("Aanvragen beoordelen"))],
        },
        status=status,
    )


@require_safe
def moderation(request):
    if refused := _moderator_or_404(request):
        return refused
    return _moderation_page(request, RejectForm())


@require_POST
def moderate(request, pk):
    if refused := _moderator_or_404(request):
        return refused
    applicant = get_object_or_404(services.applications_for(request.user), pk=pk)
    if request.POST.get("decision") == "approve":
        services.approve_membership(applicant, by=request.user)
        messages.success(request, _("%(name)s is goedgekeurd.") % {"name": applicant})
        return redirect("accounts:moderation")
    form = RejectForm(request.POST)
    if request.POST.get("decision") == "reject" and form.is_valid():
        services.reject_membership(applicant, by=request.user, reason=form.cleaned_data["reason"])
        messages.success(request, _("%(name)s is afgewezen.") % {"name": applicant})
        return redirect("accounts:moderation")
    return _moderation_page(request, form, rejecting=applicant.pk, status=400)


@require_POST
def decide_organisation_request(request, pk):
    """A moderator adds the requested organisation (with the request's e-mail domain) or
    declines the request with a reason."""
    if refused := _moderator_or_404(request):
        return refused
    organisation_request = get_object_or_404(services.organisation_requests_for(request.user), pk=pk)
    if request.POST.get("decision") == "add":
        form = AddRequestedOrganisationForm(request.POST, moderator=request.user, request=organisation_request)
        if form.is_valid():
            try:
                organisation = services.add_requested_organisation(
                    organisation_request, by=request.user, **form.cleaned_data
                )
            except services.RequestAlreadyDecided:
                messages.info(request, ALREADY_DECIDED)
                return redirect("accounts:moderation")
            messages.success(
                request,
                _("%(organisation)s is toegevoegd met het e-maildomein %(domain)s. De aanvrager krijgt een e-mail.")
                % {"organisation": organisation.name, "domain": organisation_request.domain},
            )
            return redirect("accounts:moderation")
        problems = " ".join(str(error) for errors in form.errors.values() for error in errors)
        messages.error(request, _("De organisatie is niet toegevoegd.") + " " + problems)
        return redirect("accounts:moderation")
    form = RejectForm(request.POST)
    if request.POST.get("decision") == "decline" and form.is_valid():
        try:
            services.decline_organisation_request(
                organisation_request, by=request.user, reason=form.cleaned_data["reason"]
            )
        except services.RequestAlreadyDecided:
            messages.info(request, ALREADY_DECIDED)
            return redirect("accounts:moderation")
        messages.success(request, _("Het verzoek is afgewezen. De aanvrager krijgt een e-mail."))
        return redirect("accounts:moderation")
    return _moderation_page(request, RejectForm(), status=400, decline_form=form, declining=organisation_request.pk)


@require_http_methods(["GET", "HEAD", "POST"])
def request_organisation(request):
    """A work address whose domain KPO does not know yet: ask to add the organisation. The
    answer is the same for everyone who sends a valid request."""
    form = OrganisationRequestForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if wait := hit(request, "organisation-request", ORGANISATION_REQUESTS_PER_HOUR, 3600):
            response = render(request, "429.html", status=429)
            response["Retry-After"] = str(wait)
            return response
        if form.is_valid():
            services.request_organisation(**form.cleaned_data)
            return render(
                request,
                "accounts/request_organisation.html",
                {"sent": True, "crumbs": [("", _("Organisatie laten toevoegen"))]},
            )
        status = 400
    return render(
        request,
        "accounts/request_organisation.html",
        {"form": form, "crumbs": [("", _("Organisatie laten toevoegen"))]},
        status=status,
    )


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def confirm_identity(request):
    """Re-verification (and the fresh proof after a move to an organisation that approves
    automatically): a code mailed to the person, typed here in the same session, and
    organisation and function confirmed."""
    user = request.user
    if not user.organisation_id or user.status not in (MembershipStatus.APPROVED, MembershipStatus.PENDING):
        return redirect("accounts:home")
    form = ConfirmIdentityForm(user=user)
    status = 200
    if request.method == "POST" and request.POST.get("action") == "send":
        if identity.send_code(request):
            messages.success(request, _("We hebben een code gestuurd naar %(email)s.") % {"email": user.email})
        else:
            messages.info(request, _("U kreeg net al een code. Wacht een minuut voordat u een nieuwe vraagt."))
        return redirect("accounts:confirm_identity")
    if request.method == "POST":
        form = ConfirmIdentityForm(request.POST, user=user)
        if form.is_valid():
            if identity.check_code(request, form.cleaned_data["code"]):
                services.identity_confirmed(user, form.cleaned_data["function"])
                messages.success(request, _("Dank u. Uw e-mailadres, organisatie en functie zijn bevestigd."))
                return redirect("accounts:home")
            form.add_error("code", _("Deze code klopt niet of is verlopen. Vraag een nieuwe code aan."))
        status = 400
    return render(
        request,
        "accounts/confirm_identity.html",
        {
            "form": form,
            "has_code": identity.has_code(request),
            "crumbs": [("/account/", _("Mijn account")), ("", _("Gegevens bevestigen"))],
        },
        status=status,
    )


@login_required
@require_safe
def export_data(request):
    """Everything KPO holds about you, as JSON."""
    data = services.personal_data(request.user)
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, indent=2, ensure_ascii=False),
        content_type="application/json; charset=utf-8",
    )
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="kpo-mijn-gegevens-{stamp}.json"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@reauthentication_required(allow_get=True)
@require_http_methods(["GET", "HEAD", "POST"])
def delete_account(request):
    form = DeleteAccountForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        services.delete_account(user)
        messages.success(request, _("Uw account en uw gegevens zijn verwijderd."))
        return redirect("home")
    return render(
        request,
        "accounts/delete.html",
        {"form": form, "crumbs": [("/account/", _("Mijn account")), ("", _("Account verwijderen"))]},
    )


@require_http_methods(["GET", "HEAD", "POST"])
def unlock_login(request, token):
    """The link in the mail after failed logins: lifts the wait in this browser. Asks for
    a click first, so a mail scanner that opens links unlocks nothing."""
    data = lockouts.read_token(token)
    if data is not None and request.method == "POST":
        lockouts.unlock(request, data)
        messages.success(request, _("Uw account is in deze browser ontgrendeld. U kunt nu inloggen."))
        return redirect("account_login")
    return render(
        request,
        "accounts/unlock.html",
        {"valid": data is not None, "crumbs": [("", _("Account ontgrendelen"))]},
        status=200 if data is not None else 400,
    )
