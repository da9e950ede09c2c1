"""The headline among the lines a page prints above its story: the evidence the page gives about
which line is the headline (the byline under it, a second line it wraps onto, a label run into it),
and no headline at all rather than a story sentence taken out of the body."""

import pytest

from articles.ingest import cleaning
from articles.ingest.cleaning import (
    clean_page,
    contact_line,
    dated_site_line,
    formal_state_name,
    headline_candidates,
    link_labels,
    reads_as_motto,
    release_note,
    split_date_tail,
    ticker_shaped,
)
from articles.ingest.cleaning.reader import _Reader
from articles.ingest.metadata import read_metadata


def page(*lines: str) -> str:
    return "\n".join(lines)


def title_of(text: str) -> str:
    return read_metadata(clean_page(text)).title


STORY = (
    "",
    "The county council voted on Monday to keep the harbour museum open for another three years.",
    "",
    "The museum had faced closure after its grant was cut, the council said.",
)


def test_a_motto_under_the_masthead_gives_way_to_the_line_the_byline_backs():
    text = page(
        "The Lakeside Standard",
        "Truth without fear since 1962",
        "Wednesday, 12 March 2025",
        "Kisumu 27°C Partly cloudy",
        "News",
        "Counties",
        "Council keeps harbour museum open for three more years",
        "By Ann Lee",
        "March 12, 2025",
        *STORY,
    )
    assert title_of(text) == "Council keeps harbour museum open for three more years"


def test_a_line_under_the_masthead_with_the_byline_under_it_stays_the_headline():
    text = page(
        "The Lakeside Standard",
        "Council keeps harbour museum open",
        "By Ann Lee",
        "March 12, 2025",
        "Museum staff welcome the decision after a long campaign",
        *STORY,
    )
    assert title_of(text) == "Council keeps harbour museum open"


def test_a_headline_broken_over_two_lines_is_read_whole():
    text = page(
        "The Lakeside Standard",
        "Council keeps harbour museum open",
        "for three more years",
        "By Ann Lee",
        "March 12, 2025",
        *STORY,
    )
    cleaned = clean_page(text)
    assert read_metadata(cleaned).title == "Council keeps harbour museum open for three more years"
    assert "for three more years" not in cleaned.body


def test_an_agency_credit_under_the_headline_is_not_its_second_line():
    text = page("Council keeps harbour museum open", "by WAM", "March 12, 2025", *STORY)
    assert title_of(text) == "Council keeps harbour museum open"


@pytest.mark.parametrize("label", ["WATCH", "Live", "VIDEO"])
def test_a_media_label_run_into_the_headline_over_the_byline_is_the_headline_without_it(label):
    text = page(
        "The Pennine Echo",
        "News",
        f"{label}: Firefighters rescue walkers from moorland blaze",
        "Crews reached a group of eight walkers who were cut off by a fast-moving fire on the moors",
        "By Ann Lee",
        "23 March 2025",
        *STORY,
    )
    assert title_of(text) == "Firefighters rescue walkers from moorland blaze"


@pytest.mark.parametrize(
    "headline",
    [
        "Report: Walker to speak at convention",
        "EXCLUSIVE: Saudis insist they are fighting terror",
        "Europe: floods kill 12",
    ],
)
def test_words_a_site_prints_as_part_of_the_headline_stay(headline):
    assert title_of(page(headline, "By Ann Lee", "March 12, 2025", *STORY)) == headline


def test_a_section_label_before_a_bar_is_no_part_of_the_headline():
    text = page("The Upland Examiner", "World | Drought leaves river barges half empty", "By Ann Lee", *STORY)
    assert title_of(text) == "Drought leaves river barges half empty"


def test_a_site_name_after_the_bar_is_still_the_site():
    text = page("Drought leaves river barges half empty | The Upland Examiner", "By Ann Lee", *STORY)
    meta = read_metadata(clean_page(text))
    assert (meta.title, meta.outlet) == ("Drought leaves river barges half empty", "The Upland Examiner")


def test_a_short_finished_sentence_under_the_date_is_the_lead_not_a_headline():
    text = page(
        "Skip to content",
        "The Northgate Mercury",
        "News",
        "March 3, 2025",
        "The city's largest bus depot will close for six weeks of repairs from Monday.",
        "",
        "Buses on eleven routes will run from a temporary yard at the old airport, the authority said.",
        "",
        "© 2025 The Northgate Mercury",
    )
    cleaned = clean_page(text)
    assert read_metadata(cleaned).title == ""
    assert cleaned.body.startswith("The city's largest bus depot will close")


def test_a_headline_ending_in_a_full_stop_at_the_top_of_the_page_stays_the_headline():
    text = page(
        "Sanders campaign buys ad time for four Super Tuesday states.",
        "",
        "The campaign has reserved time for television advertisements in four states, media buyers said.",
    )
    assert title_of(text) == "Sanders campaign buys ad time for four Super Tuesday states."


def test_a_cookie_banner_heading_is_not_the_headline():
    text = page(
        "This website uses cookies",
        "Accept",
        "The Valley Sentinel",
        "SPRINGDALE — The county will reopen the old quarry road to traffic on Friday, four months after a landslide.",
        "",
        "Engineers have built a retaining wall along the worst stretch, the county said.",
        "",
        "© 2025 The Valley Sentinel",
    )
    cleaned = clean_page(text)
    assert read_metadata(cleaned).title == ""
    assert cleaned.body.startswith("SPRINGDALE — The county will reopen")


