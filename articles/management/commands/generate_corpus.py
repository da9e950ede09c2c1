"""python manage.py generate_corpus [N] [--templates PATH ...] [--seed S] [--batch B]

Adds N articles (default 100,000) for benchmarks, with their people, mentions, quotes and
events, made from template texts run once through the real extraction pipeline and written
in bulk (articles/services/corpus.py). Meant for a benchmark database, e.g.
DATABASE_URL=postgresql://postgres@/newsdesk_bench?host=$PWD/var/pg/run (make bench does it).
"""

from __future__ import annotations

import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from articles.bench import corpus
from articles.models import Article

THREADED_ABOVE = 5000


class Command(BaseCommand):
    help = "Add N generated articles (people, quotes, events) for benchmarks, written in bulk."

    def add_arguments(self, parser):
        parser.add_argument("n", nargs="?", type=int, default=100_000, help="Articles to add (default 100000).")
        parser.add_argument(
            "--templates",
            nargs="+",
            type=Path,
            help="Template texts, files or folders (default: seeds/ and tests/data/polnear/).",
        )
        parser.add_argument("--seed", type=int, help="Random seed (default: the number of articles stored).")
        parser.add_argument("--batch", type=int, default=2000, help="Articles per COPY transaction.")
        parser.add_argument("--analyze", action="store_true", help="VACUUM ANALYZE the tables afterwards.")

    def handle(self, *args, n, templates, seed, batch, analyze, verbosity, **options):
        if n < 1:
            raise CommandError("N must be at least 1")
        paths = templates or [Path(settings.BASE_DIR) / d for d in corpus.DEFAULT_TEMPLATE_DIRS]
        missing = [str(p) for p in paths if not p.exists()]
        if missing:
            raise CommandError(f"no such file or folder: {', '.join(missing)}")
        say = self.stdout.write if verbosity else (lambda s: None)
        started = time.perf_counter()
        found = corpus.load_templates(paths, progress=say)
        say(f"{len(found)} templates extracted in {time.perf_counter() - started:.1f} s")
        seed = Article.objects.count() if seed is None else seed
        started = time.perf_counter()
        # Big corpora copy on a second connection while the next batch is made (each batch
        # commits by itself); small ones stay in the caller's transaction (tests).
        threaded = n > THREADED_ABOVE
        counts = corpus.generate(n, found, seed=seed, batch=batch, threaded=threaded, progress=say)
        seconds = time.perf_counter() - started
        self.stdout.write(
            f"added {counts['articles']:,} articles, {counts['people']:,} people, {counts['mentions']:,} mentions, "
            f"{counts['quotes']:,} quotes, {counts['events']:,} events in {seconds:.0f} s "
            f"({counts['articles'] / max(seconds, 1e-9):,.0f} articles/s)"
        )
        if analyze:
            with connection.cursor() as cursor:
                for model in corpus.ANALYZED_MODELS:
                    cursor.execute(f"VACUUM ANALYZE {connection.ops.quote_name(model._meta.db_table)}")
