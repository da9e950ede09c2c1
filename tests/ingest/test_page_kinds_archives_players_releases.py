"""Kinds of page the ab01–ab20 layouts showed (tests/data/layouts/README.md): a web archive's capture of a page, a
station's player bar, a release's serial number, embargo line and internal office, a briefing's record fields, a
credit set off by a dash under the story, a byline glued to its share button. Each rule on invented pages in its own
wordings, beside story lines of the same shape that must stay."""

import pytest

from articles.ingest.cleaning import (
    byline_names,
    clean_page,
    furniture_reason,
    issuing_body,
    link_labels,
    name_with_outlet,
    record_field,
    release_note,
    web_archive_toolbar,
)
from articles.ingest.dates import parse_date_line
from articles.ingest.metadata import read_metadata
from articles.ingest.page_end import broadcast_pointer, non_discrimination_notice, press_contact
from articles.ingest.text import paragraphs

STORY = [
    "The harbour board voted on Tuesday to freeze ferry fares for another year after islanders packed the hall.",
    '"Nobody on the islands can afford another rise this winter," board chair Ingrid Solvang said after the vote.',
    "The freeze will be reviewed in October.",
]


def page(*lines: str) -> str:
    return "\n".join(lines)


def meta(text: str):
    return read_metadata(clean_page(text))


# --- a web archive's capture ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "toolbar",
    [
        [
            "The Wayback Machine - https://web.archive.org/web/20250102093011/https://www.fjordpost.no/news/fares",
            "INTERNET ARCHIVE",
            "https://www.fjordpost.no/news/fares",
            "Go",
            "7 captures",
            "02 Jan 2025 - 14 Feb 2025",
            "DEC   JAN   FEB",
            "02",
            "2024   2025   2026",
            "About this capture",
        ],
        ["https://web.archive.org/web/20240611120000/https://fjordpost.no/", "1,204 captures", "COLLECTED BY"],
    ],
)
def test_a_web_archive_s_toolbar_is_neither_title_nor_story(toolbar):
    text = page(*toolbar, "The Fjord Post", "Harbour board freezes ferry fares", "By Tess Moreau", "", *STORY)
    cleaned = clean_page(text)
    assert read_metadata(cleaned).title == "Harbour board freezes ferry fares"
    assert paragraphs(cleaned.body)[0] == STORY[0]
    assert all(web_archive_toolbar(line) for line in toolbar)


@pytest.mark.parametrize(
    "line",
    [
        "Go ahead with the vote, islanders tell the board",
        "The archive holds 14 captures of the council's old website, the clerk said.",
        "2024 was the busiest year for the ferries since 1999.",
    ],
)
def test_lines_about_archives_and_years_are_not_a_toolbar(line):
    assert not web_archive_toolbar(line)


def test_a_menu_holding_an_e_edition_link_is_a_menu():
    assert link_labels("News   Sports   Obituaries   Opinion   e-Edition")
    text = page("The Valley Sentinel", "Serving the valley since 1901", "News   Sports   Opinion   e-Edition",
                "Harbour board freezes ferry fares", "By Tess Moreau", "", *STORY)  # fmt: skip
    assert meta(text).title == "Harbour board freezes ferry fares"


# --- a station's player bar ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "▶ Listen Live   Now playing: Tidewater - Northern Lights",
        "Now playing: The Drive Home with Ann Lee",
        "Listen live On air now: Morning Talk",
    ],
)
def test_a_player_bar_is_the_station_s_not_the_headline(line):
    assert broadcast_pointer(line)
    text = page(line, "Harbour FM", "News   Sport   Weather   Travel", "Harbour board freezes ferry fares",
                "Posted by Tess Moreau", "", *STORY)  # fmt: skip
    found = meta(text)
    assert found.title == "Harbour board freezes ferry fares"
    assert found.outlet == "Harbour FM"  # a station named by its band


def test_a_story_line_about_what_was_playing_stays():
    assert not broadcast_pointer("Now playing on every station in the islands, the anthem has become a protest song.")


# --- a release's number, embargo and office -----------------------------------------------------------------


@pytest.mark.parametrize("line", ["No. 07/2024", "Press Release No. 12 of 2025", "No 3/25"])
def test_a_release_s_serial_number_is_a_release_note(line):
    assert release_note(line)


def test_a_number_in_a_headline_is_not_a_release_note():
    assert not release_note("No. 10 rejects ferry fare rise")


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Embargoed until 14:00 hours, 20 March 2024", "2024-03-20"),
        ("EMBARGOED UNTIL 00:01 GMT Thursday 5 June 2025", "2025-06-05"),
        ("Strictly embargoed until 10 April 2025", "2025-04-10"),
    ],
)
def test_an_embargo_line_dates_the_release(line, day):
    assert parse_date_line(line).published.iso()[:10] == day


def test_an_embargo_line_with_no_day_is_no_date_line():
    assert parse_date_line("EMBARGOED UNTIL 00:01") is None


@pytest.mark.parametrize(
    "office",
    [
        "Communications Department",
        "Corporate Affairs Unit",
        "Media and Public Relations Office",
        "Public Information Office",
        "Press Office",
    ],
)
def test_an_office_named_by_its_work_is_not_the_issuer(office):
    assert issuing_body(office) == ""


