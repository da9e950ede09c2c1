"""The outlet of a carried story, and outlets the am batch added (tests/data/layouts/am01–am20).

Issue 18's convention: the outlet is the newsroom that wrote the story. A wire's or a partner's story carried by a
portal, aggregator, paper or TV site names the agency or newsroom credited for it ('CITY (AFP) —', '— AFP' closing
it, 'Source: X' naming a newsroom, 'This story first appeared in X', 'Originally published by X', 'republished from
X', 'PAPER/SYNDICATE'), not the host; a page that is the host's own story names the host, and so does a credit that
names the host itself, its initials, or no newsroom at all ('Source: Police Service', '(Amendment)'). Each class
beside look-alikes that keep the host."""

import pytest

from articles.ingest.cleaning import clean_page, masthead_name, publication_credit, reprinted_from
from articles.ingest.metadata import read_dateline, read_metadata

HOST = "Harbourside Online"
HEADLINE = "Ferry fares to rise from April"
LEAD = "Ferry fares between the two islands will rise by a tenth from April, the operator said on Tuesday."
SECOND = '"Fuel has doubled in price and the fares have not moved in six years," operations chief Lena Moss said.'


def outlet(*top: str, lead: str = LEAD, bottom: tuple[str, ...] = ()) -> str:
    text = "\n".join([HOST, "Home | Islands | Business", *top, "", lead, "", SECOND, "", *bottom, f"© 2025 {HOST}"])
    return read_metadata(clean_page(text)).outlet


# --- where the story first appeared --------------------------------------------------------------------------

CARRIED_NOTES = [
    ("This story first appeared in Island Ledger, our partner on the north coast.", "Island Ledger"),
    ("Originally published by Island Ledger", "Island Ledger"),
    ("This article is republished from The Island Exchange under a Creative Commons license.", "The Island Exchange"),
    (
        "This article is republished from The Island Exchange under a Creative Commons license. Read the original "
        "article.",
        "The Island Exchange",
    ),
    (
        "This story was originally published by the Port of Spain Ledger and is republished here.",
        "Port of Spain Ledger",
    ),
    ("ISLAND LEDGER/PACIFIC NEWS NETWORK", "ISLAND LEDGER"),
]


@pytest.mark.parametrize(("note", "writer"), CARRIED_NOTES)
def test_a_carried_story_names_the_newsroom_its_note_credits(note, writer):
    assert outlet(HEADLINE, "By Ana Ferreira", "March 4, 2025", bottom=(note,)) == writer


def test_a_credit_naming_the_host_s_own_print_edition_keeps_the_host():
    note = f"This article first appeared in the Sunday edition of the {HOST} on March 2, 2025."
    assert publication_credit(note) == f"the {HOST}"
    assert outlet(HEADLINE, "By Ana Ferreira", "March 4, 2025", bottom=(note,)) == HOST


def test_a_name_joined_by_of_is_read_whole_and_a_sentence_s_the_is_not_the_name_s():
    note = "This story was originally published by the Port of Spain Ledger and is republished here with permission."
    assert publication_credit(note) == "the Port of Spain Ledger"


def test_a_byline_in_capitals_with_a_slash_is_no_reprint_credit():
    assert reprinted_from("BY ANN LEE/THE ISLAND LEDGER") == ""
    assert reprinted_from("WAR/PEACE") == ""


# --- a wire credited in the dateline ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dateline", "writer"),
    [
        ("SUVA, Fiji (AFP) — ", "AFP"),
        ("SUVA (Reuters) - ", "Reuters"),
        ("SUVA (Island Wire Service) — ", "Island Wire Service"),
        ("KINGSTON, Jamaica, Mar 18, CMC – ", "CMC"),
    ],
)
def test_a_wire_credited_in_the_dateline_of_a_carried_story_is_the_outlet(dateline, writer):
    assert outlet(HEADLINE, "March 18, 2025", lead=dateline + LEAD) == writer


@pytest.mark.parametrize(
    "dateline",
    [
        "SUVA (Harbourside) — ",  # the host's own name, shortened
        "SUVA (HO) — ",  # the host's initials
        "SUVA (Amendment) — ",  # a word in brackets, no newsroom
        "SUVA (Harbourside Online / AFP - 3rd March, 2025) - ",  # the host wrote it with the agency's copy
    ],
)
def test_a_dateline_credit_that_names_the_host_or_no_newsroom_keeps_the_host(dateline):
    assert outlet(HEADLINE, "March 18, 2025", lead=dateline + LEAD) == HOST


