"""The marked-up article body: paragraphs, spans, overlaps and escaping, on plain strings,
written as HTML by the article page's paragraph partial."""

import itertools
import re

from django.template.loader import render_to_string
from hypothesis import given, settings
from hypothesis import strategies as st

from articles import markup
from articles.markup import Paragraph, Span, mark_up, paragraph_bounds

BODY = "Ben Wallace said \u201cwe talk\u201d.\n\nShoigu <b>replied</b> & left."


def html_of(paragraph: Paragraph | list) -> str:
    """The paragraph as the article page writes it (a list of pieces: as one paragraph)."""
    if isinstance(paragraph, list):
        paragraph = Paragraph(0, 0, paragraph)
    return render_to_string("articles/article_workspace.html#paragraph", {"p": paragraph})


def text_of(html: str) -> str:
    """The text a browser would show: tags dropped, entities undone."""
    import html as html_lib

    return html_lib.unescape(re.sub(r"<[^>]+>", "", html))


def test_paragraphs_keep_their_offsets_and_exact_text():
    bounds = paragraph_bounds("One.\n\nTwo\nlines.\n\n\n \nThree.")
    texts = ["One.", "Two\nlines.", "Three."]
    body = "One.\n\nTwo\nlines.\n\n\n \nThree."
    assert [body[s:e] for s, e in bounds] == texts
    paragraphs = mark_up(body, [])
    assert [text_of(html_of(p)) for p in paragraphs] == texts
    assert [p.start for p in paragraphs] == [s for s, _ in bounds]


def test_text_is_escaped_and_text_content_is_unchanged():
    paragraphs = mark_up(BODY, [Span(0, 11, "mention", 1, (("href", "/people/1/"),))])
    assert "<b>" not in html_of(paragraphs[1])
    assert "&lt;b&gt;replied&lt;/b&gt; &amp; left." in html_of(paragraphs[1])
    assert text_of(html_of(paragraphs[0])) == BODY.split("\n\n")[0]
    assert text_of(html_of(paragraphs[1])) == BODY.split("\n\n")[1]


def test_a_mention_is_a_link_and_a_quote_carries_its_speaker_escaped():
    quote_start = BODY.index("\u201c")
    spans = [
        Span(0, 11, "mention", 7, (("href", "/people/7/"),)),
        Span(quote_start, quote_start + 9, "quote", 3, (("data-speaker", 'Ben "the" <Wallace>'),)),
    ]
    html = html_of(mark_up(BODY, spans)[0])
    assert html.startswith('<a class="mention" id="mention-7" href="/people/7/">Ben Wallace</a>')
    assert 'data-speaker="Ben &quot;the&quot; &lt;Wallace&gt;"' in html
    assert 'tabindex="0"' in html


def test_overlapping_spans_nest_properly_and_continue():
    body = "abcdefghij"
    spans = [Span(0, 6, "quote", 1), Span(3, 9, "annotation", 2)]
    html = html_of(mark_up(body, spans)[0])
    assert html == (
        '<span class="quote" tabindex="0" id="quote-1">abc'
        '<mark class="annotation" id="annotation-2">def</mark></span>'
        '<mark class="annotation cont">ghi</mark>j'
    )
    assert text_of(html) == body


def test_same_range_nests_quote_then_annotation_then_mention():
    html = html_of(
        mark_up("Wallace", [Span(0, 7, "mention", 1), Span(0, 7, "annotation", 2), Span(0, 7, "quote", 3)])[0]
    )
    assert re.sub(r' [a-z-]+="[^"]*"', "", html) == "<span><mark><a>Wallace</a></mark></span>"


def test_overlapping_mentions_never_nest_links():
    html = html_of(mark_up("Ben Wallace", [Span(0, 11, "mention", 1), Span(4, 11, "mention", 2)])[0])
    assert html.count("<a") == 1


def test_a_span_across_paragraphs_is_cut_at_the_break():
    body = "First para.\n\nSecond para."
    paragraphs = mark_up(body, [Span(6, 19, "annotation", 5)])
    assert html_of(paragraphs[0]) == 'First <mark class="annotation" id="annotation-5">para.</mark>'
    assert html_of(paragraphs[1]) == '<mark class="annotation cont">Second</mark> para.'


def test_spans_outside_the_body_or_empty_are_ignored():
    html = html_of(mark_up("short", [Span(3, 99, "annotation", 1), Span(2, 2, "quote", 2), Span(0, 1, "weird", 3)])[0])
    assert html == "short"


@st.composite
def side_by_side_spans(draw):
    """A paragraph (of a longer body) and spans that do not overlap, some running past its ends."""
    body = draw(st.text(alphabet="ab <&\u201c\n", min_size=2, max_size=60))
    start = draw(st.integers(0, len(body) - 1))
    end = draw(st.integers(start + 1, len(body)))
    edges = sorted(draw(st.lists(st.integers(0, len(body)), max_size=10, unique=True)))
    spans = [
        Span(a, b, draw(st.sampled_from(["mention", "quote", "annotation"])), i, (("title", "x<y"),))
        for i, (a, b) in enumerate(itertools.pairwise(edges))
        if a < b and a < end and b > start and draw(st.booleans())
    ]
    return body, start, end, spans


@settings(max_examples=300, deadline=None)
@given(side_by_side_spans(), st.booleans())
def test_side_by_side_spans_in_one_pass_give_what_the_general_cut_gives(case, continued):
    """The one-pass rendering of spans that do not overlap (most paragraphs) against the
    general one that cuts at every edge and nests."""
    body, start, end, spans = case
    order = {id(s): i for i, s in enumerate(spans)}
    opened = {id(spans[0])} if continued and spans else set()  # a span begun in an earlier paragraph
    one_pass = html_of(markup._pieces_side_by_side(body, start, end, spans, set(opened)))
    assert one_pass == html_of(markup._pieces_nested(body, start, end, spans, order, set(opened)))
    assert text_of(one_pass) == body[start:end]
