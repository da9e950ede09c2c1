"""ORM reads compiled to SQL once per process and run as prepared statements.

Building a queryset and compiling it to SQL costs about a millisecond of Python per query,
several times what PostgreSQL takes to run a primary-key read, and a page's first view makes
half a dozen of them. Here a queryset is built and compiled once per *shape* (which filters
are set), with stand-ins for the values; each later call puts the request's values in place
of the stand-ins and runs the SQL as a server-side prepared statement (planned once per
connection). `instances()` turns the rows into model instances the way the ORM does
(select_related objects attached, prefetch_related run), so templates see the same objects.
`instances_together()` sends several such reads at once (psycopg's pipeline mode): a page's
half a dozen reads cost one round trip to PostgreSQL instead of one each.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

import psycopg
from django.db import OperationalError, connections
from django.db.models import prefetch_related_objects
from django.db.models.expressions import RawSQL
from django.db.models.query import get_related_populators

_INT_STAND_IN = 8_800_000_000_000


@dataclass
class _Rows:
    """How instances() makes objects of a shape's rows, worked out once from its compiler the
    way the ORM's own iterator works it out on every query."""

    model: type
    init_list: list[str]  # the model's columns, in the order of the select list
    start: int
    end: int
    converters: dict  # columns that need converting (JSON arrives as text)
    annotations: dict[str, int]
    compiler: object
    prefetches: tuple
    fetch_mode: object

    @classmethod
    def of(cls, queryset, compiler, using: str) -> _Rows:
        klass_info, select = compiler.klass_info, compiler.select
        fields = klass_info["select_fields"]
        start, end = fields[0], fields[-1] + 1
        fetch_mode = queryset._fetch_mode
        return cls(
            model=klass_info["model"],
            init_list=[column[0].target.attname for column in select[start:end]],
            start=start,
            end=end,
            converters=compiler.get_converters([column[0] for column in select[: compiler.col_count]]),
            annotations=dict(compiler.annotation_col_map),
            compiler=compiler,
            prefetches=tuple(queryset._prefetch_related_lookups),
            fetch_mode=fetch_mode,
        )


@dataclass
class _Shape:
    sql: str
    params: list
    positions: dict[str, list[int]]  # value name -> places in params
    rows: _Rows | None = None  # for instances()


_shapes: dict[tuple, _Shape | None] = {}


def _shape(name: str, build, values: dict, *, for_instances: bool = False, using: str | None = None):
    key = (name, for_instances, using, *sorted((k, type(v).__name__) for k, v in values.items()))
    entry = _shapes.get(key, False)
    if entry is False:
        stand_ins = {
            k: _INT_STAND_IN + i if isinstance(v, int) else f"\ue000stand-in-{i}\ue000"
            for i, (k, v) in enumerate(sorted(values.items()))
        }
        queryset = build(stand_ins)
        rows = None
        if for_instances:
            compiler = queryset.query.get_compiler(using=using)
            sql, params = compiler.as_sql()
            rows = _Rows.of(queryset, compiler, using)
        else:
            sql, params = queryset.query.sql_with_params()
        positions = {k: [i for i, p in enumerate(params) if p == s] for k, s in stand_ins.items()}
        # A value the ORM transforms (its stand-in is not among the parameters) cannot be
        # put in afterwards: such shapes are compiled the ordinary way on every call.
        entry = _Shape(sql, list(params), positions, rows) if all(positions.values()) else None
        _shapes[key] = entry
    return entry


def _params(entry: _Shape, values: dict) -> list:
    params = list(entry.params)
    for k, places in entry.positions.items():
        for i in places:
            params[i] = values[k]
    return params


def compiled_sql(name: str, build, values: dict) -> tuple[str, list]:
    """build(values)'s SQL and parameters, with the ORM's work done once per shape of the
    query (which filters are set) rather than on every request."""
    entry = _shape(name, build, values)
    if entry is None:
        sql, params = build(values).query.sql_with_params()
        return sql, list(params)
    return entry.sql, _params(entry, values)


def instances(name: str, build, values: dict, using: str) -> list:
    """list(build(values)) on `using`, from SQL compiled once per shape and run prepared.

    build must return a queryset of model instances (not values()); select_related objects,
    annotations and prefetch_related lookups come out as the ORM gives them."""
    return instances_together([Read(name, build, values)], using)[0]


@dataclass(frozen=True)
class Read:
    """One instances() read: a name for its shape, the queryset builder and the values."""

    name: str
    build: Callable
    values: dict


class Statement(NamedTuple):
    """One read for fetch_together(): SQL, its parameters and whether to prepare it."""

    sql: str
    params: object
    prepare: bool = True


def instances_together(reads: list[Read | Statement], using: str) -> list[list]:
    """[instances(r.name, r.build, r.values, using) for r in reads], the reads sent to
    PostgreSQL together (one round trip, not one per read): for reads that do not depend on
    each other's results. A Statement among them gives its rows (fetch_all), in its place."""
    shapes = [
        None if isinstance(r, Statement) else _shape(r.name, r.build, r.values, for_instances=True, using=using)
        for r in reads
    ]
    statements = [
        r if isinstance(r, Statement) else Statement(shape.sql, _params(shape, r.values))
        for shape, r in zip(shapes, reads, strict=True)
        if shape or isinstance(r, Statement)
    ]
    fetched = iter(fetch_together(statements, using))
    results = []
    for shape, r in zip(shapes, reads, strict=True):
        if isinstance(r, Statement):
            results.append(next(fetched))
        elif shape:
            results.append(_objects(shape.rows, next(fetched), using))
        else:  # a queryset the shapes cannot hold: the ORM's own read
            results.append(list(r.build(r.values).using(using)))
    return results


