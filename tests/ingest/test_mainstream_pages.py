"""Mainstream news pages as a browser's text gives them (issue 18, pages ac01–ac20): a site's menu copied one link a
line over the headline, bylines and outlets printed the ways big outlets print them. Pages invented."""

from articles.ingest.cleaning import clean_page
from articles.ingest.metadata import read_metadata


def page(*lines: str) -> str:
    return "\n".join(lines)


MENU_COLUMN = ("World", "US", "Politics", "Business", "Health", "Sport", "Video", "Audio", "Live TV", "Sign in")
HEADLINE = "County board delays vote on new jail after packed hearing"
LEAD = "The Harlow County board on Monday put off a vote on a new jail after more than three hours of public comment."
STORY = (
    "",
    LEAD,
    "",
    '"We heard people tonight, and we owe them a better answer," said the board\'s chair, Rita Vance.',
    "",
    "The board will meet again on April 2.",
)


def test_a_headline_under_a_menu_copied_one_link_a_line_is_the_title():
    text = page("Valley Ledger", *MENU_COLUMN, "Politics", "/", "County", HEADLINE, "By Dana Whitcombe", *STORY)
    meta = read_metadata(clean_page(text))
    assert meta.title == HEADLINE
    assert meta.authors == ["Dana Whitcombe"]


def test_a_lead_under_a_long_menu_with_no_headline_stays_in_the_body():
    text = page("Valley Ledger", *MENU_COLUMN, *STORY)
    cleaned = clean_page(text)
    assert LEAD in cleaned.body
    assert read_metadata(cleaned).title != LEAD
