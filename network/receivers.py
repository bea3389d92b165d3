"""Bookkeeping that follows an account (accounts imports no other app)."""

from . import services
from .cache import invalidate_directory


def ensure_profile_when_approved(sender, user, **kwargs):
    if user.is_approved_partner:
        services.ensure_profile(user)


def forget_user(sender, user, **kwargs):
    services.forget_user(user)


def personal_data(sender, user, **kwargs):
    return services.personal_data(user)


# Fields of an account that the directory reads (who is listed, the search, the facets).
DIRECTORY_USER_FIELDS = frozenset(
    {"name", "function", "email", "status", "is_active", "organisation", "organisation_id"}
)


def user_saved(sender, update_fields=None, **kwargs):
    """A change of an account's name, function, status, activity or organisation changes the
    directory; a log-in (last_login) does not."""
    if update_fields is None or DIRECTORY_USER_FIELDS & set(update_fields):
        invalidate_directory()


def directory_changed(sender, **kwargs):
    invalidate_directory()


def directory_links_changed(sender, action, **kwargs):
    if action.startswith("post_"):
        invalidate_directory()
