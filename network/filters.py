"""The directory's filters, facets and search: ?q= ?organisatie= ?soort= ?regio= ?thema= ?fenomeen=."""

import django_filters
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from accounts.public import Organisation, PartnerType, Region
from knowledge.public import Phenomenon, Theme
from kpo.facets import FKFacet, M2MFacet, facets_for
from kpo.filters import RelatedSlugFilter, SlugListField

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


def search_profiles(queryset, q):
    """Name, function, introduction and expertise, case-insensitive."""
    expertise = Q(Exists(Profile.themes.through.objects.filter(profile_id=OuterRef("pk"), theme__name__icontains=q)))
    expertise |= Q(
        Exists(Profile.phenomena.through.objects.filter(profile_id=OuterRef("pk"), phenomenon__name__icontains=q))
    )
    return queryset.filter(
        Q(user__name__icontains=q) | Q(user__function__icontains=q) | Q(introduction__icontains=q) | expertise
    )


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
