"""Background jobs, run by the task worker (`manage.py import_worker`)."""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.tasks import task

from articles.models import Article, Person
from articles.services import importing
from articles.views import prerender

# Below imports: a person's page waits while files are queued (its first view renders it anyway).
PEOPLE_PRIORITY = -10


@task
def run_import_job(job_id: int) -> str:
    """Import the files of an ImportJob uploaded from the browser, then render the pages of the
    articles it saved ahead of their first readers."""
    job = importing.run_job(job_id)
    saved = job.saved_article_ids()
    # None rendered (the speed layer off, or every rendering failed): nor are their people's pages.
    if prerender.articles(saved):
        people = Person.objects.in_articles(Article.objects.filter(pk__in=saved)).order_by("pk")
        render_people_ahead.using(priority=PEOPLE_PRIORITY).enqueue(list(people.values_list("pk", flat=True)))
    return job.status


@task
def render_people_ahead(person_ids: list[int]) -> str:
    """Render the pages of people an import mentioned, before their next readers ask."""
    return f"{prerender.people(person_ids)} of {len(person_ids)} rendered"


@task
def render_article_ahead(article_id: int) -> str:
    """Render an article page's content again after an editor changed what it shows, before its
    next reader asks (views/prerender.py)."""
    return "rendered" if prerender.articles([article_id]) else "not rendered"


def resume_interrupted_imports() -> list[int]:
    """Queue again the import jobs whose worker died (marked interrupted in the same transaction,
    so a job is never marked without being queued)."""
    with transaction.atomic():
        job_ids = importing.mark_interrupted_jobs()
        for job_id in job_ids:
            run_import_job.enqueue(job_id)
    return job_ids


@task
def restore_cut_line(article_id: int, line_no: int, user_id: int | None = None) -> str:
    """Put a cut line back into a long article (its people, quotes and events are read again:
    seconds, too long for a web request). Says why when there was nothing to do."""
    user = get_user_model().objects.filter(pk=user_id).first() if user_id else None
    try:
        with importing.acting_user(user):
            importing.restore_removed_line(article_id, line_no)
    except (ValueError, Article.DoesNotExist) as error:
        return f"not restored: {error}"
    prerender.articles([article_id])
    return "restored"
