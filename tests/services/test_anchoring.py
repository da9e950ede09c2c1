"""Annotations follow their passage when a corrected page is re-imported."""

import pytest

from articles.models import AnchorStatus, Annotation, Article
from articles.services.anchoring import context_of, locate_passage, reanchor_annotations
from articles.services.importing import import_bytes

BODY = "The minister said the talks were useful. Critics said the talks were a stunt. Nothing changed."


def selector(body, exact, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = body.index(exact, start + 1)
    prefix, suffix = context_of(body, start, start + len(exact))
    return {"exact": exact, "prefix": prefix, "suffix": suffix, "old_start": start}


def test_unchanged_text_keeps_the_place():
    sel = selector(BODY, "the talks were")
    placement = locate_passage(BODY, **sel)
    assert (placement.start, placement.exact) == (sel["old_start"], "the talks were")


def test_text_inserted_before_moves_the_passage():
    sel = selector(BODY, "a stunt")
    new = "UPDATED: " + BODY
    placement = locate_passage(new, **sel)
    assert new[placement.start : placement.end] == "a stunt"
    assert placement.start == sel["old_start"] + len("UPDATED: ")


def test_repeated_phrase_resolved_by_prefix_and_suffix():
    # "the talks were" occurs twice; the annotation is on the second one.
    sel = selector(BODY, "the talks were", nth=1)
    new = BODY.replace("The minister said", "The foreign minister told reporters")
    placement = locate_passage(new, **sel)
    assert new[placement.start - 13 : placement.start] == "Critics said "


def test_small_correction_inside_passage_found_fuzzily():
    sel = selector(BODY, "Critics said the talks were a stunt")
    new = BODY.replace("Critics said the talks were a stunt", "Critics said the talks was a stunt")
    placement = locate_passage(new, **sel)
    assert placement is not None and placement.fuzzy
    assert "talks was a stunt" in new[placement.start : placement.end]


def test_removed_passage_is_not_found():
    sel = selector(BODY, "Critics said the talks were a stunt")
    new = "The minister said the talks were useful. Nothing changed."
    assert locate_passage(new, **sel) is None


@pytest.mark.django_db
def test_reimport_reanchors_annotations(editor):
    first = import_bytes(f"Council approves new harbour plan\n\n{BODY}\n".encode(), "page.txt")
    article = Article.objects.get(pk=first.article_id)

    def annotate(exact, nth=0):
        sel = selector(article.body, exact, nth)
        start = sel["old_start"]
        return Annotation.objects.create(
            article=article,
            author=editor,
            exact=exact,
            prefix=sel["prefix"],
            suffix=sel["suffix"],
            start=start,
            end=start + len(exact),
            note=f"note on {exact}",
        )

    stays = annotate("The minister said")
    moves = annotate("Nothing changed.")
    lost = annotate("Critics said the talks were a stunt")
    corrected = (
        "Council approves new harbour plan\n\n"
        "The minister said the talks were useful. A new sentence here. Nothing changed.\n"
    )
    assert "Critics" not in corrected
    second = import_bytes(corrected.encode(), "page.txt")
    assert second.status == "updated" and second.article_id == article.pk
    article.refresh_from_db()
    stays.refresh_from_db()
    moves.refresh_from_db()
    lost.refresh_from_db()
    assert stays.anchor_status == AnchorStatus.ANCHORED
    assert moves.anchor_status == AnchorStatus.MOVED
    assert article.body[moves.start : moves.end] == "Nothing changed."
    assert lost.anchor_status == AnchorStatus.ORPHANED
    assert lost.note == "note on Critics said the talks were a stunt"  # kept, never deleted
    assert reanchor_annotations(article)[AnchorStatus.ORPHANED] == 1
