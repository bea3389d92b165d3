"""sitemap.xml: only public pages, each in Dutch and English (hreflang alternates), with the
time its content last changed. Nothing closed, no profile, no unpublished article: the items
come from the same public querysets as the pages themselves (tests/portal/test_sitemaps.py).
Wired in kpo/urls.py by include(); /robots.txt names the index."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.db.models import Max
from django.urls import path, reverse
from django.views.decorators.cache import cache_page

from knowledge.public import Article
from learning.public import QuizQuestion, Signal


class PublicSitemap(Sitemap):
    """Addresses at the site's canonical address (KPO_SITE_URL), whatever host was asked."""

    i18n = True
    alternates = True
    x_default = True

    def get_urls(self, page=1, site=None, protocol=None):
        canonical = urlsplit(settings.KPO_SITE_URL)
        return self._urls(page, canonical.scheme, canonical.netloc)


class ArticleSitemap(PublicSitemap):
    def items(self):
        return Article.objects.published().only("slug", "updated_at").order_by("-published_at", "pk")

    def lastmod(self, article):
        return article.updated_at


class PageSitemap(PublicSitemap):
    """The public pages other than articles: (URL name, query, time the content last changed)."""

    def items(self):
        articles = Article.objects.published().aggregate(m=Max("updated_at"))["m"]
        signals = Signal.objects.filter(is_published=True)
        pages = [
            ("home", "", articles),
            ("knowledge:articles", "", articles),
            ("learning:signals", "", signals.aggregate(m=Max("updated_at"))["m"]),
        ]
        pages += [
            ("learning:signals", f"?fenomeen={slug}", changed)
            for slug, changed in signals.values("phenomenon__slug")
            .annotate(changed=Max("updated_at"))
            .order_by("phenomenon__slug")
            .values_list("phenomenon__slug", "changed")
        ]
        quiz = QuizQuestion.objects.filter(is_active=True).aggregate(m=Max("updated_at"))["m"]
        pages += [("learning:quiz", "", quiz)]
        # Pages whose content lives in templates or in data without a change time: no lastmod.
        pages += [(name, "", None) for name in ("regions", "accessibility", "privacy", "vulnerability_disclosure")]
        return pages

    def location(self, page):
        name, query, _changed = page
        return reverse(name) + query

    def lastmod(self, page):
        return page[2]


SITEMAPS = {"artikelen": ArticleSitemap, "paginas": PageSitemap}

urlpatterns = [
    path(
        "sitemap.xml",
        cache_page(600)(sitemap_views.index),
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        cache_page(600)(sitemap_views.sitemap),
        {"sitemaps": SITEMAPS},
        name="sitemap_section",
    ),
]
