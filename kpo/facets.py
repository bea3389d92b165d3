"""Facet counts for the kennisbank, the closed section and the directory, computed over the
current result set only, in one grouped query whatever the size of the data: the ids of the
results once (a materialised CTE), then one GROUP BY branch per facet joined to the names."""

from dataclasses import dataclass

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import Count, F
from django.db.models.expressions import RawSQL

RESULT_IDS = "SELECT id FROM facet_results"
MAX_VALUES_SHOWN = 25


def result_ids():
    """The ids of the results, from the CTE that facets_for puts in front of every branch."""
    return RawSQL(RESULT_IDS, ())  # noqa: S611 - a constant


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
        """Values with results (and chosen ones); of a long list (1,500 organisations) the
        ones with the most results, in the list's own order: a page, not a phone book."""
        values = [v for v in self.values if v.count or v.selected]
        if len(values) <= MAX_VALUES_SHOWN:
            return values
        top = {id(v) for v in sorted(values, key=lambda v: -v.count)[:MAX_VALUES_SHOWN]}
        return [v for v in values if id(v) in top or v.selected]

    @property
    def more_values(self) -> int:
        """How many values with results are not shown."""
        return sum(1 for v in self.values if v.count or v.selected) - len(self.visible_values)


@dataclass
class M2MFacet:
    """Counts per related object through a many-to-many relation; every object is listed."""

    param: str
    label: str
    relation: str
    target_model: type

    def sql(self, model):
        """A join of the link table with the result ids, not `IN (…)`: the planner knows the
        CTE's size only for a join; for `IN` it guesses 200 rows and looks up tens of
        thousands of ids one by one (a quarter of a second a facet at 40,000 results)."""
        through = getattr(model, self.relation).through._meta
        owner = connection.ops.quote_name(through.get_field(model._meta.model_name).column)
        target = connection.ops.quote_name(through.get_field(self.target_model._meta.model_name).column)
        table = connection.ops.quote_name(through.db_table)
        # The ids in the CTE are unique: every filter narrows with EXISTS, never with a join.
        return f"SELECT x.{target} AS k, count(*) AS n FROM {table} x JOIN facet_results r ON r.id = x.{owner} GROUP BY x.{target}", []  # noqa: S608, E501


@dataclass
class FKFacet:
    """Counts per object at the end of a foreign-key path; only objects that occur."""

    param: str
    label: str
    field: str
    target_model: type

    def counts(self, model):
        return model.objects.filter(pk__in=result_ids()).values(k=F(self.field)).annotate(n=Count("pk")).order_by()

    def carried_column(self, model) -> str | None:
        """For a foreign key of the model itself (the owner of a document): its column, which
        the CTE of the result ids carries along, so the rows are not looked up again by id."""
        if "__" in self.field:
            return None
        field = model._meta.get_field(self.field)
        return field.attname if field.many_to_one else None


@dataclass
class ChoiceFacet:
    """Counts per value of a field with choices; every choice is listed."""

    param: str
    label: str
    field: str
    choices: list

    def sql(self, model):
        """A join with the result ids, as for M2MFacet (a field of the model itself)."""
        column = connection.ops.quote_name(model._meta.get_field(self.field).column)
        table = connection.ops.quote_name(model._meta.db_table)
        pk = connection.ops.quote_name(model._meta.pk.column)
        return f"SELECT m.{column} AS k, count(*) AS n FROM {table} m JOIN facet_results r ON r.id = m.{pk} GROUP BY m.{column}", []  # noqa: S608, E501


def _branch(spec, model):
    """SQL of one facet: (param, slug, name, sort order, count) rows."""
    inner, params = spec.sql(model) if hasattr(spec, "sql") else spec.counts(model).query.sql_with_params()
    if isinstance(spec, ChoiceFacet):
        return f"SELECT %s, c.k::text, c.k::text, 0, c.n FROM ({inner}) c", [spec.param, *params]  # noqa: S608
    target = spec.target_model._meta
    table = connection.ops.quote_name(target.db_table)
    order = 't."order"' if any(f.name == "order" for f in target.fields) else "0"
    join = "LEFT JOIN" if isinstance(spec, M2MFacet) else "JOIN"
    # Only Django-compiled SQL and names from the models are put together; values are parameters.
    sql = f"SELECT %s, t.slug, t.name, {order}, COALESCE(c.n, 0) FROM {table} t {join} ({inner}) c ON c.k = t.id"  # noqa: S608
    return sql, [spec.param, *params]


