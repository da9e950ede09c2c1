"""Admin pagination that does not COUNT(*) a huge table on every list page.

PostgreSQL counts by reading every row, so on a million quotes `SELECT COUNT(*)` alone takes
longer than the rest of a list page. For an unfiltered list of a big table the planner's own
estimate (pg_class.reltuples, kept current by autovacuum's ANALYZE) is good enough for page
links; small tables and filtered lists (where the estimate says nothing) get an exact count.
"""

from __future__ import annotations

import json

from django.core.paginator import Paginator
from django.db import connections
from django.db.models import QuerySet
from django.utils.functional import cached_property

from articles.remembered import remembered


def estimated_row_count(model, using: str = "default") -> int | None:
    """The planner's row estimate for model's table, or None when it has none yet."""
    connection = connections[using]
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass(%s)",
            [connection.ops.quote_name(model._meta.db_table)],
        )
        row = cursor.fetchone()
    # -1 (PostgreSQL 14+) or 0 with pages: never analysed; then only a real count is trustworthy.
    return row[0] if row and row[0] > 0 else None


def is_unfiltered(queryset: QuerySet) -> bool:
    """True when the queryset selects every row of its table (ordering and joins aside)."""
    query = queryset.query
    return not (
        query.where
        or query.distinct
        or query.combinator
        or query.group_by
        or query.low_mark
        or query.high_mark is not None
    )


class EstimatedCountPaginator(Paginator):
    """A Paginator whose count is PostgreSQL's estimate for an unfiltered list of a big table."""

    # Below this many rows an exact COUNT(*) costs a few milliseconds: count exactly.
    exact_count_below = 50_000

    @cached_property
    def count(self) -> int:
        objects = self.object_list
        if isinstance(objects, QuerySet) and is_unfiltered(objects):
            estimate = estimated_row_count(objects.model, objects.db)
            if estimate is not None and estimate >= self.exact_count_below:
                return estimate
        return super().count


def planned_rows(plan) -> int:
    """The row estimate at the top of an EXPLAIN (FORMAT JSON) result."""
    if isinstance(plan, str):
        plan = json.loads(plan)
    return int(plan[0]["Plan"]["Plan Rows"])


def planner_estimate(queryset: QuerySet) -> int:
    """The planner's row estimate for a queryset (EXPLAIN, nothing run): a guess, not a count."""
    connection = connections[queryset.db]
    if connection.vendor != "postgresql":
        return queryset.count()
    sql, params = queryset.order_by().query.sql_with_params()

    def explain() -> int:
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN (FORMAT JSON) " + sql, params)
            return planned_rows(cursor.fetchone()[0])

    return remembered(("estimate", queryset.db, connection.settings_dict["NAME"], sql, repr(params)), explain)


class CappedCountPaginator(Paginator):
    """For the workspace's lists: an exact count for short lists, the planner's estimate for long ones.

    `SELECT COUNT(*)` over a filtered million-row list reads every matching row, however few
    are shown. The planner's estimate (EXPLAIN, nothing run) comes first; a list it puts above
    `estimate_above` rows is counted by that estimate, flagged `estimated` so the page says
    "about". Shorter ones are counted exactly, but never past `cap` rows (an estimate can be
    wrong). One or two queries whatever the data; a page past the real end is just empty.
    """

    estimate_above = 5000
    cap = 10_000

    def __init__(self, *args, estimate_above: int | None = None, cap: int | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.estimated = False
        if estimate_above is not None:
            self.estimate_above = estimate_above
        if cap is not None:
            self.cap = cap

    @cached_property
    def count(self) -> int:
        objects = self.object_list
        if isinstance(objects, QuerySet):
            estimate = planner_estimate(objects)
            exact = lambda: objects.order_by()[: self.cap + 1].count()  # noqa: E731
        elif isinstance(objects, SQLRows):
            estimate = objects.estimate()
            exact = lambda: objects.capped_count(self.cap)  # noqa: E731
        else:
            return super().count
        if estimate < self.estimate_above:
            counted = exact()
            if counted <= self.cap:
                return counted
            estimate = max(estimate, counted)
        self.estimated = True
        return estimate


class SQLRows:
    """The first column of a query's rows (ids), for a Paginator: counted by the planner's estimate
    or a capped count, and fetched a page at a time with LIMIT/OFFSET, all as raw SQL (see
    articles.compiled.compiled_sql: the ORM's work done once per shape of the query)."""

    def __init__(self, sql: str, params: list, using: str, *, prepare: bool = True, estimate: int | None = None):
        self.sql, self.params, self.using, self.prepare = sql, params, using, prepare
        self.known_estimate = estimate  # when the caller has asked the planner already

    def _rows(self, sql: str, params: list) -> list[tuple]:
        from articles.compiled import fetch_all

        return fetch_all(sql, params, self.using, prepare=self.prepare)

    def estimate(self) -> int:
        if self.known_estimate is not None:
            return self.known_estimate

        def explain() -> int:
            return planned_rows(self._rows("EXPLAIN (FORMAT JSON) " + self.sql, self.params)[0][0])

        database = connections[self.using].settings_dict["NAME"]
        return remembered(("estimate", self.using, database, self.sql, repr(self.params)), explain)

    def capped_count(self, cap: int) -> int:
        sql = f"SELECT COUNT(*) FROM ({self.sql} LIMIT %s) AS capped"
        return self._rows(sql, [*self.params, cap + 1])[0][0]

    def __getitem__(self, index):
        if not isinstance(index, slice) or index.step is not None:
            raise TypeError("SQLRows is sliced a page at a time")
        start, stop = index.start or 0, index.stop
        sql = f"{self.sql} LIMIT %s OFFSET %s"
        return [row[0] for row in self._rows(sql, [*self.params, max(stop - start, 0), start])]


class CountedPaginator(Paginator):
    """A Paginator told its count (and whether that is the planner's estimate): the page
    counted the same rows already (the review queue's waiting records), not twice."""

    def __init__(self, object_list, per_page, *, count: int, estimated: bool = False):
        super().__init__(object_list, per_page)
        self.known_count, self.estimated = count, estimated

    @cached_property
    def count(self) -> int:
        return self.known_count
