"""Admin pagination that does not COUNT(*) a huge table on every list page.

PostgreSQL counts by reading every row, so on a million quotes `SELECT COUNT(*)` alone takes
longer than the rest of a list page. For an unfiltered list of a big table the planner's own
estimate (pg_class.reltuples, kept current by autovacuum's ANALYZE) is good enough for page
links; small tables and filtered lists (where the estimate says nothing) get an exact count.
"""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db import connections
from django.db.models import QuerySet
from django.utils.functional import cached_property


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
