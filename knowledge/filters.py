"""The kennisbank's filters and facets: ?thema= ?fenomeen= ?soort= ?regio=."""

import django_filters
from django.utils.translation import gettext_lazy as _

from accounts.public import Region
from kpo.facets import ChoiceFacet, Facet, M2MFacet, facets_for
from kpo.filters import RelatedSlugFilter, SlugListField

from .models import Article, Phenomenon, Theme


class KindFilter(django_filters.Filter):
    field_class = SlugListField

    def filter(self, qs, value):
        valid = [v for v in value or [] if v in Article.Kind.values]
        if value and not valid:
            return qs.none()
        return qs.filter(kind__in=valid) if valid else qs


class ArticleFilter(django_filters.FilterSet):
    """The facets of the kennisbank: ?thema= ?fenomeen= ?soort= ?regio=."""

    thema = RelatedSlugFilter(relation="themes", target="theme", label=_("Thema"))
    fenomeen = RelatedSlugFilter(relation="phenomena", target="phenomenon", label=_("Fenomeen"))
    soort = KindFilter(label=_("Soort"))
    regio = RelatedSlugFilter(relation="regions", target="region", label=_("Regio"))

    class Meta:
        model = Article
        fields = []


def article_facets(results, selected: dict[str, list[str]]) -> list[Facet]:
    return facets_for(
        results,
        selected,
        [
            M2MFacet("thema", _("Thema"), "themes", Theme),
            M2MFacet("fenomeen", _("Fenomeen"), "phenomena", Phenomenon),
            ChoiceFacet("soort", _("Soort"), "kind", Article.Kind.choices),
            M2MFacet("regio", _("Regio"), "regions", Region),
        ],
    )
