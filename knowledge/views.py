from django.conf import settings
from django.contrib.postgres.search import TrigramWordSimilarity
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import FileResponse, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from accounts.access import approved_partner_required
from kpo.cache import cache_public_page, cached, closed_list_key, page_not_canonical
from kpo.search import clean_query, search

from . import services
from .access import documents_visible_to, get_document_for_user_or_404, reader_group_ids
from .facets import article_facets, document_facets
from .filters import ArticleFilter, DocumentFilter
from .models import Article, DocumentAccess
from .uploads import safe_download_name

SORTS = ("relevantie", "datum")
LISTING_PARAMS = frozenset({"q", "thema", "fenomeen", "soort", "regio", "sorteer", "page"})


def suggestions(q: str):
    """Titles close to what was typed, for a search that found nothing (typos)."""
    if len(q) < 3:
        return []
    return list(
        Article.objects.published()
        .annotate(similarity=TrigramWordSimilarity(q, "title"))
        .filter(similarity__gte=0.3)
        .order_by("-similarity")
        .only("title", "slug")[:5]
    )


def _known_facet_values(request, facet_values) -> bool:
    """Whether every facet value asked for exists (`?thema=<random>` does not)."""
    known = {facet.param: {value.slug for value in facet.values} for facet in facet_values}
    return all(value in known[name] for name in known for value in request.GET.getlist(name))


def _check_canonical(request, q, page, facet_values) -> None:
    """A value the page does not show as given is not kept in the page cache (kpo.cache):
    an unknown sort key or facet slug, a page number past the last page (or written
    another way), a search that finds nothing or was cleaned up."""
    params = request.GET
    if (
        params.get("sorteer", SORTS[0]) not in SORTS
        or params.get("page", str(page.number)) != str(page.number)
        or ("q" in params and (params["q"] != q or not page.paginator.count))
        or not _known_facet_values(request, facet_values)
    ):
        page_not_canonical(request)


def _listing(request, queryset, filterset_class, facets, snippet_fields, related, aggregates_key=None):
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
        lambda: (paginator.count, facets(results, selected)),
        queryset.model,
        keep=lambda value: _known_facet_values(request, value[1]),  # invented values are not kept
    )
    page = paginator.get_page(request.GET.get("page"))
    _check_canonical(request, q, page, facet_values)
    return {
        "q": q,
        "sort": sort,
        "page_obj": page,
        "facets": facet_values,
        "any_filter": any(selected.values()),
        "count": paginator.count,
    }


@require_safe
@cache_public_page(params=LISTING_PARAMS)
def article_list(request):
    context = _listing(
        request,
        Article.objects.published(),
        ArticleFilter,
        article_facets,
        ("summary", "body"),
        (),
    )
    context["articles"] = context["page_obj"].object_list
    context["suggestions"] = suggestions(context["q"]) if context["q"] and not context["count"] else []
    context["crumbs"] = [("", _("Kennisbank"))]
    return render(request, "knowledge/article_list.html", context)


@require_safe
@cache_public_page
def article_detail(request, slug):
    article = get_object_or_404(
        Article.objects.published().prefetch_related("themes", "phenomena", "regions", "references"),
        slug=slug,
    )
    phenomenon_ids = [p.pk for p in article.phenomena.all()]
    related = (
        Article.objects.published()
        .filter(phenomena__in=phenomenon_ids)
        .exclude(pk=article.pk)
        .annotate(shared=Count("phenomena", filter=Q(phenomena__in=phenomenon_ids)))
        .order_by("-shared", "-published_at")
        .only("title", "slug", "summary", "kind", "published_at")[:4]
    )
    return render(
        request,
        "knowledge/article_detail.html",
        {
            "article": article,
            "related": related,
            "crumbs": [(reverse("knowledge:articles"), _("Kennisbank")), ("", article.title)],
        },
    )


@never_cache
@approved_partner_required
@require_safe
def document_list(request):
    """The closed section: the documents shared with you."""
    group_ids = reader_group_ids(request.user)
    params = [
        (name, value) for name, values in request.GET.lists() if name not in ("page", "sorteer") for value in values
    ]
    context = _listing(
        request,
        documents_visible_to(request.user, group_ids),
        DocumentFilter,
        document_facets,
        ("summary", "extracted_text"),
        ("owner",),
        aggregates_key=closed_list_key(group_ids, params),
    )
    context["documents"] = context["page_obj"].object_list
    context["crumbs"] = [("", _("Besloten gedeelte"))]
    return render(request, "knowledge/document_list.html", context)


@never_cache
@approved_partner_required
@require_safe
def document_detail(request, pk):
    document = get_document_for_user_or_404(request.user, pk)
    services.record_access(request.user, document, DocumentAccess.Action.VIEW)
    return render(
        request,
        "knowledge/document_detail.html",
        {
            "document": document,
            "themes": document.themes.all(),
            "phenomena": document.phenomena.all(),
            "crumbs": [(reverse("knowledge:closed"), _("Besloten gedeelte")), ("", document.title)],
        },
    )


@approved_partner_required
@require_safe
def document_download(request, pk):
    document = get_document_for_user_or_404(request.user, pk)
    services.record_access(request.user, document, DocumentAccess.Action.DOWNLOAD)
    filename = safe_download_name(document.original_name, document.extension)
    if settings.KPO_X_ACCEL_REDIRECT_PREFIX:
        response = HttpResponse(content_type=document.content_type)
        response["X-Accel-Redirect"] = f"{settings.KPO_X_ACCEL_REDIRECT_PREFIX.rstrip('/')}/{document.file.name}"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    else:
        response = FileResponse(
            document.file.open("rb"),
            as_attachment=True,
            filename=filename,
            content_type=document.content_type,
        )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
