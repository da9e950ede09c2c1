"""Raw page text → ExtractedArticle: cleaning, metadata, then people, quotes and events.

Each stage is one module with one job; this file only runs them in order.
"""

from __future__ import annotations

from datetime import date

from articles.ingest import cleaning, events, metadata, nlp, people, quotes
from articles.ingest.records import ExtractedArticle


def extract(raw_text: str, as_of: date | None = None, keep_lines: frozenset[int] = frozenset()) -> ExtractedArticle:
    """Everything newsdesk reads from one page of text.

    as_of resolves relative dates; keep_lines are raw line numbers an editor restored to the body.
    """
    page = cleaning.clean_page(raw_text, keep_lines)
    meta = metadata.read_metadata(page, as_of=as_of)
    article = ExtractedArticle(metadata=meta, body=page.body, removed_lines=page.removed)
    if not page.body.strip():
        return article
    doc = nlp.parse(page.body)  # parsed once; people, quotes and events all read this Doc
    article.people = people.find_people(page.body, doc, authors=meta.authors)
    article.quotes = quotes.find_quotes(page.body, article.people, doc)
    article.events = events.find_events(page.body, article.people, article.quotes, meta.published, doc)
    return article
