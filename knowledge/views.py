from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from kpo.cache import cache_public_page
from kpo.listing import LISTING_PARAMS, listing

from .filters import ArticleFilter, article_facets
from .models import Article


@require_safe
@cache_public_page(params=LISTING_PARAMS)
def article_list(request):
    context = listing(
        request,
        Article.objects.published().defer("body"),
        ArticleFilter,
        article_facets,
        ("summary", "body_text"),
        (),
    )
    context["articles"] = context["page_obj"].object_list
    context["suggestions"] = (
        Article.objects.published().title_suggestions(context["q"]) if context["q"] and not context["count"] else []
    )
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
