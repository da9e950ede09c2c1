"""Raw page text → ExtractedArticle: cleaning, metadata, then people, quotes and events.

Each stage is one module with one job; this file only runs them in order.
"""

from __future__ import annotations

from datetime import date

from articles.ingest import attributions, cleaning, events, metadata, nlp, people, quotes
from articles.ingest.records import ExtractedArticle


class StoryTooLong(ValueError):
    """The cleaned story is too long to analyse; str(error) is the one-line reason."""


def extract(
    raw_text: str,
    as_of: date | None = None,
    keep_lines: frozenset[int] = frozenset(),
    max_body_chars: int | None = None,
) -> ExtractedArticle:
    """Everything newsdesk reads from one page of text.

    as_of resolves relative dates; keep_lines are raw line numbers an editor restored to the body.
    A story longer than max_body_chars raises StoryTooLong before the language analysis, whose
    time and memory grow with the text (a file of a million lines is not an article).
    """
    page = cleaning.clean_page(raw_text, keep_lines)
    if max_body_chars is not None and len(page.body) > max_body_chars:
        raise StoryTooLong(
            f"the story is {len(page.body):,} characters long after cleaning, "
            f"over the {max_body_chars:,}-character limit for one article"
        )
    meta = metadata.read_metadata(page, as_of=as_of)
    article = ExtractedArticle(metadata=meta, body=page.body, removed_lines=page.removed)
    if not page.body.strip():
        return article
    doc = nlp.parse(page.body)  # parsed once; people, quotes and events all read this Doc
    article.people = people.find_people(page.body, doc, authors=meta.authors, outlets=[meta.outlet])
    direct = quotes.find_quotes(page.body, article.people, doc)
    # Events read the direct quotes only (reported speech is not a quotation to skip); they
    # come first in article.quotes, so the events' quote indexes hold.
    article.events = events.find_events(page.body, article.people, direct, meta.published, doc)
    article.quotes = attributions.find_attributions(page.body, article.people, direct, doc)
    return article
