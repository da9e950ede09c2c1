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


def header_page(*header: str) -> str:
    return page("Valley Ledger", "News   Sport   Business", HEADLINE, *header, *STORY)


def test_a_place_after_the_reporters_name_is_where_she_writes_from_not_a_second_writer():
    assert read_metadata(clean_page(header_page("By Kavya Rao, New Delhi"))).authors == ["Kavya Rao"]
    assert read_metadata(clean_page(header_page("By Kavya Rao, Cape Town"))).authors == ["Kavya Rao"]
    # names listed with commas stay writers
    text = header_page("By Kavya Rao, Tom Ruiz and Priya Nair")
    assert read_metadata(clean_page(text)).authors == ["Kavya Rao", "Tom Ruiz", "Priya Nair"]


def test_by_and_a_dash_before_each_name_credits_each_writer():
    text = header_page("By — Lucinda Farrow", "By — Neil Abernathy")
    assert read_metadata(clean_page(text)).authors == ["Lucinda Farrow", "Neil Abernathy"]


def test_additional_reporting_names_a_contributor_not_an_author():
    credit = "Reporting by Kasia Wolska and Jonas Brandt; Additional reporting by Anna Kotlar; Editing by Ruth Kell"
    text = page("Valley Ledger", HEADLINE, *STORY, "", credit)
    assert read_metadata(clean_page(text)).authors == ["Kasia Wolska", "Jonas Brandt"]


def test_a_byline_broken_over_two_lines_at_and_credits_both_writers():
    text = header_page("By Theo Marchetti-Lund", "and Priya Venkataraman", "03/12/2024 05:00 AM EDT")
    assert read_metadata(clean_page(text)).authors == ["Theo Marchetti-Lund", "Priya Venkataraman"]
    # a line opening with 'and' that is no name, under a byline, adds no writer
    text = header_page("By Theo Marchetti-Lund", "and the Valley Ledger staff", "03/12/2024 05:00 AM EDT")
    assert read_metadata(clean_page(text)).authors == ["Theo Marchetti-Lund"]


def test_a_logos_initials_over_the_sites_full_name_give_the_full_name():
    text = page("XBC", "XBC News", "Sign In", *MENU_COLUMN, HEADLINE, "Devika Raman · XBC News ·", *STORY)
    meta = read_metadata(clean_page(text))
    assert meta.outlet == "XBC News"
    assert meta.authors == ["Devika Raman"]
    # initials alone, credited so in the byline, stay the outlet
    text = page("XBC", *MENU_COLUMN, HEADLINE, "By Devika Raman, XBC", *STORY)
    assert read_metadata(clean_page(text)).outlet == "XBC"


def test_a_portal_names_the_publisher_over_its_follow_button_and_the_story_credit():
    text = page(
        "Skip to content", "Portalia", "Search the web", *MENU_COLUMN, "The Capitol Report", "Follow",
        "Story by Nadia Okoro • 3mo", HEADLINE, "13 Comments", *STORY, "", "© 2024 Portalia",
    )  # fmt: skip
    meta = read_metadata(clean_page(text))
    assert meta.outlet == "The Capitol Report"
    assert meta.title == HEADLINE
    assert meta.authors == ["Nadia Okoro"]


def test_a_headline_over_a_follow_button_with_no_credit_under_it_stays_the_headline():
    text = page("Valley Ledger", "News   Sport   Business", HEADLINE, "Follow", *STORY)
    assert read_metadata(clean_page(text)).title == HEADLINE
