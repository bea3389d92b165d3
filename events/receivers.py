"""Cache invalidation when an event changes, and events' bookkeeping when an account
changes: its registrations are in the data export and are cancelled (the waiting list moves
up) when the account is deleted."""

from django.dispatch import receiver

from accounts.signals import account_deleting, collecting_personal_data
from kpo.cache import invalidate_on_change, invalidate_public_pages

from .models import Event

# Public events are in /zoeken/, which is cached for anonymous visitors.
invalidate_on_change(
    invalidate_public_pages,
    "public-pages-events",
    (Event,),
    (Event.audience_groups.through, Event.themes.through, Event.phenomena.through),
)


@receiver(collecting_personal_data, dispatch_uid="events_personal_data")
def personal_data(sender, user, **kwargs):
    from .services import personal_data

    return personal_data(user)


@receiver(account_deleting, dispatch_uid="events_forget_person")
def forget_person(sender, user, **kwargs):
    from .services import forget_person

    forget_person(user)
