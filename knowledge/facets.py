"""Facet counts for the kennisbank and the closed section, computed over the current
result set only: one grouped query per facet, whatever the size of the data."""

from dataclasses import dataclass

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from accounts.models import Organisation, Region

from .models import Article, Phenomenon, Theme


@dataclass
class FacetValue:
    slug: str
    name: str
    count: int
    selected: bool


@dataclass
class Facet:
    param: str
    label: str
    values: list[FacetValue]

    @property
    def visible_values(self):
        return [v for v in self.values if v.count or v.selected]


def m2m_facet(results, selected, param, label, relation, target_model):
    """Counts per related object over `results`, through the many-to-many table."""
    model = results.model
    through = getattr(model, relation).through
    target = target_model._meta.model_name
    counts = dict(
        through.objects.filter(**{f"{model._meta.model_name}_id__in": results.order_by().values("pk")})
        .values_list(f"{target}_id")
        .annotate(n=Count("*"))
        .order_by()
    )
    chosen = selected.get(param) or []
    values = [
        FacetValue(obj.slug, obj.name, counts.get(obj.pk, 0), obj.slug in chosen)
        for obj in target_model.objects.only("pk", "slug", "name")
    ]
    return Facet(param, label, values)


def fk_facet(results, selected, param, label, field, target_model):
    """Counts per related object over `results`, for a foreign key (path) `field`."""
    counts = dict(results.order_by().values_list(field).annotate(n=Count("pk")).order_by())
    counts.pop(None, None)
    chosen = selected.get(param) or []
    values = [
        FacetValue(obj.slug, obj.name, counts[obj.pk], obj.slug in chosen)
        for obj in target_model.objects.filter(pk__in=list(counts)).only("pk", "slug", "name")
    ]
    return Facet(param, label, values)


def article_facets(results, selected: dict[str, list[str]]) -> list[Facet]:
    kind_counts = dict(
        Article.objects.filter(pk__in=results.order_by().values("pk"))
        .values_list("kind")
        .annotate(n=Count("pk"))
        .order_by()
    )
    chosen = selected.get("soort") or []
    kinds = Facet(
        "soort",
        _("Soort"),
        [FacetValue(v, label, kind_counts.get(v, 0), v in chosen) for v, label in Article.Kind.choices],
    )
    return [
        m2m_facet(results, selected, "thema", _("Thema"), "themes", Theme),
        m2m_facet(results, selected, "fenomeen", _("Fenomeen"), "phenomena", Phenomenon),
        kinds,
        m2m_facet(results, selected, "regio", _("Regio"), "regions", Region),
    ]


def document_facets(results, selected: dict[str, list[str]]) -> list[Facet]:
    """Facets over the documents the visitor may read (`results` is already limited
    by knowledge.access): nothing outside it is counted."""
    return [
        m2m_facet(results, selected, "thema", _("Thema"), "themes", Theme),
        m2m_facet(results, selected, "fenomeen", _("Fenomeen"), "phenomena", Phenomenon),
        fk_facet(results, selected, "organisatie", _("Organisatie"), "owner", Organisation),
    ]
