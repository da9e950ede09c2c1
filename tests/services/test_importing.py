"""Import: one transaction per file, same content stored once, clear reasons for bad files."""

import pytest

from articles.models import Article
from articles.services.importing import import_bytes, import_path

from ..conftest import SEEDS

pytestmark = pytest.mark.django_db


def test_seeds_import_once(seeded):
    assert Article.objects.count() == 4
    again = [import_path(p) for p in sorted(SEEDS.iterdir())]
    assert [r.status for r in again] == ["unchanged"] * 4
    assert Article.objects.count() == 4


def test_same_text_in_another_encoding_is_unchanged():
    text = "A headline\n\nThe first paragraph of the story, long enough to be a paragraph.\n"
    assert import_bytes(text.encode("utf-8"), "one.txt").status == "imported"
    assert import_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"), "two.txt").status == "unchanged"
    assert import_bytes(text.encode("utf-16"), "three.txt").status == "unchanged"
    assert Article.objects.count() == 1


def test_changed_text_of_same_file_updates_in_place():
    first = import_bytes(b"Headline\n\nFirst version of the story text.\n", "page.txt")
    second = import_bytes(b"Headline\n\nSecond, corrected version of the story text.\n", "page.txt")
    assert (first.status, second.status) == ("imported", "updated")
    assert first.article_id == second.article_id
    assert "corrected" in Article.objects.get().body


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "NUL"),
    ],
)
def test_bad_files_fail_with_reason_and_write_nothing(data, reason):
    result = import_bytes(data, "bad.txt")
    assert result.status == "failed"
    assert reason in result.reason
    assert Article.objects.count() == 0


def test_oversized_file_is_refused(settings, tmp_path):
    settings.NEWSDESK_MAX_IMPORT_BYTES = 100
    path = tmp_path / "big.txt"
    path.write_text("Headline\n" + "word " * 100)
    result = import_path(path)
    assert result.status == "failed"
    assert "limit" in result.reason
    assert Article.objects.count() == 0


def test_missing_file_fails_cleanly(tmp_path):
    result = import_path(tmp_path / "gone.txt")
    assert result.status == "failed"
    assert "cannot read" in result.reason
