"""Which lines of a raw page are the story, and which are page noise (kept, with reasons)."""

from __future__ import annotations

from dataclasses import dataclass, field

from articles.ingest.records import RemovedLine


@dataclass
class CleanedPage:
    raw_lines: list[str]
    title_line: int | None = None  # index in raw_lines of the headline
    body: str = ""  # the story paragraphs, separated by blank lines
    removed: list[RemovedLine] = field(default_factory=list)


def clean_page(raw_text: str) -> CleanedPage:
    """First version: the first non-empty line is the title, every other line is body."""
    lines = raw_text.split("\n")
    page = CleanedPage(raw_lines=lines)
    paragraphs = []
    for number, line in enumerate(lines):
        if not line.strip():
            continue
        if page.title_line is None:
            page.title_line = number
            continue
        paragraphs.append(line.strip())
    page.body = "\n\n".join(paragraphs)
    return page