def test_a_photo_caption_over_its_credit_before_the_byline_is_not_the_story_start():
    text = page(
        "Hospital trust kept ward closures from inspectors",
        "Managers told staff not to mention two shut wards during the inspection visit",
        "A corridor at the trust's main hospital, where two wards were closed.",
        "Photo: Sam Hadd/Example Chronicle",
        "By Ann Lee",
        "Tuesday 18 February 2025",
        *STORY,
    )
    cleaned = clean_page(text)
    assert cleaned.body.startswith("The county council voted on Monday")
    assert "A corridor at the trust" not in cleaned.body


def test_a_name_the_footer_repeats_over_a_lead_is_the_masthead_not_the_headline():
    text = page(
        "Skip to content",
        "The Valley Sentinel",
        "SPRINGDALE — The county will reopen the old quarry road to traffic on Friday, four months after a landslide.",
        "",
        "Engineers have built a retaining wall along the worst stretch, the county said.",
        "",
        "© 2025 The Valley Sentinel",
    )
    assert title_of(text) == ""


@pytest.mark.parametrize(
    "between",
    [
        ("Notes on the river, the village and whatever the parish council did this week", "Search This Blog"),
        ("Small stories from a tidal town, written at the kitchen table", "Home", "About", "Archive"),
        ("Who we are", "What we do", "Get involved", "Press release"),
    ],
)
def test_the_line_under_the_date_is_the_headline_when_only_menus_and_a_motto_lie_above_it(between):
    text = page("Harbour Notes", *between, "Tuesday, 11 March 2025", "", "Council keeps harbour museum open", *STORY)
    assert title_of(text) == "Council keeps harbour museum open"


def test_a_headline_right_over_its_date_keeps_its_place_over_the_standfirst():
    text = page(
        "Council keeps harbour museum open",
        "Tuesday, 11 March 2025",
        "Museum staff welcome the decision after a long campaign",
        *STORY,
    )
    assert title_of(text) == "Council keeps harbour museum open"


def test_a_short_name_over_a_motto_over_the_date_and_headline_is_the_outlet():
    text = page(
        "Kettleford Crossing",
        "Notes on the village, the river and whatever the parish council did",
        "Search This Blog",
        "Tuesday, 11 March 2025",
        "Council keeps harbour museum open",
        *STORY,
        "",
        "Posted by Ann Lee at 9:42 AM",
    )
    meta = read_metadata(clean_page(text))
    assert (meta.title, meta.outlet, meta.authors) == (
        "Council keeps harbour museum open",
        "Kettleford Crossing",
        ["Ann Lee"],
    )


def test_a_short_name_over_the_headline_itself_is_not_taken_for_a_site_name():
    text = page("Harbour Notes", "Council keeps harbour museum open for three more years", "By Ann Lee", *STORY)
    assert read_metadata(clean_page(text)).outlet != "Harbour Notes"


def test_a_greeting_over_the_headline_the_byline_backs_is_not_the_headline():
    text = page(
        "Issue 112 | March 13, 2025",
        "Good morning. Today: the museum vote and a new ferry timetable.",
        "Council keeps harbour museum open",
        "By Ann Lee",
        *STORY,
    )
    assert title_of(text) == "Council keeps harbour museum open"


def test_a_headline_ending_in_a_full_stop_over_its_byline_stays_the_headline():
    text = page("Council keeps harbour museum open.", "By Ann Lee", *STORY)
    assert title_of(text) == "Council keeps harbour museum open."


def test_a_banner_over_a_find_out_more_link_is_not_the_headline():
    text = page(
        "The Harbour Letter is hiring a county reporter.",
        "Find out more",
        "Council keeps harbour museum open",
        "By Ann Lee",
        *STORY,
    )
    assert title_of(text) == "Council keeps harbour museum open"


def test_a_site_name_over_its_motto_right_over_the_date_gives_way_to_the_line_under_the_date():
    text = page(
        "Upper Teign Watch",
        "Council papers, read so you don't have to",
        "Monday, March 17, 2025",
        "Health centre hours cut to four days a week",
        *STORY,
    )
    meta = read_metadata(clean_page(text))
    assert (meta.title, meta.outlet) == ("Health centre hours cut to four days a week", "Upper Teign Watch")


def test_a_name_over_a_motto_calling_it_news_is_the_masthead():
    text = page(
        "The Adriatic Local",
        "Croatia's news in English",
        "News",
        "Travel",
        "Split port to charge cruise passengers a landing fee",
        "By Marko Tadić | Updated Mar 18 2025 09:14 CET",
        *STORY,
    )
    meta = read_metadata(clean_page(text))
    assert (meta.title, meta.outlet) == ("Split port to charge cruise passengers a landing fee", "The Adriatic Local")


def test_a_site_name_the_browser_title_ends_with_is_the_masthead_not_the_headline():
    text = page(
        "Harbour Lantern Quay",
        "Council keeps the harbour museum open",
        "By Ann Lee",
        *STORY,
        "",
        "Council keeps the harbour museum open | Harbour Lantern Quay",
    )
    assert title_of(text) == "Council keeps the harbour museum open"


def test_a_site_name_its_domain_spells_alone_on_a_line_is_the_masthead_not_the_headline():
    text = page(
        "Harbour Lantern Quay",
        "Council keeps the harbour museum open",
        "By Ann Lee",
        *STORY,
        "",
        "harbourlanternquay.com",
    )
    assert title_of(text) == "Council keeps the harbour museum open"


