"""Sign-in and security events into the audit log: logins that work and that fail, logouts,
MFA changes, password and e-mail changes. Never a password, code or key: only who, what, when."""

from allauth.account import signals as account_signals
from allauth.mfa import signals as mfa_signals
from django.contrib.auth import get_user_model
from django.contrib.auth import signals as auth_signals
from django.utils.crypto import salted_hmac

from kpo.audit import record


def logged_in(sender, request, user, **kwargs):
    record("login", by=user, target=user)


def logged_out(sender, request, user, **kwargs):
    if user is not None:
        record("logout", by=user, target=user)


def login_failed(sender, credentials, request=None, **kwargs):
    # Django has already replaced the password in `credentials`. An existing account is the
    # target; for an address without one, only its domain and a keyed hash are kept (enough to
    # see one address tried many times, not to read five years of typing errors).
    email = str(credentials.get("email") or credentials.get("username") or "")[:254].strip().lower()
    user = get_user_model().objects.filter(email__iexact=email).first() if email else None
    if user is not None or not email:
        record("login_failed", target=user)
    else:
        digest = salted_hmac("kpo.audit.login_failed", email, algorithm="sha256").hexdigest()[:16]
        record("login_failed", email_domain=email.rpartition("@")[2], email_hash=digest)


def mfa_failed(sender, request, user, authenticator=None, **kwargs):
    record("mfa_failed", by=user, target=user, type=getattr(authenticator, "type", ""))


def _authenticator_event(action):
    def receiver(sender, request, user, authenticator=None, **kwargs):
        record(action, by=user, target=user, type=getattr(authenticator, "type", ""))

    return receiver


def password_changed(sender, request, user, **kwargs):
    record("password_changed", by=user, target=user)


def password_reset(sender, request, user, **kwargs):
    record("password_reset", by=user, target=user)


def email_changed(sender, request, user, from_email_address=None, to_email_address=None, **kwargs):
    record("email_changed", by=user, target=user)


RECEIVERS = [
    (auth_signals.user_logged_in, logged_in),
    (auth_signals.user_logged_out, logged_out),
    (auth_signals.user_login_failed, login_failed),
    (mfa_signals.authentication_failed, mfa_failed),
    (mfa_signals.authenticator_added, _authenticator_event("mfa_added")),
    (mfa_signals.authenticator_removed, _authenticator_event("mfa_removed")),
    (mfa_signals.authenticator_reset, _authenticator_event("mfa_reset")),
    (account_signals.password_changed, password_changed),
    (account_signals.password_set, password_changed),
    (account_signals.password_reset, password_reset),
    (account_signals.email_changed, email_changed),
]


def connect():
    for signal, receiver in RECEIVERS:
        signal.connect(receiver, dispatch_uid=f"kpo.audit.{receiver.__name__}.{id(signal)}")
