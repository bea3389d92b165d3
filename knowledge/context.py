"""What the article page shows, for the site's view and the curators' preview in the admin."""

from django.db.models import Count, Q
from django.urls import reverse
from django.utils.translation import gettext as _

from .models import Article


def article_context(article: Article, preview: bool = False) -> dict:
    """The article page's context; `preview`: a curator looks at it before it is published."""
    phenomenon_ids = [p.pk for p in article.phenomena.all()]
    related = (
        Article.objects.published()
        .filter(phenomena__in=phenomenon_ids)
        .exclude(pk=article.pk)
        .annotate(shared=Count("phenomena", filter=Q(phenomena__in=phenomenon_ids)))
        .order_by("-shared", "-published_at")
        .only("title", "slug", "summary", "kind", "published_at")[:4]
    )
    return {
        "article": article,
        "related": related,
        "preview": preview,
        "crumbs": [(reverse("knowledge:articles"), _("Kennisbank")), ("", article.title)],
    }
