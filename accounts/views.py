import json

from allauth.account.decorators import reauthentication_required
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from . import lockouts, services
from .forms import DeleteAccountForm, ProfileForm, RejectForm
from .models import MembershipStatus


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
            "crumbs": [("", _("Mijn account"))],
        },
    )


def _moderator_or_404(request):
    if not request.user.is_authenticated or not services.is_moderator(request.user):
        raise Http404


def _moderation_page(request, reject_form, rejecting=None, status=200):
    return render(
        request,
        "accounts/moderation.html",
        {
            "applications": services.applications_for(request.user),
            "reject_form": reject_form,
            "rejecting": rejecting,
            "crumbs": [("", _("Aanmeldingen beoordelen"))],
        },
        status=status,
    )


@require_safe
def moderation(request):
    _moderator_or_404(request)
    return _moderation_page(request, RejectForm())


@require_POST
def moderate(request, pk):
    _moderator_or_404(request)
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
