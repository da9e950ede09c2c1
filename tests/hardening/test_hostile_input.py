"""Hostile files through both import paths: the command and the upload page's background task.

Every file gets a clear one-line reason or is imported; one bad file never stops the others;
a file that fails leaves nothing behind.
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from articles.ingest.cleaning import RELATED_HEADLINES, clean_page
from articles.models import Article, ImportFile, ImportJob

from .corpus import FAILED, IMPORTED, Hostile, corpus

pytestmark = pytest.mark.django_db

IMMEDIATE = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def hostile(tmp_path) -> list[Hostile]:
    folder = tmp_path / "incoming"
    folder.mkdir()
    return corpus(folder)


def assert_outcome(files: list[Hostile], results: dict[str, tuple[str, str]]) -> None:
    """results: file name → (status, reason) as the import reported them."""
    assert set(results) == {f.name for f in files}
    for f in files:
        status, reason = results[f.name]
        assert status == f.status, f"{f.name}: {status} ({reason})"
        if f.status == FAILED:
            assert f.reason in reason, f"{f.name}: {reason!r}"
            assert "unexpected error" not in reason and "Traceback" not in reason
            assert not Article.objects.filter(source_file=f.name).exists(), f"{f.name} left an article behind"
        else:
            article = Article.objects.get(source_file=f.name)
            assert article.title == f.title
            assert article.body.strip() and article.paragraphs
    assert Article.objects.count() == sum(f.status == IMPORTED for f in files)


def assert_content_safe() -> None:
    """What the files smuggled in is text: a saved page keeps no script; pasted markup stays literal."""
    saved = Article.objects.get(source_file="saved page with scripts.html")
    assert "__xss" not in saved.raw_text and "alert" not in saved.raw_text and "<" not in saved.body
    assert "We have waited years for this" in saved.body
    pasted = Article.objects.get(source_file="pasted page source.txt")
    assert "<script>window.__xss=1</script>" in pasted.body  # kept as words, escaped when shown
    assert Article.objects.get(source_file="truncated utf-8.txt").raw_text.endswith("from the new caf")
    assert "\u201cWe have waited" in Article.objects.get(source_file="windows-1252.txt").body


def test_command_reports_every_hostile_file_and_imports_the_rest(hostile, tmp_path, capsys, settings):
    with pytest.raises(SystemExit) as exit_info:
        call_command("import_articles", str(tmp_path / "incoming"))
    assert exit_info.value.code == 1  # some files failed
    out = capsys.readouterr().out.splitlines()
    results = {}
    for f in hostile:
        line = next(line for line in out if line.startswith(f"{f.name}: "))
        status, _, reason = line.removeprefix(f"{f.name}: ").partition(": ")
        results[f.name] = (status, reason)
    assert_outcome(hostile, results)
    assert_content_safe()
    assert out[-1] == f"{len(hostile)} files: {sum(f.status == FAILED for f in hostile)} failed, " + (
        f"{sum(f.status == IMPORTED for f in hostile)} imported"
    )


def test_upload_page_reports_every_hostile_file_and_imports_the_rest(hostile, editor_client, settings):
    settings.TASKS = IMMEDIATE
    uploads = [SimpleUploadedFile(f.name, f.data, content_type="application/octet-stream") for f in hostile]
    response = editor_client.post(reverse("articles:import"), {"files": uploads})
    job = ImportJob.objects.get()
    assert response.status_code == 302 and job.status == ImportJob.Status.DONE
    results = {row.name: (row.status, row.reason) for row in job.files.all()}
    assert_outcome(hostile, results)
    assert_content_safe()
    assert not ImportFile.objects.exclude(data=b"").exists()  # no upload's bytes kept once done

    page = editor_client.get(reverse("articles:import_job", args=[job.pk])).content.decode()
    assert "&lt;img src=x onerror=alert(1)&gt; &amp; co.txt" in page
    assert "<img src=x" not in page
    assert f"{len(hostile)} of {len(hostile)} files" in page
    pasted = Article.objects.get(source_file="pasted page source.txt")
    article_page = editor_client.get(pasted.get_absolute_url()).content.decode()
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in article_page
    assert "<script>window.__xss" not in article_page and "<img src=x" not in article_page


def test_cleaning_a_page_of_hundreds_of_thousands_of_short_lines_stays_linear():
    """Runs of related headlines with a short caption between each: merging the runs used to
    recount every run at each step (quadratic: about 20 minutes for this page, now seconds)."""

    def page(repeats: int) -> str:
        return "Council approves harbour plan\nThe council met on Monday and voted for the plan.\n" + (
            "Harbour Works Begin Next Spring\nMayor Backs The New Plan\nA short one.\n" * repeats
        )

    small, big = clean_page(page(4)), clean_page(page(50_000))
    # Every headline and every caption between two runs is cut, and so is the last caption: one
    # sentence closing the page under a cut headline is the next story's summary.
    assert small.body == big.body == "The council met on Monday and voted for the plan."
    assert len(big.removed) == 3 * 50_000
    assert {r.reason for r in big.removed} == {r.reason for r in small.removed} == {RELATED_HEADLINES}
