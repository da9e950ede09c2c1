"""python manage.py bench_import [PATH ...] [--workers 1 2] [--copies 2]

Import throughput through the task queue, the way uploads are imported: K import jobs
(one file each) are enqueued, then 1 (and then 2) `manage.py db_worker --batch` processes
run until the queue is empty. Prints articles/s and tokens/s for each, the speed-up, and
spaCy's own nlp.pipe on the same texts beside them. Asserts nothing.

Every run imports fresh copies (a line added, so the content hash differs) into the
database in use, at its scale (the benchmark database has 100,000 articles), and deletes
what it imported afterwards: articles, the people and events it created, the jobs.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Max, Min
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from articles.bench.imports import bench_texts, clean_up, enqueue_copy, high_marks
from articles.bench.timing import best_of, rate_line
from articles.ingest import cleaning, nlp
from articles.models import Article, ImportFile, ImportJob


class Command(BaseCommand):
    help = "Import throughput of 1 and 2 task workers (db_worker --batch) beside spaCy's nlp.pipe."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", type=Path, help="Files or folders (default: seeds and PolNeAR).")
        parser.add_argument("--workers", nargs="+", type=int, default=[1, 2], help="Worker counts to run.")
        parser.add_argument("--copies", type=int, default=2, help="Copies of each text per run (K = files × copies).")
        parser.add_argument("--keep", action="store_true", help="Leave the imported articles in place.")

    def handle(self, *args, paths, workers, copies, keep, **options):
        texts = bench_texts(paths)
        if not texts:
            raise CommandError("no texts to import")
        model = nlp.load()
        bodies = [cleaning.clean_page(t).body for _, t in texts] * copies
        tokens = sum(len(doc) for doc in model.tokenizer.pipe(bodies))
        k = len(bodies)
        self.stdout.write(
            f"{k} import jobs ({len(texts)} texts × {copies}), {tokens:,} tokens, "
            f"into a database of {Article.objects.count():,} articles"
        )
        spacy_seconds = best_of(1, lambda: list(model.pipe(bodies)))
        self.stdout.write(rate_line("spaCy nlp.pipe", k, tokens, spacy_seconds) + "  (one process, no database)")
        rates, task_rates = {}, {}
        for n in workers:
            seconds, span, done = self.run(texts, copies, n, keep)
            rates[n], task_rates[n] = k / seconds, k / span
            self.stdout.write(
                rate_line(f"{n} db_worker" + ("s" if n > 1 else ""), k, tokens, seconds)
                + f"  wall; {k / span:.1f} articles/s first task start → last task end; {done}"
            )
        if 1 in rates and 2 in rates:
            # both ratios: the wall clock includes each worker's start, which a loaded machine can stretch
            self.stdout.write(
                f"2 workers / 1 worker: {rates[2] / rates[1]:.2f}× wall, "
                f"{task_rates[2] / task_rates[1]:.2f}× first task start → last task end"
            )

    def run(self, texts, copies, workers: int, keep: bool) -> tuple[float, float, str]:
        marker = uuid.uuid4().hex[:8]
        since = timezone.now()
        marks = high_marks()
        task_ids = [enqueue_copy(name, text, marker, c) for c in range(copies) for name, text in texts]
        command = [sys.executable, str(Path(settings.BASE_DIR) / "manage.py"), "db_worker", "--batch"]
        command += ["--no-startup-delay", "--queue-name", "default", "-v", "0"]
        started = time.perf_counter()
        processes = [subprocess.Popen(command, env=os.environ.copy()) for _ in range(workers)]
        codes = [p.wait() for p in processes]
        seconds = time.perf_counter() - started
        if any(codes):
            raise CommandError(f"a db_worker exited with {codes}")
        tasks = DBTaskResult.objects.filter(id__in=task_ids)
        times = tasks.aggregate(first=Min("started_at"), last=Max("finished_at"))
        span = (times["last"] - times["first"]).total_seconds()
        files = ImportFile.objects.filter(job__pk__gt=marks[ImportJob])
        statuses = dict.fromkeys(("imported", "updated", "unchanged", "failed"), 0)
        for status in files.values_list("status", flat=True):
            statuses[status] = statuses.get(status, 0) + 1
        done = ", ".join(f"{n} {s}" for s, n in statuses.items() if n)
        if not keep:
            clean_up(marks, task_ids, since)
        return seconds, span, done
