"""Fuzzing the text stages with Hypothesis: no text, however odd, makes them raise.

Each stage gets both arbitrary Unicode and "news-shaped" text built from the pieces real pages
are made of (bylines, date lines, quote marks of every kind, credits, menus), so the examples
reach deep into the rules rather than stopping at the first check.
"""

import os
from datetime import date

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from articles.ingest import dates
from articles.ingest.cleaning import clean_page
from articles.ingest.decoding import UnreadableFile, decode_text
from articles.ingest.metadata import read_metadata
from articles.ingest.pipeline import extract

PIECES = [
    "By Ann Lee", "By ANN LEE and Tom Price | The Record", "Story by Jo Bloggs, Political Editor",
    "Updated: 10 February 2022, 10:08", "9 February 2022, 22:31 | Updated: 7 days ago", "Monday",
    "Published on Tuesday", "17 January", "yesterday", "3.45pm", "11 a.m.", "2022-02-11", "31 February 2021",
    "LONDON (Reuters) -", "MOSCOW, Feb 11 —", "Photo: AP", "© Getty Images", "Image source, PA Media",
    "Read more:", "Advertisement", "Sign up for our newsletter", "Most Read", "Home > News > World",
    "“", "”", "\"", "'", "‘", "’", "«", "»", "„", "said", "says", "told reporters", "according to",
    "Mr Wallace", "Ben Wallace", "Sergei Shoigu", "the Defence Secretary", "he", "she", "they",
    "the talks in Moscow", "met", "will visit", "announced", ":", ";", ",", ".", "?", "!", "…", "—", "-",
    "(", ")", "[", "]", "•", "1.", "WAR IN UKRAINE", "UkraineRussia CrisisESPN Anchor", "\t", "\u00a0",
    "\u200b", "\ufeff", "\u2028", "e\u0301", "🇬🇧", "日本語", "مرحبا", "Ωμέγα", "\x00", "\x1b",
]  # fmt: skip
pieces = st.sampled_from(PIECES) | st.text(max_size=15)
separators = st.sampled_from([" ", " ", " ", "\n", "\n\n", "\r\n", ""])


@st.composite
def news_text(draw, max_pieces=60):
    parts = draw(st.lists(st.tuples(pieces, separators), max_size=max_pieces))
    return "".join(piece + sep for piece, sep in parts)


@st.composite
def news_story(draw):
    """A headline, then paragraphs of pieces that end like sentences: the cleaning keeps them,
    so the language analysis (people, quotes, events) runs on what the fuzzer made."""
    paragraphs = draw(
        st.lists(
            st.lists(pieces, min_size=3, max_size=25).map(" ".join).map(lambda p: p + draw(st.sampled_from(".!?…:"))),
            min_size=1,
            max_size=6,
        )
    )
    headline = draw(st.sampled_from(["Wallace and Shoigu meet in Moscow", "Council approves harbour plan", "x"]))
    return headline + "\n\n" + "\n\n".join(paragraphs)


texts = news_text() | st.text(max_size=400)
as_of_dates = st.none() | st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))
# Modest by default (the suite runs on two cores); NEWSDESK_FUZZ_SCALE=20 for a long search.
SCALE = int(os.environ.get("NEWSDESK_FUZZ_SCALE", "1"))
FAST = settings(max_examples=300 * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SPACY = settings(max_examples=100 * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(texts, st.sets(st.integers(min_value=-2, max_value=80), max_size=5))
def test_clean_page_never_raises_and_accounts_for_every_line(text, keep):
    page = clean_page(text, frozenset(keep))
    lines = text.split("\n")
    assert page.raw_lines == lines
    removed = [r.line_no for r in page.removed]
    assert len(removed) == len(set(removed)) and all(0 <= n < len(lines) for n in removed)
    assert page.title_line is None or 0 <= page.title_line < len(lines)
    assert not set(removed) & {n for n in keep if 0 <= n < len(lines)}  # restored lines stay
    assert "\n\n\n" not in page.body


@FAST
@given(texts, as_of_dates)
def test_read_metadata_never_raises(text, as_of):
    meta = read_metadata(clean_page(text), as_of=as_of)
    assert isinstance(meta.title, str) and all(isinstance(a, str) for a in meta.authors)
    for when in (meta.published, meta.updated):
        if when.month is not None:
            assert 1 <= when.month <= 12
        if when.day is not None:
            assert when.month is not None and 1 <= when.day <= 31


@FAST
@given(texts, as_of_dates)
def test_date_readers_never_raise(text, as_of):
    dates.parse_date(text)
    dates.parse_date_line(text)
    dates.find_time(text)


@FAST
@given(st.binary(max_size=2000) | texts.map(lambda t: t.encode("utf-8")) | texts.map(lambda t: t.encode("utf-16")))
def test_decode_text_gives_text_or_a_reason(data):
    try:
        text = decode_text(data, max_bytes=1500)
    except UnreadableFile as error:
        assert str(error) and "\n" not in str(error)
        return
    assert text.strip() and "\r" not in text and "\x00" not in text


printable = st.text(st.characters(categories=["L", "N", "P", "S", "Zs"], exclude_characters="\x85"), max_size=300)


written = st.lists(printable, min_size=1, max_size=8).map("\n".join).filter(str.strip)


@FAST
@given(written, st.sampled_from(["utf-8", "utf-16"]))
def test_decode_text_reads_back_what_was_written(text, encoding):
    assert decode_text(text.encode(encoding)) == text


@SPACY
@given(news_story() | news_text(max_pieces=80), as_of_dates)
def test_extract_never_raises_and_its_offsets_point_into_the_body(text, as_of):
    article = extract(text, as_of=as_of)
    body = article.body
    event("body" if body.strip() else "no body")  # most examples reach the language analysis
    for person in article.people:
        for m in person.mentions:
            assert 0 <= m.start < m.end <= len(body) and body[m.start : m.end] == m.text
    for q in article.quotes:
        assert 0 <= q.start < q.end <= len(body)
        assert q.speaker is None or 0 <= q.speaker < len(article.people)
    for e in article.events:
        assert all(0 <= i < len(article.people) for i in e.participants)
        assert all(0 <= i < len(article.quotes) for i in e.quotes)
