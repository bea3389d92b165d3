import django_filters
from django import forms
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _

from .models import Article, Document

MAX_VALUES = 20


class SlugListField(forms.Field):
    """A multi-valued query parameter of slugs. Values that are no slug are
    dropped instead of failing the whole form: `?thema=onbekend` is a normal page."""

    widget = forms.SelectMultiple

    def to_python(self, value):
        if not value:
            return []
        if isinstance(value, str):
            value = [value]
        slugs = []
        for item in value[:MAX_VALUES]:
            item = str(item).strip()[:100]
            if item and item not in slugs and all(c.isalnum() or c in "-_" for c in item):
                slugs.append(item)
        return slugs


class RelatedSlugFilter(django_filters.Filter):
    """Objects carrying any of the given slugs in a many-to-many relation
    (OR within one facet; different facets combine with AND)."""

    field_class = SlugListField

    def __init__(self, *args, relation, target, **kwargs):
        self.relation, self.target = relation, target
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        model = qs.model
        through = getattr(model, self.relation).through
        matching = through.objects.filter(
            **{f"{model._meta.model_name}_id": OuterRef("pk"), f"{self.target}__slug__in": value}
        )
        return qs.filter(Exists(matching))


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
