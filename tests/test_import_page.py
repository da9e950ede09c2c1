"""Uploading files from the browser queues a background import whose progress the page shows."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from articles.models import Article, ImportJob
from articles.services.importing import create_job, run_job

from .conftest import SEEDS

pytestmark = pytest.mark.django_db

IMMEDIATE = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


def uploads(*pairs):
    return [SimpleUploadedFile(name, data, content_type="text/plain") for name, data in pairs]


def test_editor_upload_imports_in_background_and_reports_each_file(editor_client, settings):
    settings.TASKS = IMMEDIATE
    seed = sorted(SEEDS.iterdir())[0]
    files = uploads((seed.name, seed.read_bytes()), ("empty.txt", b""), ("blob.bin", b"\x00\x01\x02"))
    response = editor_client.post(reverse("articles:import"), {"files": files})
    job = ImportJob.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("articles:import_job", args=[job.pk])
    page = editor_client.get(response["Location"]).content.decode()
    assert job.files.count() == 3
    assert f"{seed.name}</td>" in page and "imported" in page
    assert "empty.txt</td>" in page and "failed: file is empty" in page
    assert "NUL bytes" in page
    assert "3 of 3 files" in page
    assert Article.objects.count() == 1


@pytest.mark.django_db(transaction=True)  # the worker closes and reopens its connection
def test_progress_partial_for_htmx_polls_until_done(editor_client, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
    editor_client.post(
        reverse("articles:import"),
        {
            "files": uploads(
                ("a.txt", b"Council approves new harbour plan\n\nThe council met on Monday and voted for the plan.\n")
            )
        },
    )
    job = ImportJob.objects.get()
    url = reverse("articles:import_job", args=[job.pk])
    partial = editor_client.get(url, headers={"HX-Request": "true"}).content.decode()
    assert partial.lstrip().startswith('<section id="progress"')
    assert 'hx-trigger="every 1s"' in partial and "0 of 1 files" in partial
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    partial = editor_client.get(url, headers={"HX-Request": "true"}).content.decode()
    assert "1 of 1 files" in partial and "every 1s" not in partial
    assert Article.objects.count() == 1


def test_viewer_cannot_upload(viewer_client, settings):
    settings.TASKS = IMMEDIATE
    response = viewer_client.post(
        reverse("articles:import"),
        {
            "files": uploads(
                ("a.txt", b"Council approves new harbour plan\n\nThe council met on Monday and voted for the plan.\n")
            )
        },
    )
    assert response.status_code == 403
    assert ImportJob.objects.count() == 0


def test_oversized_upload_fails_that_file_only(editor_client, settings):
    settings.TASKS = IMMEDIATE
    settings.NEWSDESK_MAX_IMPORT_BYTES = 120
    files = uploads(
        ("big.txt", b"Council approves new harbour plan\n\n" + b"word " * 40),
        ("ok.txt", b"Council approves new harbour plan\n\nThe council met on Monday and voted for the plan.\n"),
    )
    editor_client.post(reverse("articles:import"), {"files": files})
    results = dict(ImportJob.objects.get().files.values_list("name", "status"))
    assert results == {"big.txt": "failed", "ok.txt": "imported"}


def test_form_without_files_shows_error(editor_client):
    response = editor_client.post(reverse("articles:import"), {})
    assert response.status_code == 200
    assert "This field is required" in response.content.decode()


def test_history_of_an_uploaded_import_names_the_uploader(editor_client, editor, settings):
    settings.TASKS = IMMEDIATE
    seed = sorted(SEEDS.iterdir())[1]
    editor_client.post(reverse("articles:import"), {"files": uploads((seed.name, seed.read_bytes()))})
    article = Article.objects.get()
    assert article.history.get().history_user == editor
    quote = article.quotes.first()
    assert quote is not None and quote.history.get().history_user == editor


def test_imports_list_is_newest_first_and_shows_failures(editor_client, editor):
    older = create_job([("story.txt", b"")], user=editor)
    run_job(older.pk)
    newer = create_job([("a.txt", b""), ("b.txt", b"\x00\x01"), ("c.txt", b"")], user=editor)
    run_job(newer.pk)

    page = editor_client.get(reverse("articles:import")).content.decode()
    rows = re.findall(r'<tr><td><a href="/import/(\d+)/">.*?</tr>', page, flags=re.S)
    assert rows == [str(newer.pk), str(older.pk)]
    newest = re.search(rf'<tr><td><a href="/import/{newer.pk}/">.*?</tr>', page, flags=re.S).group(0)
    assert "Failed: every file" in newest and "Done" not in newest
    assert re.search(r'<td class="num failed">3</td>', newest)

    detail = editor_client.get(reverse("articles:import_job", args=[newer.pk])).content.decode()
    assert "3 of 3 files" in detail and "3 failed" in detail


def test_a_job_with_some_failures_says_how_many(editor_client, editor):
    seed = sorted(SEEDS.iterdir())[0]
    job = create_job([(seed.name, seed.read_bytes()), ("empty.txt", b"")], user=editor)
    run_job(job.pk)
    page = editor_client.get(reverse("articles:import")).content.decode()
    assert "Done, 1 of 2 failed" in page
