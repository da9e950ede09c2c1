"""Kinds of page the ad01–ad20 layouts showed (tests/data/layouts/README.md): a magazine's name beside its issue's
date over the headline, a newsletter's name over the issue's date, a player's item with its running time, a photo
gallery's controls, a label in brackets or a kicker in capitals run into the headline, words in another script glued
to a paragraph, a channel or free-trial prompt, a newsstand's edition note, a newsletter's round-up and quiz, a date
with no space after its comma. Each rule on invented pages in its own wordings, beside story lines of the same shape
that must stay."""

import pytest

from articles.ingest.cleaning import clean_page, furniture_reason
from articles.ingest.dates import parse_date_line
from articles.ingest.metadata import read_metadata
from articles.ingest.text import paragraphs

STORY = [
    "The water board voted on Tuesday to cap summer irrigation at last year's level after a dry spring.",
    '"Nobody wants to ration, but the reservoir does not care what we want," board chair Odile Fenner said.',
    "The cap will be reviewed in August.",
]


def page(*lines: str) -> str:
    return "\n".join(lines)


def meta(text: str):
    return read_metadata(clean_page(text))


# --- the page's top ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("dated_name", ["The Valley Review Magazine|April 3, 2024", "Harbour Quarterly | 3 April 2024"])
def test_a_publication_s_name_beside_its_issue_date_over_the_headline_names_the_outlet_and_date(dated_name):
    text = page(
        "Magazines   Newspapers   Stories", dated_name, "Water board caps irrigation as reservoir falls", *STORY
    )
    found = meta(text)
    assert found.title == "Water board caps irrigation as reservoir falls"
    assert found.outlet == dated_name.split("|")[0].strip()
    assert (found.published.year, found.published.month, found.published.day) == (2024, 4, 3)


def test_a_newsletter_s_name_over_the_issue_s_date_gives_way_to_the_headline_its_byline_backs():
    text = page(
        "View this email in your browser",
        "The Morning from River Hall",
        "Wednesday, April 3, 2024 |",
        "Water board caps irrigation as reservoir falls",
        "Who chaired the first water board? Answer at the bottom of today's email",
        "By Tomas Reyes, Politics Editor",
        *STORY,
    )
    found = meta(text)
    assert found.title == "Water board caps irrigation as reservoir falls"
    assert found.outlet == "The Morning from River Hall"


@pytest.mark.parametrize(
    "lines",
    [
        # a headline over its date, then its standfirst and byline: the headline stands
        [
            "Water Board Caps Irrigation",
            "April 3, 2024",
            "Farmers say the cap comes too late for the spring planting",
            "By Tomas Reyes",
        ],
        # the story uses the line's words: a headline, not a name
        ["Reservoir Board Caps Summer Irrigation", "April 3, 2024", "Farmers Count The Cost", "By Tomas Reyes"],
    ],
)
def test_a_headline_over_its_own_date_keeps_its_place(lines):
    assert meta(page(*lines, *STORY)).title == lines[0]


@pytest.mark.parametrize(
    "item",
    [
        "Audio: Board chair Odile Fenner speaks to Morning Rural (6 min)",
        "Watch: The board's vote in full (2:41)",
        "Video: Farmers outside the meeting (1 min 20 sec)",
    ],
)
def test_a_player_s_item_with_its_running_time_is_not_the_headline(item):
    text = page(
        "River Radio News", "Listen live   Podcasts", item, "Water board caps irrigation", "9:14 am on 3 April 2024"
    )
    assert furniture_reason(item) is not None
    assert meta(page(text, *STORY)).title == "Water board caps irrigation"


def test_a_media_label_run_into_a_credited_headline_is_still_the_headline():
    text = page("River Radio News", "WATCH: Water board caps irrigation", "By Tomas Reyes", *STORY)
    assert meta(text).title == "Water board caps irrigation"


@pytest.mark.parametrize(
    "control", ["View all 12 photos", "See more images", "12 photos", "Photo gallery", "Open gallery"]
)
def test_a_photo_gallery_s_controls_are_furniture(control):
    assert furniture_reason(control) is not None
    text = page(
        "The Valley Review",
        "Gallery",
        "1 of 12",
        "Farmers at the board's meeting on Tuesday. (Photo: Ann Ito/Valley Review)",
        control,
        "Water board caps irrigation as reservoir falls",
        "By Ann Ito",
        *STORY,
    )
    assert meta(text).title == "Water board caps irrigation as reservoir falls"


