from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from accounts import demo as accounts_demo
from accounts.models import Region, User
from documents.public import Document
from knowledge import demo as knowledge_demo
from knowledge import demo_content
from knowledge.public import Article
from learning.public import QuizQuestion, Signal
from network import demo as network_demo


class Command(BaseCommand):
    help = "Fill the database with the KPO demo data. Running it twice changes nothing."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Run even with DEBUG off (never on production data).")

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError("seed_demo only runs with DEBUG on; pass --force to run it anyway.")
        with transaction.atomic():
            regions = knowledge_demo.seed_taxonomy(
                Region, demo_content.REGIONS, extra=("kind", "area", "address", "phone", "email", "website")
            )
            organisations = accounts_demo.seed(regions, settings.KPO_DEMO_PASSWORD)
            created = knowledge_demo.seed(regions)
            documents = knowledge_demo.seed_documents(organisations, regions)
            profiles = network_demo.seed()
            questions = knowledge_demo.seed_quiz()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo data ready: {len(regions)} regions, {User.objects.count()} accounts, "
                f"{Article.objects.count()} articles ({created} new), "
                f"{Document.objects.count()} closed documents ({documents} new), {profiles} new profiles, "
                f"{QuizQuestion.objects.count()} quiz questions ({questions} new), {Signal.objects.count()} signals. "
                f"Demo accounts are listed in the README."
            )
        )
