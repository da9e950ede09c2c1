"""Upload files in Chromium and watch the progress bar fill as the worker imports them."""

import pytest
from playwright.sync_api import expect

from articles.models import ImportJob
from articles.services.importing import run_job

from ..conftest import SEEDS
from .conftest import log_in, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_upload_shows_live_progress_and_results(live_server, page, editor, settings, tmp_path):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    seeds = sorted(SEEDS.iterdir())[:2]
    log_in(page, live_server, "editor")
    page.goto(f"{live_server.url}/import/")
    page.set_input_files("input[type=file]", [str(p) for p in seeds] + [str(bad)])
    page.click("form.upload button[type=submit]")
    page.wait_for_selector("#progress")
    assert "0 of 3 files" in page.inner_text("#progress")
    assert "waiting for the import worker" in page.inner_text("#progress")
    url_before = page.url

    run_job(ImportJob.objects.get().pk)  # what the db_worker process does

    # A locator wait, not wait_for_function: the Content-Security-Policy forbids evaluating strings.
    expect(page.locator("#progress")).to_contain_text("3 of 3 files")
    assert page.url == url_before  # htmx swapped the fragment; no reload
    text = page.inner_text("#progress")
    assert text.count("imported") == 2
    assert "failed: file is empty" in text
    screenshot(page, "import-progress")
