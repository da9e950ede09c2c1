"""Quotation spans in an article body and their speakers."""

from __future__ import annotations

from articles.ingest.records import ExtractedPerson, ExtractedQuote


def find_quotes(body: str, people: list[ExtractedPerson]) -> list[ExtractedQuote]:
    """Not built yet: the extraction issue fills this in."""
    return []
