"""Background jobs, run by the task worker (`manage.py import_worker`)."""

from django.db import transaction
from django.tasks import task

from articles.services import importing


@task
def run_import_job(job_id: int) -> str:
    """Import the files of an ImportJob uploaded from the browser."""
    return importing.run_job(job_id).status


def resume_interrupted_imports() -> list[int]:
    """Queue again the import jobs whose worker died (marked interrupted in the same transaction,
    so a job is never marked without being queued)."""
    with transaction.atomic():
        job_ids = importing.mark_interrupted_jobs()
        for job_id in job_ids:
            run_import_job.enqueue(job_id)
    return job_ids
