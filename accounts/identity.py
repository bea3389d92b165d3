"""Proof of the mailbox in the person's own session, for the re-verification page: a code
is mailed to the primary address and only counts when typed in the session that asked for
it (the same rule as allauth's verification by code at sign-up and e-mail change)."""

import time

from allauth.account.adapter import get_adapter
from allauth.core.internal.cryptokit import compare_user_code

from kpo.mail import send_templated_mail

SESSION_KEY = "kpo_identity_code"
CODE_TIMEOUT = 15 * 60
MAX_ATTEMPTS = 3
RESEND_AFTER = 60


def has_code(request) -> bool:
    state = request.session.get(SESSION_KEY)
    return bool(state and state["user"] == request.user.pk and time.time() - state["at"] <= CODE_TIMEOUT)


def send_code(request) -> bool:
    """Mail a new code to the person's address; False when one was sent less than a minute
    ago (the earlier one still works)."""
    state = request.session.get(SESSION_KEY)
    if state and state["user"] == request.user.pk and time.time() - state["at"] < RESEND_AFTER:
        return False
    code = get_adapter(request).generate_email_verification_code()
    request.session[SESSION_KEY] = {"user": request.user.pk, "code": code, "at": time.time(), "attempts": 0}
    send_templated_mail(request.user, "accounts/email/identity_code", {"code": code})
    return True


def check_code(request, typed: str) -> bool:
    """True once for the right code in this session; three wrong tries end the code."""
    if not has_code(request):
        return False
    state = request.session[SESSION_KEY]
    if compare_user_code(actual=typed or "", expected=state["code"]):
        del request.session[SESSION_KEY]
        return True
    state["attempts"] += 1
    if state["attempts"] >= MAX_ATTEMPTS:
        del request.session[SESSION_KEY]
    else:
        request.session[SESSION_KEY] = state
    return False
