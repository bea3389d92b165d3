"""Failed logins for one account slow down instead of locking it, and the owner can lift
the wait from their mailbox (issue 13, observation 14).

allauth limits failed logins per address (sized for a municipality behind one NAT
address, ACCOUNT_RATE_LIMITS). Per account, any address: after KPO_LOGIN_FREE_FAILURES
failures each further one doubles the wait before the next try, up to
KPO_LOGIN_BACKOFF_MAX seconds. The first time an account enters that wait its owner gets
one mail with a link; opening it in their browser lifts the wait there (for an hour),
while a stranger elsewhere is still slowed down. While the failures go on, a new link
follows once the last one has expired (one mail a day at most), so a stranger who keeps
trying cannot keep the owner out past the link's life. Unknown addresses are
slowed down in the same way (nobody is mailed), so the answer reveals nothing. The audit
log records each lock-out and unlock."""

import hashlib
import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.tasks import task
from django.urls import reverse
from django.utils.translation import gettext as _

from kpo.audit import record
from kpo.mail import send_templated_mail
from kpo.ratelimit import backoff_clear, backoff_failure, backoff_wait

from .models import User

SALT = "kpo.accounts.login-unlock"
LINK_VALID = 24 * 60 * 60
UNLOCKED_FOR = 60 * 60
SESSION_KEY = "kpo_login_unlocked"


def _digest(email: str) -> str:
    return hashlib.sha256((email or "").strip().lower().encode()).hexdigest()[:32]


def _key(digest: str) -> str:
    return f"login:{digest}"


def _unlocked_here(request, digest: str) -> bool:
    return request.session.get(SESSION_KEY, {}).get(digest, 0) > time.time()


def check(request, email: str) -> None:
    """Refuse (ValidationError) a login attempt for `email` while its wait lasts."""
    digest = _digest(email)
    if not _unlocked_here(request, digest) and backoff_wait(_key(digest)):
        raise ValidationError(
            _(
                "Te veel inlogpogingen voor dit e-mailadres. Wacht even en probeer het dan opnieuw. "
                "Is dit uw account? Dan staat in uw mailbox een e-mail met een link om het direct te ontgrendelen."
            ),
            code="too_many_login_attempts",
        )


def failed(request, email: str) -> None:
    digest = _digest(email)
    failures = backoff_failure(_key(digest), settings.KPO_LOGIN_FREE_FAILURES, settings.KPO_LOGIN_BACKOFF_MAX)
    if failures >= settings.KPO_LOGIN_FREE_FAILURES and _link_due(digest):
        _locked(digest, email)


def _link_due(digest: str) -> bool:
    """Whether the owner of `digest` needs a new unlock link: none was sent yet, or the
    last one has expired (claims the sending, so concurrent failures mail once)."""
    key = f"kpo:login-unlock-mailed:{digest}"
    now = time.time()
    keep = LINK_VALID * 2
    if cache.add(key, now, keep):
        return True
    mailed_at = cache.get(key)
    if mailed_at is not None and now - mailed_at < LINK_VALID:
        return False
    cache.set(key, now, keep)
    return True


def succeeded(request, email: str) -> None:
    digest = _digest(email)
    # The right password after the wait: start afresh. Through the unlock link the count
    # stays, or a stranger who keeps guessing elsewhere would get new free tries.
    if not _unlocked_here(request, digest):
        backoff_clear(_key(digest))


def _locked(digest: str, email: str) -> None:
    user = User.objects.filter(email__iexact=(email or "").strip(), is_active=True).first()
    record("login_locked", target=user, email_hash=digest)
    if user is not None:
        # Sent by the worker, so the answer takes as long for an address with an account
        # as for one without.
        mail_unlock_link.enqueue(user.pk)


@task
def mail_unlock_link(user_id: int) -> None:
    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is not None:
        url = settings.KPO_SITE_URL + unlock_path(user)
        send_templated_mail(user, "accounts/email/login_locked", {"unlock_url": url})


def unlock_path(user) -> str:
    """The path of the link that lifts the wait for `user`'s address (valid 24 hours)."""
    token = signing.dumps({"u": user.pk, "h": _digest(user.email)}, salt=SALT)
    return reverse("accounts:unlock", args=[token])


def read_token(token: str) -> dict | None:
    try:
        return signing.loads(token, salt=SALT, max_age=LINK_VALID)
    except signing.BadSignature:
        return None


def unlock(request, data: dict) -> None:
    """Lift the wait for the account in `data` (a read token), in this browser for an hour."""
    unlocked = {k: v for k, v in request.session.get(SESSION_KEY, {}).items() if v > time.time()}
    unlocked[data["h"]] = time.time() + UNLOCKED_FOR
    request.session[SESSION_KEY] = unlocked
    record("login_unlocked", target=User.objects.filter(pk=data["u"]).first(), email_hash=data["h"])
