"""The dataclasses the ingest pipeline produces: plain values, no ORM.

Offsets are character offsets into ExtractedArticle.body (the clean text), end exclusive.
People are referred to by their index in ExtractedArticle.people.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from articles.ingest.dates import PartialDate


@dataclass
class RemovedLine:
    """A line of the raw page left out of the body, and why (shown to editors, restorable)."""

    line_no: int  # 0-based line number in the raw text
    text: str
    reason: str


@dataclass
class Metadata:
    title: str = ""
    standfirst: str = ""
    outlet: str = ""
    authors: list[str] = field(default_factory=list)
    published: PartialDate = field(default_factory=PartialDate)
    updated: PartialDate = field(default_factory=PartialDate)
    dateline_place: str = ""


@dataclass
class Span:
    start: int
    end: int
    text: str


@dataclass
class ExtractedPerson:
    name: str  # canonical full name as best known in this article
    role: str = ""
    mentions: list[Span] = field(default_factory=list)

    @property
    def aliases(self) -> list[str]:
        """Surface forms other than the canonical name, in order of first use."""
        seen: list[str] = []
        for m in self.mentions:
            if m.text != self.name and m.text not in seen:
                seen.append(m.text)
        return seen


# Kinds of quote: words inside quotation marks, a paraphrase carrying some, a paraphrase.
DIRECT, MIXED, INDIRECT = "direct", "mixed", "indirect"


@dataclass
class ExtractedQuote:
    text: str  # the content as it stands in the body, without its source and cue
    start: int
    end: int
    speaker: int | None = None  # index into ExtractedArticle.people
    speaker_label: str = ""  # the source as written; the only source for unnamed speakers
    partial: bool = False
    kind: str = DIRECT
    cue: str = ""  # the reporting words: "said", "told reporters", "according to"


# Every kind find_events gives an event (the Event model offers each of them to editors).
EVENT_KINDS = (
    "meeting", "talks", "call", "visit", "invitation", "acceptance", "speech", "interview", "press conference",
    "hearing", "debate", "announcement", "statement", "deployment", "vote", "sanctions", "signing", "appointment",
    "resignation", "election", "candidacy", "withdrawal", "endorsement", "campaign event", "inauguration",
    "advertising", "fundraising", "sign-up", "arrest", "charge", "conviction", "sentencing", "pardon", "assault",
    "death", "protest", "lawsuit", "veto", "decree", "ruling", "dismissal", "request",
)  # fmt: skip


@dataclass
class ExtractedEvent:
    summary: str
    kind: str
    date: PartialDate = field(default_factory=PartialDate)
    date_text: str = ""
    location: str = ""
    participants: list[int] = field(default_factory=list)  # indexes into people
    quotes: list[int] = field(default_factory=list)  # indexes into quotes


@dataclass
class ExtractedArticle:
    metadata: Metadata
    body: str
    removed_lines: list[RemovedLine] = field(default_factory=list)
    people: list[ExtractedPerson] = field(default_factory=list)
    quotes: list[ExtractedQuote] = field(default_factory=list)
    events: list[ExtractedEvent] = field(default_factory=list)
