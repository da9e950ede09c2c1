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
# The controls under a reader's comment ("Reply", "Reply · Report", "Like | Reply"), and the time
# stamp on the commenter's line above it ("Rohan D. · 1 hour ago", "punekar_77 3 days ago").
COMMENT_CONTROLS = re.compile(
    r"^(?i:(?:(?:like|report|flag|upvote|downvote|\d+)\s*[·|•/]?\s*)*reply"
    r"(?:\s*[·|•/]?\s*(?:like|report|flag|share|\d+))*)$"
)
COMMENT_STAMP = re.compile(
    r"(?i:\b(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago)\s*$"
)
COMMENT_MAX_LINES = 6
# A commenter's line: a handle or a name and how long ago they wrote, nothing else ("punekar_77 · 2
# hours ago", "Rohan D. 1 hour ago"); not a story's own "Updated 2 hours ago" or a byline.
COMMENTER_LINE = re.compile(
    r"^(?P<who>\S.{0,40}?)\s*(?P<mark>[·|•—–-]?)\s*"
    r"(?i:(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago)\s*$"
)
NOT_A_COMMENTER = re.compile(r"^(?i:by|updated|published|posted|last|first|edited)\b")


def is_commenter_line(line: str) -> bool:
    """A handle or up to three capitalised words, then a time ago (a mark between them or not)."""
    match = COMMENTER_LINE.match(line.strip())
    if match is None or NOT_A_COMMENTER.match(match["who"]):
        return False
    words = match["who"].split()
    handle = len(words) == 1 and bool(re.search(r"[_\d@]", words[0]))
    named = len(words) <= 3 and all(w[:1].isupper() for w in words)
    return handle or named or (bool(match["mark"]) and len(words) <= 3)


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
    for i in readers_comment_lines([text for _, _, text in blocks]):
        paragraphs[i] = Paragraph(i, paragraphs[i].start, paragraphs[i].end, paragraphs[i].text, False)
    return paragraphs


def readers_comment_lines(lines: list[str]) -> set[int]:
    """The lines of readers' comments left under a story: what stands between a commenter's time
    stamp and the 'Reply' control under it (or the one line over a 'Reply' with no stamp above);
    and everything from the first of two or more commenters' lines ('name · 2 hours ago') after the
    story's first lines to the end."""
    out: set[int] = set()
    commenters = [i for i, line in enumerate(lines) if i > 2 and is_commenter_line(line)]
    if len(commenters) >= 2:
        out.update(range(commenters[0], len(lines)))
    for i, line in enumerate(lines):
        if not COMMENT_CONTROLS.match(line.strip()):
            continue
        above = range(i - 1, max(-1, i - COMMENT_MAX_LINES), -1)
        stamp = next((k for k in above if COMMENT_STAMP.search(lines[k])), None)
        out.update(range(stamp + 1, i) if stamp is not None else range(max(0, i - 1), i))
    return out


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
