"""Furniture set inside or right after the story, left in the body on the an batch (tests/data/layouts an01–an20), as
classes: the site speaking to its reader about itself in whole sentences ('Tell us what you think in the comments
section below.'), a label the site dresses in dashes or brackets ('- ADVERTISEMENT -', '[ALSO READ: …]'), and a
readers' poll (its question, answers and vote button) between two paragraphs. Invented pages, each class beside
story sentences shaped like it that stay."""

import pytest

from articles.ingest.cleaning import POLL, clean_page
from articles.ingest.page_end import reader_prompt

TOP = ["Harbour Gazette", "News  Politics  Business  Sport", "Market hall to open in June", "By Ama Boateng",
       "March 3, 2025", ""]  # fmt: skip
LEAD = "The town council approved plans for a covered market hall on Monday, officials said."
MIDDLE = "Mayor Kofi Mensah said the hall would house two hundred traders."
QUOTE = '"Traders have waited ten years for a roof over their stalls," Mensah said.'
LAST = "Work will begin in June and take a year."


def body_with(*inserted: str, after: str = MIDDLE) -> str:
    """The story with the inserted lines (one paragraph) after the given paragraph."""
    paragraphs = [LEAD, MIDDLE, QUOTE, LAST]
    at = paragraphs.index(after) + 1
    lines = [*TOP]
    for k, paragraph in enumerate(paragraphs):
        lines += [paragraph, ""]
        if k + 1 == at and inserted:
            lines += [*inserted, ""]
    return clean_page("\n".join(lines)).body


def assert_whole_story(body: str) -> None:
    for paragraph in (LEAD, MIDDLE, QUOTE, LAST):
        assert paragraph in body


# --- the site speaking to its reader about itself -------------------------------------------------------------


@pytest.mark.parametrize(
    "prompt",
    [
        "Tell us what you think in the comments section below.",
        "Have a story? WhatsApp us on +233 20 123 4567.",
        "To get the latest news delivered to your phone, join our Telegram channel.",
        "Please share this article with your friends.",
        "Read the latest e-paper here.",
        "We want to hear from you. Email us your views.",
        "Use the comment form below to start a discussion.",
    ],
)
def test_the_site_speaking_to_its_reader_is_not_story(prompt):
    assert reader_prompt(prompt)
    for after in (MIDDLE, LAST):
        body = body_with(prompt, after=after)
        assert prompt not in body
        assert_whole_story(body)


@pytest.mark.parametrize(
    "sentence",
    [
        # the reader is told about others, or the sentence reports who asked
        "Residents can send comments on the plan to the council until April 30.",
        "Share your views with the council by email.",
        "The ministry asked residents to follow its updates on social media.",
        "Readers can find the list of polling stations on the commission's website.",
        '"Tell us what you need," Mensah told the traders.',
        "Tell us what you think, the council asked residents in a leaflet, said Mensah.",
        # the site welcoming its reader to its coverage, or a long question: no channel of its own
        "Good morning and welcome to our live coverage of the floods, where we will bring you the latest news.",
        "And why do we, gathered here in the rain, still feel this way? What makes us so sure of our plans?",
    ],
)
def test_sentences_about_readers_and_channels_that_are_story_stay(sentence):
    assert not reader_prompt(sentence)
    body = body_with(sentence, after=QUOTE)
    assert sentence in body
    assert_whole_story(body)


# --- labels dressed in dashes or brackets ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "label",
    [
        "- ADVERTISEMENT -",
        "— Advertisement —",
        "(Story continues below)",
        "[ALSO READ: Fishermen protest new net rules at the harbour]",
        "[READ MORE: Fishermen protest new net rules at the harbour]",
    ],
)
def test_a_label_dressed_in_dashes_or_brackets_is_read_as_the_label(label):
    body = body_with(label)
    assert label not in body
    assert_whole_story(body)


@pytest.mark.parametrize(
    "line",
    [
        "(The council voted 7 to 2 in favour of the plan.)",
        "[The mayor did not say how much the hall would cost.]",
        "— The market will be open seven days a week —",
    ],
)
def test_a_story_sentence_in_brackets_or_dashes_stays(line):
    body = body_with(line)
    assert line in body
    assert_whole_story(body)


# --- a readers' poll --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "poll",
    [
        ["POLL: Should traders pay rent for the new stalls?", "Yes", "No", "Not sure", "Vote", "View Results"],
        ["Should the market open on Sundays?", "Yes, every Sunday", "Only in December", "No", "Submit"],
    ],
)
def test_a_readers_poll_inside_the_story_is_not_story(poll):
    page = clean_page("\n".join([*TOP, LEAD, "", MIDDLE, "", *poll, "", QUOTE, "", LAST, ""]))
    for line in poll:
        assert line not in page.body.split("\n")
    assert any(removed.reason == POLL for removed in page.removed)
    assert_whole_story(page.body)


def test_a_question_the_story_asks_and_answers_stays():
    question = "Will the stalls be ready in time?"
    answer = "Mensah said the builders had promised to finish by May."
    page = clean_page("\n".join([*TOP, LEAD, "", MIDDLE, "", question, answer, "", QUOTE, "", LAST, ""]))
    assert question in page.body and answer in page.body


def test_a_question_over_short_lines_with_no_vote_button_stays():
    lines = ["Who will run the hall?", "The council", "A traders' board"]
    page = clean_page("\n".join([*TOP, LEAD, "", MIDDLE, "", *lines, "", QUOTE, "", LAST, ""]))
    assert "Who will run the hall?" in page.body
