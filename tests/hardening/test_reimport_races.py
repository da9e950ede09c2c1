"""A re-import never undoes an editor's decision, whatever the interleaving.

Each race is forced, not hoped for: one side is stopped at a chosen point inside its
transaction (the import right after it read the article's quotes, the editor right after it
read the quote), the other side is started on its own connection, and the first is let go
only once the second has either finished or is waiting on PostgreSQL's row lock. Before the
fix the import wrote back the review status and speaker it had read; now the two writes are
serialised by the quote's row lock and the import writes only the fields it owns.
"""

import threading
import time

import pytest
from django.db import connection, connections

from articles.models import Article, Person, Quote
from articles.services import editing, identity, importing
from articles.services.editing import EditError

from ..services.test_reimport import fake_extract

pytestmark = pytest.mark.django_db(transaction=True)

PAGE = 'Defence talks\nAda spoke.\n"We will keep talking."\n"Nothing is agreed."\n"The line stays open."\n'
CORRECTED = PAGE.replace("Ada spoke.", "Ada spoke on Monday, officials said.")
LABEL = "A senior defence source"


@pytest.fixture(autouse=True)
def _fake_extractor(monkeypatch):
    monkeypatch.setattr(importing, "extract", fake_extract)


def in_thread(target, *args, **kwargs) -> tuple[threading.Thread, dict]:
    """Runs target on its own thread (so its own database connection); the outcome lands in the dict."""
    outcome = {}

    def run():
        try:
            outcome["value"] = target(*args, **kwargs)
        except Exception as error:
            outcome["error"] = error
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


def waiting_on_a_lock() -> int:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
        )
        return cursor.fetchone()[0]


def until_blocked_or_done(thread: threading.Thread) -> bool:
    """Waits until the thread is blocked on a row lock (True) or has finished (False)."""
    for _ in range(200):
        if not thread.is_alive():
            return False
        if waiting_on_a_lock():
            return True
        time.sleep(0.05)
    raise AssertionError("the second writer neither finished nor waited on a lock")


def pause_import_after_reading_quotes(monkeypatch) -> tuple[threading.Event, threading.Event]:
    """The import stops right after it read (and now locks) the article's quotes, before writing."""
    read, go = threading.Event(), threading.Event()
    real = identity.quote_fingerprint

    def fingerprint_then_wait(text):
        if not read.is_set():
            read.set()
            assert go.wait(timeout=60), "the test never let the import go on"
        return real(text)

    monkeypatch.setattr(identity, "quote_fingerprint", fingerprint_then_wait)
    return read, go


def first_import() -> tuple[Article, dict[str, Quote]]:
    result = importing.import_bytes(PAGE.encode(), "talks.txt")
    assert result.status == "imported", result.line()
    article = Article.objects.get(pk=result.article_id)
    return article, {q.text: q for q in article.quotes.all()}


def test_review_decisions_made_while_a_reimport_runs_survive_it(monkeypatch):
    article, quotes = first_import()
    read, go = pause_import_after_reading_quotes(monkeypatch)
    importer, imported = in_thread(importing.import_bytes, CORRECTED.encode(), "talks.txt")
    assert read.wait(timeout=60)

    def review():
        editing.set_review_status(quotes["We will keep talking."], "verified")
        editing.set_review_status(quotes["Nothing is agreed."], "rejected")
        editing.set_review_status(Article.objects.get(pk=article.pk), "verified")

    editor, edited = in_thread(review)
    blocked = until_blocked_or_done(editor)
    go.set()
    importer.join(timeout=60)
    editor.join(timeout=60)
    assert "error" not in imported and "error" not in edited, (imported, edited)
    assert imported["value"].status == "updated"
    assert blocked  # the editor waited for the import's lock instead of racing it

    statuses = dict(Quote.objects.values_list("text", "review_status"))
    assert statuses == {
        "We will keep talking.": "verified",
        "Nothing is agreed.": "rejected",
        "The line stays open.": "needs_review",
    }
    article.refresh_from_db()
    assert article.review_status == "verified" and "Monday" in article.body


