"""Boxes set inside or after a story, as classes (tests/data/layouts as01–as20): a wall asking the reader to
register or subscribe to read on, with its offer held between its heading and its buttons; a list of bare
headlines ('Trending now') between two paragraphs, after which the story goes on; and a box printed after the
story ('What they said' over a quotation), whose quotation is the box's, not the story's. Invented pages, each
class beside story lines shaped like it that stay."""

import pytest

from articles.ingest.cleaning import SIDEBAR, clean_page
from articles.ingest.page_end import access_wall_line

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
