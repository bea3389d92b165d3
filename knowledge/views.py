from django.conf import settings
from django.contrib.postgres.search import TrigramWordSimilarity
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from accounts.access import approved_partner_required
from kpo.search import clean_query, search

from .facets import article_facets
from .filters import ArticleFilter
from .models import Article, Phenomenon, Theme

SORTS = ("relevantie", "datum")


def _suggestions(q: str):
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


def searched_articles(request):
    """The published articles matching the request's q and facets, sorted,
    with what the page needs to show how it got them."""
    q = clean_query(request.GET.get("q"))
    articles = Article.objects.published()
    filterset = ArticleFilter(request.GET, queryset=articles)
    filtered = filterset.qs
    sort = request.GET.get("sorteer")
    if sort not in SORTS:
        sort = "relevantie" if q else "datum"
    if q:
        results = search(filtered, q)
        ordering = ["-rank", "-published_at"] if sort == "relevantie" else ["-published_at", "-rank"]
    else:
        results = filtered
        ordering = ["-published_at", "title"]
    selected = {name: filterset.form.cleaned_data.get(name) or [] for name in filterset.filters}
    return q, sort, results.order_by(*ordering), selected


@require_safe
def article_list(request):
    q, sort, results, selected = searched_articles(request)
    paginator = Paginator(results.prefetch_related("themes", "phenomena"), settings.KPO_PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    context = {
        "q": q,
        "sort": sort,
        "page_obj": page,
        "articles": page.object_list,
        "facets": article_facets(results, selected),
        "any_filter": any(selected.values()),
        "suggestions": _suggestions(q) if q and not paginator.count else [],
        "crumbs": [("", _("Kennisbank"))],
    }
    return render(request, "knowledge/article_list.html", context)


@require_safe
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


@require_safe
def search_everything(request):
    """One search over everything the visitor may see, grouped by kind of result."""
    q = clean_query(request.GET.get("q"))
    groups = []
    if q:
        articles = search(Article.objects.published(), q).order_by("-rank", "-published_at")
        topics = [
            *[(t, "thema") for t in Theme.objects.filter(name__icontains=q)],
            *[(p, "fenomeen") for p in Phenomenon.objects.filter(name__icontains=q)],
        ]
        groups = [
            {"key": "artikelen", "count": articles.count(), "items": list(articles[:10])},
            {"key": "onderwerpen", "count": len(topics), "items": topics},
        ]
    total = sum(g["count"] for g in groups)
    return render(
        request,
        "knowledge/search.html",
        {
            "q": q,
            "groups": groups,
            "total": total,
            "suggestions": _suggestions(q) if q and not total else [],
            "crumbs": [("", _("Zoeken"))],
        },
    )


@approved_partner_required
@require_safe
def closed_home(request):
    """The closed section (besloten gedeelte), for approved partners only."""
    return render(request, "knowledge/closed_home.html", {"crumbs": [("", _("Besloten gedeelte"))]})
