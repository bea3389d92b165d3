"""allauth's sign-up form with one change: the answer takes as long for a taken address as
for a new one. Its own module because allauth builds its form on top of
`accounts.forms.PartnerSignupForm` (importing allauth's forms there would be circular)."""

from allauth.account.forms import SignupForm as AllauthSignupForm
from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.utils.translation import gettext as _
from django.utils.translation import ngettext


def work_address_hint() -> str:
    """Said under the e-mail field before anyone types: which address, and how long it takes."""
    days = settings.KPO_APPROVAL_WORKING_DAYS
    return ngettext(
        "Gebruik uw werk-e-mailadres, bijvoorbeeld naam@gemeente.nl. Daaraan herkennen wij uw organisatie. "
        "Bij de meeste organisaties beoordeelt een moderator uw aanvraag, meestal binnen %(days)d werkdag.",
        "Gebruik uw werk-e-mailadres, bijvoorbeeld naam@gemeente.nl. Daaraan herkennen wij uw organisatie. "
        "Bij de meeste organisaties beoordeelt een moderator uw aanvraag, meestal binnen %(days)d werkdagen.",
        days,
    ) % {"days": days}


class SignupForm(AllauthSignupForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].help_text = work_address_hint()
        self.fields["email"].label = _("Werk-e-mailadres")

    def try_save(self, request):
        if self.account_already_exists:
            # A new account costs one password hash; without it, a fast answer would tell
            # anyone that the address already has an account (enumeration by timing).
            make_password(self.cleaned_data.get("password1") or "")
        return super().try_save(request)
