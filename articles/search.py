"""Full-text search: query parsing, bounded ranking and highlighted snippets.

Articles are matched against their stored search_vector (title A, standfirst B, body C)
with PostgreSQL's websearch syntax: "quoted phrases", OR, -exclusion. Ranking reads every
matching vector, so it is bounded: only the newest RANKED_CANDIDATES matches (found
through the GIN index and the newest-first index) are ranked; the rest are not shown.
Snippets (ts_headline re-parses the body) are computed only for the rows on the page shown.
"""

from __future__ import annotations

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db.models import F, QuerySet, Subquery
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

CONFIG = "english"
RANKED_CANDIDATES = 1000
# Private-use characters mark the matches inside ts_headline's output, which is then
# escaped as a whole before they become <mark> elements: the body text never reaches
# the page unescaped.
MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"


def parse_query(q: str | None) -> SearchQuery | None:
    """The editor's words as a websearch query, or None when there is nothing to search for."""
    q = (q or "").strip()
    if not q:
        return None
    return SearchQuery(q, search_type="websearch", config=CONFIG)


def search_articles(articles: QuerySet, q: str, *, candidates: int = RANKED_CANDIDATES) -> QuerySet:
    """Articles matching q (already filtered as the caller likes), best first.

    Only the newest `candidates` matches are ranked; the queryset returned is ordered by
    rank, then newest first, and carries `rank`.
    """
    query = parse_query(q)
    if query is None:
        return articles
    best = articles.filter(search_vector=query).newest_first().values("pk")[:candidates]
    return (
        articles.model.objects.filter(pk__in=Subquery(best))
        .annotate(rank=SearchRank(F("search_vector"), query))
        .order_by("-rank", F("published_at").desc(nulls_last=True), "-pk")
    )


def snippets(articles: QuerySet, q: str, ids: list[int]) -> dict[int, SafeString]:
    """{article id: body excerpt with the matches in <mark>} for these ids only: one query."""
    query = parse_query(q)
    if query is None or not ids:
        return {}
    headline = SearchHeadline(
        "body",
        query,
        config=CONFIG,
        start_sel=MARK_OPEN,
        stop_sel=MARK_CLOSE,
        min_words=18,
        max_words=40,
        max_fragments=2,
        fragment_delimiter=" … ",
    )
    rows = articles.model.objects.filter(pk__in=ids).annotate(snippet=headline).values_list("pk", "snippet")
    return {pk: highlight(text) for pk, text in rows}


def highlight(marked: str) -> SafeString:
    """Escapes a ts_headline result and turns its match markers into balanced <mark> elements."""
    out, open_ = [], False
    for char_run in _split_marks(escape(marked)):
        if char_run == MARK_OPEN:
            if not open_:
                out.append("<mark>")
                open_ = True
        elif char_run == MARK_CLOSE:
            if open_:
                out.append("</mark>")
                open_ = False
        else:
            out.append(char_run)
    if open_:
        out.append("</mark>")
    return mark_safe("".join(out))


def _split_marks(text: str) -> list[str]:
    parts, current = [], []
    for char in text:
        if char in (MARK_OPEN, MARK_CLOSE):
            if current:
                parts.append("".join(current))
                current = []
            parts.append(char)
        else:
            current.append(char)
    if current:
        parts.append("".join(current))
    return parts


def search_quotes(quotes: QuerySet, q: str) -> QuerySet:
    """Quotes whose text matches q (websearch syntax), as a filter: order is the caller's."""
    query = parse_query(q)
    if query is None:
        return quotes
    return quotes.filter(search_vector=query)
