"""What other apps may use of the public kennisbank: the taxonomy (themes, phenomena), the
articles and their published queryset, the publication status and search vectors that the
closed documents share, and the kennisbank's filter (the API filters articles the same way).

Other apps import these names from here, never the kennisbank's views or admin."""

from .filters import ArticleFilter
from .models import (
    Article,
    Phenomenon,
    PublicationStatus,
    PublishedQuerySet,
    Reference,
    Theme,
    rank_search_vector,
    weighted_search_vector,
)

__all__ = [
    "Article",
    "ArticleFilter",
    "Phenomenon",
    "PublicationStatus",
    "PublishedQuerySet",
    "Reference",
    "Theme",
    "rank_search_vector",
    "weighted_search_vector",
]
