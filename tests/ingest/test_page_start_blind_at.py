"""Where the story starts, on the classes of page top the blind pages (tests/data/layouts_blind) showed: a crumb trail
run into the headline printed again under it; the site's account, app, advertising and browser links over the
headline; a site's name with its other-language edition after a comma; an English-language site's motto; the
section a story is filed in, printed as an item of the menu and again over the headline; a notice's box; a photo's
caption printed twice in the story; an exclamation-marked kicker. Each class in shapes of other outlets, beside
look-alikes that keep their reading."""

import pytest

from articles.ingest.cleaning import clean_page
from articles.ingest.metadata import read_metadata

from .story_under_top import HEADLINE, LEAD, SECOND, metadata

# --- a crumb trail run into the headline, the headline again under it ----------------------------------------------


@pytest.mark.parametrize("crumbs", ["Home Politics", "News > Harbour", "Home / Local / Transport", "Home » Ports"])
def test_a_crumb_trail_run_into_the_headline_over_the_headline_itself_gives_way_to_it(crumbs):
    meta = metadata("The Pier Gazette", f"{crumbs} {HEADLINE}", HEADLINE, "4 March 2025")
    assert meta.title == HEADLINE


def test_a_longer_headline_over_a_shorter_one_it_ends_with_is_no_crumb_trail():
    # a prefix too long to be a trail of section links: the line is a headline of its own
    long_line = f"After Years Of Complaints From Shift Workers {HEADLINE}"
    meta = metadata("The Pier Gazette", long_line, HEADLINE, "4 March 2025")
    assert meta.title == long_line


# --- the site's own links over the headline -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "link",
    [
        "Login to Pier Gazette Plus",  # an account link naming the site's paid service
        "Sign in to your account",
        "Subscribe to The Pier Gazette",
        "Advertise with us",
        "Advertise here",
        "Open in app",
        "View in Telegram",
        "Download the Pier Gazette app",
        "Please update your browser",
        "Upgrade your browser",
        "24 115 subscribers",  # a channel's audience counter
        "12.3K followers",
    ],
)
def test_the_site_s_account_app_advertising_and_browser_links_are_no_headline(link):
    meta = metadata("The Pier Gazette", link, HEADLINE, "By Ana Ferreira", "4 March 2025")
    assert meta.title == HEADLINE


@pytest.mark.parametrize(
    "headline",
    ["Register to vote by Friday, council urges islanders", "Subscribers to harbour app double in a year"],
)
def test_a_headline_about_signing_up_or_subscribers_stays_the_headline(headline):
    meta = metadata("The Pier Gazette", headline, "By Ana Ferreira", "4 March 2025")
    assert meta.title == headline


@pytest.mark.parametrize("counter", ["Full article 2 comments", "Read story 14 comments"])
def test_a_comment_counter_beside_the_story_s_link_is_no_headline(counter):
    meta = metadata("The Pier Gazette", counter, HEADLINE, "4 March 2025")
    assert meta.title == HEADLINE


# --- the site's name and its edition in another language, its motto ---------------------------------------------


@pytest.mark.parametrize(
    "edition", ["Pier Gazette, en Español", "Pier Courier, auf Deutsch", "Harbour Post, in English"]
)
def test_the_site_s_name_with_a_comma_and_its_other_language_edition_is_no_headline(edition):
    meta = metadata(edition, "Ports | Politics | Business", HEADLINE, "4 March 2025")
    assert meta.title == HEADLINE


@pytest.mark.parametrize(
    "motto", ["English news from the harbour towns and islands", "News in English from the northern coast"]
)
def test_an_english_language_site_s_motto_under_its_name_is_no_headline(motto):
    meta = metadata("PIER TODAY", motto, "Politics", HEADLINE, "Author: Ana Ferreira | 4. 3. 2025")
    assert meta.title == HEADLINE


# --- the story's section, an item of the menu over it -------------------------------------------------------------

LONG_HEADLINE = (
    "Harbour board approves six-month trial of night ferries, sends fare plan back to the transport ministry"
)


