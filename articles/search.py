"""Full-text search: query parsing, bounded ranking and highlighted snippets.

Articles are matched against their stored search_vector (title A, standfirst B, body C)
with PostgreSQL's websearch syntax: "quoted phrases", OR, -exclusion. Ranking reads every
matching vector, so it is bounded: only the newest RANKED_CANDIDATES matches (found
through the GIN index and the newest-first index) are ranked; the rest are not shown.
The list page asks for those candidates once (ranked_ids: ids and ranks in one query, no
count), then fetches the rows of the page shown.

Snippets (ts_headline re-parses the text it is given) are computed only for the rows on the
page shown, and only on a window of the body around the first place a query word appears:
a tenth of the text, so a tenth of the parsing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db.models import F, IntegerField, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce, Greatest, Least, Lower, NullIf, StrIndex, Substr

from articles.querysets import planner_estimate

CONFIG = "english"
RANKED_CANDIDATES = 200
SNIPPET_WINDOW = 1200  # characters of the body ts_headline reads, starting a little before the first match
SNIPPET_LEAD = 300
# Words too common to say where a match is (the english configuration drops them anyway).
STOP_WORDS = frozenset(
    [
        "the",
        "and",
        "for",
        "with",
        "that",
        "this",
        "from",
        "have",
        "has",
        "had",
        "was",
        "were",
        "are",
        "not",
        "but",
        "his",
        "her",
        "its",
        "our",
        "their",
        "they",
        "you",
        "she",
        "him",
        "them",
        "who",
        "what",
        "which",
        "when",
        "where",
        "will",
        "would",
        "can",
        "could",
        "been",
        "being",
        "into",
        "about",
        "than",
        "then",
        "also",
    ]
)
# Private-use characters mark the matches inside ts_headline's output: no body text holds
# them, so the output splits into matched and unmatched runs, which the template escapes.
MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"
MARKERS = re.compile(f"([{MARK_OPEN}{MARK_CLOSE}])")


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


@dataclass
class Ranked:
    """The ids of the ranked matches, best first, and whether more matched than were ranked."""

    ids: list[int]
    more: bool


# Below this many matches (the planner's estimate) the newest are found by gathering every
# match through the GIN index and sorting them; above it, by walking the newest articles until
# enough match. Walking for a rare word or a phrase that never occurs reads the whole table
# (half a second); gathering a common word's matches reads tens of thousands of rows.
FEW_MATCHES = 5_000
# A phrase's estimate is that of its words anywhere in the text; the phrase itself may occur in
# none of them, and then the walk reads the whole table. Gather more before walking.
FEW_MATCHES_FOR_PHRASES = 20_000


def gathers(articles: QuerySet, q: str) -> bool:
    """Whether to gather q's matches among `articles` through the index (see FEW_MATCHES)."""
    return planner_estimate(matching(articles, q)) < (FEW_MATCHES_FOR_PHRASES if '"' in q else FEW_MATCHES)


def matching(articles: QuerySet, q: str) -> QuerySet:
    """The articles matching q, unordered (what the planner is asked to estimate)."""
    return articles.filter(search_vector=parse_query(q)).order_by()


def ranked_query(articles: QuerySet, q: str, *, candidates: int = RANKED_CANDIDATES, gather: bool = False) -> QuerySet:
    """(id, rank) of the newest `candidates` + 1 matches of q among `articles`, newest first.

    gather=True orders by an expression no index provides, so PostgreSQL collects the matches
    through the search index and sorts them rather than walking the newest-first index."""
    query = parse_query(q)
    matches = articles.filter(search_vector=query)
    if gather:
        undated_last = Coalesce(F("published_at"), Value(datetime.min.replace(tzinfo=UTC)))
        matches = matches.order_by(undated_last.desc(), F("imported_at").desc(), F("pk").desc())
    else:
        matches = matches.newest_first()
    return matches.annotate(rank=SearchRank(F("search_vector"), query)).values_list("pk", "rank")[: candidates + 1]


def ranked(rows: list[tuple[int, float]], *, candidates: int = RANKED_CANDIDATES) -> Ranked:
    """ranked_query's rows, best first (newest first among equal ranks)."""
    more = len(rows) > candidates
    rows = list(rows[:candidates])
    rows.sort(key=lambda row: -row[1])  # stable: newest first among equal ranks
    return Ranked([pk for pk, _rank in rows], more)


def ranked_ids(articles: QuerySet, q: str, *, candidates: int = RANKED_CANDIDATES) -> Ranked:
    """The newest `candidates` matches of q among `articles`, best first: one query, no count.

    Same order as search_articles (rank, then newest first); one more row than asked for
    says whether older matches were left unranked.
    """
    if parse_query(q) is None:
        return Ranked([], False)
    gather = gathers(articles, q)
    return ranked(list(ranked_query(articles, q, candidates=candidates, gather=gather)), candidates=candidates)


def query_words(q: str) -> list[str]:
    """Lower-case beginnings of the words searched for (not the excluded ones), to find where
    in a body they first appear: 'elections' → 'elect' (stems are prefixes, near enough)."""
    words = []
    for match in re.finditer(r"(?<![\w-])(-?)([^\W_]+(?:'[^\W_]+)?)", q):
        excluded, word = match.groups()
        if excluded or word == "OR" or len(word) < 3 or word.lower() in STOP_WORDS:
            continue
        words.append(word.lower()[:5])
    return list(dict.fromkeys(words))


def snippet_window(q: str):
    """The part of the body ts_headline reads: SNIPPET_WINDOW characters from a little before
    the first appearance of a query word (the start of the body when none is found)."""
    words = query_words(q)
    if not words:
        return Substr("body", 1, SNIPPET_WINDOW)
    found = [NullIf(StrIndex(Lower("body"), Value(w)), Value(0)) for w in words]
    first = found[0] if len(found) == 1 else Least(*found)
    start = Greatest(Coalesce(first, Value(1)) - Value(SNIPPET_LEAD), Value(1), output_field=IntegerField())
    return Substr("body", start, SNIPPET_WINDOW)


def snippets(articles: QuerySet, q: str, ids: list[int]) -> dict[int, list[tuple[str, bool]]]:
    """{article id: body excerpt as (text, is a match) runs} for these ids only: one query.
    The template marks the matches (articles/article_list.html#snippet)."""
    query = parse_query(q)
    if query is None or not ids:
        return {}
    headline = SearchHeadline(
        snippet_window(q),
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


def highlight(marked: str) -> list[tuple[str, bool]]:
    """A ts_headline result as (text, is a match) runs, its match markers balanced."""
    runs: list[tuple[str, bool]] = []
    matching = False
    for part in MARKERS.split(marked):
        if part == MARK_OPEN:
            matching = True
        elif part == MARK_CLOSE:
            matching = False
        elif part:
            if runs and runs[-1][1] == matching:
                runs[-1] = (runs[-1][0] + part, matching)
            else:
                runs.append((part, matching))
    return runs


def search_quotes(quotes: QuerySet, q: str) -> QuerySet:
    """Quotes whose text matches q (websearch syntax), as a filter: order is the caller's."""
    query = parse_query(q)
    if query is None:
        return quotes
    return quotes.filter(search_vector=query)
