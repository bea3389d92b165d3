"""Bookkeeping that follows an account (accounts imports no other app)."""

from . import services


def ensure_profile_when_approved(sender, user, **kwargs):
    if user.is_approved_partner:
        services.ensure_profile(user)


def forget_user(sender, user, **kwargs):
    services.forget_user(user)


def personal_data(sender, user, **kwargs):
    return services.personal_data(user)