def test_a_speaker_changed_while_a_reimport_runs_survives_it(monkeypatch):
    _, quotes = first_import()
    named = Person.objects.create(name="Grace Hopper")
    read, go = pause_import_after_reading_quotes(monkeypatch)
    importer, imported = in_thread(importing.import_bytes, CORRECTED.encode(), "talks.txt")
    assert read.wait(timeout=60)

    def change_speakers():
        editing.set_speaker(quotes["We will keep talking."], label=LABEL)
        editing.set_speaker(quotes["Nothing is agreed."], person=named)

    editor, edited = in_thread(change_speakers)
    until_blocked_or_done(editor)
    go.set()
    importer.join(timeout=60)
    editor.join(timeout=60)
    assert "error" not in imported and "error" not in edited, (imported, edited)

    unnamed = Quote.objects.get(text="We will keep talking.")
    assert (unnamed.speaker_id, unnamed.speaker_label) == (None, LABEL)
    assert Quote.objects.get(text="Nothing is agreed.").speaker == named
    assert Quote.objects.get(text="The line stays open.").speaker.name == "Ada Lovelace"  # nobody touched it


def test_an_import_that_starts_while_an_editor_is_saving_keeps_the_editors_choice(monkeypatch):
    """The other order: the editor holds the quote, the import comes in and must wait, then read it."""
    _, quotes = first_import()
    holding, go = threading.Event(), threading.Event()
    real = editing.mark_edited

    def mark_then_wait(record, *fields):
        real(record, *fields)
        holding.set()
        assert go.wait(timeout=60)

    monkeypatch.setattr(editing, "mark_edited", mark_then_wait)
    editor, edited = in_thread(editing.set_speaker, quotes["We will keep talking."], label=LABEL)
    assert holding.wait(timeout=60)
    importer, imported = in_thread(importing.import_bytes, CORRECTED.encode(), "talks.txt")
    assert until_blocked_or_done(importer)  # the import waits for the editor's row lock
    go.set()
    editor.join(timeout=60)
    importer.join(timeout=60)
    assert "error" not in imported and "error" not in edited, (imported, edited)
    assert imported["value"].status == "updated"
    kept = Quote.objects.get(text="We will keep talking.")
    assert (kept.speaker_id, kept.speaker_label) == (None, LABEL)


def test_a_decision_made_after_the_import_locked_the_article_neither_deadlocks_nor_is_lost(monkeypatch):
    """The import holds the article and is about to lock its quotes; the editor reviews a quote.
    The editor's lock must take the quote alone (a join to the article deadlocked the two)."""
    _, quotes = first_import()
    holding, go = threading.Event(), threading.Event()
    real = importing.save_article

    def save_article_then_wait(*args, **kwargs):
        holding.set()
        assert go.wait(timeout=60)
        return real(*args, **kwargs)

    monkeypatch.setattr(importing, "save_article", save_article_then_wait)
    importer, imported = in_thread(importing.import_bytes, CORRECTED.encode(), "talks.txt")
    assert holding.wait(timeout=60)
    editor, edited = in_thread(editing.set_review_status, quotes["Nothing is agreed."], "rejected")
    until_blocked_or_done(editor)
    go.set()
    importer.join(timeout=60)
    editor.join(timeout=60)
    assert "error" not in imported and "error" not in edited, (imported, edited)
    assert Quote.objects.get(text="Nothing is agreed.").review_status == "rejected"


def test_a_decision_on_a_quote_the_reimport_removed_is_refused_with_a_reason():
    _, quotes = first_import()
    seen = quotes["Nothing is agreed."]  # on the editor's page
    assert importing.import_bytes(PAGE.replace('"Nothing is agreed."\n', "").encode(), "talks.txt").status == "updated"
    with pytest.raises(EditError, match="no longer stored"):
        editing.set_review_status(seen, "verified")
    with pytest.raises(EditError, match="no longer stored"):
        editing.set_speaker(seen, label=LABEL)


def test_a_speaker_label_on_an_unreviewed_quote_survives_a_plain_reimport():
    """No concurrency at all: the label an editor typed, then the page imported again."""
    _, quotes = first_import()
    quote = quotes["We will keep talking."]
    assert quote.review_status == "needs_review"
    editing.set_speaker(quote, label=LABEL)
    assert importing.import_bytes(CORRECTED.encode(), "talks.txt").status == "updated"
    quote.refresh_from_db()
    assert (quote.speaker_id, quote.speaker_label, quote.review_status) == (None, LABEL, "needs_review")
    assert quote.start == Article.objects.get().body.index("We will keep talking.")  # the import's fields moved on
    assert importing.import_bytes(PAGE.encode(), "talks.txt").status == "updated"
    quote.refresh_from_db()
    assert quote.speaker_label == LABEL


def test_metadata_an_editor_corrected_survives_a_reimport():
    article, _ = first_import()
    article.title = "Defence talks resume"
    editing.mark_edited(article, "title")
    article.save()
    assert importing.import_bytes(CORRECTED.encode(), "talks.txt").status == "updated"
    article.refresh_from_db()
    assert article.title == "Defence talks resume" and "Monday" in article.body
