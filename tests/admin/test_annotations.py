"""Annotations in the admin obey the workspace's rule (only the author changes or deletes a
note; others read it), and every change to a note has history with revert."""

import pytest
from django.contrib import admin
from django.urls import reverse

from articles.models import Annotation, Article
from articles.services import editing

from .. import factories as f
from .forms import page_form_data

pytestmark = pytest.mark.django_db

PASSAGE = "the talks in Moscow were useful"


@pytest.fixture
def ann(groups):
    return f.user("ann", groups[0], is_staff=True)


@pytest.fixture
def note(ann):
    return f.annotation(f.article(), ann, PASSAGE, note="Check with the ministry", tags="to check")


def change_url(annotation):
    return reverse("admin:articles_annotation_change", args=[annotation.pk])


def test_another_editor_reads_a_note_in_the_admin_but_cannot_change_or_delete_it(editor_client, note):
    page = editor_client.get(change_url(note))
    assert page.status_code == 200
    assert 'name="note"' not in page.content.decode() and "Check with the ministry" in page.content.decode()

    form = {"note": "Rewritten by someone else", "tags": []}
    assert editor_client.post(change_url(note), form).status_code == 403
    delete = reverse("admin:articles_annotation_delete", args=[note.pk])
    assert editor_client.get(delete).status_code == 403
    assert editor_client.post(delete, {"post": "yes"}).status_code == 403
    bulk = editor_client.post(
        reverse("admin:articles_annotation_changelist"),
        {"action": "delete_selected", admin.helpers.ACTION_CHECKBOX_NAME: [note.pk], "post": "yes"},
    )
    assert bulk.status_code == 403
    assert editor_client.get(reverse("admin:articles_annotation_add")).status_code == 403

    first = note.history.earliest("history_id")
    revert = reverse("admin:articles_annotation_simple_history", args=[note.pk, first.history_id])
    assert editor_client.post(revert, {"note": "x"}).status_code == 403

    note.refresh_from_db()
    assert note.note == "Check with the ministry" and note.author.username == "ann"
    assert Annotation.objects.filter(pk=note.pk).exists()


def test_the_author_edits_a_note_in_the_admin_with_history(client, ann, note):
    client.force_login(ann)
    page = client.get(change_url(note))
    assert client.post(change_url(note), page_form_data(page, note="Confirmed by the ministry")).status_code == 302
    note.refresh_from_db()
    assert note.note == "Confirmed by the ministry"
    latest = note.history.latest("history_id")
    assert (latest.note, latest.history_user) == ("Confirmed by the ministry", ann)
    assert set(note.tags.values_list("name", flat=True)) == {"to check"}  # tags kept by the edit


def test_a_workspace_edit_is_reverted_from_the_admin_history(client, ann, note):
    before = note.history.latest("history_id")
    editing.update_annotation(note, ann, note="Wrong call", tags="")
    assert note.history.latest("history_id").note == "Wrong call"

    client.force_login(ann)
    url = reverse("admin:articles_annotation_simple_history", args=[note.pk, before.history_id])
    assert client.post(url, page_form_data(client.get(url))).status_code == 302
    note.refresh_from_db()
    assert note.note == "Check with the ministry"
    assert set(note.tags.values_list("name", flat=True)) == {"to check"}


def test_a_deleted_note_is_restored_from_its_history_on_todays_text(client, ann, note):
    pk, version = note.pk, note.history.latest("history_id")
    editing.delete_annotation(note, ann)
    assert Annotation.history.filter(id=pk).latest("history_id").history_type == "-"
    # The article changed since: the note must come back on its passage, not its old offsets.
    Article.objects.filter(pk=note.article_id).update(body="Update: " + note.article.body)

    client.force_login(ann)
    url = reverse("admin:articles_annotation_simple_history", args=[pk, version.history_id])
    assert client.post(url, page_form_data(client.get(url))).status_code == 302
    restored = Annotation.objects.get(pk=pk)
    body = Article.objects.get(pk=note.article_id).body
    assert restored.note == "Check with the ministry" and restored.author == ann
    assert body[restored.start : restored.end] == PASSAGE and restored.anchor_status == "moved"
