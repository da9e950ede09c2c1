"""What the throughput benchmarks share: the texts they read, a best-of timer, a rate's line."""

from __future__ import annotations

import time
from pathlib import Path

from django.conf import settings

DEFAULT_PATHS = [
    Path(settings.BASE_DIR) / "seeds",
    Path(settings.BASE_DIR).parent / "shared" / "benchmarks" / "polnear-test" / "text",
]


def best_of(repeat: int, run) -> float:
    times = []
    for _ in range(max(1, repeat)):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def rate_line(label: str, articles: int, tokens: int, seconds: float) -> str:
    return f"{label:<20} {articles / seconds:8.1f} articles/s {tokens / seconds:10,.0f} tokens/s  ({seconds:.2f} s)"
