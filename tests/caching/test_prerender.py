"""Article pages rendered ahead of their readers (articles/views/prerender.py): the import task
renders each saved article's content as readers and editors see it, into the renderings every
web worker shares (without CACHE_URL, the database's cache table), so the first reader does
not wait for it."""

from io import StringIO

import pytest
from django.core.cache import caches
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.signals import template_rendered
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from articles.models import Article, Person
from articles.services.importing import create_job
from articles.tasks import render_people_ahead, run_import_job
from articles.views import prerender
from newsdesk.settings import caches_from_environment

from .. import factories as f

pytestmark = pytest.mark.django_db

STORY = (
    b"Harbour board backs new ferry pier\n\nBy Ana Ruiz\n\n"
    b'"We will start building in spring," the board\'s chair, Tomas Berg, said on Monday.\n'
)
WORKSPACE = "articles/article_workspace.html"
IMMEDIATE = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def shared_renderings(settings):
    """Renderings kept as `make run` keeps them: in the database's cache table."""
    settings.CACHES = {**settings.CACHES, "renderings": caches_from_environment(None)["renderings"]}
    caches["renderings"].clear()
    yield caches["renderings"]
    caches["renderings"].clear()


def templates_rendered(client, path: str) -> tuple[list[str], str]:
    names = []

    def record(sender, template, **kwargs):
        names.append(template.name)

    template_rendered.connect(record)
    try:
        response = client.get(path)
    finally:
        template_rendered.disconnect(record)
    assert response.status_code == 200
    return names, response.text


def rows_kept() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM newsdesk_renderings")
        return cursor.fetchone()[0]


def new_article_to_tag(client, editor):
    """A new article and its tag widget's address, the editor logged in."""
    article = f.article("Pier vote delayed", "The vote on the pier was delayed.")
    client.force_login(editor)
    return article, reverse("articles:tag_add", args=["article", article.pk])


def test_the_import_task_renders_an_article_for_readers_and_editors_before_anyone_asks(
    shared_renderings, client, editor, viewer
):
    job = create_job([("pier.txt", STORY)], user=editor)
    assert run_import_job.call(job.pk) == "done"
    article = Article.objects.get()
    assert rows_kept() == 2  # as a reader and as an editor see it

    for user, controls in ((viewer, False), (editor, True)):
        client.force_login(user)
        rendered, page = templates_rendered(client, reverse("articles:detail", args=[article.pk]))
        assert WORKSPACE not in rendered  # served as the import task rendered it
        assert "Tomas Berg" in page and "We will start building in spring" in page
        assert ("Add a tag" in page) is controls
        assert "newsdesk-csrf-token" not in page  # the request's own token went in


def test_only_the_kinds_of_account_the_desk_has_are_rendered_ahead(shared_renderings, client, editor, groups):
    # A desk of editors: nobody would read the viewers' rendering, so none is made.
    job = create_job([("pier.txt", STORY)], user=editor)
    assert run_import_job.call(job.pk) == "done"
    assert rows_kept() == 1
    berg = Person.objects.get(name="Tomas Berg")
    render_people_ahead.call([berg.pk])
    assert rows_kept() == 2  # his page as an editor sees it

    # An account of another kind gets its page rendered on its first view, as it should be.
    viewer = f.user("late-viewer", group=groups[1])
    client.force_login(viewer)
    for path, workspace in (
        (reverse("articles:detail", args=[Article.objects.get().pk]), WORKSPACE),
        (reverse("articles:person", args=[berg.pk]), "articles/person_workspace.html"),
    ):
        rendered, page = templates_rendered(client, path)
        assert workspace in rendered and "We will start building in spring" in page
        assert "Add a tag" not in page
    assert rows_kept() == 4


def test_an_article_nobody_rendered_ahead_renders_on_its_first_view_and_is_kept_for_every_worker(
    shared_renderings, client, editor
):
    article = f.article("Pier vote delayed", "The vote on the pier was delayed.")
    client.force_login(editor)
    path = reverse("articles:detail", args=[article.pk])
    rendered, _ = templates_rendered(client, path)
    assert WORKSPACE in rendered
    assert rows_kept() == 1  # in the database, where every worker and machine finds it
    caches["pages"].clear()  # another worker: nothing of this one's memory
    rendered, page = templates_rendered(client, path)
    assert WORKSPACE not in rendered and "The vote on the pier was delayed." in page


