"""Who may enter the partner-only parts of the site. Every closed view is wrapped in
`approved_partner_required`; nothing else decides that."""

from functools import wraps

from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.utils.translation import gettext as _


def needs_mfa_setup(user) -> bool:
    return settings.KPO_REQUIRE_MFA and not is_mfa_enabled(user)


def may_use_partner_pages(user) -> bool:
    """Approved partner, with MFA set up where that is required."""
    return bool(user.is_authenticated and user.is_approved_partner and not needs_mfa_setup(user))


def approved_partner_required(view):
    """Anonymous → login; pending, rejected or suspended → their status page;
    approved without MFA (when KPO_REQUIRE_MFA) → MFA set-up."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        user = request.user
        if not user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not user.is_approved_partner:
            return redirect("accounts:home")
        if needs_mfa_setup(user):
            messages.info(
                request,
                _("Stel eerst tweestapsverificatie in; daarna kunt u het besloten gedeelte gebruiken."),
            )
            return redirect("mfa_index")
        return view(request, *args, **kwargs)

    return wrapper
