"""Bylines and the story's boundaries on layouts not met before (helper aj, issue 18): a photographer's credit on
the byline's line (after '|', a comma, a full stop or a gap), writers each filed from a place, names listed after
'Author(s):' with semicolons; a lead opening with a dateline printed above the byline; a pull quote shortened from
the paragraph it repeats, a sentence-shaped caption over a labelled photo credit, a cookie notice in the site's
voice, a translation note, tags listed one a line, readers' comments under 'Comments (N)'. Each on invented lines,
with look-alikes that must keep their reading."""

import pytest

from articles.ingest.cleaning import byline_names, clean_page, furniture_reason
from articles.ingest.metadata import read_metadata
from articles.ingest.text import paragraphs

LEAD = "The county council on Tuesday approved a budget of 9 million for rural roads, twice last year's."
STORY = [
    LEAD,
    "",
    "Council chair Miriam Otieno said the money would go first to roads that school buses use.",
    "",
    '"Children should not be walking around potholes to get to class," Otieno said.',
    "",
    "Work starts in April.",
]


def page(*header: str, tail: tuple[str, ...] = (), story: list[str] = STORY) -> str:
    return "\n".join(["The Example Courier", "News   Politics   Sport   Business", "Council doubles rural roads budget",
                      *header, "", *story, "", *tail])  # fmt: skip


def authors(*header: str) -> list[str]:
    return read_metadata(clean_page(page(*header, "May 6, 2025"))).authors


@pytest.mark.parametrize(
    "byline, names",
    [
        ("By Ann Wekesa | Photo: Tom Ruiz", ["Ann Wekesa"]),
        ("Text: Ann Wekesa, Photo: Tom Ruiz", ["Ann Wekesa"]),
        ("BY ANN WEKESA. Picture: TOM RUIZ", ["Ann Wekesa"]),
        ("By Ann Wekesa   Photos by Tom Ruiz", ["Ann Wekesa"]),
        ("By Ann Wekesa. Photograph: Tom Ruiz/Courier", ["Ann Wekesa"]),
        ("By Ann Wekesa in Nairobi and Tom Ruiz in Kisumu", ["Ann Wekesa", "Tom Ruiz"]),
        ("By Ann Wekesa in New Delhi, Tom Ruiz in Kyiv and Jo Bell in Paris", ["Ann Wekesa", "Tom Ruiz", "Jo Bell"]),
        ("Author(s): Ann Wekesa; Tom Ruiz", ["Ann Wekesa", "Tom Ruiz"]),
    ],
)
def test_byline_shapes(byline, names):
    assert byline_names(byline) == names
    assert authors(byline) == names


@pytest.mark.parametrize(
    "line, names",
    [
        ("By Ann Wekesa in Nairobi", ["Ann Wekesa"]),  # one writer and her place
        ("Reporting by Ann Wekesa; Editing by Tom Ruiz", ["Ann Wekesa"]),  # the editor is not an author
        ("By Ann Wekesa in Nairobi and Mombasa", ["Ann Wekesa"]),  # two places, one writer
    ],
)
def test_look_alike_bylines_keep_their_reading(line, names):
    assert byline_names(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "Photo by Ann Wekesa",  # the photographer's own credit
        "Photo: Ann Wekesa",
        "BY ANN WEKESA/AFP",  # a photographer and her agency
        "By Ann Wekesa, Getty Images",
        "Voters queue outside a polling station in Kisumu. Photo: Ann Wekesa",  # a caption closed by its credit
    ],
)
def test_photo_credits_stay_photo_credits(line):
    assert furniture_reason(line) is not None


def test_dateline_lead_printed_above_the_byline_stays_in_the_story():
    lead = "NAKURU - The county council on Tuesday approved a budget of 9 million for rural roads, twice last year's."
    text = page(lead, "By Ann Wekesa", "May 6, 2025", story=STORY[2:])
    cleaned = clean_page(text)
    assert paragraphs(cleaned.body)[0] == lead
    assert "By Ann Wekesa" not in cleaned.body
    assert read_metadata(cleaned).authors == ["Ann Wekesa"]


def test_standfirst_above_the_byline_is_still_cut():
    deck = "Council chair says the money goes first to roads that school buses use."
    cleaned = clean_page(page(deck, "By Ann Wekesa", "May 6, 2025"))
    assert deck not in cleaned.body
    assert paragraphs(cleaned.body)[0] == LEAD


def body_of(story: list[str], tail: tuple[str, ...] = ()) -> str:
    return clean_page(page("By Ann Wekesa", "May 6, 2025", story=story, tail=tail)).body


def test_pull_quote_shortened_from_its_paragraph_is_cut():
    story = [*STORY[:4], '"Children should not be walking to class."', "", *STORY[4:]]
    body = body_of(story)
    assert '"Children should not be walking to class."' not in body
    assert STORY[4] in body and STORY[-1] in body


def test_quotation_that_repeats_too_few_of_a_paragraphs_words_stays():
    # most of the paragraph's words between the quotation's: a new quotation, not a pull quote
    line = '"Children should not be afraid."'
    story = [*STORY[:4], line, "", *STORY[4:]]
    assert line in body_of(story)


def test_sentence_caption_over_a_labelled_credit_is_cut_and_the_story_kept():
    caption = "A grader on the Molo road in April."
    story = [*STORY[:2], caption, "Image: Tom Ruiz / Example Courier", "", *STORY[2:]]
    body = body_of(story)
    assert caption not in body
    assert STORY[2] in body and STORY[-1] in body


def test_short_paragraph_over_a_credit_with_its_caption_under_it_stays():
    # the credit printed first, its caption under it: the line over the credit is the story's
    story = [*STORY[:4], STORY[-1], "Photo: Tom Ruiz", "A grader on the Molo road.", "", "The council meets in June."]
    assert STORY[-1] in body_of(story)


@pytest.mark.parametrize(
    "tail, cut",
    [
        (("This website uses cookies to give you a better experience. By continuing you agree.", "Accept"),
         "This website uses cookies"),
        (("This article was translated from Swahili.", "Share"), "translated from Swahili"),
        (("Tags", "roads", "county budget", "Comments"), "county budget"),
        (("TOPICS", "roads", "Nakuru"), "Nakuru"),
        (("Comments (2)", 'Wanjiru: He said "next year" last year too.', "Otieno: Good news."), "next year"),
    ],
)  # fmt: skip
def test_site_notes_after_the_story_are_cut(tail, cut):
    body = body_of(STORY, tail)
    assert cut not in body
    assert STORY[-1] in body


def test_short_story_lines_after_a_tags_word_in_a_sentence_stay():
    story = [*STORY, "", "Tags on the new graders show they were bought in 2019.", "Work starts in May."]
    assert "Work starts in May." in body_of(story)
