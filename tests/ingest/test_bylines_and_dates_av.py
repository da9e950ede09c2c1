"""Bylines and publication dates on layouts written blind (helper av, issue 18, tuned on layouts_blind): date labels
in Cyrillic, 'Updated as of …', a wire dateline carrying its filing time after a slash, numeric dates beside a
day-first country's time zone; menu and button labels, places and labels kept with a name where bylines go; writers
credited only under the story. Each on invented lines, with look-alikes that keep their reading."""

import pytest

from articles.ingest.cleaning import clean_page
from articles.ingest.dates import DAY_FIRST, MONTH_FIRST, numeric_order, parse_date_line
from articles.ingest.metadata import read_dateline, read_metadata
from articles.ingest.records import PartialDate

STORY = [
    "The river authority on Monday opened a second pumping station on the eastern bank, two years behind schedule.",
    "",
    "Its director, Halima Osei, said the station would keep the lower town dry through the rainy months.",
    "",
    '"We lost two summers to the contractor, but the pumps are running now," Osei said.',
    "",
    "A third station is planned for the delta.",
]


def page(*header: str, tail: tuple[str, ...] = (), top: tuple[str, ...] = ()) -> str:
    return "\n".join(["The Example Ledger", *top, "News   Region   Sport   Business",
                      "River authority opens second pump station", *header, "", *STORY, "", *tail, "",
                      "Share this story"])  # fmt: skip


def metadata(*header: str, tail: tuple[str, ...] = (), top: tuple[str, ...] = ()):
    return read_metadata(clean_page(page(*header, tail=tail, top=top)))


@pytest.mark.parametrize(
    "line, published, updated",
    [
        ("Опубликовано: 09:15 14/05/2024", PartialDate(2024, 5, 14, 9, 15), PartialDate()),
        ("Опубліковано 14.05.2024, 09:15", PartialDate(2024, 5, 14, 9, 15), PartialDate()),
        ("Обновлено: 11:40 14/05/2024", PartialDate(), PartialDate(2024, 5, 14, 11, 40)),
        ("Опубликовано 14.05.2024 в 09:15", PartialDate(2024, 5, 14, 9, 15), PartialDate()),
        ("Published: 09:15 14/05/2024", PartialDate(2024, 5, 14, 9, 15), PartialDate()),
        (
            "Posted at May 14 2024 09:15 AM | Updated as of May 14 2024 01:02 PM",
            PartialDate(2024, 5, 14, 9, 15),
            PartialDate(2024, 5, 14, 13, 2),
        ),
        ("Updated as of 14 May 2024", PartialDate(), PartialDate(2024, 5, 14)),
    ],
)
def test_date_labels_in_cyrillic_and_updated_as_of(line, published, updated):
    read = parse_date_line(line)
    assert read is not None
    assert (read.published, read.updated) == (published, updated)


@pytest.mark.parametrize(
    "header, tail",
    [
        ((), ("Опубликовано: 16:05 22/04/2024",)),
        (("Опубликовано 22.04.2024 в 16:05",), ()),
    ],
)
def test_a_cyrillic_date_line_is_no_language_switch(header, tail):
    published = metadata(*header, tail=tail).published
    assert (published.year, published.month, published.day) == (2024, 4, 22)


@pytest.mark.parametrize(
    "lead",
    [
        "Lisbon, Portugal, Jun 3, 2025 / 08:20 am (EWA).- The bishops asked the state to reopen the shelters.",
        "Nairobi, Kenya, Jun 3, 2025 / 14:05 (EWA). The bishops asked the state to reopen the shelters.",
        "Lisbon, Jun 3, 2025 / 8.20 am EST (EWA) - The bishops asked the state to reopen the shelters.",
    ],
)
def test_a_wire_dateline_with_its_filing_time_after_a_slash(lead):
    dateline = read_dateline(lead)
    assert dateline is not None
    assert (dateline.date.year, dateline.date.month, dateline.date.day) == (2025, 6, 3)
    assert dateline.agency == "EWA"
    assert dateline.lead == "The bishops asked the state to reopen the shelters."


def test_a_slash_in_a_lead_sentence_is_no_filing_time():
    assert read_dateline("Ann Lee / 10 ideas for the weekend (EWA) were listed.") is None


@pytest.mark.parametrize(
    "texts, order",
    [
        (["Posted on 04/06/2024 16:22 EAT"], DAY_FIRST),
        (["04/06/2024, 9.30am IST"], DAY_FIRST),
        (["Updated 04/06/2024 14:05 CET"], DAY_FIRST),
        (["04/06/2024 9:15 PM ET"], MONTH_FIRST),
        (["04/06/2024 16:22 UTC"], ""),  # a zone every country uses says nothing
        (["04/06/2024 16:22 EAT", "06/14/2024"], ""),  # the page says both: neither
    ],
)
def test_a_day_first_countrys_time_zone_orders_numeric_dates(texts, order):
    assert numeric_order(texts) == order


def test_a_numeric_date_beside_a_day_first_zone_is_read_day_first():
    published = metadata("Posted on 04/06/2024 16:22 CAT").published
    assert (published.year, published.month, published.day) == (2024, 6, 4)


@pytest.mark.parametrize(
    "header, authors",
    [
        (("Saoirse Brennan", "CORK 4 June 2024 09:12 IST", "", "READ LATER", "PRINT", "COMMENTS"), ["Saoirse Brennan"]),
        (("June 4, 2024", "", "Read Later", "Print"), []),
        (("June 4, 2024", "", "Bookmark Article", "Share"), []),
        (("Saoirse Brennan", "June 4, 2024", "", "Bookmark", "Share"), ["Saoirse Brennan"]),
    ],
)  # fmt: skip
def test_a_readers_button_under_the_byline_is_no_writer(header, authors):
    assert metadata(*header).authors == authors


