"""Bylines and publication dates on layouts not met before (helper ao, issue 18): 'Report: Name' labels, double
surnames joined by 'i', 'e' or 'y' and Faroese particles, a name alone over a newsroom role line, an opinion
writer named only in the closing bio, an agency lead carrying 'By Name – Agency:' after its dateline, and 'This
report was published on …' as the page's only date. Each on invented lines, with look-alikes that keep their
reading."""

import pytest

from articles.ingest.cleaning import byline_names, clean_page, person_name_line
from articles.ingest.dates import parse_date_line
from articles.ingest.metadata import dateline_byline, read_metadata

STORY = [
    "The harbour board on Tuesday approved a new fuel jetty for the fishing fleet, its first in twenty years.",
    "",
    "Board chair Miriam Otieno said the jetty would open before the winter season.",
    "",
    '"Boats should not queue half a day for diesel," Otieno said.',
    "",
    "Work starts in April.",
]


def page(*header: str, tail: tuple[str, ...] = (), story: list[str] = STORY) -> str:
    return "\n".join(["The Example Courier", "News   Politics   Sport   Business", "Harbour board approves fuel jetty",
                      *header, "", *story, "", *tail, "", "Share this story"])  # fmt: skip


def metadata(*header: str, tail: tuple[str, ...] = (), story: list[str] = STORY):
    return read_metadata(clean_page(page(*header, tail=tail, story=story)))


@pytest.mark.parametrize(
    "byline, names",
    [
        ("Report: Ann Wekesa", ["Ann Wekesa"]),
        ("Text: Ann Wekesa", ["Ann Wekesa"]),
        ("By Marta Puig i Soler and Jordi Casal", ["Marta Puig i Soler", "Jordi Casal"]),
        ("By Ana Lopes e Silva", ["Ana Lopes e Silva"]),
        ("By Rannvá á Dunga", ["Rannvá á Dunga"]),
        # a label over a headline is no byline
        ("Report: Council doubles roads budget", []),
    ],
)
def test_labelled_bylines_and_double_surnames(byline, names):
    assert byline_names(byline) == names


def test_a_one_letter_join_alone_makes_no_name():
    assert person_name_line("i Soler") == ""  # a name opens and closes with a capital
    assert person_name_line("Ann Soler i") == ""


def test_a_report_label_wins_over_the_translators_credit_under_it():
    meta = metadata("Report: Ann Wekesa", "Translated by Tom Ruiz", "May 6, 2025")
    assert meta.authors == ["Ann Wekesa"]


def test_a_name_alone_over_a_role_line_is_the_writer():
    assert metadata("Ann Wekesa", "Political Editor", "Published 06.05.2025, 10:21").authors == ["Ann Wekesa"]
    # a name-shaped line with no role under it proves nothing (a tag, a menu entry)
    assert metadata("North Korea", "Published 06.05.2025, 10:21").authors != ["North Korea"]


def test_an_opinion_writer_named_only_in_the_closing_bio():
    tail = ("Deirdre Samuel-Joseph is a lecturer in marine policy and a former harbour pilot.",)
    meta = metadata("OPINION", "May 6, 2025", tail=tail)
    assert meta.authors == ["Deirdre Samuel-Joseph"]


def test_a_person_of_the_story_closing_it_is_no_bio():
    story = [*STORY[:-1], "Otieno is a lecturer in marine policy and a former harbour pilot."]
    assert metadata("May 6, 2025", story=story).authors == []


@pytest.mark.parametrize(
    "lead, names",
    [
        ("Baku, Azerbaijan, March 14. By Leyla Huseynova – Example Wire: The railways agreed.", ["Leyla Huseynova"]),
        ("ASTANA, 3 May. By Ann Lee and Tom Ruiz - Steppe Agency: The ministry said.", ["Ann Lee", "Tom Ruiz"]),
        # a lead sentence that opens with 'By' and a date, or no month: no credit
        ("By Tuesday, March 3 the officials - many of them: said it was over.", []),
        ("Nairobi, Kenya, Block 14. By Ann Lee – Example Wire: The", []),
    ],
)
def test_a_byline_between_an_agency_dateline_and_its_lead(lead, names):
    assert dateline_byline(lead) == names


def test_an_agency_lead_credit_is_read_when_the_page_has_no_byline():
    story = ["Baku, Azerbaijan, March 14. By Leyla Huseynova – Example Wire: " + STORY[0], *STORY[1:]]
    assert metadata("14.03.2024 10:21", story=story).authors == ["Leyla Huseynova"]


@pytest.mark.parametrize(
    "line, day",
    [
        ("This report was published on 15 January 2024.", "2024-01-15"),
        ("This article was first published on March 3, 2024", "2024-03-03"),
        ("Published on 15 January 2024.", "2024-01-15"),
    ],
)
def test_a_publication_note_is_a_date_line(line, day):
    assert parse_date_line(line).published.iso()[:10] == day


def test_a_publication_note_under_the_story_dates_the_page_and_leaves_the_body():
    meta_page = clean_page(page("Report: Ann Wekesa", tail=("This report was published on 15 January 2024.",)))
    assert "published on" not in meta_page.body
    assert read_metadata(meta_page).published.iso()[:10] == "2024-01-15"


def test_a_partners_credit_and_a_sentence_with_published_keep_their_reading():
    assert parse_date_line("This story was originally published by Example Watch.") is None
    assert parse_date_line("This report was published on the council's website.") is None


def test_a_join_right_after_the_first_word_makes_no_name():
    # a central bank's name in Sesotho ('Banka e Bohareng'), a menu ('Política y Sociedad')
    assert person_name_line("Banka e Bohareng") == ""
    assert person_name_line("Política y Sociedad") == ""
    assert person_name_line("Ana Lopes e Silva") == "Ana Lopes e Silva"