@pytest.mark.parametrize("switch", ["English | Español", "EN | FR | ES", "Deutsch Français Italiano English", "हिन्दी"])
def test_a_language_switch_over_the_page_is_never_the_headline(switch):
    text = page(switch, "Lakeside Standard", "Council keeps the harbour museum open", "By Ann Lee", *STORY)
    assert title_of(text) == "Council keeps the harbour museum open"


def test_a_masthead_with_its_motto_on_one_line_is_not_the_headline():
    text = page("The Fenmoor Courier – Independent since 1921", "News", "Council keeps the harbour museum open", *STORY)
    assert title_of(text) == "Council keeps the harbour museum open"


def test_a_motto_under_a_short_name_opening_the_page_gives_way_to_the_line_the_byline_backs():
    text = page(
        "Skip to content",
        "Kestrel Eye",
        "Facts for the valley",
        "Home",
        "Sport",
        "Council keeps the harbour museum open",
        "By Ann Lee",
        *STORY,
    )
    assert title_of(text) == "Council keeps the harbour museum open"


def test_with_no_byline_the_date_right_under_a_line_backs_it_over_the_motto():
    text = page(
        "Kestrel Eye",
        "Facts for the valley",
        "Home",
        "Sport",
        "Council keeps the harbour museum open",
        "April 13, 2025",
        *STORY,
    )
    assert title_of(text) == "Council keeps the harbour museum open"


@pytest.mark.parametrize(
    "footer",
    ["Follow Kestrel Lantern Quay on Facebook", "© 2025 Kestrel Media Group Ltd. All rights reserved."],
)
def test_a_short_name_over_the_headline_that_the_footer_follows_or_owns_is_the_masthead(footer):
    text = page("Kestrel Lantern Quay", "Council keeps the harbour museum open", "By Ann Lee", *STORY, "", footer)
    assert title_of(text) == "Council keeps the harbour museum open"


# --- site lines above the headline (issue 18, the f pages) ----------------------------------------


@pytest.mark.parametrize("links", ["Log in | Register", "Subscriber Log In / Subscribe Now", "Sign in • My account"])
def test_a_line_of_account_links_over_the_page_is_never_the_headline(links):
    text = page(links, "The Fenmoor Courier", "News", "Ferry fares to rise in the spring", "By Ann Lee", *STORY)
    cleaned = clean_page(text)
    assert read_metadata(cleaned).title == "Ferry fares to rise in the spring"
    assert links not in cleaned.body


@pytest.mark.parametrize("link", ["< Back to Home", "« All news", "← Previous story", "Back to News"])
def test_a_back_link_over_the_headline_is_not_the_headline(link):
    text = page(link, "Ferry fares to rise in the spring", "Posted: Mar 14, 2025 / 06:12 PM", *STORY)
    assert title_of(text) == "Ferry fares to rise in the spring"


def test_an_alert_ticker_over_the_masthead_is_not_the_headline():
    text = page(
        "BREAKING: Water supply restored to the north of the city after a burst main",
        "The Fenmoor Courier",
        "News",
        "Sport",
        "Ferry fares to rise in the spring",
        "Ann Lee",
        "Transport reporter",
        *STORY,
    )
    cleaned = clean_page(text)
    assert read_metadata(cleaned).title == "Ferry fares to rise in the spring"
    assert "burst main" not in cleaned.body


def test_a_breaking_label_on_a_headline_over_its_own_story_stays_the_headline():
    text = page("Breaking: Council Votes To Keep The Harbour Museum Open.", *STORY)
    assert title_of(text) == "Breaking: Council Votes To Keep The Harbour Museum Open."


def test_a_tagline_over_the_headline_the_date_backs_names_the_site_and_is_not_the_headline():
    text = page(
        "Jump to navigation",
        "From Fenwiki News, the free news source you can write!",
        "Ferry fares to rise in the spring",
        "Wednesday, April 9, 2025",
        *STORY,
    )
    cleaned = clean_page(text)
    meta = read_metadata(cleaned)
    assert (meta.title, meta.outlet) == ("Ferry fares to rise in the spring", "Fenwiki News")
    assert "free news source" not in cleaned.body


def test_a_lead_saying_when_under_the_site_menu_stays_in_the_body_and_the_page_has_no_title():
    text = page(
        "Fenmoor Community Radio",
        "Listen live",
        "News",
        "Coastguards rescued two kayakers off Fenmoor Point on Sunday afternoon.",
        "",
        "The pair had been blown away from the shore by a strong offshore wind, the coastguard said.",
    )
    cleaned = clean_page(text)
    assert read_metadata(cleaned).title == ""
    assert cleaned.body.startswith("Coastguards rescued two kayakers off Fenmoor Point on Sunday afternoon.")


def test_a_headline_with_a_full_stop_naming_no_day_of_its_own_stays_the_headline():
    text = page(
        "Fenmoor Community Radio",
        "Kayakers rescued off Fenmoor Point after wind change.",
        "",
        "Coastguards rescued two kayakers off Fenmoor Point on Sunday afternoon, the coastguard said.",
    )
    assert title_of(text) == "Kayakers rescued off Fenmoor Point after wind change."


def test_a_motto_under_the_site_name_gives_way_to_the_line_right_over_the_lead():
    text = page("Fenmoor FM", "Local radio for the whole of the fens", "Ferry fares to rise in the spring", *STORY)
    cleaned = clean_page(text)
    assert read_metadata(cleaned).title == "Ferry fares to rise in the spring"
    assert "Local radio" not in cleaned.body