@pytest.mark.parametrize(
    "top",
    [
        ("Front Page | Recent changes | Random story | Help",),
        ("Live Stream | Show Archive | Weather | Contact Us",),
        ("Radio Player • Podcast Feed • Schedule",),
    ],
)
def test_a_menu_of_links_is_no_byline(top):
    assert metadata("Tuesday, June 4, 2024", top=top).authors == []


def test_names_set_apart_by_bars_stay_a_byline():
    assert metadata("Ann Lee | Tom Ruiz | Cy Doyle", "June 4, 2024").authors == ["Ann Lee", "Tom Ruiz", "Cy Doyle"]


@pytest.mark.parametrize(
    "header",
    [
        ("Posted on  Author Saoirse Brennan  Comments (3)",),
        ("Posted on June 4, 2024 Author: Saoirse Brennan",),
        ("Author Saoirse Brennan", "June 4, 2024"),
    ],
)
def test_an_author_label_is_no_part_of_the_name(header):
    assert metadata(*header).authors == ["Saoirse Brennan"]


@pytest.mark.parametrize(
    "header, authors",
    [
        (("By state affairs reporter Saoirse Brennan", "Parliament House", "Posted Tue 4 Jun 2024 at 6:10am"),
         ["Saoirse Brennan"]),
        (("By Saoirse Brennan", "Capitol Hill", "June 4, 2024"), ["Saoirse Brennan"]),
        (("Last Updated: June 4, 2024, 10:05 IST", "New Delhi, India"), []),
        (("Updated: June 4, 2024", "Kuala Lumpur, Malaysia"), []),
        (("By Saoirse Brennan", "Gaza City", "June 4, 2024"), ["Saoirse Brennan"]),
    ],
)  # fmt: skip
def test_the_place_filed_from_under_the_byline_is_no_writer(header, authors):
    assert metadata(*header).authors == authors


@pytest.mark.parametrize(
    "byline",
    ["Saoirse Brennan | Tomasz Wilk", "Saoirse Brennan / Tomasz Wilk"],
)
def test_co_writers_on_one_line_set_apart_by_a_bar(byline):
    authors = metadata(byline, "Published June 4, 2024 Updated 2 hours ago").authors
    assert authors == ["Saoirse Brennan", "Tomasz Wilk"]


@pytest.mark.parametrize(
    "tail, authors",
    [
        (("Tashi Wangmo | Paro",), ["Tashi Wangmo"]),
        (("Tashi Wangmo / Gulu",), ["Tashi Wangmo"]),
        (("Tashi Wangmo | Opinion",), []),  # a section beside the name is no town
        (("Follow us for more local news", "Tashi Wangmo | Paro"), ["Tashi Wangmo"]),
        (("Editor: Tashi Wangmo",), []),  # an editor's credit, no writer's
    ],
)
def test_a_writer_signed_only_under_the_story(tail, authors):
    assert metadata("June 4, 2024", tail=tail).authors == authors


def test_a_signature_under_the_story_yields_to_the_byline():
    assert metadata("By Ann Lee", "June 4, 2024", tail=("Tashi Wangmo | Paro",)).authors == ["Ann Lee"]


def test_a_name_under_the_story_that_the_story_uses_is_no_signature():
    assert metadata("June 4, 2024", tail=("Halima Osei | Accra",)).authors == []


def lead_page(lead: str) -> str:
    lead += " Engineers said the pumps would lift water over the levee at twice the rate of the old station."
    return "\n".join(["The Example Ledger", "News   Region   Sport", "River authority opens second pump station",
                      "June 4, 2024", "", lead, "", *STORY[2:]])  # fmt: skip


@pytest.mark.parametrize(
    "lead, authors",
    [
        ("By: Amadou B. Jallow The river authority on Monday opened a second pumping station on the east bank.",
         ["Amadou B. Jallow"]),
        ("BY AMADOU JALLOW The river authority on Monday opened a second pumping station on the east bank.",
         ["Amadou Jallow"]),
        ("By Amadou Jallow Members of the river authority on Monday opened a second pumping station there.",
         ["Amadou Jallow"]),
        ("By Monday the river authority had opened a second pumping station on the east bank of the river.", []),
        ("By Christmas Day the river authority expects to open a second pumping station on the east bank.", []),
    ],
)  # fmt: skip
def test_a_byline_run_into_the_lead(lead, authors):
    assert read_metadata(clean_page(lead_page(lead))).authors == authors


@pytest.mark.parametrize(
    "sign_in, authors",
    [
        ("Marisol Tzul, Reporting", ["Marisol Tzul"]),
        ("MARISOL TZUL REPORTING", ["Marisol Tzul"]),
        ("Marisol Tzul reports", ["Marisol Tzul"]),
        ("Live Reporting", []),
    ],
)
def test_a_newscast_transcript_hands_over_to_its_reporter(sign_in, authors):
    text = "\n".join(["Example Seven News", "Newscast   Weather   Sports", "River authority opens second pump station",
                      "Posted: Tuesday, June 4th, 2024. 6:48 pm CST.", "",
                      "The river authority opened a second pumping station today, two years late. Our reporter has "
                      "the story.", "", sign_in, "", *STORY[2:]])  # fmt: skip
    assert read_metadata(clean_page(text)).authors == authors