class Facets(list):
    """The facets of a list, and `total`: the number of results, counted in the same query
    (the ids are materialised once; a separate COUNT would match and filter them again)."""

    total: int = 0


def _carried_branch(spec, column):
    """An FK or choice facet over the column the CTE carries: no second read of the rows."""
    if isinstance(spec, ChoiceFacet):
        inner = f"SELECT {column} AS k, count(*) AS n FROM facet_results GROUP BY {column}"  # noqa: S608
        return f"SELECT %s, c.k::text, c.k::text, 0, c.n FROM ({inner}) c", [spec.param]  # noqa: S608
    target = spec.target_model._meta
    table = connection.ops.quote_name(target.db_table)
    order = 't."order"' if any(f.name == "order" for f in target.fields) else "0"
    # Names from the models and a generated column name; values are parameters.
    inner = f"SELECT {column} AS k, count(*) AS n FROM facet_results GROUP BY {column}"  # noqa: S608
    return f"SELECT %s, t.slug, t.name, {order}, c.n FROM {table} t JOIN ({inner}) c ON c.k = t.id", [spec.param]  # noqa: S608


def facets_for(results, selected: dict[str, list[str]], specs) -> Facets:
    """All facets of `specs` over `results` (a queryset already limited to what the visitor
    may see: nothing outside it is counted), and the number of results, in one query."""
    model = results.model
    carried = {}  # facets counted from a column of the CTE: param -> (CTE column, model field, type)
    for spec in specs:
        if isinstance(spec, FKFacet) and (attname := spec.carried_column(model)):
            carried[spec.param] = (f"c{len(carried)}", attname, "bigint")
        elif isinstance(spec, ChoiceFacet):
            carried[spec.param] = (f"c{len(carried)}", model._meta.get_field(spec.field).attname, "text")
    columns = ["id", *(column for column, _attname, _type in carried.values())]
    try:
        ids_sql, ids_params = (
            results.order_by().values("pk", *(attname for _c, attname, _t in carried.values())).query.sql_with_params()
        )
    except EmptyResultSet:  # .none(): nothing to count, but the names are still shown
        nulls = "".join(f", NULL::{sql_type}" for _c, _attname, sql_type in carried.values())
        ids_sql, ids_params = f"SELECT NULL::bigint AS id{nulls} WHERE false", ()
    # The first branch counts the results themselves: the list's total comes from this pass.
    branches, params = ["SELECT '', NULL::text, NULL::text, 0, count(*) FROM facet_results"], list(ids_params)
    for spec in specs:
        if spec.param in carried:
            sql, branch_params = _carried_branch(spec, carried[spec.param][0])
        else:
            sql, branch_params = _branch(spec, model)
        branches.append(sql)
        params += branch_params
    query = f"WITH facet_results ({', '.join(columns)}) AS MATERIALIZED ({ids_sql}) " + " UNION ALL ".join(
        f"({b})" for b in branches
    )
    rows: dict[str, list] = {spec.param: [] for spec in specs}
    total = 0
    with connection.cursor() as cursor:
        cursor.execute(query, params)
        for param, slug, name, order, count in cursor.fetchall():
            if param == "":
                total = count
            else:
                rows[param].append((order, name, slug, count))
    facets = Facets()
    facets.total = total
    for spec in specs:
        chosen = selected.get(spec.param) or []
        if isinstance(spec, ChoiceFacet):
            counts = {slug: count for _order, _name, slug, count in rows[spec.param]}
            values = [FacetValue(v, label, counts.get(v, 0), v in chosen) for v, label in spec.choices]
        else:
            ordered = sorted(rows[spec.param])
            values = [FacetValue(slug, name, count, slug in chosen) for _o, name, slug, count in ordered]
        facets.append(Facet(spec.param, spec.label, values))
    return facets
