from django.core.management.base import BaseCommand, CommandError

from follows.models import Frequency


class Command(BaseCommand):
    help = (
        "Send this period's e-mail with news to everyone with the given frequency (run direct "
        "hourly, daily each morning, weekly once a week). Safe to run again: no one gets a "
        "digest twice per period. Failed mails are tried again with back-off."
    )

    def add_arguments(self, parser):
        choices = [f for f in Frequency.values if f != Frequency.NEVER]
        parser.add_argument("--frequency", choices=choices, default=Frequency.WEEKLY)
        parser.add_argument("--queue", action="store_true", help="hand the run to the task worker")

    def handle(self, *args, frequency, queue, **options):
        if queue:
            from follows.tasks import send_digests_task

            result = send_digests_task.enqueue(frequency)
            self.stdout.write(f"queued {result.id}")
            return
        from follows.services import send_digests

        try:
            counts = send_digests(frequency)
        except ValueError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(" ".join(f"{k}={v}" for k, v in counts.items()))
