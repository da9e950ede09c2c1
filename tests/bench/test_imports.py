"""articles/bench/imports.py: a benchmark's imports are real imports, and are all removed after."""

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from articles.bench.imports import clean_up, enqueue_copy, high_marks
from articles.models import Article, ImportJob, Person, Quote
from articles.services.importing import run_job

pytestmark = pytest.mark.django_db

STORY = """Harbour plan approved

By Ann Lee

Portsmouth City Council voted on Monday for the new harbour plan, officials said.

"We have waited years for this," said the mayor, Tom Price, after the vote.
"""


def test_a_copy_is_imported_as_new_and_cleaning_up_removes_what_the_run_made(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
    before = {model: model.objects.count() for model in (Article, Person, Quote, ImportJob)}
    since, marks = timezone.now(), high_marks()
    task_ids = [enqueue_copy("harbour.txt", STORY, "run1", copy) for copy in range(2)]
    assert DBTaskResult.objects.filter(id__in=task_ids).count() == 2
    for job in ImportJob.objects.filter(pk__gt=marks[ImportJob]):
        run_job(job.pk)
    # Two copies, each changed by a line: two articles, not one and an "unchanged".
    assert Article.objects.count() == before[Article] + 2
    assert Person.objects.filter(name="Tom Price").exists()
    clean_up(marks, task_ids, since)
    assert {model: model.objects.count() for model in before} == before
    assert not DBTaskResult.objects.filter(id__in=task_ids).exists()
    assert not Article.history.filter(history_date__gte=since).exists()
