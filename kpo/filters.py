"""The filter engine of the lists (kennisbank, closed section, directory): query parameters
of slugs that never fail a page, and many-to-many filters that combine with AND."""

import django_filters
from django import forms
from django.db.models import Exists, OuterRef

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
