"""Outlets and dates of pages that are not a newspaper's web page: an organisation's press desk in place of a
byline, a broadcaster's name with its frequency or channel, a government portal's banner over the department, a
printed page's running head, a newsletter's dated issue line and a press release's release line."""

from datetime import date

import pytest

from articles.ingest import metadata
from articles.ingest.cleaning import clean_page
from articles.ingest.dates import PartialDate, parse_date_line
from articles.ingest.metadata import desk_credit, read_metadata, running_head

STORY = (
    "The river board said on Tuesday that it would open two new pumping stations before the summer.\n\n"
    '"We have waited for this since the floods of last spring," said Ines Carvalho, who farms near the weir.\n\n'
    "The board will publish the full plan at its next meeting."
)


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch):
    monkeypatch.setattr(metadata, "_today", lambda: date(2025, 6, 1))


def read(text: str):
    return read_metadata(clean_page(text))


# --- an organisation's press desk where the byline goes ------------------------------------------


@pytest.mark.parametrize("desk", ["Press Office", "Media Team", "Communications", "Press Team", "Newsroom"])
def test_an_organisation_s_press_desk_names_the_outlet_and_no_author(desk):
    text = (
        "Donate   Join   Volunteer\nGreenway Alliance\nClean rivers. Fair towns.\n"
        "Who we are   Campaigns   Policies   News   Take action\nNews\n"
        f"Party sets out plan for a river clean-up fund\nThursday 6 March 2025\nGreenway Alliance {desk}\n\n{STORY}"
    )
    meta = read(text)
    assert (meta.outlet, meta.authors, meta.published) == ("Greenway Alliance", [], PartialDate(2025, 3, 6))


def test_a_news_site_printing_a_ministry_s_desk_credit_keeps_its_own_masthead():
    text = (
        "The Eastmark Tribune\nHome   News   Business   Sport   Opinion\nMinistry plans two new pumping stations\n"
        f"By the Ministry of Water Press Office\nMarch 6, 2025\n\n{STORY}\n\n© 2025 The Eastmark Tribune"
    )
    meta = read(text)
    assert (meta.outlet, meta.authors) == ("The Eastmark Tribune", [])


@pytest.mark.parametrize(
    ("line", "organisation"),
    [
        ("Greenway Alliance Press Office", "Greenway Alliance"),
        ("By the Lowmoor District Council Media Team", "Lowmoor District Council"),
        ("Harbour Workers Union Communications Office", "Harbour Workers Union"),
        ("Press Office", ""),  # no organisation named
        ("Public Information Office", ""),
        ("News Media Team", ""),  # a section's desk
        ("Ann Lee", ""),
        ("The press office said the minister would attend.", ""),
    ],
)
def test_a_desk_credit_names_its_organisation(line, organisation):
    assert desk_credit(line) == organisation


# --- a broadcaster's frequency or channel -----------------------------------------------------------


def test_a_radio_station_is_named_without_its_frequency():
    text = (
        "▶ Listen Live\nRadio Lumen 101.7 FM\nHope. Home. Harmony.\nHome   News   Programmes   Contact\n"
        "Local News\nFarmers ask council to repair the market road\nBy Ann Lee | Radio Lumen News\n"
        f"Posted: Mar 4, 2025\n\n{STORY}\n\n© 2025 Radio Lumen. All rights reserved."
    )
    meta = read(text)
    assert (meta.outlet, meta.authors, meta.published) == ("Radio Lumen", ["Ann Lee"], PartialDate(2025, 3, 4))


def test_a_tv_station_is_named_by_its_call_letters_without_its_channel():
    text = (
        "KQVT 9\nNEWS   WEATHER   SPORTS   WATCH LIVE\nCouncil approves new bus depot after long debate\n"
        f"Posted: Mar 4, 2025 5:10 PM CST\nBy Ann Lee\n\n{STORY}\n\nCopyright 2025 KQVT. All rights reserved."
    )
    meta = read(text)
    assert (meta.outlet, meta.authors, meta.published.iso()) == ("KQVT", ["Ann Lee"], "2025-03-04T17:10")


@pytest.mark.parametrize(
    ("masthead", "outlet"),
    [
        ("Coastline FM 96.3", "Coastline"),
        ("Valley 104.5", "Valley"),
        ("KVRN-TV 4", "KVRN-TV"),
        ("WQAL Channel 7", "WQAL"),
        ("Capital Sound FM", "Capital Sound FM"),  # no frequency: the name as it is
        ("Lakeside 24", "Lakeside 24"),  # a number that is no frequency, after no call letters
    ],
)
def test_frequencies_and_channels_leave_the_station_s_name(masthead, outlet):
    assert metadata._station_name(masthead) == outlet


# --- a government portal's banner over the department ------------------------------------------------


def test_a_portal_banner_over_a_department_s_name_gives_way_to_the_department():
    text = (
        "GOVXY\nCommonwealth of Eastmark\nDepartment of Rivers and Irrigation\n"
        "Home   About Us   Programs   Press Releases   Contact Us\nPress Releases\n"
        "DRI AND FARMERS SIGN WATER-SHARING DEAL FOR THE DRY SEASON\nMarch 4, 2025\n"
        f"Posted in Press Releases by Public Information Office\n\n{STORY}\n\nTags: water, irrigation"
    )
    meta = read(text)
    assert (meta.outlet, meta.authors, meta.published) == (
        "Department of Rivers and Irrigation",
        [],
        PartialDate(2025, 3, 4),
    )