def test_a_headline_under_the_site_name_over_a_long_standfirst_keeps_its_place():
    text = page(
        "Fenmoor FM",
        "Ferry fares to rise in the spring",
        "The operator says fuel and wages have gone up and the island routes cannot carry the cost alone",
        *STORY,
    )
    assert title_of(text) == "Ferry fares to rise in the spring"


def test_the_line_the_share_button_repeats_is_the_headline_under_a_motto():
    text = page(
        "Fenmoor Ledger",
        "Independent journalism for the fens",
        "Ferry Fares Rise",
        "Share: Ferry Fares Rise",
        "By Ann Lee",
        *STORY,
    )
    cleaned = clean_page(text)
    assert read_metadata(cleaned).title == "Ferry Fares Rise"
    assert "Share:" not in cleaned.body


def test_a_tagline_under_the_headline_names_the_site_and_is_no_standfirst():
    text = page(
        "Ferry fares to rise in the spring",
        "From Fenwiki News, the free news source you can write!",
        "Wednesday, April 9, 2025",
        *STORY,
    )
    cleaned = clean_page(text)
    meta = read_metadata(cleaned)
    assert (meta.title, meta.outlet, meta.standfirst) == ("Ferry fares to rise in the spring", "Fenwiki News", "")


@pytest.mark.parametrize(
    "strip",
    [["Thursday, 13 March 2025"], ["Thursday, 13 March 2025", "Back issues"], ["Login | Register", "News", "Sport"]],
)
def test_a_motto_over_the_sites_strip_gives_way_to_the_line_the_byline_backs(strip):
    text = page("The Fenmoor Herald", "The voice of the fens", *strip, "Pier repairs to start", "By Ann Lee", *STORY)
    assert title_of(text) == "Pier repairs to start"


@pytest.mark.parametrize("motto", ["Truth without fear or favour", "Your Hometown News Source", "News you can trust"])
def test_a_motto_right_over_the_headline_gives_way_to_it(motto):
    text = page("The Fenmoor Herald", motto, "Pier repairs to start", "By Ann Lee", "March 12, 2025", *STORY)
    assert title_of(text) == "Pier repairs to start"


def test_a_headline_over_a_shorter_standfirst_the_date_backs_keeps_its_place():
    text = page(
        "The Fenmoor Herald",
        "Pier repairs to start after winter storm damage",
        "Harbour trust says work will take weeks",
        "March 12, 2025",
        *STORY,
    )
    assert title_of(text) == "Pier repairs to start after winter storm damage"


def test_a_headline_full_of_a_mottos_words_is_still_a_headline_over_its_standfirst():
    text = page(
        "The Fenmoor Herald",
        "Local news trust serving the fens since 1894 wins national award",
        "The Fenmoor Herald's owners say the prize belongs to its readers",
        "By Ann Lee",
        *STORY,
    )
    assert title_of(text) == "Local news trust serving the fens since 1894 wins national award"


@pytest.mark.parametrize(
    ("line", "motto"),
    [
        ("Your Hometown News Source Since 1908", True),
        ("Serving the western isles since 1894", True),
        ("The voice of the islands", True),
        ("Truth without fear or favour", True),
        ("Pier repairs to start after winter storm damage", False),
        ("Council keeps the harbour museum open", False),
        ("Local news trust serving the fens since 1894 wins national award", False),  # too long for a motto
    ],
)
def test_reads_as_motto(line, motto):
    assert reads_as_motto(line) is motto


@pytest.mark.parametrize(
    "ticker",
    [
        "FT Harbour City 2-1 Rovers | Kestrel 0-0 Dunmore",
        "Premier Division: Harbour City 2, Rovers 1; Kestrel 0, Dunmore 0",
        "Dow 38,102 ▼0.3%  FTSE 7,640 ▲0.2%",
        "LIVE: Harbour City 2-1 Rovers (78')",
        "Latest: Coastguard searches for missing fishing boat off the Head",
    ],
)
@pytest.mark.parametrize("between", [[], ["The Fenmoor Herald"], ["The Fenmoor Herald", "News", "Sport"]])
def test_a_ticker_on_the_first_line_is_never_the_headline(ticker, between):
    text = page(ticker, *between, "Pier repairs to start after winter storm damage", "By Ann Lee", *STORY)
    assert title_of(text) == "Pier repairs to start after winter storm damage"


@pytest.mark.parametrize(
    ("line", "ticker"),
    [
        ("Breaking News: Storm warning issued for the coast", True),
        ("NSE 20 1,834.20 ▲0.4% | USD/KES 129.35", True),
        ("Harbour City 2-1 Rovers", False),  # a match report's headline may be its score
        ("Sensex falls 500 points as banks slide 2%", False),
    ],
)
def test_ticker_shaped(line, ticker):
    assert ticker_shaped(line) is ticker


def test_a_match_score_alone_over_its_byline_stays_the_headline():
    assert (
        title_of(page("The Fenmoor Herald", "Harbour City 2-1 Rovers", "By Ann Lee", *STORY))
        == "Harbour City 2-1 Rovers"
    )


@pytest.mark.parametrize(
    "line", ["Today's Paper: Thu, Mar 13, 2025", "Welcome, Guest | Log in", "Already a subscriber? Log in"]
)
def test_edition_and_account_prompts_over_the_masthead_are_not_the_headline(line):
    text = page(line, "The Fenmoor Herald", "Pier repairs to start after winter storm damage", "By Ann Lee", *STORY)
    assert title_of(text) == "Pier repairs to start after winter storm damage"