def test_an_agency_s_own_site_keeps_its_full_name_beside_initials_that_begin_with_its_own():
    text = "\n".join(
        [
            "Agenzia Costiera English",
            "News   Politics   Economy   Culture   Sport",
            "Politics",
            HEADLINE,
            "14-03-2025 (updated: 15-03-2025 )",
            "",
            "(ACN) - BARI, 14 MAR - " + LEAD,
            "",
            SECOND,
            "",
            "ALL RIGHTS RESERVED © Copyright ACN",
        ]
    )
    assert read_metadata(clean_page(text)).outlet == "Agenzia Costiera English"


def test_a_dateline_s_short_credit_is_named_as_the_source_line_spells_it_out():
    lead = "VIENNA (Coral Press) - " + LEAD
    assert outlet(HEADLINE, "March 18, 2025", lead=lead, bottom=("Source: Coral Press Agency",)) == "Coral Press Agency"


def test_a_regional_wire_s_dateline_names_the_country_after_the_town():
    dateline = read_dateline("KINGSTON, Jamaica, Mar 18, CMC – Jamaica will raise the minimum wage.")
    assert dateline is not None
    assert dateline.agency == "CMC"
    assert (dateline.date.month, dateline.date.day) == (3, 18)


def test_a_release_s_issuer_stands_over_the_newswire_in_its_dateline():
    text = "\n".join(
        [
            "News provided by",
            "Example Solar Ltd",
            "Example Solar opens its third plant",
            "",
            "LONDON, March 4, 2025 (Example Newswire) -- " + LEAD,
            "",
            SECOND,
        ]
    )
    assert read_metadata(clean_page(text)).outlet == "Example Solar Ltd"


# --- 'Source:' and an agency closing the story ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "writer"),
    [
        ("Source: Coral News Agency", "Coral News Agency"),
        ("Source: Xinhua | 2025-03-04 17:12:05 | Editor: Li Wei", "Xinhua"),
    ],
)
def test_source_naming_a_newsroom_over_the_story_is_the_outlet(source, writer):
    assert outlet(HEADLINE, source, "March 4, 2025") == writer


@pytest.mark.parametrize("source", ["Source: Island Police Service", "Source: Ministry of Transport"])
def test_source_naming_where_the_facts_came_from_keeps_the_host(source):
    assert outlet(HEADLINE, "By Ana Ferreira", "March 4, 2025", bottom=(source,)) == HOST


def test_an_agency_credited_under_the_story_is_the_outlet():
    assert outlet(HEADLINE, "March 4, 2025", bottom=("— AFP",)) == "AFP"


def test_a_wire_credited_in_a_line_of_fields_beside_the_date_is_the_outlet():
    assert outlet(HEADLINE, "Islands | Coral Wire | Updated: March 04, 2025 4:32 pm") == "Coral Wire"


def test_a_line_of_fields_naming_only_a_section_keeps_the_host():
    assert outlet(HEADLINE, "Islands News | Updated: March 04, 2025 4:32 pm") == HOST


def test_an_agency_s_and_editor_s_initials_closing_the_story_stay_out_of_it():
    cleaned = clean_page("\n".join([HEADLINE, "", LEAD, "", SECOND, "", "(CNA/KP)"]))
    assert "(CNA/KP)" not in cleaned.body


# --- a station's name with its frequency is a masthead -----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [("Silk Road Radio 101.5 FM", "Silk Road Radio"), ("Coastline Radio 96.3", "Coastline Radio")],
)
def test_a_station_s_name_with_its_frequency_is_a_masthead(line, name):
    assert masthead_name(line) == name


def test_a_station_named_only_by_its_masthead_with_frequency_is_the_outlet():
    text = "\n".join(
        ["Listen live", "Silk Road Radio 101.5 FM", "Headlines  Programmes  Contact", HEADLINE, "", LEAD, "", SECOND]
    )
    assert read_metadata(clean_page(text)).outlet == "Silk Road Radio"
