from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from kpo.cache import cache_public_page
from kpo.listing import LISTING_PARAMS, listing

from .context import article_context
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
    return render(request, "knowledge/article_detail.html", article_context(article))
