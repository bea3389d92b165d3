"""Follows' bookkeeping when an account changes: settings and follows are in the data
export and removed with the account."""

from django.dispatch import receiver

from accounts.signals import account_deleting, collecting_personal_data


@receiver(collecting_personal_data, dispatch_uid="follows_personal_data")
def personal_data(sender, user, **kwargs):
    from .services import personal_data

    return personal_data(user)


@receiver(account_deleting, dispatch_uid="follows_forget_person")
def forget_person(sender, user, **kwargs):
    from .services import forget_person

    forget_person(user)
