"""The directory's filters, facets and search: ?q= ?organisatie= ?soort= ?regio= ?thema= ?fenomeen=.

Plan shape (docs/performance.md): the slugs of the filters are resolved to ids before the
query, so the planner sees `partner_type_id = 3` and uses the column statistics (a
"gemeente" has 1,021 organisations, not the average of 109); the people search is a set of
index scans (trigram indexes on the texts, migration 0004), combined per word, instead of
`icontains` on every visible profile."""

import django_filters
from django.contrib.postgres.fields import ArrayField
from django.db.models import BigIntegerField, BooleanField, Exists, F, Func, OuterRef, Q, Value
from django.utils.translation import gettext_lazy as _

from accounts.public import Organisation, PartnerType, Region
from knowledge.public import Phenomenon, Theme
from kpo.facets import FKFacet, M2MFacet, facets_for
from kpo.filters import SlugListField
from kpo.search import expand

from .models import Profile


class _ResolvedSlugFilter(django_filters.Filter):
    """Slugs of `model`, resolved to ids by ProfileFilter (one query for all filters)."""

    field_class = SlugListField

    def __init__(self, *args, model, **kwargs):
        self.slug_model = model
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        return qs  # ProfileFilter.filter_queryset applies the resolved ids


class SlugPathFilter(_ResolvedSlugFilter):
    """Profiles whose `path` (a foreign key, e.g. the organisation's partner type) is one of the slugs."""

    def __init__(self, *args, path, **kwargs):
        self.path = path
        super().__init__(*args, **kwargs)

    def filter_ids(self, qs, ids):
        return qs.filter(**{f"{self.path}_id__in": ids})


class RelatedIdsFilter(_ResolvedSlugFilter):
    """Profiles carrying any of the slugs in a many-to-many relation (OR within one facet;
    different facets combine with AND)."""

    def __init__(self, *args, relation, target, **kwargs):
        self.relation, self.target = relation, target
        super().__init__(*args, **kwargs)

    def filter_ids(self, qs, ids):
        through = getattr(Profile, self.relation).through
        return qs.filter(Exists(through.objects.filter(profile_id=OuterRef("pk"), **{f"{self.target}_id__in": ids})))


class ProfileFilter(django_filters.FilterSet):
    """The directory's filters: ?organisatie= ?soort= ?regio= ?thema= ?fenomeen=."""

    organisatie = SlugPathFilter(path="user__organisation", model=Organisation, label=_("Organisatie"))
    soort = SlugPathFilter(path="user__organisation__partner_type", model=PartnerType, label=_("Soort partner"))
    regio = SlugPathFilter(path="user__organisation__region", model=Region, label=_("Regio"))
    thema = RelatedIdsFilter(relation="themes", target="theme", model=Theme, label=_("Thema"))
    fenomeen = RelatedIdsFilter(relation="phenomena", target="phenomenon", model=Phenomenon, label=_("Fenomeen"))

    # Whether every chosen slug exists (set by filter_queryset): only then may a result be kept.
    all_known = True

    class Meta:
        model = Profile
        fields = []

    def selected(self) -> dict[str, list[str]]:
        """The slugs asked for, per filter (invalid ones dropped)."""
        if not hasattr(self.form, "cleaned_data"):
            self.form.is_valid()
        return {name: self.form.cleaned_data.get(name) or [] for name in self.filters}

    def filter_queryset(self, queryset):
        """Every chosen slug resolved to its id in one query, then filtered on the ids."""
        selected = self.selected()
        wanted = [(name, slugs) for name, slugs in selected.items() if slugs]
        self.all_known = True
        if not wanted:
            return queryset
        # One round trip: (filter index, slug, id) rows of every filter.
        lookups = [
            self.filters[name]
            .slug_model.objects.filter(slug__in=slugs)
            .annotate(f=Value(index))
            .values_list("f", "slug", "pk")
            for index, (name, slugs) in enumerate(wanted)
        ]
        rows = list(lookups[0].union(*lookups[1:], all=True).order_by())
        ids = {index: {} for index in range(len(wanted))}
        for index, slug, pk in rows:
            ids[index][slug] = pk
        for index, (name, slugs) in enumerate(wanted):
            found = ids[index]
            self.all_known = self.all_known and len(found) == len(slugs)
            queryset = self.filters[name].filter_ids(queryset, sorted(found.values()))
        return queryset