def test_a_dotted_portal_banner_gives_way_to_the_ministry_under_it():
    text = (
        "GOV.XY\nMinistry of Ports and Harbours\nHome   About   Services   News   Contact\n"
        f"Ministry opens two new ferry berths\nMarch 4, 2025\n\n{STORY}"
    )
    assert read(text).outlet == "Ministry of Ports and Harbours"


def test_a_banner_of_the_department_s_own_initials_is_not_replaced_by_a_portal_rule():
    text = (
        "DRI\nDepartment of Rivers and Irrigation\nHome   About Us   Programs   Press Releases   Contact Us\n"
        f"Farmers sign water-sharing deal for the dry season\nMarch 4, 2025\n\n{STORY}"
    )
    assert read(text).outlet in ("DRI", "Department of Rivers and Irrigation")
    assert metadata._body_under_banner("DRI", clean_page(text)) == "DRI"


# --- a printed page's running head ---------------------------------------------------------------


def test_a_print_running_head_gives_the_publication_and_the_date():
    text = (
        "THE LANTERN QUARTERLY   |   APRIL 7, 2025   |   14\n\nPOLITICS\n\n"
        "Why the mayor keeps losing her council votes\n\n"
        "Three defeats in a month have left the mayor looking for allies. Her rivals say she has stopped listening.\n\n"
        "BY ANN LEE\n\n"
        "The mayor lost a third council vote in a month on Tuesday, this time on the harbour budget.\n\n"
        '"I count votes before I call them, and this time I counted wrong," the mayor told The Lantern Quarterly.\n\n'
        "15   |   THE LANTERN QUARTERLY   |   APRIL 7, 2025\n\n"
        "Her deputy, Tomas Reyes, said the council would take up the budget again in May. ■"
    )
    meta = read(text)
    expected = ("The Lantern Quarterly", ["Ann Lee"], PartialDate(2025, 4, 7))
    assert (meta.outlet, meta.authors, meta.published) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("THE LANTERN QUARTERLY | APRIL 7, 2025 | 14", ("THE LANTERN QUARTERLY", PartialDate(2025, 4, 7))),
        ("15 | The Lantern | 7 April 2025", ("The Lantern", PartialDate(2025, 4, 7))),
        ("Page 6      The Lantern      7 April 2025", ("The Lantern", PartialDate(2025, 4, 7))),  # a PDF's spaces
        ("Politics | April 7, 2025", None),  # no page number: a section beside the date
        ("THE LANTERN | 14", None),  # no date
        ("Ann Lee | April 7, 2025 | 3 comments", None),
    ],
)
def test_running_heads_are_read_only_with_a_name_a_date_and_a_page_number(line, expected):
    assert running_head(line) == expected


# --- a newsletter's dated issue line ---------------------------------------------------------------


def test_a_newsletter_s_name_over_its_motto_and_dated_issue_line_is_the_outlet():
    text = (
        "View this email in your browser\n\nTHE RIVERBEND BRIEF\nWhat the county is talking about\n"
        "Monday, April 7, 2025 | Issue No. 88\n\nCounty votes to keep the ferry running through winter\nBy Ann Lee\n\n"
        f"{STORY}\n\nYou are receiving this because you signed up for The Riverbend Brief.\nUnsubscribe | Preferences"
    )
    meta = read(text)
    assert (meta.outlet, meta.authors, meta.published) == ("The Riverbend Brief", ["Ann Lee"], PartialDate(2025, 4, 7))


@pytest.mark.parametrize(
    "line",
    [
        "Monday, April 7, 2025 | Issue No. 88",
        "Vol. 12, No. 7 | April 7, 2025",
        "April 7, 2025 · Issue 88",
        "Issue #88 | April 7, 2025",
    ],
)
def test_an_issue_number_beside_a_date_leaves_a_date_line(line):
    assert parse_date_line(line).published == PartialDate(2025, 4, 7)


# --- a press release's release line ----------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["FOR IMMEDIATE RELEASE – March 5, 2025", "For Immediate Release: 5 March 2025", "For release March 5, 2025"],
)
def test_a_release_line_dates_the_release(line):
    parsed = parse_date_line(line)
    assert (parsed.published, parsed.published_labelled) == (PartialDate(2025, 3, 5), True)


@pytest.mark.parametrize("line", ["For Immediate Release", "FOR IMMEDIATE RELEASE   Ref: ABC/04/2025"])
def test_a_release_line_without_a_date_is_no_date_line(line):
    assert parse_date_line(line) is None


def test_a_release_dated_by_its_release_line_under_the_headline():
    text = (
        "Harbour Caucus\nHome   Members   News   Contact\nNews\n\nCaucus bill to cap ferry fares passes the senate\n\n"
        "FOR IMMEDIATE RELEASE – March 5, 2025\nPress Inquiries | 555-0100, press@example.org\n\n"
        f"PORTSIDE – {STORY}\n\n###"
    )
    assert read(text).published == PartialDate(2025, 3, 5)
