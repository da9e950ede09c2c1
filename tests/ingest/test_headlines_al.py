"""Headlines on layouts the al batch added (tests/data/layouts/al01–al20): a masthead run into its menu with a bar,
whose name the page's foot repeats; a photo's caption and credit printed over the headline; a column's name over the
column's headline. Each class beside look-alikes that keep their reading."""

import pytest

from articles.ingest.cleaning import clean_page, share_bar
from articles.ingest.metadata import read_metadata

from .story_under_top import HEADLINE, metadata, page

# --- a masthead run into its menu, its name again at the foot -------------------------------------------------

MASTHEAD_AND_MENU = "Pier Press Agency  |  Politics  Economy  Society  World"


def test_the_foot_repeating_a_masthead_run_into_its_menu_is_not_the_headline():
    cleaned = clean_page(page(MASTHEAD_AND_MENU, "4 March 2025, 11:42", HEADLINE, bottom=("Pier Press Agency",)))
    assert read_metadata(cleaned).title == HEADLINE
    assert cleaned.body.startswith("The harbour board")


def test_a_lead_first_page_under_such_a_masthead_keeps_its_lead():
    cleaned = clean_page(page(MASTHEAD_AND_MENU, "4 March 2025, 11:42", bottom=("Pier Press Agency",)))
    assert read_metadata(cleaned).title == ""
    assert cleaned.body.startswith("The harbour board")


def test_a_browser_title_over_the_page_still_names_its_headline():
    meta = metadata(f"{HEADLINE} | The Pier Gazette", "The Pier Gazette", "Politics", HEADLINE, "4 March 2025")
    assert meta.title == HEADLINE


# --- a photo's caption and credit over the headline ------------------------------------------------------------

CAPTION = "Passengers board the last evening ferry at the north pier."


@pytest.mark.parametrize("credit", ["Photo: Pier Gazette", "(Photo: Ann Lee)", "Image: Supplied"])
def test_a_caption_over_its_credit_over_the_headline_is_not_the_headline(credit):
    cleaned = clean_page(
        page("The Pier Gazette", "Transport", CAPTION, credit, HEADLINE, "By Ana Ferreira", "4 March 2025")
    )
    assert read_metadata(cleaned).title == HEADLINE
    assert cleaned.body.startswith("The harbour board")


def test_a_headline_over_a_credit_and_its_caption_stays_the_headline():
    meta = metadata("The Pier Gazette", HEADLINE, "Photo: Pier Gazette", CAPTION, "By Ana Ferreira", "4 March 2025")
    assert meta.title == HEADLINE


def test_a_headline_right_over_a_photo_credit_stays_the_headline():
    meta = metadata("The Pier Gazette", "Transport", HEADLINE, "Photo: Pier Gazette", "By Ana Ferreira", "4 March 2025")
    assert meta.title == HEADLINE


# --- a column's name over the column's headline -----------------------------------------------------------------

COLUMN_HEADLINE = "Our ferries need shelters before they need timetables"


@pytest.mark.parametrize(
    "label", ["The Thursday Column", "Monday Briefing", "Weekend Essay", "Ana Ferreira's Notebook"]
)
def test_a_column_name_over_the_column_s_headline_is_a_label(label):
    meta = metadata("The Pier Gazette", "Opinion", label, COLUMN_HEADLINE, "By Ana Ferreira", "4 March 2025")
    assert meta.title == COLUMN_HEADLINE


@pytest.mark.parametrize(
    "headline", ["Ferry board drops plan for night column", "Ferry fares rise again in new briefing"]
)
def test_a_headline_ending_in_such_a_word_stays_the_headline(headline):
    meta = metadata("The Pier Gazette", "Transport", headline, "By Ana Ferreira", "4 March 2025")
    assert meta.title == headline


def test_a_column_word_line_with_no_credited_headline_under_it_is_kept():
    # 'The Harbour Diary' over a deck and the lead, with no byline or date under the line below: nothing says
    # the line is a label, so it stays the headline
    headline = "The Harbour Diary"
    meta = metadata("The Pier Gazette", headline)
    assert meta.title == headline


# --- a short headline over a standfirst of a standfirst's length -------------------------------------------------


def test_a_short_headline_over_a_long_standfirst_is_not_the_site_s_motto():
    standfirst = "The six-month trial, which starts in May, will test whether shift workers use the boats at night"
    meta = metadata("The Pier Gazette", HEADLINE, standfirst, "4 March 2025")
    assert meta.title == HEADLINE


def test_a_motto_over_a_headline_is_still_the_motto():
    meta = metadata("The Pier Gazette", "Facts first, always", HEADLINE, "By Ana Ferreira", "4 March 2025")
    assert meta.title == HEADLINE


# --- a share bar copied as one line --------------------------------------------------------------------------------

SHARE_BARS = ["Facebook Twitter WhatsApp Email", "Share on Facebook | Share on X | Copy link", "Facebook · X · Email"]


@pytest.mark.parametrize("bar", SHARE_BARS)
def test_a_share_bar_on_one_line_is_furniture(bar):
    assert share_bar(bar)
    cleaned = clean_page(page("The Pier Gazette", "Share this article", bar, HEADLINE, "4 March 2025"))
    assert read_metadata(cleaned).title == HEADLINE
    assert bar not in cleaned.body


@pytest.mark.parametrize(
    "line", ["Facebook removes posts on ferry strike", "Share prices fall on Facebook news", "Email", "Share on X"]
)
def test_lines_naming_networks_among_other_words_are_not_share_bars(line):
    assert not share_bar(line)


# --- labels before the headline: an advert slot's prompt, a live page's label, a label in capitals before a bar ----


def test_an_advert_slot_s_scroll_prompt_over_the_headline_is_not_the_headline():
    meta = metadata("The Pier Gazette", "Advertisement", "Scroll to continue with content", HEADLINE, "By Ana Ferreira")
    assert meta.title == HEADLINE


@pytest.mark.parametrize("label", ["LIVE UPDATES:", "Live blog:", "Live coverage:", "LIVE:"])
def test_a_live_page_s_label_before_a_colon_is_no_part_of_the_headline(label):
    assert metadata("The Pier Gazette", f"{label} {HEADLINE}", "4 March 2025").title == HEADLINE


@pytest.mark.parametrize("label", ["TRANSPORT", "FERRY STRIKE", "UK"])
def test_a_label_in_capitals_before_a_bar_is_no_part_of_the_headline(label):
    meta = metadata("The Pier Gazette", f"{label} | {HEADLINE}", "By Ana Ferreira", "4 March 2025")
    assert meta.title == HEADLINE


@pytest.mark.parametrize(
    "headline",
    [
        "Update: harbour board approves night ferry trial",  # not a live page's label
        "Live music: harbour festival returns in May",  # 'live' here is the headline's own word
        "Transport | Harbour board approves night ferry trial",  # not in capitals, no section word
        "FERRY STRIKE | HARBOUR BOARD APPROVES NIGHT TRIAL",  # all in capitals: nothing sets a label apart
    ],
)
def test_look_alike_labels_stay_in_the_headline(headline):
    assert metadata("The Pier Gazette", headline, "By Ana Ferreira", "4 March 2025").title == headline
