from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from portal.backup import BackupError, backup


class Command(BaseCommand):
    help = "Back up the database and the closed documents into a new folder (default backups/kpo-<time>)."

    def add_arguments(self, parser):
        parser.add_argument("target", nargs="?", help="folder to write (must not exist or be empty)")
        parser.add_argument("--database-only", action="store_true", help="documents are in object storage")

    def handle(self, *args, target=None, database_only=False, **options):
        folder = Path(target or f"backups/kpo-{timezone.now():%Y%m%d-%H%M%S}")
        try:
            manifest = backup(folder, database_only=database_only)
        except BackupError as error:
            raise CommandError(str(error)) from error
        counts = manifest["counts"]
        self.stdout.write(
            f"Backup in {folder}: {counts['articles']} articles, {counts['documents']} documents, "
            f"{counts['people']} people."
        )
