"""Queue the day's event work for the task worker: reminders for events that start within a
day, and removing attendees' data KPO_EVENT_ATTENDEE_RETENTION_DAYS after an event. Run by a
timer (hourly is fine: each reminder is sent once; docs/deploy.md, kpo-events.timer)."""

from django.core.management.base import BaseCommand

from events.tasks import daily_event_work


class Command(BaseCommand):
    help = "Queue event reminders and the removal of old attendee data."

    def handle(self, *args, **options):
        result = daily_event_work.enqueue()
        self.stdout.write(f"Queued the event reminders and attendee clean-up (task {result.id}).")
