"""An editor puts a line the cleaning cut back into the story; editors' work survives."""

import pytest
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