@pytest.mark.parametrize(
    "lead",
    [
        "A landslip has closed the coast road at Fenmoor Head.",  # articles and the perfect tense
        "The coast road will stay shut until engineers check the cliff, the council said.",  # who said it
    ],
)
def test_a_lead_reading_as_prose_under_the_site_menu_stays_in_the_body_and_the_page_has_no_title(lead):
    text = page(
        "Fenmoor Community Radio",
        "News",
        lead,
        "",
        "Drivers are being sent inland through Carrow, adding twenty minutes to the journey.",
    )
    cleaned = clean_page(text)
    assert read_metadata(cleaned).title == ""
    assert cleaned.body.startswith(lead)


@pytest.mark.parametrize(
    "headline",
    ["Sanders will back Clinton, eventually, former rival says.", "Rubio has the praise, just not the votes."],
)
def test_headlinese_with_a_full_stop_stays_the_headline(headline):
    text = page(headline, "", "The campaign said on Tuesday that it would hold two more rallies in the state.")
    assert title_of(text) == headline


def test_a_papers_name_over_the_byline_over_the_lead_is_the_masthead_of_a_page_with_no_headline():
    text = page(
        "Skip to content",
        "The Fenmoor Herald",
        "By Ann Lee",
        "Police have closed the coast road at Fenmoor Head after a landslip.",
        "",
        "Drivers are being sent inland through Carrow, adding twenty minutes to the journey.",
    )
    meta = read_metadata(clean_page(text))
    assert (meta.title, meta.outlet) == ("", "The Fenmoor Herald")


@pytest.mark.parametrize(
    "edition",
    [
        "Today is Thursday, March 13, 2025",
        "Print Edition: Thursday 13 March 2025",
        "March 13, 2025 Edition",
        "13 March 2025 · 14°C Showers",
        "Thursday, March 13, 2025 Back issues",
    ],
)
@pytest.mark.parametrize("links", [["Back Issues", "Archives"], ["Back issues"], []])
def test_todays_edition_line_over_back_issues_is_never_the_headline(edition, links):
    text = page("The Fenmoor Herald", edition, *links, "Pier repairs to start after winter storm damage", *STORY)
    assert title_of(text) == "Pier repairs to start after winter storm damage"


@pytest.mark.parametrize(
    ("line", "edition"),
    [
        ("Today is Thursday, March 13, 2025", True),
        ("Vol. 112 No. 11 | March 13, 2025", True),
        ("Storm hits the coast on March 13, 2025", False),  # a headline's own words beside the date
        ("The council met on March 13, 2025.", False),
    ],
)
def test_dated_site_line(line, edition):
    assert dated_site_line(line) is edition


@pytest.mark.parametrize(
    "line",
    [
        "Pier repairs start | Published on 14 Mar 2025, 09:15 am | Updated on 14 Mar 2025, 11:02 am",
        "Pier repairs start Published on 14 Mar 2025, 09:15 am | Updated on 14 Mar 2025, 11:02 am",
        "Pier repairs start - Published: March 14, 2025",
        "Pier repairs start | Updated on 14 Mar 2025, 11:02 am",
    ],
)
def test_a_headline_with_its_date_run_on_is_the_headline_and_gives_the_date(line):
    text = page("The Fenmoor Herald", "News", line, "Ann Lee", *STORY)
    meta = read_metadata(clean_page(text))
    assert meta.title == "Pier repairs start"
    assert meta.published.iso().startswith("2025-03-14")


def test_a_headline_naming_a_posting_keeps_its_words():
    # "posted" in lower case is a headline's word, not a date label
    assert split_date_tail("Council posted deficit on 14 Mar 2025") == ("Council posted deficit on 14 Mar 2025", "")


@pytest.mark.parametrize("tagline_first", [True, False])
def test_a_from_site_tagline_is_never_the_headline_even_with_no_date_under_the_headline(tagline_first):
    tagline = "From Fenwiki News, the free news source you can write!"
    lines = [tagline, "Pier repairs to start after storm damage"]
    text = page(*(lines if tagline_first else lines[::-1]), *STORY)
    assert title_of(text) == "Pier repairs to start after storm damage"


# --- the site's strip over the headline: tickers, language editions, today's date bar, menus (the a batch) ----


@pytest.mark.parametrize(
    "top",
    [
        ("Latest: Ferry fares cut for the holiday • Coach names new squad • Shilling steadies",),
        ("Monday, 10 June 2024 | 08:40 WIB", "Harbour Example Post"),
        ("Valle Abierto en Español", "Tuesday, 11 June 2024 | 09:05 PET"),
        ("Français | العربية", "Sunday, 9 June 2024 | 3 Dhul Hijjah 1445", "Gulf Example Times"),
        ("Example Coast Ledger", "Chile Peru Bolivia Business Environment"),
    ],
)
def test_the_site_s_strip_over_the_headline_is_never_the_title(top):
    text = page(*top, "Port workers end strike after pay deal", "By Rosa Lima", "June 8, 2024 0 Comments", *STORY)
    assert title_of(text) == "Port workers end strike after pay deal"


def test_a_menu_of_places_and_sections_over_a_headline_credited_with_an_agency():
    text = page(
        "Example Austral",
        "Chile Politics Economy Environment Culture",
        "Port workers end strike after pay deal",
        "Rosa Lima (with AFP)",
        "08/06/2024 18:40 BRT",
        *STORY,
    )
    assert title_of(text) == "Port workers end strike after pay deal"


