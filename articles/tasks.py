"""Background jobs, run by the task worker (`manage.py db_worker`)."""

from django.tasks import task

from articles.services import importing


@task
def run_import_job(job_id: int) -> str:
    """Import the files of an ImportJob uploaded from the browser."""
    return importing.run_job(job_id).status