@pytest.mark.parametrize(
    "line",
    [
        "Twelve photos of the drought won the regional prize, the board said.",
        "Gallery owners backed the plan.",
        "Photos of the dry reservoir were shown to the board",
    ],
)
def test_lines_about_photos_and_galleries_stay(line):
    assert furniture_reason(line) is None


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        ("[Analysis] Minor parties bet on the water vote", "Minor parties bet on the water vote"),
        ("[Exclusive] Board chair kept dry-year report private", "Board chair kept dry-year report private"),
        ("TOP NEWS Water board caps irrigation as reservoir falls", "Water board caps irrigation as reservoir falls"),
        ("BREAKING NEWS Water board caps irrigation", "Water board caps irrigation"),
        # not a label: the capitals or the brackets are the headline's own
        ("UK Treasury backs the water board's cap", "UK Treasury backs the water board's cap"),
        ("EU ministers split over water rules", "EU ministers split over water rules"),
        ("[Updated] Board caps irrigation again", "[Updated] Board caps irrigation again"),
        ("NEWS Corp buys regional radio group", "NEWS Corp buys regional radio group"),
        ("EXCLUSIVE Board chair kept dry-year report private", "Board chair kept dry-year report private"),
    ],
)
def test_a_label_in_brackets_or_a_kicker_in_capitals_is_no_part_of_the_title(printed, title):
    assert meta(page("The Valley Review", printed, "By Ann Ito", *STORY)).title == title


# --- inside and after the story ---------------------------------------------------------------------------


def test_words_in_another_script_glued_after_a_sentence_are_cut_and_the_sentence_stays():
    lead = "The water board on Tuesday capped summer irrigation at last year's level after a dry spring."
    text = page("The Valley Review", "Water board caps irrigation", "By Ann Ito", lead + " اضافة اعلان", *STORY[1:])
    cleaned = clean_page(text)
    assert paragraphs(cleaned.body)[0] == lead
    assert "اضافة" not in cleaned.body


@pytest.mark.parametrize(
    "line",
    [
        # another script inside the sentence, or words of the page's own script after it: story, whole
        "The minister of water, Nadia Haddad (نادية حداد), said the cap was fair to everyone.",
        'The ministry called the plan "a bridge, not a dam." Officials in Amman agreed.',
    ],
)
def test_a_sentence_with_other_words_in_it_stays_whole(line):
    cleaned = clean_page(page("The Valley Review", "Water board caps irrigation", "By Ann Ito", line, *STORY))
    assert line in cleaned.body


@pytest.mark.parametrize(
    "prompt",
    [
        "Follow us on our official WhatsApp channel for breaking news alerts and key updates!",
        "Follow us on Telegram for the latest from the valley.",
        "Start your 7-day free trial to read more stories from The Valley Review.",
        "Start a free trial today.",
    ],
)
def test_channel_and_free_trial_prompts_are_furniture(prompt):
    cleaned = clean_page(page("The Valley Review", "Water board caps irrigation", "By Ann Ito", *STORY, prompt))
    assert prompt not in cleaned.body
    assert STORY[-1] in cleaned.body


def test_a_newsstand_s_edition_note_is_a_publication_credit():
    note = "This story is from the April 3, 2024 edition of The Valley Review Magazine."
    cleaned = clean_page(page("The Valley Review", "Water board caps irrigation", "By Ann Ito", *STORY, note))
    assert note not in cleaned.body


def test_a_newsletter_s_round_up_and_quiz_close_its_lead_item():
    roundup = [
        "What else do you need to know today?",
        "● The county passed its road budget without amendment.",
        "● Two councillors will visit the dam next week.",
        "Quiz answer: Edith Morrow, in 1931.",
    ]
    cleaned = clean_page(
        page("The Morning from River Hall", "Water board caps irrigation", "By Ann Ito", *STORY, *roundup)
    )
    assert STORY[-1] in cleaned.body
    assert not any(line in cleaned.body for line in roundup)


def test_a_story_s_own_bulleted_list_stays():
    listed = [
        "The board agreed three measures:",
        "● a cap on summer irrigation at last year's level;",
        "● a fund of $2 million for drip systems.",
    ]
    cleaned = clean_page(page("The Valley Review", "Water board caps irrigation", "By Ann Ito", *STORY, *listed))
    assert all(line in cleaned.body for line in listed)


# --- dates -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["Last updated: Jul 14,2024", "Jul 14,2024", "July 14,2024 10:12"])
def test_a_date_with_no_space_after_its_comma_is_read(line):
    found = parse_date_line(line)
    assert found is not None
    when = found.published if found.published.known else found.updated
    assert (when.year, when.month, when.day) == (2024, 7, 14)


def test_a_count_after_a_month_and_day_is_no_year():
    found = parse_date_line("May 3,000 people")
    assert found is None or found.published.year is None


# --- the outlet --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("masthead", ["El Heraldo Andino – English Edition", "Valley Review - Asia edition"])
def test_a_name_with_its_edition_is_the_masthead(masthead):
    text = page(
        "Leer en español", masthead, "Politics   Economy   Opinion", "Water board caps irrigation", "By Ann Ito"
    )
    assert meta(page(text, *STORY)).outlet == masthead.split(" – ")[0].split(" - ")[0]


def test_a_dateline_s_credit_in_capitals_is_the_name_the_site_prints_over_its_headline():
    lead = "(RIVERVOICE) – The water board voted on Tuesday to cap summer irrigation after a dry spring."
    text = page(
        "English   Français", "RiverVoice World", "News   Politics   Society", "Water board caps irrigation", lead
    )
    assert meta(page(text, *STORY[1:])).outlet == "RiverVoice World"
