"""Re-anchor annotations on an article's changed text.

An annotation stores the W3C TextQuote selector (exact, prefix, suffix) and the
TextPosition selector (start, end). After a corrected page is re-imported the passage is
looked for in this order: at its old offsets; as an exact match chosen by how well the
prefix and suffix agree (nearest to the old place on a tie); as a close fuzzy match. It is
then anchored (same place), moved (found elsewhere) or orphaned (not found: kept, shown in
the side list, never attached to the wrong passage).
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from articles.models import AnchorStatus, Annotation, Article

CONTEXT_CHARS = 32
# A fuzzy match must be this similar (0–100) to count: lower risks the wrong passage.
FUZZY_THRESHOLD = 85.0


@dataclass(frozen=True)
class Placement:
    start: int
    end: int
    exact: str
    fuzzy: bool = False


def context_of(text: str, start: int, end: int) -> tuple[str, str]:
    """The prefix and suffix (CONTEXT_CHARS each) around text[start:end]."""
    return text[max(0, start - CONTEXT_CHARS) : start], text[end : end + CONTEXT_CHARS]


def _common_prefix_length(a: str, b: str) -> int:
    length = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        length += 1
    return length


def _context_score(body: str, start: int, end: int, prefix: str, suffix: str) -> int:
    """Characters of stored context that agree: prefix read backwards, suffix forwards."""
    before = body[max(0, start - len(prefix)) : start]
    after = body[end : end + len(suffix)]
    common_before = _common_prefix_length(before[::-1], prefix[::-1])
    common_after = _common_prefix_length(after, suffix)
    return common_before + common_after


def _exact_occurrences(body: str, exact: str) -> list[int]:
    found, at = [], body.find(exact)
    while at != -1:
        found.append(at)
        at = body.find(exact, at + 1)
    return found


def locate_passage(body: str, exact: str, prefix: str, suffix: str, old_start: int) -> Placement | None:
    """Where the passage is in body now, or None when it cannot be found with confidence."""
    if not exact:
        return None
    if body[old_start : old_start + len(exact)] == exact:
        full = len(prefix) + len(suffix)
        if _context_score(body, old_start, old_start + len(exact), prefix, suffix) == full:
            return Placement(old_start, old_start + len(exact), exact)
    starts = _exact_occurrences(body, exact)
    if starts:
        best = max(
            starts,
            key=lambda s: (_context_score(body, s, s + len(exact), prefix, suffix), -abs(s - old_start)),
        )
        return Placement(best, best + len(exact), exact)
    return _fuzzy_placement(body, exact, prefix, suffix)


def _fuzzy_placement(body: str, exact: str, prefix: str, suffix: str) -> Placement | None:
    alignment = fuzz.partial_ratio_alignment(exact, body, score_cutoff=FUZZY_THRESHOLD)
    if alignment is None:
        return None
    start, end = alignment.dest_start, alignment.dest_end
    # Short passages match too easily by chance; require the found span to be of similar length.
    if abs((end - start) - len(exact)) > max(3, len(exact) // 5):
        return None
    return Placement(start, end, body[start:end], fuzzy=True)


def reanchor_annotations(article: Article) -> dict[str, int]:
    """Re-place every annotation of article on its new body; returns counts per status."""
    counts = {status: 0 for status in AnchorStatus.values}
    changed = []
    for annotation in Annotation.objects.filter(article=article):
        place(annotation, article.body)
        counts[annotation.anchor_status] += 1
        changed.append(annotation)
    Annotation.objects.bulk_update(changed, ["anchor_status", "start", "end", "exact", "prefix", "suffix"])
    return counts


def place(annotation: Annotation, body: str) -> None:
    """Re-place one annotation on body (unsaved): anchored, moved, or orphaned when not found."""
    placement = locate_passage(body, annotation.exact, annotation.prefix, annotation.suffix, annotation.start)
    if placement is None:
        annotation.anchor_status = AnchorStatus.ORPHANED
        return
    same_place = (placement.start, placement.end) == (annotation.start, annotation.end)
    annotation.anchor_status = AnchorStatus.ANCHORED if same_place and not placement.fuzzy else AnchorStatus.MOVED
    annotation.start, annotation.end, annotation.exact = placement.start, placement.end, placement.exact
    annotation.prefix, annotation.suffix = context_of(body, placement.start, placement.end)
