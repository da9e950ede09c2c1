"""Page-start failures left on the ai and ak batches (tests/data/layouts ai02, ak03, ak05, ak16), as classes: a date
line ending in a weather strip ('… 7:45 pm Port Vila - 27°C Showers'), a dateline with the place before a day-first
date ('Harbourtown, 24 October 2024'), a headline in the 'Who: what they said' form read as a record field, a lead
full of names and titles taken for a title-case headline, and the lead printed right under a summary's points with
no blank line between. Invented pages, each class beside look-alikes that keep their reading."""

import pytest

from articles.ingest.cleaning import clean_page, record_field
from articles.ingest.dates import PartialDate, parse_date_line
from articles.ingest.metadata import read_metadata

HEADLINE = "Island council opens new water tanks"
LEAD = "The island council on Monday opened four rainwater tanks that will serve the two villages on the east coast."
SECOND = '"No family here should carry water up the hill again," the council\'s chair, Lena Moris, said.'


def page(*top: str) -> str:
    return "\n".join([*top, "", LEAD, "", SECOND, ""])


def metadata(*top: str):
    return read_metadata(clean_page(page(*top)))


# --- a weather strip at the end of the date line --------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("03 July, 2024, 7:45 pm Port Vila - 27°C Showers", PartialDate(2024, 7, 3, 19, 45)),
        ("March 3, 2024 10:00 PM Lautoka - 31°C Partly cloudy", PartialDate(2024, 3, 3, 22, 0)),
        ("12 May 2025 Harbourtown – 19 °C Sunny", PartialDate(2025, 5, 12)),
    ],
)
def test_a_date_line_ending_in_a_weather_strip_is_read(line, expected):
    read = parse_date_line(line)
    assert read is not None and read.published == expected


def test_a_date_line_with_a_weather_strip_over_the_headline_is_not_the_headline():
    meta = metadata("Reef Radio News", "03 July, 2024, 7:45 pm Harbourtown - 27°C Showers", HEADLINE)
    assert meta.title == HEADLINE
    assert meta.published == PartialDate(2024, 7, 3, 19, 45)


def test_a_sentence_about_the_temperature_is_no_date_line():
    assert parse_date_line("On 3 July 2024 the town recorded 41°C") is None


# --- a place before a day-first date --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Harbourtown, 24 October 2024", PartialDate(2024, 10, 24)),
        ("Suva, 3rd March, 2024", PartialDate(2024, 3, 3)),
        ("Harbourtown, October 24, 2024", PartialDate(2024, 10, 24)),  # month first, as before
    ],
)
def test_a_place_before_a_day_first_date_is_a_dateline(line, expected):
    read = parse_date_line(line)
    assert read is not None and read.published == expected


def test_a_dateline_under_the_byline_dates_the_page():
    meta = metadata("The Harbour Star", HEADLINE, "By Tom Aru", "Harbourtown, 24 October 2024")
    assert meta.published == PartialDate(2024, 10, 24)
    assert meta.title == HEADLINE


@pytest.mark.parametrize("line", ["Harbourtown, 24 October", "Monday, 4 March", "Harbourtown, 24 October 2024 said"])
def test_a_day_and_month_without_a_year_or_with_words_after_is_not_read_so(line):
    read = parse_date_line(line)
    assert read is None or read.published.year is None


# --- a headline in the 'Who: what' form is not a record field --------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Spokesman: port talks 'useful', next round in May",
        "Spokesperson: strike will go ahead on Monday",
        "Speaker: 'We will not be rushed'",
        "Venue: the old hall will close for repairs",
    ],
)
def test_a_who_what_headline_is_not_a_record_field(line):
    assert not record_field(line)


@pytest.mark.parametrize(
    "line", ["Spokesperson: Ann Lee", "Location: Geneva", "Venue: City Hall", "Speakers: Dr Ann O'Neil, Tom Ruiz"]
)
def test_record_fields_holding_a_name_stay_fields(line):
    assert record_field(line)


def test_a_who_what_headline_is_the_title_and_the_lead_stays_in_the_story():
    headline = "Spokesman: port talks 'useful', next round in May"
    cleaned = clean_page(page("Harbour Post", "Politics", headline, "Mara Velt", "May 16, 2024"))
    assert read_metadata(cleaned).title == headline
    assert cleaned.body.startswith(LEAD)


# --- a lead full of names is no title-case headline --------------------------------------------------------------

NAMED_LEAD = (
    "Government spokesman Pavel Orin said on Wednesday that Tuesday's talks between Prime Minister Edvin Sarr "
    "and the EU envoy Klara Mott had been constructive."
)


def test_a_lead_full_of_names_under_the_date_stays_in_the_story():
    raw = "\n".join(["Harbour Post", "Politics", "Mara Velt", "May 16, 2024", "", NAMED_LEAD, "", SECOND, ""])
    cleaned = clean_page(raw)
    assert read_metadata(cleaned).title in ("", None)
    assert cleaned.body.startswith(NAMED_LEAD)


def test_a_title_case_headline_full_of_names_stays_the_headline():
    headline = "Prime Minister Edvin Sarr Meets EU Envoy Klara Mott Over Border Crossings."
    meta = metadata("Harbour Post", "May 16, 2024", headline)
    assert meta.title == headline


# --- the lead printed right under a summary's points ----------------------------------------------------------


LONG_LEAD = (
    "Families in the two villages on the east coast will no longer walk to the river for water after the island "
    "council opened four rainwater tanks on Monday."
)


def test_the_lead_right_under_the_summary_points_stays_in_the_story():
    raw = "\n".join(
        [
            HEADLINE,
            "By Lena Moris",
            "What you need to know:",
            "The tanks hold enough water for a dry month.",
            "Two more villages are next on the list.",
            LONG_LEAD,
            "",
            SECOND,
            "",
        ]
    )
    cleaned = clean_page(raw)
    assert cleaned.body.startswith(LONG_LEAD)
    assert "dry month" not in cleaned.body and "What you need to know" not in cleaned.body


def test_a_longer_last_point_before_a_blank_line_stays_out_of_the_story():
    # the last point twice as long as the first, but shorter than a lead: still a point
    raw = "\n".join(
        [
            HEADLINE,
            "By Lena Moris",
            "Key points:",
            "The tanks hold enough water for a dry month.",
            "The council says the east coast villages had waited for a supply of their own since the storm of 2019.",
            "",
            LEAD,
            "",
            SECOND,
            "",
        ]
    )
    cleaned = clean_page(raw)
    assert cleaned.body.startswith(LEAD)
    assert "since the storm" not in cleaned.body