# --- the site's strips, slogans and labels over the headline (issue 18, title round four) --------------------

from articles.ingest.cleaning import (  # noqa: E402
    calls_itself_a_paper,
    committee_name,
    market_rate_line,
    weather_line,
)

CREDITED = ("By Rahel Mengistu", "March 12, 2025", *STORY)


@pytest.mark.parametrize(
    "line",
    [
        "USD 133.20 ETB",
        "Cedi/Euro 16.70",
        "Silver $33.10/oz",
        "Brent Crude $69.85",
        "NGX ASI 105,212 -0.3%",
        "Coffee (ICE) $3.85/lb",
        "412.75",
        "Japanese Yen",
        "Kenyan Shilling",
        "Exchange Rates",
        "Selling",
    ],
)
def test_a_market_strip_s_lines_are_rates_labels_or_figures(line):
    assert market_rate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Gold Rallies Past $3,000",  # a title-case headline with a price in it
        "Shilling weakens as importers rush for dollars",
        "Harbour Example Courier",
        "Tuesday, 11 March 2025",
        "Home Business Markets Opinion Sport",
    ],
)
def test_a_headline_or_a_masthead_is_no_rate(line):
    assert not market_rate_line(line)


def test_a_rates_table_copied_one_cell_a_line_over_the_headline_is_the_site_s():
    rates = ("Exchange Rates", "Currency", "Buying", "Selling", "Japanese Yen", "0.88", "0.91", "Swiss Franc", "146.20")
    text = page(
        "The Rift Valley Ledger",
        "Wednesday, 12 March 2025 | 09:05 EAT",
        *rates,
        "Kenyan Shilling",
        "1.01",
        "1.04",
        "Flower growers win cheaper air freight to Europe",
        *CREDITED,
    )
    assert title_of(text) == "Flower growers win cheaper air freight to Europe"


def test_one_rate_a_line_over_the_headline_is_the_site_s_strip_even_right_over_it():
    text = page("Volta Markets Daily", "Cedi/Euro 16.70", "Silver $33.10/oz", "Shea butter exports rise", *CREDITED)
    assert title_of(text) == "Shea butter exports rise"


def test_rates_under_the_story_s_first_paragraph_are_never_read_as_the_site_s_strip():
    text = page(
        "Rupee steadies against the dollar",
        "By Rahel Mengistu",
        "",
        "The rupee ended the week slightly firmer against most currencies, dealers said on Friday evening.",
        "US Dollar 280.65 282.35",
        "UK Pound Sterling 371.50 375.00",
        "Dealers expect little change next week.",
    )
    # the story has begun: its table is the story's to keep or the story rules' to read, never the site's strip
    assert _Reader(text).strip_lines == 0


@pytest.mark.parametrize(
    "line",
    [
        "Lae 29°C Light showers",
        "Castries 31° Sunny",
        "Ulaanbaatar -12°C",
        "Today 18°C Mostly cloudy",
        "Apia 30°C",
        "Nuuk −4.5 °C Snow",
    ],
)
def test_a_town_and_its_temperature_is_a_weather_strip(line):
    assert weather_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Temperatures reach 44°C in Turbat as heatwave grips coast",
        "Heatwave: 45°C In Sibi",
        "Route 30 bus",
        "Kiln 1200°C",  # "200°C" is the tail of a longer figure, no temperature of the weather's
    ],
)
def test_a_headline_with_a_temperature_is_no_weather_strip(line):
    assert not weather_line(line)


def test_a_weather_strip_right_over_the_headline_is_never_the_title():
    text = page("Lagoon Example Times", "Lae 29°C Light showers", "Fishing co-operative opens cold store", *CREDITED)
    assert title_of(text) == "Fishing co-operative opens cold store"


@pytest.mark.parametrize(
    "line", ["Ghana's Most Fearless Newspaper", "The Paper That Reads the Fine Print", "The Valley's Own Daily"]
)
def test_a_slogan_naming_the_site_a_paper(line):
    assert calls_itself_a_paper(line)


@pytest.mark.parametrize("line", ["Paper Mill Closes After 80 Years", "Weekly Market Moves to Stadium", "Newspaper"])
def test_a_headline_about_paper_is_no_slogan(line):
    assert not calls_itself_a_paper(line)


def test_a_slogan_opening_a_page_whose_logo_has_no_text_gives_way_to_the_credited_headline():
    text = page(
        "×", "Download Now", "Ghana's Most Fearless Newspaper", "Tema port clears backlog of containers", *CREDITED
    )
    assert title_of(text) == "Tema port clears backlog of containers"


def test_a_slogan_printed_again_beside_the_copyright_is_never_the_headline():
    text = page(
        "Light for the Whole Coast",
        "Tema port clears backlog of containers",
        *CREDITED,
        "",
        "Light for the Whole Coast",
        "© 2025 Breakwater Media Ltd",
    )
    assert title_of(text) == "Tema port clears backlog of containers"


def test_a_headline_over_its_standfirst_keeps_its_place_when_the_footer_repeats_nothing():
    text = page(
        "Ferry Fares Frozen",
        "The operator says prices will hold until the end of the year",
        *CREDITED,
        "",
        "© 2025 Breakwater Media Ltd",
    )
    assert title_of(text) == "Ferry Fares Frozen"


