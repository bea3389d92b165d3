import django_filters
from django.utils.translation import gettext_lazy as _

from knowledge.filters import RelatedSlugFilter, SlugListField

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
