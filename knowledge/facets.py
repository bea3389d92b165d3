"""Facet counts for the kennisbank, computed over the current result set only."""

from dataclasses import dataclass

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from accounts.models import Region

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


def _through_counts(results, relation: str, target: str) -> dict[int, int]:
    through = getattr(Article, relation).through
    rows = (
        through.objects.filter(article_id__in=results)
        .values(f"{target}_id")
        .annotate(n=Count("*"))
        .order_by()
    )
    return {row[f"{target}_id"]: row["n"] for row in rows}


def article_facets(results, selected: dict[str, list[str]]) -> list[Facet]:
    """One grouped query per facet over `results` (a queryset of articles), plus
    the small taxonomy lists. The number of queries does not grow with the data."""
    results = results.order_by().values("pk")
    facets = []
    for param, label, model, relation, target in (
        ("thema", _("Thema"), Theme, "themes", "theme"),
        ("fenomeen", _("Fenomeen"), Phenomenon, "phenomena", "phenomenon"),
        ("regio", _("Regio"), Region, "regions", "region"),
    ):
        counts = _through_counts(results, relation, target)
        chosen = selected.get(param) or []
        facets.append(
            Facet(
                param,
                label,
                [
                    FacetValue(obj.slug, obj.name, counts.get(obj.pk, 0), obj.slug in chosen)
                    for obj in model.objects.only("pk", "slug", "name")
                ],
            )
        )
    kind_counts = dict(
        Article.objects.filter(pk__in=results).values_list("kind").annotate(n=Count("pk")).order_by()
    )
    chosen = selected.get("soort") or []
    facets.insert(
        2,
        Facet(
            "soort",
            _("Soort"),
            [
                FacetValue(value, label, kind_counts.get(value, 0), value in chosen)
                for value, label in Article.Kind.choices
            ],
        ),
    )
    return facets
