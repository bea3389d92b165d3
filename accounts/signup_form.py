"""allauth's sign-up form with one change: the answer takes as long for a taken address as
for a new one. Its own module because allauth builds its form on top of
`accounts.forms.PartnerSignupForm` (importing allauth's forms there would be circular)."""

from allauth.account.forms import SignupForm as AllauthSignupForm
from django.contrib.auth.hashers import make_password


class SignupForm(AllauthSignupForm):
    def try_save(self, request):
        if self.account_already_exists:
            # A new account costs one password hash; without it, a fast answer would tell
            # anyone that the address already has an account (enumeration by timing).
            make_password(self.cleaned_data.get("password1") or "")
        return super().try_save(request)
