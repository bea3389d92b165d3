"""Demo data of the kennisbank, written from the seeds (knowledge/demo_content.py).
Idempotent: only adds what is missing."""

from datetime import timedelta

from django.utils import timezone

from . import demo_content
from .models import Article, Phenomenon, Reference, Theme


def seed_taxonomy(model, rows, extra=()) -> dict:
    objects = {}
    for order, row in enumerate(rows):
        defaults = {"name": row["name"], "order": order}
        if "description" in row:
            defaults["description"] = row["description"]
        defaults.update({key: row[key] for key in extra if key in row})
        objects[row["slug"]], _ = model.objects.get_or_create(slug=row["slug"], defaults=defaults)
    return objects


def seed(regions: dict) -> int:
    """Themes, phenomena and articles; returns how many articles were added."""
    themes = seed_taxonomy(Theme, demo_content.THEMES)
    phenomena = seed_taxonomy(Phenomenon, demo_content.PHENOMENA)
    existing = set(Article.objects.values_list("slug", flat=True))
    created = 0
    for data in [*demo_content.ARTICLES, *demo_content.DRAFT_AND_FUTURE_ARTICLES]:
        if data["slug"] not in existing:
            _article(data, themes, phenomena, regions)
            created += 1
    return created


def _article(data, themes, phenomena, regions) -> None:
    today = timezone.localdate()
    days_ago = data["days_ago"]
    article = Article.objects.create(
        slug=data["slug"],
        title=data["title"],
        summary=data["summary"],
        body=data["body"],
        kind=data["kind"],
        status=data.get("status", Article.Status.PUBLISHED),
        published_at=timezone.now() - timedelta(days=days_ago),
        last_reviewed=today - timedelta(days=max(days_ago, 0) % 200),
        # Some demo articles are overdue for review, to show the admin filter.
        review_due=today + timedelta(days=365 - max(days_ago, 0)),
    )
    article.themes.set([themes[s] for s in data.get("themes", [])])
    article.phenomena.set([phenomena[s] for s in data.get("phenomena", [])])
    article.regions.set([regions[s] for s in data.get("regions", [])])
    Reference.objects.bulk_create(
        Reference(article=article, order=i, **ref) for i, ref in enumerate(data.get("references", []))
    )
