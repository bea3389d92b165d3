"""Mail from the task worker: confirmations, waiting list, moving up, reminders, messages."""

from django.tasks import task
from django.urls import reverse

from kpo.mail import send_templated_mail

from .models import Registration

KINDS = ("verify", "confirmed", "waiting", "promoted", "cancelled", "reminder", "message")


@task
def send_registration_mail(registration_id: int, kind: str, subject: str = "", body: str = "") -> bool:
    """Mail one registration. Gone by now (removed, or cancelled before a reminder): nothing."""
    if kind not in KINDS:
        raise ValueError(kind)
    registration = Registration.objects.select_related("event", "event__organiser").filter(pk=registration_id).first()
    if registration is None:
        return False
    if kind in ("reminder", "message") and registration.status not in (
        Registration.Status.CONFIRMED,
        Registration.Status.WAITING,
    ):
        return False
    event = registration.event
    send_templated_mail(
        registration,
        f"events/email/{kind}",
        {
            "registration": registration,
            "event": event,
            "event_url": event.get_absolute_url(),
            "ics_url": reverse("events:ics", kwargs={"slug": event.slug}),
            "manage_url": reverse("events:registration", kwargs={"token": registration.token}),
            "subject": subject,
            "body": body,
        },
    )
    return True


@task
def daily_event_work() -> dict:
    """Background task (queued daily by `manage.py events_daily`): reminders and removal."""
    from .services import remove_old_attendees, send_reminders

    return {"reminders": send_reminders(), "removed": remove_old_attendees()}