@pytest.mark.parametrize(
    ("menu", "section"),
    [
        ("Home Latest Harbour World Business Sport Opinion", "Harbour"),  # a menu of one-word items run together
        ("News | Ports | Politics | Business | Sport", "Ports"),
        ("HOME  NEWS  ISLANDS  SPORT  OPINION", "Islands"),
    ],
)
def test_a_section_printed_in_the_menu_and_again_over_a_long_headline_is_no_headline(menu, section):
    meta = metadata("THE PIER GAZETTE", menu, section, LONG_HEADLINE, "Ana Ferreira", "Published March 4, 2025")
    assert meta.title == LONG_HEADLINE


def test_a_short_headline_the_menu_does_not_print_keeps_its_place_over_a_long_deck():
    meta = metadata("THE PIER GAZETTE", "News | Politics | Sport", "NIGHT FERRIES", LONG_HEADLINE, "By Ana Ferreira")
    assert meta.title == "NIGHT FERRIES"


# --- a notice's box ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "notice",
    [
        (
            "Your browser is out of date and some pages may not work.",
            "Click one of the icons below to get a newer one.",
        ),
        ("Please enable JavaScript to use this site.", "Some parts of the page will not load without it."),
    ],
)
def test_the_sentences_in_a_notice_s_box_at_the_top_are_no_headline_and_no_story(notice):
    raw = "\n".join(
        ["The Pier Gazette", "", *notice, "", HEADLINE, "", "By Ana Ferreira", "4 March 2025", "", LEAD, "", SECOND]
    )
    cleaned = clean_page(raw)
    assert read_metadata(cleaned).title == HEADLINE
    assert notice[1] not in cleaned.body
    assert cleaned.body.startswith(LEAD)


# --- a photo's caption printed twice in the story -----------------------------------------------------------------


@pytest.mark.parametrize("caption", ["Councillors at the harbour board meeting", "The night ferry at the north pier"])
def test_a_caption_printed_twice_under_the_lead_is_not_taken_for_the_headline(caption):
    top = ["Pier Gazette", "PORTS  POLITICS  SPORT  OPINION", "", HEADLINE, "", "By Ana Ferreira", "4 March 2025"]
    raw = "\n".join([*top, "", LEAD, "", caption, caption, "", SECOND])
    cleaned = clean_page(raw)
    assert read_metadata(cleaned).title == HEADLINE
    assert cleaned.body.startswith(LEAD)


# --- a kicker with an exclamation mark ------------------------------------------------------------------------------


@pytest.mark.parametrize("kicker", ["BREAKING!", "EXCLUSIVE!", "WATCH!"])
def test_a_capitals_kicker_with_an_exclamation_mark_is_no_part_of_the_headline(kicker):
    meta = metadata("The Pier Gazette", f"{kicker} {HEADLINE}", "4 March 2025")
    assert meta.title == HEADLINE


# --- the page's head over its skip link ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        "Bell A small bell with a dot. Close A cross made of two lines. Search A magnifying glass over a page.",
        "window.dataLayer = window.dataLayer || []; function track(event) { dataLayer.push(event); }",
    ],
)
@pytest.mark.parametrize("skip", ["Skip to main content", "Skip to content"])
def test_the_lines_over_a_skip_link_are_the_page_s_head_not_its_story(head, skip):
    raw = "\n".join([head, skip, "The Pier Gazette", "", HEADLINE, "", "By Ana Ferreira", "4 March 2025", "", LEAD])
    cleaned = clean_page(raw)
    assert read_metadata(cleaned).title == HEADLINE
    assert head not in cleaned.body


def test_the_browser_s_title_bar_over_a_skip_link_still_gives_the_headline():
    raw = "\n".join([f"{HEADLINE} | The Pier Gazette", "Skip to content", "Menu", "By Ana Ferreira", "4 March 2025"])
    assert read_metadata(clean_page(raw + "\n\n" + LEAD)).title == HEADLINE
