"""python manage.py bench_trickle [--rate 1] [--seconds 60]

Imports the way a desk does all day, for page benchmarks run alongside (scripts/bench.sh): one
import worker (`import_worker`, as `make run` starts it) and a job enqueued every 1/rate
seconds, each a benchmark text changed by one line, so about `rate` articles commit every
second. Stops after `seconds` (or on Ctrl-C) and deletes what it imported. Prints how many it imported; asserts nothing.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from articles.bench.imports import bench_texts, clean_up, enqueue_copy, high_marks
from articles.models import ImportFile, ImportJob


class Command(BaseCommand):
    help = "About RATE imports committing every second, for SECONDS, through one import worker; cleaned up after."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("--rate", type=float, default=1.0, help="Imports enqueued per second.")
        parser.add_argument("--seconds", type=float, default=60.0)

    def handle(self, *args, rate, seconds, **options):
        texts = bench_texts()
        if not texts or rate <= 0:
            raise CommandError("no texts to import, or no rate")
        marker, since, marks = uuid.uuid4().hex[:8], timezone.now(), high_marks()
        command = [sys.executable, str(Path(settings.BASE_DIR) / "manage.py"), "import_worker"]
        command += ["--no-startup-delay", "--queue-name", "default", "-v", "0"]
        signal.signal(signal.SIGTERM, stop)  # scripts/bench.sh stops it when the pages are done
        worker = subprocess.Popen(command, env=os.environ.copy())
        task_ids: list[str] = []
        started = time.monotonic()
        try:
            while time.monotonic() - started < seconds:
                name, text = texts[len(task_ids) % len(texts)]
                task_ids.append(enqueue_copy(name, text, marker, len(task_ids)))
                time.sleep(max(0.0, started + len(task_ids) / rate - time.monotonic()))
        except KeyboardInterrupt:
            pass
        finally:
            worker.terminate()
            worker.wait(timeout=60)
            imported = ImportFile.objects.filter(job__pk__gt=marks[ImportJob], status="imported").count()
            elapsed = time.monotonic() - started
            self.stdout.write(f"{imported} of {len(task_ids)} enqueued imports committed in {elapsed:.0f} s")
            clean_up(marks, task_ids, since)


def stop(signum, frame):
    raise KeyboardInterrupt
