"""Import: one transaction per file, same content stored once, clear reasons for bad files."""

import pytest

from articles.models import Article
from articles.services.importing import acting_user, import_bytes, import_path

from ..conftest import SEEDS

pytestmark = pytest.mark.django_db


def test_seeds_import_once(seeded):
    assert Article.objects.count() == 4
    again = [import_path(p) for p in sorted(SEEDS.iterdir())]
    assert [r.status for r in again] == ["unchanged"] * 4
    assert Article.objects.count() == 4


def test_same_text_in_another_encoding_is_unchanged():
    text = "Council approves new harbour plan\n\nThe first paragraph of the story, long enough to be a paragraph.\n"
    assert import_bytes(text.encode("utf-8"), "one.txt").status == "imported"
    assert import_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"), "two.txt").status == "unchanged"
    assert import_bytes(text.encode("utf-16"), "three.txt").status == "unchanged"
    assert Article.objects.count() == 1


def test_changed_text_of_same_file_updates_in_place():
    first = import_bytes(b"Council approves new harbour plan\n\nFirst version of the story text.\n", "page.txt")
    second = import_bytes(
        b"Council approves new harbour plan\n\nSecond, corrected version of the story text.\n", "page.txt"
    )
    assert (first.status, second.status) == ("imported", "updated")
    assert first.article_id == second.article_id
    assert "corrected" in Article.objects.get().body


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image, not text"),
        (b"some text\x00\x00\x00 with NUL bytes in the middle of it", "NUL bytes"),
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
    path.write_text("Council approves new harbour plan\n" + "word " * 100)
    result = import_path(path)
    assert result.status == "failed"
    assert "limit" in result.reason
    assert Article.objects.count() == 0


def test_missing_file_fails_cleanly(tmp_path):
    result = import_path(tmp_path / "gone.txt")
    assert result.status == "failed"
    assert "cannot read" in result.reason


def test_saved_web_page_imports_its_story_without_scripts_or_menus():
    html = b"""<!doctype html><html><head><title>Minister visits port</title>
    <script>alert('tracker')</script></head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
    <article><h1>Minister visits port</h1>
    <p>The transport minister visited the harbour on Tuesday to inspect the new container terminal.</p>
    <p>"This terminal will double our capacity," she told reporters at the quay side.</p>
    <p>Work on a second berth is due to start next spring, officials said on the visit.</p>
    </article><footer>Copyright and cookie settings</footer></body></html>"""
    result = import_bytes(html, "port.html")
    assert result.status == "imported", result.reason
    article = Article.objects.get()
    assert article.title == "Minister visits port"
    assert "container terminal" in article.body and "second berth" in article.body
    assert "alert" not in article.body and "Sport" not in article.body and "<p>" not in article.body


def test_web_page_without_story_fails_with_reason():
    result = import_bytes(b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "menu.html")
    assert result.status == "failed"
    assert "no article text" in result.reason
    assert Article.objects.count() == 0


def test_a_web_page_with_too_many_elements_fails_with_the_limit(settings):
    settings.NEWSDESK_MAX_HTML_ELEMENTS = 500
    rows = "".join(f"<tr><td>{n}</td><td>row {n}</td></tr>" for n in range(200))
    story = "<h1>Results</h1><p>The results of every count.</p>"
    html = f"<html><body><article>{story}<table>{rows}</table></article></body></html>"
    result = import_bytes(html.encode(), "results.html")
    assert result.status == "failed"
    assert "over the 500-element limit" in result.reason and "HTML elements" in result.reason
    assert Article.objects.count() == 0


def test_an_import_records_one_history_row_per_event_for_its_links(editor):
    """An event an import creates gets one "created" history row naming the acting user and
    holding all its links (article, participants, quotes), not one row per save or relation;
    a later report of it adds one "changed" row."""
    seed = sorted(SEEDS.iterdir())[0]
    with acting_user(editor):
        result = import_path(seed)
    article = Article.objects.get(pk=result.article_id)
    events = list(article.events.prefetch_related("participants", "quotes"))
    assert events
    for event in events:
        rows = list(event.history.all())
        assert [(row.history_type, row.history_user) for row in rows] == [("+", editor)]
        row = rows[0]
        assert {a.article_id for a in row.articles.all()} == {article.pk}
        assert {p.person_id for p in row.participants.all()} == {p.pk for p in event.participants.all()}
        assert {q.quote_id for q in row.quotes.all()} == {q.pk for q in event.quotes.all()}

    with acting_user(editor):
        again = import_bytes(seed.read_bytes() + b"\nA sentence added in a correction.\n", seed.name)
    assert again.status == "updated"
    for event in article.events.all():
        assert [row.history_type for row in event.history.order_by("history_date", "history_id")] == ["+", "~"]
