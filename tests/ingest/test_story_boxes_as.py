"""Boxes set inside or after a story, as classes (tests/data/layouts as01–as20): a wall asking the reader to
register or subscribe to read on, with its offer held between its heading and its buttons; a list of bare
headlines ('Trending now') between two paragraphs, after which the story goes on; and a box printed after the
story ('What they said' over a quotation), whose quotation is the box's, not the story's. Invented pages, each
class beside story lines shaped like it that stay."""

import pytest

from articles.ingest.cleaning import SIDEBAR, clean_page, furniture_reason
from articles.ingest.page_end import access_wall_line, journalist_bio_name

TOP = ["Lakeside Herald", "News  Politics  Business  Sport", "Ferry fares frozen for another year", "By Nia Osei",
       "April 2, 2025", ""]  # fmt: skip
LEAD = "The island ferry company will keep its fares at last year's level until next April, it said on Tuesday."
MIDDLE = "The company's chairman, Tomas Varga, said fuel prices had fallen enough to pay for the freeze."
QUOTE = '"Islanders should not pay more to reach a doctor," Varga said.'
LAST = "The freeze covers all four routes from the harbour."


def page_with(inserted: list[str], after: str = LEAD, tail: list[str] = ()) -> str:
    """The story with the inserted lines (one block, no blank line inside) after the given paragraph, and the
    tail lines under the story."""
    lines = [*TOP]
    for paragraph in (LEAD, MIDDLE, QUOTE, LAST):
        lines += [paragraph, ""]
        if paragraph == after and inserted:
            lines += [*inserted, ""]
    return "\n".join([*lines, *tail])


def assert_whole_story(body: str) -> None:
    for paragraph in (LEAD, MIDDLE, QUOTE, LAST):
        assert paragraph in body


# --- a registration or subscription wall ------------------------------------------------------------------


@pytest.mark.parametrize(
    "wall",
    [
        ["Register for free to keep reading", "Get unlimited access to our local news for three months at no cost.",
         "Create an account", "Already have an account? Log in"],
        ["Subscribe to continue reading", "Our journalism is paid for by readers like you.",
         "Already a subscriber? Sign in"],
        ["This article is for subscribers only.", "Create a free account"],
        ["To continue reading, log in or create a free account.", "Already registered? Log in"],
        ["You have read 3 of your 5 free articles this month.", "Subscribe now for $2 a week and read without limits.",
         "Subscribe", "Already a subscriber? Log in"],
    ],
)  # fmt: skip
def test_a_registration_wall_inside_the_story_is_not_story(wall):
    for after in (LEAD, MIDDLE):
        body = clean_page(page_with(wall, after=after)).body
        for line in wall:
            assert line not in body
        assert_whole_story(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "Voters must register online to keep their place on the roll, the commission said.",
        "Residents can create an account on the council's website to pay the new tax.",
        "Subscribers to the ferry pass will pay the same as last year.",
        "Already registered passengers will be able to book from Monday.",
    ],
)
def test_story_sentences_about_accounts_and_subscribers_stay(sentence):
    assert not access_wall_line(sentence)
    body = clean_page(page_with([sentence], after=MIDDLE)).body
    assert sentence in body
    assert_whole_story(body)


# --- a list of bare headlines between two paragraphs --------------------------------------------------------


def test_the_story_goes_on_after_a_list_of_bare_headlines():
    trending = ["Trending now", "'We need more boats, not more studies', says harbour master Ida Lund",
                "Storm warning for the north coast this weekend"]  # fmt: skip
    page = clean_page(page_with(trending, after=LEAD))
    for line in trending:
        assert line not in page.body
    assert_whole_story(page.body)


def test_teasers_each_with_its_summary_are_still_links():
    related = ["Related", "Harbour tolls to rise in May", "The port board voted for a rise of five percent.",
               "New school opens on the island", "Pupils no longer have to take the early ferry."]  # fmt: skip
    body = clean_page(page_with([], tail=related)).body
    for line in related:
        assert line not in body
    assert_whole_story(body)


# --- a box printed after the story --------------------------------------------------------------------------

BOX = ["In numbers", "4 routes from the harbour", "310,000 passengers last year", "What they said",
       '"We welcome any freeze that keeps us connected," said Lea Horvat of the islands\' council.']  # fmt: skip


def test_a_box_with_a_quotation_after_the_story_is_not_story():
    page = clean_page(page_with([], tail=[*BOX, "", "Most read", "1. Harbour tolls to rise in May",
                                          "2. New school opens on the island"]))  # fmt: skip
    assert_whole_story(page.body)
    assert "Lea Horvat" not in page.body
    assert any(removed.reason == SIDEBAR for removed in page.removed)
    assert "Lea Horvat" not in clean_page(page_with([], tail=BOX)).body  # at the page's end too


def test_a_quotation_with_story_under_it_stays():
    more = "The company will review the fares again in March."
    body = clean_page(page_with([], tail=[*BOX, "", more, ""])).body
    assert BOX[-1] in body and more in body


def test_a_closing_quotation_under_a_related_list_stays():
    closing = '"Nobody on the islands will pay a cent more this year," Varga said.'
    body = clean_page(page_with([], tail=["Related", "Harbour tolls to rise in May", closing, "", "Most read",
                                           "1. New school opens on the island"])).body  # fmt: skip
    assert closing in body
    assert_whole_story(body)


VOICES = ["Voices from the harbour", '"If the fare stays, I keep my stall," says fish seller Rui Mota.',
          '"We were not asked, but it is fair," says pensioner Ana Silva.']  # fmt: skip


def test_a_box_of_quotations_right_under_the_story_is_not_story():
    body = clean_page(page_with([], tail=[*VOICES, "", "About the author", "Nia Osei covers transport.", ""])).body
    assert "Rui Mota" not in body and "Ana Silva" not in body
    assert_whole_story(body)


def test_a_crossheads_quotations_stay_where_the_page_sets_no_paragraph_apart():
    lines = page_with([], tail=[*VOICES, "", "Latest", "Harbour tolls to rise in May"]).split("\n")
    close_set = "\n".join(line for line in lines if line)  # a copy with no blank line anywhere
    body = clean_page(close_set).body
    assert "Rui Mota" in body and "Ana Silva" in body


def test_one_quotation_under_a_crosshead_closing_the_story_stays():
    closing = '"Nobody will pay a cent more this year," Varga said.'
    body = clean_page(page_with([], tail=["A fair year", closing, "", "Latest", "Harbour tolls to rise in May"])).body
    assert closing in body


# --- a link's arrow, a bio set off as a note ----------------------------------------------------------------


@pytest.mark.parametrize("link", ["» Read more: Harbour tolls rise for the first time in ten years.",
                                  "› See also: New school opens on the island"])  # fmt: skip
def test_a_related_link_led_by_an_arrow_is_a_link(link):
    assert furniture_reason(link) is not None
    body = clean_page(page_with([link], after=MIDDLE)).body
    assert link not in body
    assert_whole_story(body)


@pytest.mark.parametrize(
    "bio",
    ["— Nia Osei is a freelance journalist based in Accra.", "*Nia Osei is a reporter covering transport.*",
     "_Nia Osei covers the islands for the Lakeside Herald._"],
)  # fmt: skip
def test_a_bio_set_off_by_a_dash_or_italic_marks_is_the_writers(bio):
    assert journalist_bio_name(bio) == "Nia Osei"
    body = clean_page(page_with([], tail=[bio, ""])).body
    assert "Nia Osei" not in body
    assert_whole_story(body)
