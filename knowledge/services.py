"""Writes to the kennisbank. Views, admin actions and commands call these."""

from django.utils import timezone

from kpo.cache import invalidate_public_pages

from .models import Article


def publish_articles(articles) -> int:
    """Publish the given articles. Those without a publication date get `now`;
    a date in the future is kept, so the article appears at that moment."""
    now = timezone.now()
    count = 0
    for article in articles:
        article.status = Article.Status.PUBLISHED
        article.published_at = article.published_at or now
        article.save(update_fields=["status", "published_at", "updated_at"])
        count += 1
    return count


def unpublish_articles(articles) -> int:
    """Take the given articles offline (back to concept); their date is kept."""
    count = articles.update(status=Article.Status.DRAFT, updated_at=timezone.now())
    invalidate_public_pages()  # update() sends no signals
    return count
