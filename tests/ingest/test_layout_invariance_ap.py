"""Readings that survive a change of layout (helper ap, issue 18; found by scripts/mutate_layouts.py): the same
page with its byline printed another way must give the same authors. Names alone on their own lines under the
headline (its deck, its date lines) and over the story, without 'By'; a deck run into a byline in capitals. Each
on invented lines, with look-alikes that keep their reading."""

import pytest

from articles.ingest.cleaning import byline_names, byline_outlet, clean_page, spaced_menu
from articles.ingest.dates import parse_date_line
from articles.ingest.metadata import names_between_headline_and_story, read_metadata

STORY = [
    "The lagoon authority on Monday closed the northern channel to cargo barges after a survey found it silting up.",
    "",
    "Its director, Harriet Oyelaran, said dredging would start within a month.",
    "",
    '"We cannot risk a barge grounding in the channel," Oyelaran said.',
    "",
    "Fishing boats may still use the channel by day.",
]


def page(*header: str, story: list[str] = STORY) -> str:
    return "\n".join(["The Example Gazette", "News   Region   Business   Sport", "Lagoon channel closed to barges",
                      *header, "", *story, "", "Share this story"])  # fmt: skip


def authors(*header: str, story: list[str] = STORY) -> list[str]:
    return read_metadata(clean_page(page(*header, story=story))).authors


@pytest.mark.parametrize(
    "header",
    [
        ("By Tomas Ekwueme and Grace Adjoa Mensah",),
        ("Tomas Ekwueme", "Grace Adjoa Mensah"),  # the same credit without 'By'
        ("TOMAS EKWUEME", "GRACE ADJOA MENSAH"),
        ("Tomas Ekwueme -", "Grace Adjoa Mensah -"),
        ("Tomas Ekwueme", "Grace Adjoa Mensah", "", "April 8, 2025"),  # over the date line
        ("", "Tomas Ekwueme", "", "Grace Adjoa Mensah", ""),
        ("Updated 20 minutes ago", "Tomas Ekwueme", "Grace Adjoa Mensah"),  # under the date lines
        # under the deck
        ("Barges must use the southern route until dredging ends, adding a day to each trip", "Tomas Ekwueme",
         "Grace Adjoa Mensah"),
    ],
)  # fmt: skip
def test_names_alone_on_their_lines_under_the_headline_are_the_writers(header):
    assert authors(*header) == ["Tomas Ekwueme", "Grace Adjoa Mensah"]


def test_one_name_alone_is_no_run_of_names():
    # a name alone under the headline is the writer only when the page backs it (tests/data/layouts convention)
    assert names_between_headline_and_story(clean_page(page("Tomas Ekwueme"))) == []


def test_a_name_the_story_speaks_of_is_no_credit():
    # a tag naming the story's own person sits where a byline would
    assert names_between_headline_and_story(clean_page(page("Tomas Ekwueme", "Harriet Oyelaran"))) == []


def test_a_photographers_credit_is_no_name_of_the_run():
    assert authors("Tomas Ekwueme", "PHOTOGRAPHS BY SAUL OKORO") != ["Tomas Ekwueme", "Photographs By Saul Okoro"]
    assert names_between_headline_and_story(clean_page(page("Tomas Ekwueme", "PHOTOGRAPHS BY SAUL OKORO"))) == []


def test_a_name_over_furniture_or_a_menu_in_capitals_is_no_run_of_names():
    # a name over a menu of the site's columns: a columnist's link (the learned weights may still weigh it)
    menu = ("Tomas Ekwueme", "Grace Adjoa Mensah", "Opinion   Letters   Columnists")
    assert names_between_headline_and_story(clean_page(page(*menu))) == []
    # a menu of capitalised words is no name
    assert names_between_headline_and_story(clean_page(page("Tomas Ekwueme", "Opinion Letters Columnists"))) == []


@pytest.mark.parametrize(
    "line",
    [
        "Barges must use the southern route until dredging ends By TOMAS EKWUEME In Lagos",
        "Barges must use the southern route until dredging ends BY TOMAS EKWUEME IN LAGOS",
    ],
)
def test_a_deck_run_into_a_byline_in_capitals(line):
    assert byline_names(line) == ["Tomas Ekwueme"]


def test_a_title_case_headline_ending_in_by_stays_whole():
    assert byline_names("Council Says Budget Will Balance BY Cutting Staff In Town") == []


# --- separators: a dash parts a menu's items and a date line's fields as a bar does ---------------------------


@pytest.mark.parametrize("mark", ["|", "·", "/", "-", "—"])
def test_a_menu_with_any_separator_is_a_menu(mark):
    assert spaced_menu(f"Home {mark} Cities {mark} Chennai {mark} Opinion")


@pytest.mark.parametrize(
    "line",
    [
        "Storm closes port - thousands stranded on the quay",  # a headline's dash parts its sentence
        "Budget 2025 - What It Means For You",  # a number in an item: no menu
    ],
)
def test_a_headline_with_a_dash_is_no_menu(line):
    assert not spaced_menu(line)


@pytest.mark.parametrize("mark", ["|", "—", "-"])
@pytest.mark.parametrize(
    "fields, published, updated",
    [
        ("Kaivai News {m} 13 March 2024", (2024, 3, 13), None),
        ("Press release {m} 22 March 2024 {m} Brussels", (2024, 3, 22), None),
        ("Source: Example Wire {m} 2024-03-03 17:12:05 {m} Editor: Ann Lee", (2024, 3, 3), None),
        ("India News {m} Example Wire {m} Updated: March 03, 2024 4:32 pm IST", None, (2024, 3, 3)),
        ("Updated on: March 21, 2024 {m} Example TV News", None, (2024, 3, 21)),
    ],
)
def test_a_date_lines_fields_apart_by_any_separator(mark, fields, published, updated):
    line = parse_date_line(fields.format(m=mark))
    assert line is not None
    for got, wanted in ((line.published, published), (line.updated, updated)):
        assert (got.year, got.month, got.day) == (wanted or (None, None, None))


def test_a_dash_before_the_clock_keeps_the_clock():
    line = parse_date_line("Thu Mar 14 2024 - 17:25")
    assert (line.published.day, line.published.hour, line.published.minute) == (14, 17, 25)


def test_a_headline_with_a_dash_and_a_number_is_no_date_line():
    assert parse_date_line("Storm hits coast - 3 dead") is None


@pytest.mark.parametrize("mark", ["|", "·", "—", "-"])
def test_the_outlet_after_a_byline_whatever_the_separator(mark):
    assert byline_outlet(f"By Ann Okafor {mark} Example Fact Check") == "Example Fact Check"
    assert (
        byline_outlet(f"By Ann Okafor {mark} aokafor@example-tribune.com {mark} Example Tribune") == "Example Tribune"
    )


def test_a_double_barrelled_name_is_no_outlet():
    assert byline_outlet("By Ann Okafor-Reyes") == ""


# --- non-breaking spaces: a date line's spaces as a page prints them -----------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Ann\u00a0Okafor - 10\u00a0March\u00a02025",
        "Source:\u00a0Example Wire | 2024-03-03\u00a017:12 | Editor:\u00a0Ann Lee",
        "Updated:\u00a0March\u202f21, 2024",
    ],
)
def test_non_breaking_spaces_read_as_spaces_in_a_date_line(line):
    plain = parse_date_line(line.replace("\u00a0", " ").replace("\u202f", " "))
    assert plain is not None and parse_date_line(line) == plain
