"""Admin pagination that does not COUNT(*) a huge table on every list page.

PostgreSQL counts by reading every row, so on a million quotes `SELECT COUNT(*)` alone takes
longer than the rest of a list page. For an unfiltered list of a big table the planner's own
estimate (pg_class.reltuples, kept current by autovacuum's ANALYZE) is good enough for page
links; small tables and filtered lists (where the estimate says nothing) get an exact count.
"""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.utils.functional import cached_property

from articles.querysets import estimated_row_count, planner_estimate


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