def test_a_short_headline_in_capitals_over_its_long_deck_is_the_headline():
    text = page(
        "The Example Sentinel",
        "WATER WOES",
        "Residents of three hillside communities say they have had no water in their pipes for eleven days in a row",
        "Kerry Baptiste/Staff Reporter",
        "March 12, 2025",
        *STORY,
    )
    assert title_of(text) == "WATER WOES"


@pytest.mark.parametrize("label", ["SPORT", "Opinion", "Analysis"])
def test_a_section_word_over_a_long_headline_is_no_headline(label):
    headline = "Residents of three hillside communities say they have had no water in their pipes for eleven days"
    text = page("The Example Sentinel", label, headline, "By Kerry Baptiste", "March 12, 2025", *STORY)
    assert title_of(text) == headline


@pytest.mark.parametrize(
    "line", ["Public Accounts Committee", "Standing Committee on Health and Social Services", "Joint Select Committee"]
)
def test_a_committee_s_name_is_a_label(line):
    assert committee_name(line)


@pytest.mark.parametrize("line", ["Committee Backs Mining Bill", "Committee to hear fishers on licence rules"])
def test_a_headline_about_a_committee_is_no_label(line):
    assert not committee_name(line)


def test_a_committee_s_name_over_its_story_s_headline_and_date_is_a_label():
    text = page(
        "Parliament of Example Islands",
        "Public Accounts Committee",
        "Committee questions ports authority on overtime bill",
        "12 March 2025",
        *STORY,
    )
    assert title_of(text) == "Committee questions ports authority on overtime bill"


# --- classes of page tops from the aa01–aa16 layouts (issue 18): pages written here, stories invented ---------------


def ruled_title(text: str) -> str:
    """The headline the page-start rules choose, before any learned weights weigh in."""
    candidates, ruled = headline_candidates(text)
    return candidates[ruled][0] if ruled is not None else ""


def reason_of(text: str, line: str) -> str:
    return next(r.reason for r in clean_page(text).removed if r.text == line)


HARBOUR_STORY = (
    "",
    "The port board voted on Thursday to extend the night ferry service to Gullsea Island until the end of October.",
    "",
    '"Islanders told us the last boat left too early for shift workers," board chair Mira Tal said.',
    "",
    "The extra sailings will cost about 40,000 a month, the board said.",
)


def test_a_headline_printed_twice_under_a_sign_up_box_is_the_headline():
    text = page(
        "Coastal Assembly Members",
        "Home   Members   News   Contact",
        "Get our updates!",
        "Please type your email address below to receive the group's statements as soon as they are issued.",
        "Email Address",
        "Subscribe",
        "",
        "Port board extends night ferry to Gullsea Island",
        "Port board extends night ferry to Gullsea Island",
        *HARBOUR_STORY,
    )
    cleaned = clean_page(text)
    assert read_metadata(cleaned).title == "Port board extends night ferry to Gullsea Island"
    assert cleaned.body.startswith("The port board voted on Thursday")
    assert "Please type your email address" not in cleaned.body


def test_a_name_printed_twice_is_not_taken_for_a_doubled_headline():
    text = page(
        "Port board extends night ferry to Gullsea Island",
        "By Ann Lee",
        "Island news",
        "Island news",
        *HARBOUR_STORY,
    )
    assert title_of(text) == "Port board extends night ferry to Gullsea Island"


def test_the_bodys_name_again_in_a_second_language_is_a_masthead_not_the_headline():
    text = page(
        "Français | English",
        "Embassy of Ruritania in Portugal",
        "Embaixada da Ruritânia em Portugal",
        "About   Visas   Passports   News   Contact",
        "News",
        "21.05.2025",
        "Ruritania and Portugal open a joint cultural season in Porto",
        "",
        "The ambassador of Ruritania, Teodor Vask, and Porto's deputy mayor, Inês Lobo, opened a season of concerts "
        "and exhibitions on Tuesday that will run until December.",
        "",
        '"Culture travels further than any treaty," Mr Vask said at the opening in the Bolsa palace.',
    )
    cleaned = clean_page(text)
    assert read_metadata(cleaned).title == "Ruritania and Portugal open a joint cultural season in Porto"
    assert ruled_title(text) == "Ruritania and Portugal open a joint cultural season in Porto"
    assert reason_of(text, "Embaixada da Ruritânia em Portugal") == cleaning.MASTHEAD
    assert read_metadata(cleaned).outlet == "Embassy of Ruritania in Portugal"


def test_a_states_formal_name_over_its_department_is_a_masthead_not_the_headline():
    text = page(
        "Republic of Example Islands",
        "Ministry of Rural Roads",
        "Home   About   Projects   Media   Contact",
        "Media",
        "Republic of Example Islands",
        "Ministry of Rural Roads",
        "",
        "Eleven island bridges to be rebuilt before the rains, ministry announces",
        "",
        "The Ministry of Rural Roads announced on Monday that eleven footbridges damaged in last year's cyclone "
        "would be rebuilt before the wet season begins.",
        "",
        '"Children should not have to wade to school," Minister Paul Temo said.',
    )
    assert title_of(text) == "Eleven island bridges to be rebuilt before the rains, ministry announces"
    assert ruled_title(text) == "Eleven island bridges to be rebuilt before the rains, ministry announces"
    assert reason_of(text, "Republic of Example Islands") == cleaning.MASTHEAD


def test_a_formal_state_name_alone_reads_as_one():
    assert formal_state_name("Republic of the Example Islands")
    assert formal_state_name("GOVERNMENT OF EXAMPLE PROVINCE")
    assert not formal_state_name("State of emergency declared in the capital")


