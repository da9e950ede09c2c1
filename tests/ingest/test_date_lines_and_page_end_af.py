"""Date lines in the shapes news sites around the world print, and the site's notes after the story (helper af,
issue 18): one line holding both labelled dates, a clock run onto 'hrs', a section's name before 'of' and the
date, a Hijri date written month first beside the Gregorian, a blog account after the date; a wire's end mark run
onto the last sentence; the comment rules, a views disclaimer, an affiliate note and a sign-up box's consent line.
Each on invented lines, with look-alikes that must keep their reading."""

import pytest

from articles.ingest import page_end
from articles.ingest.cleaning import clean_page
from articles.ingest.dates import PartialDate, parse_date_line
from articles.ingest.metadata import read_metadata
from articles.ingest.text import paragraphs


@pytest.mark.parametrize(
    "text, published, updated",
    [
        (
            "Publish : 9 Apr 2025, 11:05 Update : 9 Apr 2025, 16:30",
            PartialDate(2025, 4, 9, 11, 5),
            PartialDate(2025, 4, 9, 16, 30),
        ),
        ("Publish: 21 Jan 2025", PartialDate(2025, 1, 21), PartialDate()),
        ("Published: 2 May 2025 at 17:45hrs", PartialDate(2025, 5, 2, 17, 45), PartialDate()),
        ("Posted: 2 May 2025 at 21.05 hrs", PartialDate(2025, 5, 2, 21, 5), PartialDate()),
        ("Business News of Monday, 5 May 2025", PartialDate(2025, 5, 5), PartialDate()),
        ("Regional News of 5 May 2025", PartialDate(2025, 5, 5), PartialDate()),
        ("Monday, May 5, 2025 | Dhul Qadah 7, 1446", PartialDate(2025, 5, 5), PartialDate()),
        ("Posted on May 5, 2025 by admin", PartialDate(2025, 5, 5), PartialDate()),
        ("Published May 5, 2025 by riverdesk_news", PartialDate(2025, 5, 5), PartialDate()),
    ],
)
def test_date_line_shapes(text, published, updated):
    line = parse_date_line(text)
    assert line is not None
    assert line.published == published
    assert line.updated == updated


@pytest.mark.parametrize(
    "text",
    [
        "Publish the audit by 5 May 2025, the committee said",  # a sentence, not a label
        "Minutes of Monday, 5 May 2025",  # not a section's name before "of"
        "Friends of Monday, 5 May 2025",
        "Posted on May 5, 2025 by Ann Lee",  # a person: the byline rules read it
        "He left at 08:30hrs on 2 May 2025",
        "Ramadan 7, 1446",  # the other calendar alone is no Gregorian date
    ],
)
def test_look_alikes_are_not_these_date_lines(text):
    line = parse_date_line(text)
    assert line is None or not line.published.known


def test_one_line_publish_and_update_beats_teasers_after_the_story():
    text = "\n".join(
        [
            "The Riverside Ledger",
            "Home   National   Politics   Sports",
            "Port workers end strike after wage deal",
            "Staff Correspondent",
            "Publish : 9 Apr 2025, 11:05 Update : 9 Apr 2025, 16:30",
            "",
            "Port workers ended a four-day strike on Wednesday after the port authority agreed a wage rise.",
            '"The ships will move tonight," union leader Karim Hossain said.',
            "",
            "Read More »",
            "Ferry fares rise on river routes",
            "8 Apr 2025, 20:10",
        ]
    )
    assert read_metadata(clean_page(text)).published.as_date().isoformat() == "2025-04-09"


def test_blog_account_date_beats_a_related_posts_date():
    text = "\n".join(
        [
            "Northside Notes",
            "Pool reopens after council vote",
            "Posted on May 5, 2025 by northsidenotes",
            "",
            "The council voted on Monday to reopen the Northside pool for the summer.",
            "The pool opens on June 1.",
            "",
            "Related",
            "Budget hearing set for June",
            "April 28, 2025",
        ]
    )
    assert read_metadata(clean_page(text)).published.as_date().isoformat() == "2025-05-05"


HEADER = ["Kenyan senators approve water bill", "By Ann Wekesa", "May 5, 2025", ""]
LEAD = "The Senate on Monday approved a bill to create county water boards."


def body_of(*tail: str) -> list[str]:
    return paragraphs(clean_page("\n".join([*HEADER, LEAD, "", *tail])).body)


@pytest.mark.parametrize("mark", ["Enditem/ZL", "Enditem", "(END)", "-ends-"])
def test_end_mark_run_onto_the_last_sentence_is_cut_and_the_sentence_stays(mark):
    body = body_of(f"The bill now goes to the National Assembly. {mark}", "Related:", "Uganda signs trade pact")
    assert body[-1] == "The bill now goes to the National Assembly."


def test_end_mark_inside_a_sentence_stays():
    body = body_of("The bill, which the wire marked (END) by mistake, now goes to the Assembly.")
    assert body[-1] == "The bill, which the wire marked (END) by mistake, now goes to the Assembly."


@pytest.mark.parametrize(
    "line",
    [
        "Please keep comments civil. Comments are moderated and may take time to appear.",
        "Keep your comments respectful.",
        "All comments are moderated before they are published.",
        "We reserve the right to remove comments that are abusive.",
    ],
)
def test_comment_rules(line):
    assert page_end.comment_rules(line)
    assert body_of(line) == [LEAD]


@pytest.mark.parametrize(
    "line",
    [
        "Disclaimer: Opinions expressed here are those of the writers and do not reflect those of Example Web.",
        "The views expressed in this article are not necessarily those of Example Daily.",
    ],
)
def test_views_disclaimer(line):
    assert page_end.views_disclaimer(line)
    assert body_of(line) == [LEAD]


@pytest.mark.parametrize(
    "line",
    [
        "We may earn commission from links on this page, but we only recommend products we back.",
        "This article contains affiliate links.",
        "Disclosure: we receive a small commission on purchases made through our links.",
    ],
)
def test_affiliate_note(line):
    assert page_end.affiliate_note(line)
    assert body_of(line) == [LEAD]


def test_signup_consent_line():
    line = "By providing an email address, I agree to the Terms of Use and acknowledge the Privacy Policy."
    assert page_end.signup_box_line(line)
    assert body_of(line) == [LEAD]


STORY_LOOK_ALIKES = [
    "Comments are moderated by two volunteers, the chairwoman said.",
    "Comments on the plan are reviewed by the board before the hearing.",
    "Keep the comments coming, the mayor told the hall, and the hall obliged.",
    "The views expressed by the minister do not reflect government policy, her spokesman said.",
    "The views expressed in the petition do not reflect those of most farmers, the union argued.",
    "Travel agents earn a commission on every ticket they sell.",
    "We may earn less this year, the co-operative's treasurer warned members.",
    "By signing up, residents agree to share their meter readings with the utility.",
]


@pytest.mark.parametrize("line", STORY_LOOK_ALIKES)
def test_story_lines_on_the_same_subjects_stay(line):
    assert not page_end.comment_rules(line)
    assert not page_end.views_disclaimer(line)
    assert not page_end.affiliate_note(line)
    assert not page_end.signup_box_line(line)
    assert line in body_of(line, "The committee meets again on Tuesday.")
