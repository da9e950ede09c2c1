"""Title, standfirst, byline, outlet, dateline and dates read from a cleaned page."""

from __future__ import annotations

from datetime import date

from articles.ingest.cleaning import CleanedPage
from articles.ingest.records import Metadata


def read_metadata(page: CleanedPage, as_of: date | None = None) -> Metadata:
    """First version: only the title line."""
    title = page.raw_lines[page.title_line].strip() if page.title_line is not None else ""
    return Metadata(title=title)
