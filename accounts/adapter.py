from types import SimpleNamespace
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.models import EmailAddress
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from kpo.clientip import client_ip
from kpo.mail import as_site_mail
from kpo.paths import is_local_path

from . import lockouts, services
from .forms import own_mailbox_address
from .models import MembershipStatus

SITE_NAME = "Kennisplatform Ondermijning"


def site_url(location: str) -> str:
    """`location` (a path, or a URL built from the request) on KPO_SITE_URL: links in mail
    never take their host from the request's Host header."""
    bits = urlsplit(location)
    path = bits.path + (f"?{bits.query}" if bits.query else "") + (f"#{bits.fragment}" if bits.fragment else "")
    return settings.KPO_SITE_URL.rstrip("/") + path


class AccountAdapter(DefaultAccountAdapter):
    """Connects allauth's flows to the membership services; allauth stays in charge of
    sign-up, verification, login, passwords and MFA."""

    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=False)
        user.status = MembershipStatus.PENDING
        if commit:
            user.save()
        return user

    def confirm_email(self, request, email_address):
        # With verification by code this runs only after the code from the mailbox was
        # typed in the session that asked for it (sign-up, login or e-mail change).
        user = email_address.user
        signed_up_with = user.email
        verified = super().confirm_email(request, email_address)
        if verified:
            user.refresh_from_db()
            if email_address.email == signed_up_with and user.status == MembershipStatus.PENDING:
                # The address the person signed up with: now the organisation may decide.
                services.email_verified(user)
            elif user.email == email_address.email:
                # A changed address must still belong to a partner (also while pending);
                # a new organisation decides again, after this fresh proof of the mailbox.
                services.email_address_changed(user, email_address.email, by=user, mailbox_proved=True)
        return verified

    def set_password(self, user, password):
        # Used by password reset (and change, which needs a verified login). A reset of an
        # account whose address was never proved is the mailbox owner taking over what
        # someone may have pre-registered: what that someone typed does not stay.
        if not EmailAddress.objects.filter(user=user, verified=True).exists():
            services.forget_unproved_details(user)
        return super().set_password(user, password)

    def get_signup_redirect_url(self, request):
        # After the code from the mailbox: a page that says what the person can do now.
        return reverse("accounts:welcome")

    def get_login_redirect_url(self, request):
        return super().get_login_redirect_url(request) or reverse("accounts:home")

    def format_email_subject(self, subject):
        return settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + str(subject)

    def authenticate(self, request, **credentials):
        # Per account: slow down, do not lock (accounts.lockouts); allauth limits per address.
        email = credentials.get("email", "")
        lockouts.check(request, email)
        user = super().authenticate(request, **credentials)
        (lockouts.succeeded if user else lockouts.failed)(request, email)
        return user

    def render_mail(self, template_prefix, email, context, headers=None):
        # allauth's mail in the site's one shape: HTML and text, links whole (kpo.mail).
        return as_site_mail(super().render_mail(template_prefix, email, context, headers))

    def send_mail(self, template_prefix, email, context):
        # The site's own name and address, whatever Host the request came with; links
        # allauth built from the request are put on KPO_SITE_URL. Mail to a mailbox carries
        # nothing a person typed (our templates in templates/account/email/ show no names).
        context = {
            **context,
            "current_site": SimpleNamespace(name=SITE_NAME, domain=urlsplit(settings.KPO_SITE_URL).netloc),
            "site_url": settings.KPO_SITE_URL,
        }
        for key, value in list(context.items()):
            if key.endswith("_url") and key != "site_url" and isinstance(value, str):
                context[key] = site_url(value)
        return super().send_mail(template_prefix, email, context)

    def clean_email(self, email):
        # Sign-up and adding an address: `naam+x@partner.nl` is another account for one mailbox.
        return own_mailbox_address(super().clean_email(email))

    def get_client_ip(self, request):
        # One answer for allauth's rate limits and sessions, the logs and the API limit.
        ip = client_ip(request)
        if not ip:
            raise PermissionDenied("Unable to determine client IP address")
        return ip

    def is_safe_url(self, url):
        # Only a path of this site, as its URL configuration resolves it: `/en//evil.example/`
        # passes Django's host check, and a browser reads it as another site once the
        # language prefix is stripped.
        return is_local_path(url) and super().is_safe_url(url)
