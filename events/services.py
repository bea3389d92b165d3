"""Writes to events: registrations (a seat or the waiting list, under a row lock on the
event so two people never take the last seat), cancellations that move the waiting list up,
the reminders, messages to attendees, the calendar feed secret and removing attendees' data
after the event. Views, the admin and commands call these."""

import csv
import io
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify

from kpo.audit import record

from .models import CalendarFeed, Event, Registration
from .tasks import send_registration_mail


class RegistrationClosed(Exception):
    pass


class AlreadyRegistered(Exception):
    pass


def _seats_taken(event: Event) -> int:
    return event.registrations.confirmed().count()


def _place(registration: Registration, event: Event) -> None:
    """A seat if there is one, else the waiting list. The caller holds the event's lock."""
    now = timezone.now()
    if event.capacity is None or _seats_taken(event) < event.capacity:
        registration.status = Registration.Status.CONFIRMED
        registration.confirmed_at = now
    else:
        registration.status = Registration.Status.WAITING
    registration.requested_at = now


def _lock(event: Event) -> Event:
    return Event.objects.select_for_update().get(pk=event.pk)


def _queue_mail(registration: Registration, kind: str) -> None:
    # The database queue writes the task in this transaction: it runs only once committed.
    send_registration_mail.enqueue(registration.pk, kind)


def register_partner(event: Event, user, notify: bool = True) -> Registration:
    """Register a signed-in partner: a seat, or the waiting list when the event is full.
    The caller has checked with events.access that the user may see the event (the demo
    loader registers without mail: `notify=False`)."""
    with transaction.atomic():
        event = _lock(event)
        if not event.registration_open():
            raise RegistrationClosed
        if event.registrations.active().filter(email__iexact=user.email).exists():
            raise AlreadyRegistered
        registration = Registration(
            event=event,
            user=user,
            name=user.name or user.email,
            email=user.email,
            organisation_name=user.organisation.name if user.organisation_id else "",
        )
        _place(registration, event)
        try:
            with transaction.atomic():
                registration.save()
        except IntegrityError:
            raise AlreadyRegistered from None
        if notify:
            _queue_mail(registration, registration.status)
    return registration


def request_public_registration(event: Event, name: str, email: str) -> Registration:
    """A visitor without an account asks for a place at a public event: nothing is held
    until they confirm their address with the link in the mail."""
    with transaction.atomic():
        event = _lock(event)
        if not event.is_public or not event.registration_open():
            raise RegistrationClosed
        existing = event.registrations.exclude(status=Registration.Status.CANCELLED).filter(email__iexact=email).first()
        if existing:
            if existing.status == Registration.Status.UNCONFIRMED:  # send the link again
                _queue_mail(existing, "verify")
                return existing
            raise AlreadyRegistered
        registration = Registration.objects.create(
            event=event, name=name, email=email, status=Registration.Status.UNCONFIRMED
        )
        _queue_mail(registration, "verify")
    return registration


def confirm_public_registration(registration: Registration) -> Registration:
    """The visitor followed the link in the mail: a seat or the waiting list now."""
    with transaction.atomic():
        event = _lock(registration.event)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status != Registration.Status.UNCONFIRMED:
            return registration
        if not event.registration_open():
            raise RegistrationClosed
        _place(registration, event)
        registration.save(update_fields=["status", "confirmed_at", "requested_at"])
        _queue_mail(registration, registration.status)
    return registration


def cancel_registration(registration: Registration) -> Registration | None:
    """Cancel a registration; a freed seat goes to the first on the waiting list, who is
    told by mail. Returns the registration that moved up, if any."""
    with transaction.atomic():
        event = _lock(registration.event)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status == Registration.Status.CANCELLED:
            return None
        had_seat = registration.status == Registration.Status.CONFIRMED
        registration.status = Registration.Status.CANCELLED
        registration.save(update_fields=["status"])
        _queue_mail(registration, "cancelled")
        if not had_seat:
            return None
        promoted = _fill_free_seats(event)
        return promoted[0] if promoted else None


def _fill_free_seats(event: Event) -> list[Registration]:
    """Give free seats to the waiting list, first come first served, and tell them by mail.
    The caller holds the event's lock."""
    if event.is_past:
        return []
    free = None if event.capacity is None else event.capacity - _seats_taken(event)
    waiting = event.registrations.waiting().select_for_update()
    promoted = list(waiting if free is None else waiting[: max(free, 0)])
    for registration in promoted:
        registration.status = Registration.Status.CONFIRMED
        registration.confirmed_at = timezone.now()
        registration.save(update_fields=["status", "confirmed_at"])
        _queue_mail(registration, "promoted")
    return promoted


def fill_free_seats(event: Event) -> int:
    """After the capacity was raised (in the admin): the waiting list moves up."""
    with transaction.atomic():
        return len(_fill_free_seats(_lock(event)))


