"""An editor puts a line the cleaning cut back into the story; editors' work survives."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from articles.models import Annotation, Article
from articles.services.importing import import_bytes

pytestmark = pytest.mark.django_db

PAGE = (
    "Council approves new harbour plan\n"
    "Most Read\n"
    "The council met on Monday and voted for the harbour plan by nine votes to two.\n"
    "Work starts in spring\n"
    "The new quay will open in 2027, the council's leader said after the vote.\n"
)


@pytest.fixture
def article():
    result = import_bytes(PAGE.encode(), "harbour.txt")
    return Article.objects.get(pk=result.article_id)


def cut_line(article, text):
    return next(cut["line"] for cut in article.removed_lines if cut["text"] == text)


def test_restore_puts_the_line_back_and_keeps_annotations(editor_client, editor, article):
    assert "Most Read" not in article.body
    start = article.body.index("the council's leader")
    note = Annotation.objects.create(
        article=article, author=editor, exact="the council's leader", start=start, end=start + 20, note="check"
    )
    response = editor_client.post(
        reverse("articles:restore_line", args=[article.pk]), {"line": cut_line(article, "Most Read")}
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert "Most Read" in article.body
    assert article.restored_lines == [1]
    assert all(cut["text"] != "Most Read" for cut in article.removed_lines)
    note.refresh_from_db()
    assert article.body[note.start : note.end] == "the council's leader"
    assert note.anchor_status == "moved"


def test_restored_line_survives_a_corrected_reimport(editor_client, article):
    editor_client.post(reverse("articles:restore_line", args=[article.pk]), {"line": 1})
    corrected = PAGE.replace("nine votes to two", "nine votes to three")
    assert import_bytes(corrected.encode(), "harbour.txt").status == "updated"
    article.refresh_from_db()
    assert "Most Read" in article.body and "nine votes to three" in article.body


def test_restoring_a_line_that_was_not_cut_is_refused(editor_client, article):
    response = editor_client.post(reverse("articles:restore_line", args=[article.pk]), {"line": 2})
    assert response.status_code == 400
    assert b"was not cut" in response.content


def test_viewer_cannot_restore(viewer_client, article):
    response = viewer_client.post(reverse("articles:restore_line", args=[article.pk]), {"line": 1})
    assert response.status_code == 403
    article.refresh_from_db()
    assert "Most Read" not in article.body


def test_article_page_offers_restore_to_editors_only(editor_client, client, viewer, article):
    assert b"Put this line back" in editor_client.get(article.get_absolute_url()).content
    client.force_login(viewer)
    assert b"Put this line back" not in client.get(article.get_absolute_url()).content


@pytest.mark.django_db(transaction=True)  # the task worker reads what the request committed
def test_a_long_article_is_restored_by_the_task_worker_not_the_request(editor_client, article, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
    settings.NEWSDESK_RESTORE_INLINE_CHARS = len(article.body) - 1  # this article counts as long
    response = editor_client.post(reverse("articles:restore_line", args=[article.pk]), {"line": 1})
    assert response.status_code == 302
    article.refresh_from_db()
    assert "Most Read" not in article.body and article.restored_lines == []  # nothing read again in the request
    assert "Reload the page to see it" in editor_client.get(article.get_absolute_url()).content.decode()

    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    article.refresh_from_db()
    assert "Most Read" in article.body and article.restored_lines == [1]
    assert article.history.first().history_user.username == "editor"


def test_a_long_article_refuses_a_line_that_was_not_cut_at_once(editor_client, article, settings):
    settings.NEWSDESK_RESTORE_INLINE_CHARS = 10
    response = editor_client.post(reverse("articles:restore_line", args=[article.pk]), {"line": 2})
    assert response.status_code == 400 and b"was not cut" in response.content


@pytest.mark.parametrize("line", ["", "x", "-1", "²", "99999999999999999999"])
def test_a_line_number_that_is_not_one_is_refused(editor_client, article, line):
    response = editor_client.post(reverse("articles:restore_line", args=[article.pk]), {"line": line})
    assert response.status_code == 400


def test_the_restore_rereads_the_article_again_when_it_changed_during_the_extraction(article, monkeypatch):
    """The extraction runs before the row is locked; a change meanwhile (here: another line put
    back) is not overwritten: the restore reads the article again."""
    from articles.services import importing

    real_extract, calls = importing.extract, []

    def extract_then_someone_restores(*args, **kwargs):
        calls.append(kwargs["keep_lines"])
        if len(calls) == 1:
            Article.objects.filter(pk=article.pk).update(restored_lines=[3])
        return real_extract(*args, **kwargs)

    monkeypatch.setattr(importing, "extract", extract_then_someone_restores)
    importing.restore_removed_line(article.pk, 1)
    article.refresh_from_db()
    assert calls == [frozenset({1}), frozenset({1, 3})]
    assert article.restored_lines == [1, 3]
