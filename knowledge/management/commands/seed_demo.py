from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from accounts.models import Region, User
from knowledge import demo_content
from knowledge.models import Article, Phenomenon, Reference, Theme


class Command(BaseCommand):
    help = "Fill the database with the demo content of the KPO. Running it twice changes nothing."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force", action="store_true", help="Run even with DEBUG off (never on production data)."
        )

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError("seed_demo only runs with DEBUG on; pass --force to run it anyway.")
        with transaction.atomic():
            regions = self._taxonomy(
                Region, demo_content.REGIONS, extra=("kind", "area", "address", "phone", "email", "website")
            )
            themes = self._taxonomy(Theme, demo_content.THEMES)
            phenomena = self._taxonomy(Phenomenon, demo_content.PHENOMENA)
            self._accounts()
            created = 0
            for data in [*demo_content.ARTICLES, *demo_content.DRAFT_AND_FUTURE_ARTICLES]:
                created += self._article(data, themes, phenomena, regions)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content ready: {len(regions)} regions, {len(themes)} themes, "
                f"{len(phenomena)} phenomena, {Article.objects.count()} articles ({created} new)."
            )
        )

    def _accounts(self):
        """A superuser and a curator (staff in the Redacteuren group) for the admin."""
        editors, _ = Group.objects.get_or_create(name="Redacteuren")
        editors.permissions.set(
            Permission.objects.filter(
                content_type__app_label__in=["knowledge", "accounts"],
                content_type__model__in=["article", "reference", "theme", "phenomenon", "region"],
            )
        )
        password = settings.KPO_DEMO_PASSWORD
        if not User.objects.filter(email="beheerder@liec.nl").exists():
            User.objects.create_superuser(
                "beheerder@liec.nl", password, name="Beheerder LIEC", function="Functioneel beheerder"
            )
        if not User.objects.filter(email="redacteur@liec.nl").exists():
            curator = User.objects.create_user(
                "redacteur@liec.nl", password, name="Redacteur LIEC", function="Kennismanager", is_staff=True
            )
            curator.groups.add(editors)

    def _taxonomy(self, model, rows, extra=()):
        objects = {}
        for order, row in enumerate(rows):
            defaults = {"name": row["name"], "order": order}
            if "description" in row:
                defaults["description"] = row["description"]
            defaults.update({key: row[key] for key in extra if key in row})
            obj, _ = model.objects.get_or_create(slug=row["slug"], defaults=defaults)
            objects[row["slug"]] = obj
        return objects

    def _article(self, data, themes, phenomena, regions) -> int:
        if Article.objects.filter(slug=data["slug"]).exists():
            return 0
        today = timezone.localdate()
        published_at = timezone.now() - timedelta(days=data["days_ago"])
        article = Article.objects.create(
            slug=data["slug"],
            title=data["title"],
            summary=data["summary"],
            body=data["body"],
            kind=data["kind"],
            status=data.get("status", Article.Status.PUBLISHED),
            published_at=published_at,
            last_reviewed=today - timedelta(days=max(data["days_ago"], 0) % 200),
            review_due=today + timedelta(days=365 - max(data["days_ago"], 0)),
        )
        article.themes.set([themes[s] for s in data.get("themes", [])])
        article.phenomena.set([phenomena[s] for s in data.get("phenomena", [])])
        article.regions.set([regions[s] for s in data.get("regions", [])])
        Reference.objects.bulk_create(
            Reference(article=article, order=i, **ref) for i, ref in enumerate(data.get("references", []))
        )
        return 1
