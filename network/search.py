"""The people in a partner's /zoeken/ (portal calls `people_search_group` through
network.public): the same search as the directory, through the same gate."""

from django.db.models import Count, Window

from kpo.search import is_canonical_query

from .access import directory_audience, profiles_visible_to
from .cache import directory_cached
from .filters import search_profiles

MAX_SHOWN = 10
# What /zoeken/ shows of a person (templates/portal/search.html): nothing else is fetched or kept.
SHOWN_FIELDS = ("public_id", "user__name", "user__function", "user__organisation__name")


def people_search_group(viewer, q: str, expansion) -> dict:
    """The search group "personen": how many people `viewer` may see match `q`, and the first
    ten by name. One query (the count is a window over the same rows); kept per audience
    (network.cache) for a canonical search that finds someone."""

    def compute():
        people = (
            search_profiles(profiles_visible_to(viewer), q, expansion)
            .select_related("user", "user__organisation")
            .only(*SHOWN_FIELDS)
            .annotate(total=Window(Count("pk")))
            .order_by("user__name")
        )
        items = list(people[:MAX_SHOWN])
        return {"key": "personen", "count": items[0].total if items else 0, "items": items}

    keep = (lambda group: group["count"] > 0) if is_canonical_query(q) else None
    return directory_cached("zoeken", directory_audience(viewer), q, compute, keep)
