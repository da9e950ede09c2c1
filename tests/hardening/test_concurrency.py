"""Two editors working on the same article at the same moment lose nothing; two imports of
the same text at once store it once and the second reports "unchanged".

The editors are real HTTP clients (urllib, each with its own cookies and CSRF token) against
the live server, which serves every request in its own thread and database connection.
Before each round both wait at a barrier, so their requests really overlap.
"""

import threading

import pytest
from django.db import connection
from django.urls import reverse

from articles.models import Annotation, Article, Tag
from articles.services import importing

from .. import factories as f
from .httpclient import Editor

pytestmark = pytest.mark.django_db(transaction=True)


BODY = (
    "Defence Secretary Ben Wallace said the talks in Moscow were useful.\n\n"
    "Sergei Shoigu replied that Russia wants calm and would host the next round.\n\n"
    "Wallace added that lines of communication would stay open.\n\n"
    "Officials in Kyiv said they had not been consulted about the meeting.\n\n"
    "Diplomats expect further talks in Geneva before the end of the month."
)
PASSAGES = [
    "the talks in Moscow were useful",
    "Russia wants calm",
    "lines of communication would stay open",
    "had not been consulted",
    "further talks in Geneva",
    "Defence Secretary Ben Wallace",
]
SHARED_TAGS = ["Harbour", "Defence talks", "Moscow"]


def work(editor: Editor, name: str, barrier: threading.Barrier, article, quotes, errors: list) -> None:
    """Each round both editors fire at once: a shared tag, an own tag, a note, a review."""
    tag_add = reverse("articles:tag_add", args=["article", article.pk])
    try:
        for i in range(6):
            barrier.wait(timeout=60)
            editor.request("POST", tag_add, {"name": SHARED_TAGS[i % 3]})
            barrier.wait(timeout=60)
            editor.request("POST", tag_add, {"name": f"{name} {i}"})
            barrier.wait(timeout=60)
            passage = PASSAGES[i]
            start = article.body.index(passage)
            editor.request(
                "POST",
                reverse("articles:annotation_create", args=[article.pk]),
                {
                    "start": start,
                    "end": start + len(passage),
                    "exact": passage,
                    "note": f"{name}'s note {i}",
                    "tags": f"shared note tag, {name} note tag",
                },
            )
            barrier.wait(timeout=60)
            mine = quotes[0] if name == "ann" else quotes[1]
            editor.request("POST", reverse("articles:review", args=["quote", mine.pk]), {"status": "verified"})
            editor.request("POST", reverse("articles:review", args=["article", article.pk]), {"status": "verified"})
            editor.request("POST", reverse("articles:tag_add", args=["quote", mine.pk]), {"name": SHARED_TAGS[i % 3]})
    except Exception as error:  # reported by the test, not lost in the thread
        errors.append(error)
        barrier.abort()


def test_two_editors_tagging_annotating_and_reviewing_at_once_lose_nothing(live_server, groups):
    ann, ben = f.user("ann", groups[0]), f.user("ben", groups[0])
    article = f.article(body=BODY)
    quotes = [f.quote(article, "Russia wants calm"), f.quote(article, "further talks in Geneva")]
    editors = {"ann": Editor(live_server.url, "ann"), "ben": Editor(live_server.url, "ben")}
    barrier, errors = threading.Barrier(2), []
    threads = [
        threading.Thread(target=work, args=(editor, name, barrier, article, quotes, errors))
        for name, editor in editors.items()
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=600)
    assert not errors, errors
    for name, editor in editors.items():
        failed = [(path, status) for path, status in editor.statuses[2:] if status != 200]
        assert not failed, f"{name}: {failed}"

    article.refresh_from_db()
    expected_tags = set(SHARED_TAGS) | {f"{name} {i}" for name in editors for i in range(6)}
    assert set(article.tags.values_list("name", flat=True)) == expected_tags
    assert Tag.objects.filter(name="Harbour").count() == 1  # the same tag at once is still one tag
    for user in (ann, ben):
        notes = Annotation.objects.filter(article=article, author=user)
        assert sorted(notes.values_list("note", flat=True)) == sorted(f"{user.username}'s note {i}" for i in range(6))
        for note in notes:
            assert note.exact == article.body[note.start : note.end]
            assert set(note.tags.values_list("name", flat=True)) == {"shared note tag", f"{user.username} note tag"}
    assert Tag.objects.filter(name="shared note tag").count() == 1
    assert article.review_status == "verified"
    for quote, user in zip(quotes, (ann, ben), strict=True):
        quote.refresh_from_db()
        assert quote.review_status == "verified"
        assert set(quote.tags.values_list("name", flat=True)) == set(SHARED_TAGS)
        # Every decision is on record, with who made it.
        assert quote.history.filter(review_status="verified", history_user=user).exists()
    assert {h.history_user for h in article.history.filter(review_status="verified")} == {ann, ben}


def test_two_imports_of_the_same_text_at_once_store_it_once(monkeypatch):
    """Both pass the "already stored?" check and both extract; then both write at the same
    moment. The unique content hash lets one in; the other reports "unchanged"."""
    text = "Council approves harbour plan\n\nThe council met on Monday and voted for the new harbour plan.\n"
    real_extract, lock, barrier = importing.extract, threading.Lock(), threading.Barrier(2)

    def extract_then_wait(*args, **kwargs):
        with lock:  # spaCy runs one at a time; the race is in the writes
            extracted = real_extract(*args, **kwargs)
        barrier.wait(timeout=120)
        return extracted

    monkeypatch.setattr(importing, "extract", extract_then_wait)
    results = {}

    def run(name):
        try:
            results[name] = importing.import_bytes(text.encode(), name)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(name,)) for name in ("first.txt", "second.txt")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    statuses = sorted(r.status for r in results.values())
    assert statuses == ["imported", "unchanged"], [r.line() for r in results.values()]
    assert Article.objects.count() == 1
    assert {r.article_id for r in results.values()} == {Article.objects.get().pk}


def test_a_note_on_text_a_reimport_just_changed_is_refused_not_misplaced(editor):
    """The editor selected a passage; before the note is saved the article is re-imported with
    different text. The note is checked against the text as stored now, not as first loaded."""
    from articles.services import editing
    from articles.services.editing import EditError

    article = f.article(body=BODY)
    seen = Article.objects.get(pk=article.pk)  # the page the editor loaded
    passage = "the talks in Moscow were useful"
    start = seen.body.index(passage)
    Article.objects.filter(pk=article.pk).update(body="Corrected: " + BODY.replace("useful", "fruitless"))
    with pytest.raises(EditError, match="does not match"):
        editing.create_annotation(seen, editor, start=start, end=start + len(passage), exact=passage)
    assert not Annotation.objects.exists()
