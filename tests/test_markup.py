"""The marked-up article body: paragraphs, spans, overlaps and escaping, on plain strings."""

import re

from articles.markup import Span, mark_up, paragraph_bounds

BODY = "Ben Wallace said \u201cwe talk\u201d.\n\nShoigu <b>replied</b> & left."


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
    assert [text_of(p.html) for p in paragraphs] == texts
    assert [p.start for p in paragraphs] == [s for s, _ in bounds]


def test_text_is_escaped_and_text_content_is_unchanged():
    paragraphs = mark_up(BODY, [Span(0, 11, "mention", 1, (("href", "/people/1/"),))])
    assert "<b>" not in paragraphs[1].html
    assert "&lt;b&gt;replied&lt;/b&gt; &amp; left." in paragraphs[1].html
    assert text_of(paragraphs[0].html) == BODY.split("\n\n")[0]
    assert text_of(paragraphs[1].html) == BODY.split("\n\n")[1]


def test_a_mention_is_a_link_and_a_quote_carries_its_speaker_escaped():
    quote_start = BODY.index("\u201c")
    spans = [
        Span(0, 11, "mention", 7, (("href", "/people/7/"),)),
        Span(quote_start, quote_start + 9, "quote", 3, (("data-speaker", 'Ben "the" <Wallace>'),)),
    ]
    html = mark_up(BODY, spans)[0].html
    assert html.startswith('<a class="mention" id="mention-7" href="/people/7/">Ben Wallace</a>')
    assert 'data-speaker="Ben &quot;the&quot; &lt;Wallace&gt;"' in html
    assert 'tabindex="0"' in html


def test_overlapping_spans_nest_properly_and_continue():
    body = "abcdefghij"
    spans = [Span(0, 6, "quote", 1), Span(3, 9, "annotation", 2)]
    html = mark_up(body, spans)[0].html
    assert html == (
        '<span class="quote" tabindex="0" id="quote-1">abc'
        '<mark class="annotation" id="annotation-2">def</mark></span>'
        '<mark class="annotation cont">ghi</mark>j'
    )
    assert text_of(html) == body


def test_same_range_nests_quote_then_annotation_then_mention():
    html = mark_up("Wallace", [Span(0, 7, "mention", 1), Span(0, 7, "annotation", 2), Span(0, 7, "quote", 3)])[0].html
    assert re.sub(r' [a-z-]+="[^"]*"', "", html) == "<span><mark><a>Wallace</a></mark></span>"


def test_overlapping_mentions_never_nest_links():
    html = mark_up("Ben Wallace", [Span(0, 11, "mention", 1), Span(4, 11, "mention", 2)])[0].html
    assert html.count("<a") == 1


def test_a_span_across_paragraphs_is_cut_at_the_break():
    body = "First para.\n\nSecond para."
    paragraphs = mark_up(body, [Span(6, 19, "annotation", 5)])
    assert paragraphs[0].html == 'First <mark class="annotation" id="annotation-5">para.</mark>'
    assert paragraphs[1].html == '<mark class="annotation cont">Second</mark> para.'


def test_spans_outside_the_body_or_empty_are_ignored():
    html = mark_up("short", [Span(3, 99, "annotation", 1), Span(2, 2, "quote", 2), Span(0, 1, "weird", 3)])[0].html
    assert html == "short"