def send_reminders(now=None) -> int:
    """Mail everyone with a seat at an event that starts within a day. Each reminder is
    claimed in the same update that marks it, so a timer may run this as often as it likes."""
    now = now or timezone.now()
    due = Registration.objects.confirmed().filter(
        reminded_at__isnull=True,
        event__status=Event.Status.PUBLISHED,
        event__starts_at__gt=now,
        event__starts_at__lte=now + timedelta(days=1),
    )
    sent = 0
    for pk in due.values_list("pk", flat=True):
        if Registration.objects.filter(pk=pk, reminded_at__isnull=True).update(reminded_at=now):
            send_registration_mail.enqueue(pk, "reminder")
            sent += 1
    return sent


def remove_old_attendees(now=None) -> int:
    """Delete the registrations of events that ended more than
    KPO_EVENT_ATTENDEE_RETENTION_DAYS ago (the privacy statement's promise)."""
    cutoff = (now or timezone.now()) - timedelta(days=settings.KPO_EVENT_ATTENDEE_RETENTION_DAYS)
    removed, _ = Registration.objects.filter(event__ends_at__lt=cutoff).delete()
    return removed


def message_attendees(event: Event, subject: str, body: str, by) -> int:
    """Mail everyone with a seat (and the waiting list) a message from the organiser."""
    recipients = list(event.registrations.active().values_list("pk", flat=True))
    for pk in recipients:
        send_registration_mail.enqueue(pk, "message", subject=subject, body=body)
    record("event_message_sent", by=by, target=event, recipients=len(recipients))
    return len(recipients)


def _cell(value) -> str:
    """A spreadsheet cell that cannot start a formula (CSV injection)."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def attendees_csv(event: Event) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["naam", "e-mailadres", "organisatie", "status", "aangemeld op"])
    for r in event.registrations.active().order_by("status", "requested_at", "pk"):
        local = timezone.localtime(r.requested_at)
        writer.writerow(
            [
                _cell(r.name),
                _cell(r.email),
                _cell(r.organisation_name),
                _cell(r.get_status_display()),
                f"{local:%Y-%m-%d %H:%M}",
            ]
        )
    return out.getvalue()


def calendar_feed_for(user) -> CalendarFeed:
    return CalendarFeed.for_user(user)


def renew_calendar_feed(user) -> CalendarFeed:
    """A new secret: the old feed URL stops working at once."""
    feed = CalendarFeed.renew_for(user)
    record("calendar_feed_renewed", by=user, target=user)
    return feed


def forget_person(user) -> None:
    """On account deletion: cancel what they hold (so the waiting list moves up), then
    remove their registrations and feed."""
    for registration in Registration.objects.active().filter(user=user):
        cancel_registration(registration)
    Registration.objects.filter(user=user).delete()
    CalendarFeed.objects.filter(user=user).delete()


def personal_data(user) -> dict:
    rows = Registration.objects.filter(user=user).select_related("event").order_by("requested_at")
    return {
        "bijeenkomsten": [
            {
                "bijeenkomst": r.event.title,
                "begint om": r.event.starts_at,
                "naam": r.name,
                "e-mailadres": r.email,
                "organisatie": r.organisation_name,
                "status": r.get_status_display(),
                "aangemeld op": r.requested_at,
            }
            for r in rows
        ]
    }


def set_event_audiences(event: Event, groups, by=None) -> None:
    """Make a closed event visible to exactly `groups`. Recorded in the audit log."""
    groups = set(groups)
    current = set(event.audience_groups.all())
    if groups == current:
        return
    event.audience_groups.set(groups)
    record("event_audiences_set", by=by, target=event, groups=sorted(g.pk for g in groups))


# Paths under /bijeenkomsten/ that are not events: an event's slug never takes one of them.
RESERVED_SLUGS = {"nieuw", "archief", "agenda", "mijn-agenda", "aanmelding", "agenda-ics"}


def _unique_slug(title: str) -> str:
    base = slugify(title)[:100].strip("-") or "bijeenkomst"
    if base in RESERVED_SLUGS:
        base = f"{base}-bijeenkomst"
    slug, n = base, 1
    while Event.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def save_event(event: Event, *, themes, phenomena, audiences, by) -> Event:
    """Create or change an event as its organiser (a curator, or a moderator of the
    organising region, checked by the caller through events.access): its fields, topics
    and, for a closed event, the groups that see it. A new event gets a slug from its
    title; the address of an existing one stays. A raised capacity moves the waiting list
    up. Recorded in the audit log."""
    created = event.pk is None
    with transaction.atomic():
        if created:
            event.slug = _unique_slug(event.title)
        event.save()
        event.themes.set(themes)
        event.phenomena.set(phenomena)
        set_event_audiences(event, set() if event.is_public else set(audiences), by=by)
        record(
            "event_created" if created else "event_changed",
            by=by,
            target=event,
            status=event.status,
            public=event.is_public,
        )
        if not created:
            _fill_free_seats(_lock(event))
    return event
