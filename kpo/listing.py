"""One list page engine: search, filters, facets, sort and pagination over a queryset that
is already limited to what the visitor may see. The kennisbank and the closed section use it."""

from django.conf import settings
from django.core.paginator import Paginator

from .cache import cached
from .search import clean_query, search

SORTS = ("relevantie", "datum")


def listing(request, queryset, filterset_class, facets, snippet_fields, related, aggregates_key=None):
    """Search, facets, sort and pagination over `queryset` (already limited to what
    the visitor may see), as the kennisbank and the closed section share them.
    With `aggregates_key`, the count and the facets (the costly part over thousands of
    rows) are kept in the cache under that key; the page itself is always read fresh."""
    q = clean_query(request.GET.get("q"))
    filterset = filterset_class(request.GET, queryset=queryset)
    filtered = filterset.qs
    sort = request.GET.get("sorteer")
    if sort not in SORTS:
        sort = "relevantie" if q else "datum"
    if q:
        results = search(filtered, q, snippet_fields=snippet_fields)
        ordering = ["-rank", "-published_at"] if sort == "relevantie" else ["-published_at", "-rank"]
    else:
        results = filtered
        ordering = ["-published_at", "title"]
    selected = {name: filterset.form.cleaned_data.get(name) or [] for name in filterset.filters}
    # The list shows titles, summaries and snippets: never fetch the full texts and their
    # tsvectors (a long report is a megabyte) for the rows of a page.
    ordered = results.order_by(*ordering).defer(snippet_fields[-1], "search_vector", "rank_vector")
    if related:
        ordered = ordered.select_related(*related)
    paginator = Paginator(ordered, settings.KPO_PAGE_SIZE)
    paginator.count, facet_values = cached(
        aggregates_key, lambda: (paginator.count, facets(results, selected)), queryset.model
    )
    page = paginator.get_page(request.GET.get("page"))
    return {
        "q": q,
        "sort": sort,
        "page_obj": page,
        "facets": facet_values,
        "any_filter": any(selected.values()),
        "filter_count": sum(len(values) for values in selected.values()),
        "count": paginator.count,
    }
