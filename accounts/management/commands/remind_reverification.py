"""Queue the re-verification reminders for the task worker. Run daily (docs/deploy.md,
kpo-reverify.timer); running it more often sends nothing twice."""

from django.core.management.base import BaseCommand

from accounts.services import remind_reverification


class Command(BaseCommand):
    help = "Queue the mails that remind partners to re-verify 30 and 7 days before the date."

    def handle(self, *args, **options):
        result = remind_reverification.enqueue()
        self.stdout.write(f"Queued the re-verification reminders (task {result.id}).")
