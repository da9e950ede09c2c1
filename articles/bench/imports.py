"""Imports for the benchmarks: the texts, a changed copy enqueued as the upload page enqueues
it, and the clean-up of everything a run imported."""

from __future__ import annotations

from pathlib import Path

from django.db import transaction
from django.db.models import Max, Q
from django_tasks_db.models import DBTaskResult

from articles.bench.timing import DEFAULT_PATHS
from articles.ingest.decoding import decode_text
from articles.models import Article, Event, ImportJob, Person, Quote
from articles.services.importing import collect_files, create_job
from articles.tasks import run_import_job

MADE_BY_RUNS = (Article, Person, Event, ImportJob)


def bench_texts(paths: list[Path] | None = None) -> list[tuple[str, str]]:
    """(file name, text) of the benchmark's texts: seeds and PolNeAR unless paths are given."""
    files = collect_files(paths or [p for p in DEFAULT_PATHS if p.exists()])
    return [(f.name, decode_text(f.read_bytes())) for f in files]


def enqueue_copy(name: str, text: str, marker: str, copy: int) -> str:
    """Enqueues an import of the text changed by one line (so it is never "unchanged"); its task id."""
    data = f"{text}\n\nImported by the newsdesk benchmark, run {marker}, copy {copy}.\n".encode()
    with transaction.atomic():
        job = create_job([(f"bench-{marker}-{copy}-{name}", data)])
        return run_import_job.enqueue(job.pk).id


def high_marks() -> dict:
    """The highest ids now: rows above them are made by the run that follows."""
    return {model: model.objects.aggregate(n=Max("pk"))["n"] or 0 for model in MADE_BY_RUNS}


def clean_up(marks: dict, task_ids: list[str], since) -> None:
    """Deletes what a run imported (its articles, new people and events, jobs, tasks, history)."""
    with transaction.atomic():
        Article.objects.filter(pk__gt=marks[Article]).delete()
        Event.objects.filter(pk__gt=marks[Event]).delete()
        Person.objects.filter(pk__gt=marks[Person]).delete()
        ImportJob.objects.filter(pk__gt=marks[ImportJob]).delete()
        # ...and the tasks they queued (the pages of the people they mention, rendered ahead).
        DBTaskResult.objects.filter(Q(id__in=task_ids) | Q(enqueued_at__gte=since)).delete()
        for model in (Article, Person, Event, Quote):
            model.history.filter(history_date__gte=since).delete()
