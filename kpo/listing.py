"""One list page engine: search, filters, facets, sort and pagination over a queryset that
is already limited to what the visitor may see. The kennisbank and the closed section use it."""

from django.conf import settings
from django.core.paginator import Paginator

from .cache import cached, page_not_canonical
from .search import clean_query, is_canonical_query, search

SORTS = ("relevantie", "datum")
# The query parameters a list page reads: the page cache keeps only these (kpo.cache).
LISTING_PARAMS = frozenset({"q", "thema", "fenomeen", "soort", "regio", "sorteer", "page"})


def _known_facet_values(request, facet_values) -> bool:
    """Whether every facet value asked for exists (`?thema=<random>` does not)."""
    known = {facet.param: {value.slug for value in facet.values} for facet in facet_values}
    return all(value in known[name] for name in known for value in request.GET.getlist(name))


def _check_canonical(request, q, page, facet_values) -> None:
    """A value the page does not show as given is not kept in the page cache (kpo.cache):
    an unknown sort key or facet slug, a page number past the last page (or written
    another way), a search that finds nothing, was cleaned up or is not one plain word
    (kpo.search.is_canonical_query)."""
    params = request.GET
    if (
        params.get("sorteer", SORTS[0]) not in SORTS
        or params.get("page", str(page.number)) != str(page.number)
        or ("q" in params and (params["q"] != q or not page.paginator.count or not is_canonical_query(q)))
        or not _known_facet_values(request, facet_values)
    ):
        page_not_canonical(request)


def _count_and_facets(paginator, facet_values):
    """The facets query counts the results in the same pass (kpo.facets.Facets.total)."""
    total = getattr(facet_values, "total", None)
    return (paginator.count if total is None else total), facet_values


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
        aggregates_key,
        lambda: _count_and_facets(paginator, facets(results, selected)),
        queryset.model,
        # Invented facet values and searches are not kept.
        keep=lambda value: _known_facet_values(request, value[1]) and (not q or is_canonical_query(q)),
    )
    page = paginator.get_page(request.GET.get("page"))
    _check_canonical(request, q, page, facet_values)
    return {
        "q": q,
        "sort": sort,
        "page_obj": page,
        "facets": facet_values,
        "any_filter": any(selected.values()),
        "filter_count": sum(len(values) for values in selected.values()),
        "count": paginator.count,
    }
