"""Cache invalidation only: published content changed, so cached public pages are stale."""

from accounts.models import Region
from kpo.cache import invalidate_on_change, invalidate_public_pages
from kpo.models import SearchSynonym

from .models import Article, Phenomenon, Reference, Theme

invalidate_on_change(
    invalidate_public_pages,
    "public-pages",
    (Article, Reference, Theme, Phenomenon, Region, SearchSynonym),  # synonyms change search results
    (Article.themes.through, Article.phenomena.through, Article.regions.through),
)
