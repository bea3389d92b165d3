"""Bulk writing for seed_scale: PostgreSQL's COPY instead of one save per row."""

from contextlib import contextmanager

from django.contrib.postgres.indexes import GinIndex
from django.db import connection


def reserve_ids(model, n: int) -> list[int]:
    """`n` fresh primary keys from the table's own sequence, so rows can refer to each
    other before they are copied in."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
            [model._meta.db_table, n],
        )
        return [row[0] for row in cursor.fetchall()]


def copy(model, fields, rows) -> None:
    """COPY `rows` (tuples in the order of `fields`) into the table of `model`."""
    columns = ", ".join(connection.ops.quote_name(model._meta.get_field(f).column) for f in fields)
    table = connection.ops.quote_name(model._meta.db_table)
    with connection.cursor() as cursor, cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copier:
        for row in rows:
            copier.write_row(row)


@contextmanager
def without_gin_indexes(model):
    """Building a GIN index once is much faster than updating it row by row."""
    indexes = [index for index in model._meta.indexes if isinstance(index, GinIndex)]
    with connection.schema_editor() as editor:
        for index in indexes:
            editor.remove_index(model, index)
    yield
    with connection.cursor() as cursor:  # deferred foreign-key checks first: no index build with them pending
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    with connection.schema_editor() as editor:
        for index in indexes:
            editor.add_index(model, index)
