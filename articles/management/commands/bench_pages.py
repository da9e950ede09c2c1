"""python manage.py bench_pages --url http://127.0.0.1:8765 [--duration 20] [--connections 16]

Page latency under load: wrk drives the app served as `make run` serves it (gunicorn,
DEBUG off, whitenoise; scripts/bench.sh starts it) with N concurrent clients logged in as
an editor, each page over a few hundred varied addresses, and prints p50/p95/p99 and
requests/s. Then, in this process, each page's SQL query count (first request and a
repeated one; for the lightest and the heaviest record, so a count that grows with the
data shows) and EXPLAIN ANALYZE of its slowest query. Asserts nothing: figures only.
"""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.bench.pages import (
    TARGETS_MS,
    TARGETS_WHILE_IMPORTING_MS,
    bench_user,
    clear_renderings,
    explain,
    first_view_ms,
    machine_speed,
    query_counts,
    reload_workers,
    render_ahead,
    run_wrk,
    sample_pages,
    session_cookie,
    warm_database,
)
from articles.models import Article, Person, Quote


class Command(BaseCommand):
    help = "Page latency (p50/p95/p99, req/s) under concurrent load with wrk, query counts and slowest plans."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("--url", default="http://127.0.0.1:8765", help="The running app (loopback only).")
        parser.add_argument("--duration", type=int, default=20, help="Seconds of load per page.")
        parser.add_argument("--warmup", type=int, default=5, help="Seconds of unmeasured load first.")
        parser.add_argument("--connections", type=int, default=16)
        parser.add_argument("--threads", type=int, default=2)
        parser.add_argument("--pages", nargs="*", help="Only these pages (names as printed).")
        parser.add_argument("--no-load", action="store_true", help="Only the query counts and plans.")
        parser.add_argument(
            "--server-pid",
            type=int,
            help="gunicorn's master: its workers are reloaded (SIGHUP) before each page (renderings start empty).",
        )
        parser.add_argument("--json-out", type=Path, help="Also write the figures to this file (JSON).")
        parser.add_argument(
            "--while-importing",
            action="store_true",
            help="Imports commit alongside (bench_trickle): the targets for that case.",
        )

    def handle(self, *args, url, duration, warmup, connections, threads, pages, no_load, json_out, server_pid, **o):
        targets = TARGETS_WHILE_IMPORTING_MS if o.get("while_importing") else TARGETS_MS
        if not url.startswith(("http://127.0.0.1", "http://localhost", "http://[::1]")):
            raise CommandError("the load goes to the loopback interface only")
        user = bench_user()
        cookie = session_cookie(user)
        chosen = [p for p in sample_pages(random.Random(1)) if not pages or p.name in pages]
        total = Article.objects.count()
        self.stdout.write(
            f"\n{total:,} articles, {Person.objects.count():,} people, {Quote.objects.count():,} quotes; "
            f"{connections} concurrent clients, {duration} s per page after {warmup} s warm-up"
        )
        results = {}
        if not no_load:
            self.stdout.write(warm_database())
            speed_before = machine_speed()
            wrk = shutil.which("wrk")
            if not wrk:
                raise CommandError("wrk is not installed (apt-get install wrk); scripts/bench.sh installs it")
            self.stdout.write(f"\n{'page':<18} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'req/s':>8}  target p95")
            for page in chosen:
                # Each page starts from empty caches (earlier runs over the same data left their
                # renderings behind); the warm-up fills them as a running server's.
                clear_renderings()
                if page.articles_ahead or page.people_ahead:
                    self.stdout.write(render_ahead(page))
                if server_pid:
                    reload_workers(server_pid, url)
                figures = run_wrk(wrk, url, page.urls, cookie, warmup, duration, connections, threads)
                results[page.name] = figures
                target = targets.get(page.name)
                kept = figures["requests"] and figures["p95"] <= (target or 0)
                held = "" if target is None else ("held" if kept else "MISSED")
                note = ""
                if figures["non200"] or figures["errors"]:
                    note = f"  {figures['non200']} answers not 200, {figures['errors']} errors/timeouts!"
                if not figures["requests"]:
                    note = "  no request completed within the 10 s timeout"
                self.stdout.write(
                    f"{page.name:<18} {figures['p50']:8.1f} {figures['p95']:8.1f} {figures['p99']:8.1f} "
                    f"{figures['rps']:8.1f}  ≤ {target} ms {held}{note}"
                )
            results["machine_speed_ms"] = [speed_before, machine_speed()]
            self.stdout.write(
                f"(the machine's speed: a fixed Python loop took {speed_before:.0f} ms before the pages and "
                f"{results['machine_speed_ms'][1]:.0f} ms after, the median on every core at once, lower is "
                "faster; a shared VM's cores are not always as fast, and the pages' figures move with them)"
            )
        self.stdout.write(
            f"\n{'SQL queries per page':<28} {'first':>6} {'again':>6} {'write':>6} {'heavy':>6}  slowest query"
        )
        counts = {}
        for page in chosen:
            light, again, after_write, heavy, slowest = query_counts(user, page)
            counts[page.name] = {"light": light, "again": again, "after_write": after_write, "heavy": heavy}
            self.stdout.write(f"{page.name:<28} {light:>6} {again:>6} {after_write:>6} {heavy:>6}  {slowest[0]:.1f} ms")
        self.stdout.write(
            "(first: an empty cache; again: the page kept whole; write: again after a commit elsewhere, "
            "parts from kept renderings; heavy: the record with the most rows, first view)"
        )
        self.stdout.write("\nFirst view, rendered alone in this process with nothing kept (median of 20):")
        for page in chosen:
            self.stdout.write(f"{page.name:<28} {first_view_ms(user, page):6.1f} ms")
        for page in chosen:
            *_counts, (ms, sql, params) = query_counts(user, page, only_heavy=True)
            self.stdout.write(f"\n--- {page.name}: slowest query ({ms:.1f} ms) of {page.heavy}\n{sql[:600]}")
            self.stdout.write(explain(sql, params))
        if json_out:
            json_out.write_text(json.dumps({"load": results, "queries": counts}, indent=2))
