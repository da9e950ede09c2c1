"""Values kept a minute in each process, for what is costly to ask on every request and as good
a minute old: the planner's estimate of a list's length ("About 99,050 articles"), the outlets
a filter offers. Nothing exact (counts, rows shown) is kept here."""

from __future__ import annotations

import time

SECONDS = 60
_values: dict[tuple, tuple[float, object]] = {}


def remembered(key: tuple, compute):
    """compute() for this key, or its value from the last SECONDS."""
    now = time.monotonic()
    found = _values.get(key)
    if found and now - found[0] < SECONDS:
        return found[1]
    if len(_values) > 5000:
        _values.clear()
    value = compute()
    _values[key] = (now, value)
    return value


def forget() -> None:
    """Drops everything kept (tests, where each test has its own data)."""
    _values.clear()