def _without_longer(words):
    """`words` without those that contain another of them: a text that contains
    `adviesgesprek` contains `advies`, so in `advies` OR `adviesgesprek` the second adds
    nothing. Only for ASCII words, where Python's and PostgreSQL's upper case agree."""
    words = sorted(set(words), key=lambda w: (len(w), w))
    kept = []
    for word in words:
        if word.isascii() and any(k.isascii() and k.upper() in word.upper() for k in kept):
            continue
        kept.append(word)
    return kept


def _mentioning(words):
    """Ids of the profiles whose name, function, introduction or expertise contains any of
    `words` (case-insensitive substring, as `icontains`): four index-served parts, united."""
    words = _without_longer(words)

    def any_of(*lookups):
        condition = Q()
        for word in words:
            for lookup in lookups:
                condition |= Q(**{f"{lookup}__icontains": word})
        return condition

    through_themes, through_phenomena = Profile.themes.through, Profile.phenomena.through
    parts = [
        Profile.objects.filter(any_of("introduction")).values_list("pk", flat=True),
        Profile.objects.filter(any_of("user__name", "user__function")).values_list("pk", flat=True),
        through_themes.objects.filter(theme__in=Theme.objects.filter(any_of("name"))).values_list(
            "profile_id", flat=True
        ),
        through_phenomena.objects.filter(phenomenon__in=Phenomenon.objects.filter(any_of("name"))).values_list(
            "profile_id", flat=True
        ),
    ]
    return parts[0].union(*parts[1:])


def _all_of(word_sets):
    """Ids of the profiles that mention a word of every set. Two or more sets as semi-joins
    (`id IN (…) AND id IN (…)`), not INTERSECT: a hash join stops as soon as one side is
    empty, where INTERSECT reads both (10,000 ids for `veilig` in `veilige horecavergunning`)."""
    parts = [_mentioning(words) for words in word_sets]
    if len(parts) == 1:
        return parts[0]
    every = Profile.objects.all()
    for part in parts:
        every = every.filter(pk__in=part)
    return every.values_list("pk", flat=True)


def _matching(expansion):
    """Ids matching the search (kpo.search.word_filter's rule): every typed word (its stem or
    a near spelling), or all words of one of the curators' synonyms."""
    alternatives = []
    if expansion.groups:
        alternatives.append(_all_of([{g.word, *g.exact, *g.typos} for g in expansion.groups]))
    for words in expansion.synonyms:
        if words:
            alternatives.append(_all_of([{g.word, *g.exact} for g in words]))
    if not alternatives:
        return None
    return alternatives[0].union(*alternatives[1:]) if len(alternatives) > 1 else alternatives[0]


def search_profiles(queryset, q, expansion=None):
    """Every typed word (or its stem, or a near spelling) in the name, function,
    introduction or expertise, case-insensitive; a substring, so compounds match
    (`fraude` finds `zorgfraude`, `vastgoed fraude` finds `vastgoedfraude`); or one of
    the curators' synonyms. docs/search.md."""
    expansion = expansion if expansion is not None else expand(q)
    if not expansion:
        return queryset.none()
    matching = _matching(expansion)
    if matching is None:  # only phrases: word_filter's empty condition, which keeps everything
        return queryset
    # The ids of every profile that matches (visible or not: they are only compared, never
    # shown), fetched first and given as one constant array: PostgreSQL then knows how many
    # there are and checks a row against them by hash. As a subquery (`IN (… UNION …)`), a
    # page sorted by name walked the name index and compared each of 17,000 profiles with
    # every match (nested loop over a Materialize: 10 s for `drugs`).
    ids = sorted(matching)
    if not ids:
        return queryset.none()
    return queryset.filter(_IdIn(F("pk"), Value(ids, output_field=ArrayField(BigIntegerField()))))


class _IdIn(Func):
    """`id = ANY(<array>)`: membership in a constant array of ids."""

    template = "(%(expressions)s))"
    arg_joiner = " = ANY("
    output_field = BooleanField()


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
