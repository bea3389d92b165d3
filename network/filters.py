"""The directory's filters, facets and search: ?q= ?organisatie= ?soort= ?regio= ?thema= ?fenomeen=."""

import django_filters
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from accounts.public import Organisation, PartnerType, Region
from knowledge.public import Phenomenon, Theme
from kpo.facets import FKFacet, M2MFacet, facets_for
from kpo.filters import RelatedSlugFilter, SlugListField
from kpo.search import expand, word_filter

from .models import Profile


class SlugPathFilter(django_filters.Filter):
    field_class = SlugListField

    def __init__(self, *args, path, **kwargs):
        self.path = path
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        return qs.filter(**{f"{self.path}__slug__in": value}) if value else qs


class ProfileFilter(django_filters.FilterSet):
    """The directory's filters: ?organisatie= ?soort= ?regio= ?thema= ?fenomeen=."""

    organisatie = SlugPathFilter(path="user__organisation", label=_("Organisatie"))
    soort = SlugPathFilter(path="user__organisation__partner_type", label=_("Soort partner"))
    regio = SlugPathFilter(path="user__organisation__region", label=_("Regio"))
    thema = RelatedSlugFilter(relation="themes", target="theme", label=_("Thema"))
    fenomeen = RelatedSlugFilter(relation="phenomena", target="phenomenon", label=_("Fenomeen"))

    class Meta:
        model = Profile
        fields = []


def _mentions(word):
    """Name, function, introduction or expertise contains `word` (so compounds too)."""
    expertise = Q(
        Exists(Profile.themes.through.objects.filter(profile_id=OuterRef("pk"), theme__name__icontains=word))
    ) | Q(Exists(Profile.phenomena.through.objects.filter(profile_id=OuterRef("pk"), phenomenon__name__icontains=word)))
    return (
        Q(user__name__icontains=word) | Q(user__function__icontains=word) | Q(introduction__icontains=word) | expertise
    )


def search_profiles(queryset, q, expansion=None):
    """Every typed word (or its stem, or a near spelling) in the name, function,
    introduction or expertise, case-insensitive; a substring, so compounds match
    (`fraude` finds `zorgfraude`, `vastgoed fraude` finds `vastgoedfraude`); or one of
    the curators' synonyms. docs/search.md."""
    expansion = expansion if expansion is not None else expand(q)
    if not expansion:
        return queryset.none()
    return queryset.filter(word_filter(expansion, _mentions))


def profile_facets(results, selected):
    return facets_for(
        results,
        selected,
        [
            FKFacet("organisatie", _("Organisatie"), "user__organisation", Organisation),
            FKFacet("soort", _("Soort partner"), "user__organisation__partner_type", PartnerType),
            FKFacet("regio", _("Regio"), "user__organisation__region", Region),
            M2MFacet("thema", _("Thema"), "themes", Theme),
            M2MFacet("fenomeen", _("Fenomeen"), "phenomena", Phenomenon),
        ],
    )