@pytest.mark.parametrize(
    "notes",
    [
        ["For Immediate Release                         Ref: PB/ST/12/2025"],
        ["FOR IMMEDIATE RELEASE", "Reference No.: 2025/041"],
        ["EMBARGOED UNTIL 00:01 FRIDAY"],
    ],
)
def test_a_press_statement_with_no_headline_has_no_title_and_keeps_its_lead(notes):
    text = page(
        "GULLSEA PORT BOARD",
        "Quay Street, Gullsea  •  Tel: (555) 010-2030  •  board@port.example.org",
        "",
        "PRESS STATEMENT",
        "",
        *notes,
        "",
        "Gullsea, 4th June 2025 – The Gullsea Port Board has extended the night ferry service to the island until "
        "the end of October, after a review of passenger numbers.",
        "",
        '"The late sailing is full most nights," the board\'s chair, Mira Tal, said.',
    )
    cleaned = clean_page(text)
    assert read_metadata(cleaned).title == ""
    assert cleaned.body.startswith("Gullsea, 4th June 2025 – The Gullsea Port Board has extended")
    assert "Immediate" not in cleaned.body and "Ref" not in cleaned.body


def test_release_notes_and_contact_lines_read_as_such():
    assert release_note("For Immediate Release   Ref: AB/12/2025")
    assert release_note("Ref: PB/ST/12/2025")
    assert not release_note("For release in May, the band has recorded eleven new songs.")
    assert contact_line("Quay Street, Gullsea • Tel: (555) 010-2030 • board@port.example.org")
    assert contact_line("Press enquiries | 555-010-2030, press@port.example.org")
    assert not contact_line("Phone 15 launch delayed until spring")


@pytest.mark.parametrize(
    "bar",
    ["Join the guild   Member login   Contact", "Donate   Volunteer   Find your branch   Shop"],
)
def test_a_line_of_short_link_labels_set_apart_by_spaces_is_a_menu(bar):
    text = page(
        bar,
        "GTW",
        "Guild of Tram Workers",
        "Your guild   Campaigns   Help at work   News   Branches",
        "News › Statements",
        "Statement",
        "3 June 2025",
        "Tram drivers accept new rota after two months of talks",
        "",
        "Tram drivers in the Guild of Tram Workers voted on Monday to accept a new rota that ends split shifts on "
        "the city's three busiest lines.",
        "",
        '"It is not everything we asked for, but it is a real change," branch secretary Omar Reyes said.',
    )
    assert title_of(text) == "Tram drivers accept new rota after two months of talks"
    assert ruled_title(text) == "Tram drivers accept new rota after two months of talks"
    assert reason_of(text, bar) == cleaning.NAVIGATION


def test_a_byline_set_apart_by_spaces_is_no_menu():
    assert link_labels("Join the guild   Member login   Contact")
    assert not link_labels("Council keeps harbour museum open")
    assert not link_labels("Votes   1,204   Seats   12")
    text = page("Tram drivers accept new rota", "By Ann Lee   Staff Writer   The Tram Times", *STORY)
    cleaned = clean_page(text)
    assert cleaned.authors == ["Ann Lee"]


def test_a_sites_motto_under_its_name_is_not_the_headline():
    text = page(
        "Monday, June 2, 2025",
        "Kestrelnet",
        "News for the Andean community across Scandinavia",
        "Home   Peru   Bolivia   Chile   Community   Opinion",
        "Community",
        "Bolivian choir in Oslo wins national folk music prize",
        "By Lucía Quispe / Kestrelnet",
        "June 2, 2025",
        "",
        "A choir founded by Bolivian families in Oslo won the national folk music prize on Saturday, the first "
        "group from an immigrant community to do so.",
    )
    assert title_of(text) == "Bolivian choir in Oslo wins national folk music prize"
    assert ruled_title(text) == "Bolivian choir in Oslo wins national folk music prize"


@pytest.mark.parametrize(
    "motto",
    ["News for the Andean community across Scandinavia", "Your weekly guide to the county council"],
)
def test_a_motto_saying_whom_the_site_serves_reads_as_a_motto(motto):
    assert reads_as_motto(motto)


def test_a_headline_opening_with_news_of_is_no_motto():
    assert not reads_as_motto("News of the mayor's resignation shocks the council")


def test_a_forwarded_emails_header_is_never_the_title():
    text = page(
        "---------- Forwarded message ---------",
        "From: The Quay Letter <letters@quayletter.example.com>",
        "Date: Wed, Jun 4, 2025 at 7:15 AM",
        "Subject: Ferry news, and a late boat at last",
        "To: <reader@example.org>",
        "",
        "View this email in your browser",
        "",
        "THE QUAY LETTER",
        "Your morning guide to the harbour towns",
        "Wednesday, June 4, 2025 | Issue No. 88",
        "",
        "Port board extends night ferry to Gullsea Island",
        "By Ann Lee",
        *HARBOUR_STORY,
    )
    cleaned = clean_page(text)
    assert read_metadata(cleaned).title == "Port board extends night ferry to Gullsea Island"
    assert "Subject:" not in cleaned.body and "Forwarded" not in cleaned.body


def test_a_from_line_alone_over_a_release_is_still_its_issuer():
    text = page(
        "From: Ministry of Rural Roads",
        "Bridges to be rebuilt before the rains",
        "",
        "The Ministry of Rural Roads announced on Monday that eleven footbridges would be rebuilt before the wet "
        "season begins.",
    )
    assert clean_page(text).issuer == "Ministry of Rural Roads"
