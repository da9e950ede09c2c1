"""Admin pagination that does not COUNT(*) a huge table on every list page.

PostgreSQL counts by reading every row, so on a million quotes `SELECT COUNT(*)` alone takes
longer than the rest of a list page. For an unfiltered list of a big table the planner's own
estimate (pg_class.reltuples, kept current by autovacuum's ANALYZE) is good enough for page
links; small tables and filtered lists (where the estimate says nothing) get an exact count.
"""

from __future__ import annotations

import hashlib
import json

from django.core.cache import caches
from django.core.paginator import Paginator
from django.db import connections
from django.db.models import QuerySet
from django.utils.functional import cached_property

ESTIMATES_SECONDS = 60  # what is as good a minute old (CACHES["estimates"]: estimates, the outlets)


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
    unordered = queryset.order_by()
    # Kept a minute (CACHES["estimates"]): a list's length is as good a minute old. The key is
    # the query's text with its values (str() of a query puts them in).
    key = hashlib.md5(f"{queryset.db}:{connection.settings_dict['NAME']}:{unordered.query}".encode()).hexdigest()
    return caches["estimates"].get_or_set(
        f"estimate:{key}", lambda: planned_rows(unordered.explain(format="json")), ESTIMATES_SECONDS
    )


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
        self.known_estimate = None  # the planner's estimate when the caller has asked it already
        if estimate_above is not None:
            self.estimate_above = estimate_above
        if cap is not None:
            self.cap = cap

    @cached_property
    def count(self) -> int:
        objects = self.object_list
        if isinstance(objects, QuerySet):
            estimate = self.known_estimate if self.known_estimate is not None else planner_estimate(objects)
            exact = lambda: objects.order_by()[: self.cap + 1].count()  # noqa: E731
        else:
            return super().count
        if estimate < self.estimate_above:
            counted = exact()
            if counted <= self.cap:
                return counted
            estimate = max(estimate, counted)
        self.estimated = True
        return estimate


class CountedPaginator(Paginator):
    """A Paginator told its count (and whether that is the planner's estimate): the page
    counted the same rows already (the review queue's waiting records), not twice."""

    def __init__(self, object_list, per_page, *, count: int, estimated: bool = False):
        super().__init__(object_list, per_page)
        self.known_count, self.estimated = count, estimated

    @cached_property
    def count(self) -> int:
        return self.known_count
