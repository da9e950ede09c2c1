"""Outlets on layouts of the aj, ai and ak batches (tests/data/layouts): a masthead carrying the edition the site is
('X Online', 'X English Edition') names the paper, unless the site's other furniture prints the name with the
edition word; and a site's name over its menu copied as one line (entries set apart by wide gaps or bars) is the
outlet. Each class beside look-alikes that keep their reading."""

import pytest

from articles.ingest.cleaning import clean_page
from articles.ingest.metadata import read_metadata

HEADLINE = "Town council approves new cycle lanes on river road"
LEAD = "The town council on Monday approved two new cycle lanes along the river road after a year of consultation."
SECOND = '"People asked for safer routes to the schools," councillor Dara Quill said after the vote.'


def outlet(*top: str, bottom: tuple[str, ...] = ()) -> str:
    text = "\n".join([*top, "", LEAD, "", SECOND, "", *bottom])
    return read_metadata(clean_page(text)).outlet


# --- an edition word after the paper's name -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("masthead", "paper"),
    [
        ("Marsh Valley Chronicle Online", "Marsh Valley Chronicle"),
        ("Kestrel Gazette Online", "Kestrel Gazette"),
        ("Corran Daily English Edition", "Corran Daily"),
        ("Fenwick Herald Edition", "Fenwick Herald"),
    ],
)
def test_an_edition_word_after_a_papers_name_printed_once_is_left_out(masthead, paper):
    assert outlet(masthead, "Politics", HEADLINE, "By Staff Reporter", "March 4, 2025") == paper


@pytest.mark.parametrize(
    "furniture",
    ["© 2025 Kestrel Gazette Online", "Kestrel Gazette Online © 2025", "Follow Kestrel Gazette Online on Facebook"],
)
def test_the_edition_word_stays_when_the_sites_furniture_names_it_so(furniture):
    top = ("Kestrel Gazette Online", "Politics", HEADLINE, "By Staff Reporter", "March 4, 2025")
    assert outlet(*top, bottom=(furniture,)) == "Kestrel Gazette Online"


def test_an_edition_word_after_a_name_that_is_no_papers_stays():
    # 'Tarn' alone names no paper: 'Tarn Online' is the site's whole name
    assert outlet("Tarn Online", "Politics", HEADLINE, "By Staff Reporter", "March 4, 2025") == "Tarn Online"


def test_a_paper_word_that_is_the_name_stays():
    assert outlet("Corran Online News", "Politics", HEADLINE, "By Staff Reporter", "March 4, 2025") == (
        "Corran Online News"
    )


# --- a site's name over its menu on one line ----------------------------------------------------------------


@pytest.mark.parametrize(
    "menu",
    ["Politics   Economy   Farming   Culture   Travel", "Recipes   Gardens   Travel   People   Shop"],
)
def test_a_name_over_its_menu_on_one_line_is_the_outlet(menu):
    assert outlet("Brackenridge Current", menu, "Politics", HEADLINE, "By Lia Moreno", "March 4, 2025") == (
        "Brackenridge Current"
    )


def test_a_name_over_a_line_that_is_no_menu_is_not_the_outlet():
    # a deck under a capitalised line is a headline's, not a menu's
    got = outlet(
        "Brackenridge Current",
        "Councillors weigh safety against parking in a long debate",
        HEADLINE,
        "By Lia Moreno",
        "March 4, 2025",
    )
    assert got != "Brackenridge Current"
