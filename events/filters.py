"""The events list's filters and facets: ?regio= ?thema= ?fenomeen= ?vorm=."""

import django_filters
from django.utils.translation import gettext_lazy as _

from accounts.public import Region
from knowledge.public import Phenomenon, Theme
from kpo.facets import ChoiceFacet, Facet, FKFacet, M2MFacet, facets_for
from kpo.filters import RelatedSlugFilter, SlugListField

from .models import Event


class OrganiserFilter(django_filters.Filter):
    field_class = SlugListField

    def filter(self, qs, value):
        return qs.filter(organiser__slug__in=value) if value else qs


class FormFilter(django_filters.Filter):
    field_class = SlugListField

    def filter(self, qs, value):
        value = [v for v in value or [] if v in Event.Form.values]
        return qs.filter(form__in=value) if value else qs


class EventFilter(django_filters.FilterSet):
    regio = OrganiserFilter(label=_("Organisator"))
    thema = RelatedSlugFilter(relation="themes", target="theme", label=_("Thema"))
    fenomeen = RelatedSlugFilter(relation="phenomena", target="phenomenon", label=_("Fenomeen"))
    vorm = FormFilter(label=_("Vorm"))

    class Meta:
        model = Event
        fields = []


def event_facets(results, selected: dict[str, list[str]]) -> list[Facet]:
    """Facets over the events the visitor may see (`results` is limited by events.access)."""
    return facets_for(
        results,
        selected,
        [
            FKFacet("regio", _("Organisator"), "organiser", Region),
            M2MFacet("thema", _("Thema"), "themes", Theme),
            M2MFacet("fenomeen", _("Fenomeen"), "phenomena", Phenomenon),
            ChoiceFacet("vorm", _("Vorm"), "form", Event.Form.choices),
        ],
    )
