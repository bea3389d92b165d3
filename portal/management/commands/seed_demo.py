from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from portal.demo import files, loader
from portal.demo.targets import Article, Document, QuizQuestion, Region, Signal, User


class Command(BaseCommand):
    help = "Fill the database with the KPO demo data (portal/demo/data/). Running it twice changes nothing."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Run even with DEBUG off (never on production data).")

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError("seed_demo only runs with DEBUG on; pass --force to run it anyway.")
        try:
            data = files.read()
        except files.DemoDataError as error:
            raise CommandError(f"The demo data has an error: {error}") from None
        added = loader.load(settings.KPO_DEMO_PASSWORD, data)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo data ready: {Region.objects.count()} regions, {User.objects.count()} accounts, "
                f"{Article.objects.count()} articles ({added.articles} new), "
                f"{Document.objects.count()} closed documents ({added.documents} new), {added.profiles} new profiles, "
                f"{QuizQuestion.objects.count()} quiz questions ({added.questions} new), "
                f"{Signal.objects.count()} signals. Demo accounts are listed in the README."
            )
        )
