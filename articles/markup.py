"""An article body as paragraphs with its mentions, quotes and annotations marked up.

Pure: strings and spans in, paragraphs of pieces out (text, an element opened, an element
closed), which the template writes as HTML (articles/article_workspace.html#paragraph,
escaping text and attribute values); nothing here touches the database.
Offsets are character offsets into Article.body, whose paragraphs are separated by blank
lines. Spans may overlap in any way: where they cross, the inner one is closed and
reopened so the HTML nests properly, and each piece after the first is marked as a
continuation. Every paragraph's text content is exactly its slice of the body, so the
browser can map a selection back to body offsets (static/js/annotate.js).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")

# Which element is outermost when two spans cover the same text: quotes wrap annotations
# wrap mentions, so a mention's link never contains another element's start.
NESTING = {"quote": 0, "annotation": 1, "mention": 2}
ELEMENT = {"quote": "span", "annotation": "mark", "mention": "a"}


@dataclass(frozen=True)
class Span:
    """A marked stretch of the body: kind is 'mention', 'quote' or 'annotation'."""

    start: int
    end: int
    kind: str
    ref: int | str = ""
    attrs: tuple[tuple[str, str], ...] = ()
    classes: str = ""

    @property
    def css(self) -> str:
        return f"{self.kind} {self.classes}".strip()


@dataclass(frozen=True)
class Piece:
    """One step of a paragraph: body text, or an element opened (with its attributes) or closed."""

    text: str = ""
    opens: str = ""
    closes: str = ""
    attrs: tuple[tuple[str, str], ...] = ()


@dataclass
class Paragraph:
    start: int
    end: int
    pieces: list[Piece]
    spans: list[Span] = field(default_factory=list)


def paragraph_bounds(body: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: text between blank lines, never only whitespace."""
    bounds, position = [], 0
    for separator in PARAGRAPH_BREAK.finditer(body):
        bounds.append((position, separator.start()))
        position = separator.end()
    bounds.append((position, len(body)))
    return [(s, e) for s, e in bounds if body[s:e].strip()]


def without_nested_links(spans: list[Span]) -> list[Span]:
    """Mentions that overlap an earlier mention are dropped: a link cannot hold a link."""
    kept, last_end = [], -1
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.kind == "mention":
            if span.start < last_end:
                continue
            last_end = span.end
        kept.append(span)
    return kept


def mark_up(body: str, spans: list[Span]) -> list[Paragraph]:
    """The body's paragraphs as pieces, with the spans wrapped in elements."""
    usable = [s for s in spans if 0 <= s.start < s.end <= len(body) and s.kind in NESTING]
    usable = without_nested_links(usable)
    order = {id(s): i for i, s in enumerate(sorted(usable, key=lambda s: (s.start, -s.end, NESTING[s.kind])))}
    paragraphs, opened = [], set()
    for start, end in paragraph_bounds(body):
        inside = [s for s in usable if s.start < end and s.end > start]
        pieces = _pieces(body, start, end, inside, order, opened)
        paragraphs.append(Paragraph(start, end, pieces, inside))
    return paragraphs


def _pieces(body: str, start: int, end: int, spans: list[Span], order: dict[int, int], opened: set[int]) -> list[Piece]:
    """One paragraph's pieces."""
    if _side_by_side(spans):
        return _pieces_side_by_side(body, start, end, spans, opened)
    return _pieces_nested(body, start, end, spans, order, opened)


def _pieces_nested(
    body: str, start: int, end: int, spans: list[Span], order: dict[int, int], opened: set[int]
) -> list[Piece]:
    """One paragraph: cut at every span edge, close and reopen elements so they nest."""
    cuts = {start, end}
    for span in spans:
        cuts.update(c for c in (span.start, span.end) if start < c < end)
    points = sorted(cuts)
    out: list[Piece] = []
    stack: list[Span] = []
    for left, right in itertools.pairwise(points):
        wanted = sorted((s for s in spans if s.start <= left and s.end >= right), key=lambda s: order[id(s)])
        common = 0
        while common < len(stack) and common < len(wanted) and stack[common] is wanted[common]:
            common += 1
        for span in reversed(stack[common:]):
            out.append(Piece(closes=ELEMENT[span.kind]))
        stack = stack[:common]
        for span in wanted[common:]:
            out.append(_open(span, first=id(span) not in opened))
            opened.add(id(span))
            stack.append(span)
        out.append(Piece(text=body[left:right]))
    for span in reversed(stack):
        out.append(Piece(closes=ELEMENT[span.kind]))
    return out


def _side_by_side(spans: list[Span]) -> bool:
    """Whether no two spans overlap (most paragraphs: a name here, a quote there), so none
    nests in another; spans come in body order (mark_up keeps it)."""
    return all(a.end <= b.start for a, b in itertools.pairwise(spans))


def _pieces_side_by_side(body: str, start: int, end: int, spans: list[Span], opened: set[int]) -> list[Piece]:
    """_pieces for spans that do not overlap, in one pass: what the general cut gives them."""
    out: list[Piece] = []
    position = start
    for span in spans:
        left, right = max(span.start, start), min(span.end, end)
        if left > position:
            out.append(Piece(text=body[position:left]))
        out.append(_open(span, first=id(span) not in opened))
        opened.add(id(span))
        out.append(Piece(text=body[left:right]))
        out.append(Piece(closes=ELEMENT[span.kind]))
        position = right
    if position < end:
        out.append(Piece(text=body[position:end]))
    return out


def _open(span: Span, *, first: bool) -> Piece:
    attrs = [("class", span.css + ("" if first else " cont"))]
    if span.kind == "quote" and first:
        attrs.append(("tabindex", "0"))
    if first and span.ref != "":
        attrs.append(("id", f"{span.kind}-{span.ref}"))
    attrs.extend(span.attrs)
    return Piece(opens=ELEMENT[span.kind], attrs=tuple(attrs))
