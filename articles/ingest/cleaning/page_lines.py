"""What cleaning returns (CleanedPage), and the reader's view of one line (_Line) and of a run of
non-story lines (_Run)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from articles.ingest.cleaning.bylines import _SHARE_BUTTON_TAIL, _byline_names_of
from articles.ingest.cleaning.menus import _is_menu_line
from articles.ingest.cleaning.patterns import _BULLET, _LIST_ITEM, _NUMBERED, HEADLINE_MAX_WORDS, _date_line_of
from articles.ingest.dates import DateLine
from articles.ingest.page_end import (
    closed_by_end_mark,
)
from articles.ingest.records import RemovedLine
from articles.ingest.text import (
    ends_sentence,
    runs_on,
    starts_lowercase,
    word_count,
)


@dataclass
class CleanedPage:
    raw_lines: list[str]
    title_line: int | None = None  # index in raw_lines of the headline
    title_continued: int | None = None  # index in raw_lines of the headline's second line, when it wraps
    body: str = ""  # the story paragraphs, separated by blank lines
    removed: list[RemovedLine] = field(default_factory=list)
    standfirst_line: int | None = None
    byline_lines: list[int] = field(default_factory=list)
    date_lines: list[int] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)  # from every byline and sign-off, in page order
    mastheads: list[str] = field(default_factory=list)  # the outlet's name as printed above the headline
    # a masthead a news tagline under it confirms ('Today' / 'Curaçao's news, every morning'), though it is a word
    # sections and date lines also use
    tagline_masthead: str = ""
    sign_off_outlet: str = ""  # "— Ann Lee, The Example Courier" under the story
    follow_authors: list[str] = field(default_factory=list)  # "Follow Ann Lee on Twitter" under the story
    bio_authors: list[str] = field(default_factory=list)  # "Ann Lee covers the council for …" closing the story
    editors: list[str] = field(default_factory=list)  # "Edited by Ann Lee" heading a live page
    issuer: str = ""  # "From: Department for Example Affairs" over a press release


@dataclass
class _Line:
    """One non-empty line of the page and its shape."""

    no: int  # index in raw_lines
    text: str  # whitespace-normalised
    menu_by_gaps: bool = False  # its raw text is a menu set apart by wide gaps, which normalising loses

    @cached_property
    def words(self) -> int:
        return word_count(self.text)

    @cached_property
    def menu(self) -> bool:
        """A site's menu or a section label copied as a line: never the headline."""
        return self.menu_by_gaps or _is_menu_line(self.text)

    @cached_property
    def sentence(self) -> bool:
        """Shaped like a story paragraph: ends like a sentence (a magazine's end mark after it too: '… she said. ■'),
        or introduces what follows."""
        text = _SHARE_BUTTON_TAIL.sub("", self.text)  # "Ann Lee / The Example Post Share:": a byline, not a lead-in
        return ends_sentence(text) or text.endswith(":") or closed_by_end_mark(text)

    @cached_property
    def byline(self) -> list[str]:
        """The author names, when the line is a byline."""
        return list(_byline_names_of(self.text))

    @cached_property
    def date_line(self) -> DateLine | None:
        return _date_line_of(self.text)

    @cached_property
    def all_capitals(self) -> bool:
        """Written in capitals, as section subheadings inside a story often are."""
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 4 and all(c.isupper() for c in letters)

    @cached_property
    def numbered_headline(self) -> bool:
        """'1. Storm hits the coast': an entry of a numbered list of headlines (Most Read, Related)."""
        match = _NUMBERED.match(self.text)
        return bool(match) and _Line(self.no, self.text[match.end() :]).headline_shaped

    @cached_property
    def bulleted_headline(self) -> bool:
        """'• Flood victims still waiting for payments': an entry of a bulleted list of links."""
        match = _BULLET.match(self.text)
        return bool(match) and _Line(self.no, self.text[match.end() :]).headline_shaped

    @cached_property
    def headline_shaped(self) -> bool:
        """A headline, menu entry or label: no sentence ending, not cut off mid-sentence, not too long."""
        return (
            not self.sentence
            and not runs_on(self.text)
            and 1 <= self.words <= HEADLINE_MAX_WORDS
            and not starts_lowercase(self.text)
            and not _LIST_ITEM.match(self.text)
        )


@dataclass
class _Run:
    """Consecutive non-story lines in the story part of a page."""

    lines: list[int]  # indexes into the page's lines
    # How many of its lines are loose headline-shaped lines (not already explained furniture);
    # kept as the run grows, so merging runs never recounts them (a long page stays linear).
    loose: int = 0
