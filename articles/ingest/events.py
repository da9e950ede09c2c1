"""Events an article reports: kind, participants, date, place, and their quotes."""

from __future__ import annotations

from articles.ingest.dates import PartialDate
from articles.ingest.records import ExtractedEvent, ExtractedPerson, ExtractedQuote


def find_events(
    body: str, people: list[ExtractedPerson], quotes: list[ExtractedQuote], published: PartialDate
) -> list[ExtractedEvent]:
    """Not built yet: the extraction issue fills this in."""
    return []
