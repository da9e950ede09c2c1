"""Raw page text → ExtractedArticle: cleaning, metadata, then people, quotes and events."""

from __future__ import annotations

from datetime import date

from articles.ingest.records import ExtractedArticle, Metadata


def extract(raw_text: str, as_of: date | None = None) -> ExtractedArticle:
    """Everything newsdesk reads from one page of text. as_of resolves relative dates."""
    lines = raw_text.strip().split("\n")
    title = lines[0].strip()
    paragraphs = [line.strip() for line in lines[1:] if line.strip()]
    return ExtractedArticle(metadata=Metadata(title=title), body="\n\n".join(paragraphs))
