"""The closed section's filters and facets: ?thema= ?fenomeen= ?organisatie=."""

import django_filters
from django.utils.translation import gettext_lazy as _

from accounts.public import Organisation
from knowledge.public import Phenomenon, Theme
from kpo.facets import Facet, FKFacet, M2MFacet, facets_for
from kpo.filters import RelatedSlugFilter, SlugListField

from .models import Document


class OwnerFilter(django_filters.Filter):
    field_class = SlugListField

    def filter(self, qs, value):
        return qs.filter(owner__slug__in=value) if value else qs


class DocumentFilter(django_filters.FilterSet):
    """The facets of the closed section: ?thema= ?fenomeen= ?organisatie=."""

    thema = RelatedSlugFilter(relation="themes", target="theme", label=_("Thema"))
    fenomeen = RelatedSlugFilter(relation="phenomena", target="phenomenon", label=_("Fenomeen"))
    organisatie = OwnerFilter(label=_("Organisatie"))

    class Meta:
        model = Document
        fields = []


def document_facets(results, selected: dict[str, list[str]]) -> list[Facet]:
    """Facets over the documents the visitor may read (`results` is already limited
    by documents.access): nothing outside it is counted."""
    return facets_for(
        results,
        selected,
        [
            M2MFacet("thema", _("Thema"), "themes", Theme),
            M2MFacet("fenomeen", _("Fenomeen"), "phenomena", Phenomenon),
            FKFacet("organisatie", _("Organisatie"), "owner", Organisation),
        ],
    )
