from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from portal.backup import BackupError, restore


class Command(BaseCommand):
    help = "Restore a backup folder (manage.py backup) into an empty database and the private file folder."

    def add_arguments(self, parser):
        parser.add_argument("source", help="the backup folder")

    def handle(self, *args, source, **options):
        try:
            manifest = restore(Path(source))
        except (BackupError, FileNotFoundError) as error:
            raise CommandError(str(error)) from error
        counts = manifest["counts"]
        self.stdout.write(
            f"Restored {source} of {manifest['created']}: {counts['articles']} articles, "
            f"{counts['documents']} documents, {counts['people']} people."
        )
