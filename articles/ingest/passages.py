"""Paragraphs of an article body with their offsets, and which of them read as story prose.

The extraction stages use this to tell a sentence of the story from a line that only looks
like a headline (a sub-heading, a caption, a "related stories" link, a byline): names and
quotes found only in such lines are page furniture, not reporting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SENTENCE_END = re.compile(r"[.!?…][\"'”’`)\]]*\s*$|[,;:][\"'”’`]+\s*$")
# "By Ann Lee": the name is capitalised ("By looking beyond the polls, …" is a sentence).
OPENING_MARKS = "\"“‘'«„"
BYLINE = re.compile(r"^(?i:by|from|words by|reporting by)\s+[A-Z]")


@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int
    end: int
    text: str
    prose: bool  # reads as a sentence of the story, not a heading, caption or link

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end


def split_paragraphs(body: str) -> list[Paragraph]:
    """The non-empty lines of body (news text puts one paragraph on a line), with offsets."""
    blocks = []
    for match in re.finditer(r"[^\n]+", body):
        text = match.group(0)
        stripped = text.strip()
        if not stripped:
            continue
        lead = len(text) - len(text.lstrip())
        start = match.start() + lead
        blocks.append((start, start + len(stripped), stripped))
    shapes = [reads_as_sentence(text) for _, _, text in blocks]
    for i in range(len(blocks) - 1):
        # "She said:" closing a paragraph whose quotation is the next paragraph is story text.
        if not shapes[i] and blocks[i][2].endswith(":") and blocks[i + 1][2][:1] in OPENING_MARKS and shapes[i + 1]:
            shapes[i] = len(blocks[i][2].split()) >= 3 and not BYLINE.match(blocks[i][2])
    paragraphs = []
    for i, (start, end, text) in enumerate(blocks):
        prose = shapes[i]
        if prose and len(text.split()) <= 8 and not has_quote_mark(text):
            # A short line between two headings is a caption or a teaser, not story text.
            before = shapes[i - 1] if i > 0 else True
            after = shapes[i + 1] if i + 1 < len(blocks) else True
            prose = before or after
        paragraphs.append(Paragraph(i, start, end, text, prose))
    return paragraphs


def reads_as_sentence(text: str) -> bool:
    """Ends like a sentence and is not a byline: the shape of a paragraph of reporting."""
    return bool(SENTENCE_END.search(text)) and not BYLINE.match(text)


def has_quote_mark(text: str) -> bool:
    return any(ch in text for ch in "\"“”‘’'")


def paragraph_at(paragraphs: list[Paragraph], offset: int) -> Paragraph | None:
    """The paragraph holding a character offset (binary search over sorted paragraphs)."""
    lo, hi = 0, len(paragraphs)
    while lo < hi:
        mid = (lo + hi) // 2
        p = paragraphs[mid]
        if offset < p.start:
            hi = mid
        elif offset >= p.end:
            lo = mid + 1
        else:
            return p
    return None
