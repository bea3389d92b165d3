"""Atom feeds of the public kennisbank (published articles only)."""

from django.contrib.syndication.views import Feed
from django.urls import reverse_lazy
from django.utils.feedgenerator import Atom1Feed

from .models import Article


class ArticlesFeed(Feed):
    feed_type = Atom1Feed
    title = "Kennisplatform Ondermijning – kennisbank"
    subtitle = "Nieuwe artikelen in de kennisbank"
    link = reverse_lazy("knowledge:articles")
    kind = None

    def items(self):
        articles = Article.objects.published().order_by("-published_at")
        if self.kind:
            articles = articles.filter(kind=self.kind)
        return articles[:30]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at


class NewsFeed(ArticlesFeed):
    title = "Kennisplatform Ondermijning – nieuws"
    subtitle = "Nieuws uit de regio's en het LIEC"
    kind = Article.Kind.NEWS
