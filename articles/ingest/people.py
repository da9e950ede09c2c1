"""Person mentions in an article body, their roles, and in-article coreference of names."""

from __future__ import annotations

from articles.ingest.records import ExtractedPerson


def find_people(body: str) -> list[ExtractedPerson]:
    """Not built yet: the extraction issue fills this in."""
    return []
