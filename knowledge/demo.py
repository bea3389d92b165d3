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


def seed_documents(organisations: dict, regions: dict) -> int:
    """The closed demo documents (generated PDF, DOCX and TXT files), shared as
    knowledge/demo_documents.py says; returns how many were added."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from accounts.models import PartnerType
    from documents import services
    from documents.models import Document

    from . import demo_documents

    themes = {t.slug: t for t in Theme.objects.all()}
    phenomena = {p.slug: p for p in Phenomenon.objects.all()}
    partner_types = {t.slug: t for t in PartnerType.objects.all()}
    existing = set(Document.objects.values_list("original_name", flat=True))
    created = 0
    for doc in demo_documents.DOCUMENTS:
        content, name = demo_documents.file_bytes(doc)
        if name in existing:
            continue
        document = Document(
            title=doc["title"],
            summary=doc["summary"],
            owner=organisations[doc["owner"]],
            status=doc.get("status", Document.Status.PUBLISHED),
            published_at=timezone.now() - timedelta(days=doc.get("days_ago", 10)),
        )
        services.save_document(document, uploaded_file=SimpleUploadedFile(name, content))
        document.themes.set([themes[s] for s in doc.get("themes", [])])
        document.phenomena.set([phenomena[s] for s in doc.get("phenomena", [])])
        share = doc.get("share_with", {})
        services.share_document(
            document,
            services.audience_groups(
                [organisations[s] for s in share.get("organisations", [])],
                [partner_types[s] for s in share.get("partner_types", [])],
                [next(r for slug, r in regions.items() if word in slug) for word in share.get("regions", [])],
                share.get("all_partners", False),
            ),
        )
        created += 1
    return created


def seed_quiz() -> int:
    """Quiz questions and signals from knowledge/demo_quiz.py; returns how many questions were added."""
    from learning.models import QuizChoice, QuizQuestion, Signal

    from . import demo_quiz

    themes = {t.slug: t for t in Theme.objects.all()}
    phenomena = {p.slug: p for p in Phenomenon.objects.all()}
    articles = {a.slug: a for a in Article.objects.all()}
    existing = set(QuizQuestion.objects.values_list("text", flat=True))
    created = 0
    for row in demo_quiz.QUESTIONS:
        if row["text"] in existing:
            continue
        question = QuizQuestion.objects.create(
            level=row["level"],
            text=row["text"],
            explanation=row["explanation"],
            theme=themes.get(row.get("theme") or ""),
            phenomenon=phenomena.get(row.get("phenomenon") or ""),
        )
        QuizChoice.objects.bulk_create(
            QuizChoice(question=question, text=text, is_correct=correct, order=i)
            for i, (text, correct) in enumerate(row["choices"])
        )
        question.articles.set([articles[s] for s in row.get("articles", []) if s in articles])
        created += 1
    for row in demo_quiz.SIGNALS:
        Signal.objects.get_or_create(
            slug=row["slug"],
            defaults={
                "title": row["title"],
                "description": row["description"],
                "phenomenon": phenomena[row["phenomenon"]],
                "setting": row["setting"],
                "action": row["action"],
            },
        )
    return created