def test_a_named_department_still_issues():
    assert issuing_body("Department of Fisheries") == "Department of Fisheries"


def test_a_bank_s_release_is_the_bank_s_not_its_communications_department():
    text = page("HARBOUR RESERVE BANK", "PRESS RELEASE", "No. 04/2025", "Embargoed until 14:00 hours, 3 April 2025",
                "BANK HOLDS POLICY RATE AT 6 PER CENT", "",
                "The Monetary Policy Committee of the Harbour Reserve Bank met on 2 and 3 April 2025 and kept the "
                "rate unchanged.", "", "Issued by: Communications Department", "Tel: +47 2231 4281")  # fmt: skip
    found = meta(text)
    assert found.title == "BANK HOLDS POLICY RATE AT 6 PER CENT" or found.title.lower().startswith("bank holds")
    assert found.outlet.lower() == "harbour reserve bank"
    assert found.published.iso()[:10] == "2025-04-03"


# --- a briefing's record fields and its contacts ------------------------------------------------------------


@pytest.mark.parametrize("line", ["Spokesperson: Ann Lee", "Location: Geneva", "Venue: Palais des Nations"])
def test_a_briefing_s_record_fields_are_furniture(line):
    assert record_field(line)
    assert furniture_reason(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Spokesperson: we will not comment on leaked drafts.",
        "Location: the board has yet to choose one, and islanders say the old pier is the only sensible site.",
    ],
)
def test_a_sentence_after_a_field_s_word_stays(line):
    assert not record_field(line)


def test_a_request_for_media_contacts_heads_the_contacts():
    assert press_contact("For more information and media requests, please contact:")
    assert not press_contact("For more information, the minister said, islanders should call the board.")


# --- credits ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [("— Reporting: Rosie Clifton", ["Rosie Clifton"]), ("- Story by Ann Lee", ["Ann Lee"])],
)
def test_a_labelled_credit_set_off_by_a_dash_names_the_writer(line, names):
    assert byline_names(line) == names


def test_a_dashed_credit_under_the_story_is_the_byline():
    text = page("The Island Beacon", "Harbour board freezes ferry fares", "Posted by Editor on 3 April 2025", "",
                *STORY, "", "— Reporting: Rosie Clifton", "Leave a comment")  # fmt: skip
    found = meta(text)
    assert found.authors == ["Rosie Clifton"]


def test_a_dash_before_a_quoted_speaker_is_no_credit():
    assert byline_names("— Ann Lee, speaking at the pier") == []


@pytest.mark.parametrize(
    "line", ["Meas Rotha / Angkor Daily Times Share:", "Meas Rotha / Angkor Daily Times Share this article"]
)
def test_a_name_and_outlet_glued_to_the_share_button_is_the_byline(line):
    assert name_with_outlet(line) == (["Meas Rotha"], "Angkor Daily Times")
    text = page("Angkor Daily Times", "National   Politics   Business", "Senate approves commune budget law", line,
                "", *STORY)  # fmt: skip
    found = meta(text)
    assert found.authors == ["Meas Rotha"]
    assert paragraphs(clean_page(text).body)[0] == STORY[0]


# --- public bodies that issue their own news ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("masthead", "outlet"),
    [
        ("Northvale Police", "Northvale Police"),
        ("Riverbend Unified School District", "Riverbend Unified School District"),
        ("Harbour Public Health Service", "Harbour Public Health Service"),
        ("Reserve Bank of Harbourland", "Reserve Bank of Harbourland"),
    ],
)
def test_a_police_force_a_bank_a_service_or_a_school_district_is_the_outlet_of_its_news(masthead, outlet):
    text = page(masthead, "Home   News   Contact us", "Harbour board freezes ferry fares", "Published: 3 April 2025",
                "", *STORY)  # fmt: skip
    assert meta(text).outlet == outlet


@pytest.mark.parametrize("headline", ["POLICE PROBE FERRY FARES", "Bank Rescue Talks Stall", "District Votes Again"])
def test_a_headline_opening_with_such_a_word_is_no_body_s_name(headline):
    text = page("The Harbour Courier", headline, "By Tess Moreau", "", *STORY)
    found = meta(text)
    assert found.title == headline
    assert found.outlet == "The Harbour Courier"


# --- an institution's equal-opportunity notice ---------------------------------------------------------------


@pytest.mark.parametrize(
    "notice",
    [
        "Harbour Unified School District does not discriminate on the basis of race, color, national origin or sex.",
        "The Harbour College does not discriminate in admission or employment on the basis of disability.",
    ],
)
def test_an_equal_opportunity_notice_leaves_the_story(notice):
    text = page("Harbour board freezes ferry fares", "Posted on 3 April 2025", "", *STORY, "", notice)
    assert paragraphs(clean_page(text).body) == STORY


@pytest.mark.parametrize(
    "line",
    [
        "The district does not discriminate on the basis of race, the superintendent said.",
        '"We do not discriminate on the basis of faith," the bishop said.',
    ],
)
def test_a_reported_pledge_not_to_discriminate_is_story(line):
    assert not non_discrimination_notice(line)