def test_a_change_to_the_article_is_rendered_again_not_served_from_before(shared_renderings, client, editor):
    article = f.article("Pier vote delayed", "The vote on the pier was delayed.")
    prerender.article(article.pk)
    Article.objects.filter(pk=article.pk).update(body="The vote on the pier was held.")
    client.force_login(editor)
    rendered, page = templates_rendered(client, reverse("articles:detail", args=[article.pk]))
    assert WORKSPACE in rendered and "was held" in page and "was delayed" not in page


def test_an_article_that_cannot_be_rendered_does_not_fail_the_import(shared_renderings, editor, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise RuntimeError("template missing")

    monkeypatch.setattr(prerender, "render_article_content", broken)
    job = create_job([("pier.txt", STORY)], user=editor)
    assert run_import_job.call(job.pk) == "done"
    assert Article.objects.count() == 1 and rows_kept() == 0
    assert "could not render article" in caplog.text


def test_with_the_speed_layer_off_nothing_is_rendered_ahead(shared_renderings, settings, client, editor):
    settings.NEWSDESK_CACHING = False
    job = create_job([("pier.txt", STORY)], user=editor)
    assert run_import_job.call(job.pk) == "done"
    assert rows_kept() == 0
    _article, tag_add = new_article_to_tag(client, editor)
    assert client.post(tag_add, {"name": "Harbours"}, headers={"HX-Request": "true"}).status_code == 200
    assert not DBTaskResult.objects.exists()  # no task queued to render people's or articles' pages


def test_an_editors_change_renders_the_article_again_in_the_background(shared_renderings, client, editor, settings):
    settings.TASKS = IMMEDIATE
    article, tag_add = new_article_to_tag(client, editor)
    assert client.post(tag_add, {"name": "Harbours"}, headers={"HX-Request": "true"}).status_code == 200
    # The task ran (at once here; the import worker runs it on a desk), rendering the article as
    # the desk's one kind of account, editors, sees it.
    assert rows_kept() == 1
    rendered, page = templates_rendered(client, reverse("articles:detail", args=[article.pk]))
    assert WORKSPACE not in rendered and "Harbours" in page


def test_a_refused_change_renders_nothing_again(shared_renderings, client, editor, settings):
    settings.TASKS = IMMEDIATE
    _article, tag_add = new_article_to_tag(client, editor)
    assert client.post(tag_add, {"name": ""}, headers={"HX-Request": "true"}).status_code == 422
    assert rows_kept() == 0


def test_the_import_renders_the_pages_of_the_people_it_mentions_after_the_files_queued(
    shared_renderings, client, editor, viewer, settings
):
    job = create_job([("pier.txt", STORY)], user=editor)
    run_import_job.call(job.pk)
    queued = DBTaskResult.objects.get(task_path="articles.tasks.render_people_ahead")
    assert queued.priority < 0  # after any import waiting in the queue
    berg = Person.objects.get(name="Tomas Berg")
    assert berg.pk in queued.args_kwargs["args"][0]

    render_people_ahead.call(*queued.args_kwargs["args"])
    for user in (viewer, editor):
        client.force_login(user)
        rendered, page = templates_rendered(client, reverse("articles:person", args=[berg.pk]))
        assert "articles/person_workspace.html" not in rendered
        assert "We will start building in spring" in page


def test_the_prerender_command_renders_the_newest_articles_and_their_people(shared_renderings, client, editor):
    older = f.article("Old pier", "An old story.")
    newer = f.article("New pier", "A new story.")
    out = StringIO()
    call_command("prerender", "--newest", "1", stdout=out)
    assert "rendered 1 of 1 articles" in out.getvalue()
    client.force_login(editor)
    assert WORKSPACE not in templates_rendered(client, reverse("articles:detail", args=[newer.pk]))[0]
    assert WORKSPACE in templates_rendered(client, reverse("articles:detail", args=[older.pk]))[0]
    with pytest.raises(CommandError, match="--newest must be at least 1"):
        call_command("prerender", "--newest", "0")


@pytest.mark.django_db(transaction=True)
def test_renderings_made_ahead_are_committed_together_not_one_by_one(monkeypatch):
    # Each commit ends the whole pages the web workers keep: a task's renderings commit at once.
    seen = []

    def render(pk, readers):
        seen.append((pk, connection.in_atomic_block))

    render.__name__ = "article"
    assert prerender.each(render, [1, 2]) == 2
    assert seen == [(1, True), (2, True)]
    assert not connection.in_atomic_block
