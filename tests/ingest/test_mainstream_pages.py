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


def test_a_freelances_byline_names_the_writer_for_the_paper():
    meta = read_metadata(clean_page(header_page("Ann Lee for The Valley Ledger", "Tue 12 Mar 2024 18.05 GMT")))
    assert meta.authors == ["Ann Lee"]
    # a headline of the same shape is no byline
    text = page("Valley Ledger", "News   Sport   Business", "Votes for The Greens rise in Harlow", *STORY)
    meta = read_metadata(clean_page(text))
    assert meta.title == "Votes for The Greens rise in Harlow"
    assert meta.authors == []


def test_a_journalists_role_written_before_the_name_is_a_byline():
    meta = read_metadata(clean_page(header_page("Political Correspondent Ann Lee", "March 12, 2024")))
    assert meta.authors == ["Ann Lee"]
    # a story sentence opening the same way stays in the story
    sentence = "Political correspondent Ann Lee asked the chair whether the vote would be held in public."
    cleaned = clean_page(page("Valley Ledger", HEADLINE, "By Tom Ruiz", *STORY, "", sentence))
    assert sentence in cleaned.body
    assert read_metadata(cleaned).authors == ["Tom Ruiz"]


def test_a_logos_text_alone_names_the_outlet():
    logo_sentence = "The council unveiled a new logo."
    text = page("Valley Ledger logo", *MENU_COLUMN, HEADLINE, "By Ann Lee", *STORY, "", logo_sentence)
    cleaned = clean_page(text)
    assert read_metadata(cleaned).outlet == "Valley Ledger"
    assert logo_sentence in cleaned.body


FOOTER = (
    "Read more on:", "local government", "Next on Valley Ledger", "Share", "Facebook", "X", "WhatsApp", "Email",
    "About us", "Terms & Conditions", "Privacy Policy", "Advertise", "Careers", "Contact", "Help", "Sitemap",
)  # fmt: skip


def test_the_writers_note_closing_the_story_names_the_author_where_no_byline_does():
    bio = "Ann Lee is a reporter covering county government for the Valley Ledger."
    text = page("Valley Ledger", *MENU_COLUMN, HEADLINE, "March 12, 2024", *STORY, "", bio, *FOOTER)
    cleaned = clean_page(text)
    assert read_metadata(cleaned).authors == ["Ann Lee"]
    assert bio not in cleaned.body  # a long footer of links under the note does not hide it
    # a reporter the story is about stays in the story, and is no author
    story_bio = "Rita Vance is a reporter who was detained at the hearing, the board said."
    cleaned = clean_page(page("Valley Ledger", HEADLINE, "March 12, 2024", *STORY, "", story_bio, *FOOTER))
    assert story_bio in cleaned.body
    assert read_metadata(cleaned).authors == []


def test_the_sites_furniture_naming_it_once_names_the_outlet_where_nothing_else_does():
    text = page("Home", *MENU_COLUMN, HEADLINE, "By Ann Lee", *STORY, "", "Follow the Valley Ledger on Facebook")
    assert read_metadata(clean_page(text)).outlet == "Valley Ledger"
    # the writer's own follow button names no outlet
    text = page("Home", *MENU_COLUMN, HEADLINE, "By Ann Lee", *STORY, "", "Follow Ann Lee on Facebook")
    assert read_metadata(clean_page(text)).outlet == ""


def test_a_contributors_note_over_a_long_footer_of_links_is_no_story():
    note = "Valley Ledger's Miriam Oduya contributed to this report."
    text = page("Valley Ledger", HEADLINE, "By Ann Lee", *STORY, note, "Related Topics", "Courts", "Voting", *FOOTER)
    body = clean_page(text).body
    assert note not in body
    assert "The board will meet again on April 2." in body


def test_channel_prompts_share_notes_licensing_buttons_and_filed_under_labels_are_furniture():
    furniture = [
        "Join The Valley Ledger's WhatsApp Channel and get the latest news and must-reads.",
        "Catch all the Latest News, County News and Sports News on The Valley Ledger.",
        "Link Copied!",
        "Purchase Licensing Rights",
        "Filed Under:",
    ]
    stays = "Residents were urged to join the council's WhatsApp group for updates on the jail, Vance said."
    text = page(
        "Valley Ledger", HEADLINE, "By Ann Lee", furniture[2], *STORY, "", stays, *furniture[:2], *furniture[3:]
    )
    body = clean_page(text).body
    assert not [line for line in furniture if line in body]
    assert stays in body


def test_the_writers_notes_printed_over_the_story_under_their_byline_are_no_story():
    notes = (
        "Theo Lund is a congressional reporter for the Valley Ledger.",
        "Priya Venkat covers agriculture and food policy for the paper in Washington.",
    )
    text = page(
        "Valley Ledger", HEADLINE, "By Theo Lund", "and Priya Venkat", "03/12/2024 05:00 AM EDT", *notes, *STORY
    )
    cleaned = clean_page(text)
    assert not [note for note in notes if note in cleaned.body]
    assert cleaned.body.startswith(LEAD)
    assert read_metadata(cleaned).authors == ["Theo Lund", "Priya Venkat"]