def _objects(layout: _Rows, rows: list[tuple], using: str) -> list:
    """Model instances of a shape's rows, as the ORM's iterator makes them."""
    if layout.converters:
        rows = list(layout.compiler.apply_converters(rows, layout.converters))
    # Made for each query, as the ORM does: they collect the query's objects as peers.
    populators = get_related_populators(layout.compiler.klass_info, layout.compiler.select, using, layout.fetch_mode)
    objects, start, end = [], layout.start, layout.end
    for row in rows:
        obj = layout.model.from_db(using, layout.init_list, row[start:end], fetch_mode=layout.fetch_mode)
        for populator in populators:
            populator.populate(row, obj)
        for attr, position in layout.annotations.items():
            setattr(obj, attr, row[position])
        objects.append(obj)
    if layout.prefetches and objects:
        prefetch_related_objects(objects, *layout.prefetches)
    return objects


def set_prefetched(obj, relation: str, objects: list) -> None:
    """Makes obj.<relation>.all() these objects without a query, as prefetch_related would
    (for a relation read with instances() rather than prefetched by the ORM)."""
    related = obj._meta.get_field(relation).related_model
    queryset = related._default_manager.all()
    queryset._result_cache, queryset._prefetch_done = list(objects), True
    if not hasattr(obj, "_prefetched_objects_cache"):
        obj._prefetched_objects_cache = {}
    obj._prefetched_objects_cache[relation] = queryset


def among(ids) -> RawSQL:
    """For filter(pk__in=among(v["ids"])): the ids as one array parameter, so a list of any
    length keeps the query's shape (pk__in=[…] writes one placeholder per id)."""
    return RawSQL("SELECT unnest(%s::bigint[])", [ids])


def among_read(name: str, queryset, ids: list[int]) -> Read:
    """The read of queryset's rows with these ids (compiled once per name, whatever their number);
    ordered() puts them in the order of the ids."""
    return Read(name, lambda v: queryset.filter(pk__in=among(v["ids"])), {"ids": list(ids)})


def ordered(objects: list, ids: list[int]) -> list:
    """objects in the order of ids (ids with no object left out)."""
    found = {obj.pk: obj for obj in objects}
    return [found[pk] for pk in ids if pk in found]


def fetch_all(sql: str, params, using: str, *, prepare: bool = True) -> list[tuple]:
    """All rows of a read (a SELECT or EXPLAIN: it may be run twice, see _on_live_connection)
    on `using`, with server-side parameters, prepared (planned once per connection) unless the
    best plan depends on the values, as a search's does on its words. Logged like Django's
    queries, so query counts see it."""
    return fetch_together([Statement(sql, params, prepare)], using)[0]


def fetch_together(statements: list[Statement], using: str) -> list[list[tuple]]:
    """fetch_all() of each statement, sent together in psycopg's pipeline mode (where the libpq
    in use has it; one after the other otherwise). Each is logged as a query of its own, with
    an equal share of the time they took together."""
    if not statements:
        return []
    connection = connections[using]
    together = len(statements) > 1 and psycopg.Pipeline.is_supported()
    started = time.monotonic()
    if together:
        results = _on_live_connection(connection, lambda: _pipelined(connection, statements))
    else:
        results = [_on_live_connection(connection, lambda s=s: _rows(connection, s)) for s in statements]
    if connection.queries_logged:
        share = f"{(time.monotonic() - started) / len(statements):.3f}"
        connection.queries_log.extend({"sql": s.sql, "params": s.params, "time": share} for s in statements)
    return results


def _on_live_connection(connection, read):
    """read() on `connection`, run again on a new connection if it failed on a dead one.

    A persistent connection may have died since the last request (a database restart). Django's
    health check finds that out with a `SELECT 1` at the first query of every request; here the
    read itself is the check: if it fails at the first use in a request and the connection is
    unusable, it is opened again and the read repeated (reads only: nothing is done twice)."""
    first_use = connection.connection is not None and connection.health_check_enabled
    first_use = first_use and not connection.health_check_done and not connection.in_atomic_block
    connection.ensure_connection()
    try:
        result = read()
    except OperationalError:
        if not first_use or connection.is_usable():
            raise
        connection.close()
        connection.ensure_connection()
        result = read()
    if first_use:
        connection.health_check_done = True  # it works: Django's own cursors need not ask again
    return result


def _rows(connection, statement: Statement) -> list[tuple]:
    with connection.wrap_database_errors, psycopg.Cursor(connection.connection) as cursor:
        cursor.execute(statement.sql, statement.params, prepare=statement.prepare)
        return cursor.fetchall()


def _pipelined(connection, statements: list[Statement]) -> list[list[tuple]]:
    with connection.wrap_database_errors:
        cursors = [psycopg.Cursor(connection.connection) for _ in statements]
        try:
            # Sent as they are executed; leaving the block waits for every result.
            with connection.connection.pipeline():
                for cursor, statement in zip(cursors, statements, strict=True):
                    cursor.execute(statement.sql, statement.params, prepare=statement.prepare)
            return [cursor.fetchall() for cursor in cursors]
        finally:
            for cursor in cursors:
                cursor.close()
