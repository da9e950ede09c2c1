"""Outlets of classes the blind layout pages (tests/data/layouts_blind) missed, each in shapes of other outlets' pages
than the blind page's own (stop 41, helper `au`): a support appeal in the masthead's place, a logo in capitals, a
name beside its initials that the copyright spells in full, a little-known wire's initials spelt out on the page
(a famous wire's kept), a news service that is the publisher's own name, a writer's post after the byline's name, a
ticker, motto or language line over the name, a story that says who it was told to, a source line under a story
its own writer signs, and a messaging platform over the channel it carries."""

import pytest

from articles.ingest.cleaning import clean_page
from articles.ingest.metadata import read_metadata

HEADLINE = "Council approves new bus lanes for the ring road"
STORY = [
    "",
    "The city council approved two new bus lanes on the ring road on Tuesday after a long debate, its leader said.",
    "",
    '"Buses will be quicker, and the road will be safer," councillor Mira Hallett said after the vote.',
    "",
    "Work on the lanes is due to begin in the autumn and take about a year.",
    "",
]


def page(*top: str, story: list[str] | None = None, end: tuple[str, ...] = ()) -> str:
    return "\n".join([*top, *(STORY if story is None else story), *end])


def outlet_of(text: str) -> str:
    return read_metadata(clean_page(text)).outlet


def test_a_support_appeal_printed_where_the_masthead_goes_names_the_site_it_asks_readers_to_back():
    pitch = ("Back our reporting from £3 a month", "Support us", "Sign in", "News  Opinion  Sport  Culture", "")
    assert outlet_of(page("Support the Lakeside Ledger", *pitch, "Transport", "", HEADLINE)) == "The Lakeside Ledger"
    plea = ("Independent news needs readers like you", "Donate", "Log in", "News  Opinion  Sport", "")
    assert outlet_of(page("Support Riverbend Voice", *plea, HEADLINE)) == "Riverbend Voice"


def test_a_logo_in_capitals_is_named_as_the_site_writes_itself_in_its_notices():
    wire = page(
        "MERIDIAN WIRE",
        "World  Politics  Business  Science",
        HEADLINE,
        "By ANA COSTA",
        end=("Meridian Wire writer Tom Ruiz contributed to this report.", "", "Copyright 2024 The Meridian Wire."),
    )
    assert outlet_of(wire) == "The Meridian Wire"
    paper = page(
        "HARBOUR LANTERN",
        "News",
        "Sport",
        HEADLINE,
        end=("Follow Harbour Lantern on social media", "© 2024 Harbour Lantern"),
    )
    assert outlet_of(paper) == "Harbour Lantern"


@pytest.mark.parametrize("masthead", ["Delta Press Service - DPS", "DPS – Delta Press Service"])
def test_a_name_beside_its_initials_is_the_outlet_when_the_copyright_spells_it_in_full(masthead):
    story = ["", f"PORT ELLEN, May 2 (DPS) – {STORY[1]}", *STORY[2:]]
    assert outlet_of(page(masthead, "Home | Local | World", HEADLINE, story=story, end=("© 2024 Delta Press Service",)))
    full = page(masthead, "Home | Local | World", HEADLINE, story=story, end=("© 2024 Delta Press Service",))
    assert outlet_of(full) == "Delta Press Service"
    # the page signs its notice with the initials too: the initials stand, as agencies sign their copy
    signed = page(masthead, "Home | Local | World", HEADLINE, story=story, end=("© 2024 DPS. All rights reserved.",))
    assert outlet_of(signed) == "DPS"


def test_a_little_known_wires_initials_in_the_dateline_are_spelt_out_as_the_page_prints_its_name():
    story = ["", f"PORT LOUIS, May 2 (CUW) {STORY[1]}", *STORY[2:]]
    carried = page(
        "Island Today Live", "Home » News", "", HEADLINE, "", "Coastal Union Wire", "May 2, 2024", story=story
    )
    assert outlet_of(carried) == "Coastal Union Wire"
    agency = ["", f"HARBOUR CITY, June 4 (NAT) — {STORY[1]}", *STORY[2:]]
    joined = page("Morning Portal", "News", "World", HEADLINE, "News Agency of Tarsia", story=agency)
    assert outlet_of(joined) == "News Agency of Tarsia"


def test_a_famous_wires_initials_stay_though_the_byline_spells_the_wire_out():
    story = ["", f"NAIROBI, Kenya (AP) — {STORY[1]}", *STORY[2:]]
    station = page("KWXA 9 News", "Watch Live", "Weather", HEADLINE, "by ANA COSTA Associated Press", story=story)
    assert outlet_of(station) == "AP"
    french = ["", f"DAKAR, Senegal (AFP) — {STORY[1]}", *STORY[2:]]
    portal = page("Sahel Portal", "News", "Africa", HEADLINE, "By Ana Costa, Agence France-Presse", story=french)
    assert outlet_of(portal) == "AFP"


def test_a_news_service_whose_copyright_holds_the_same_name_is_the_outlet_whole():
    own = page(
        "News",
        "Sport",
        "Arts",
        HEADLINE,
        "Ana Costa",
        "Prairie News Service",
        end=("© 2024 Prairie News Service Inc.",),
    )
    assert outlet_of(own) == "Prairie News Service"
    services = ("Copyright © 2024 Tidewater News Services Ltd. Halifax",)
    plural = page("Archive", "Tenders", HEADLINE, "Ana Costa and Tom Ruiz", "Tidewater News Services", end=services)
    assert outlet_of(plural) == "Tidewater News Services"


@pytest.mark.parametrize("post", ["Local Democracy Reporter", "Community Affairs Reporter", "Night Picture Editor"])
def test_a_writers_post_after_the_name_in_a_byline_is_not_the_outlet(post):
    byline = (f"By Ana Costa, {post}", "March 5 2024, 5.46pm")
    text = page("News", "Sport", "Opinion", "", HEADLINE, "", *byline, end=("© 2024 Glen Herald",))
    assert outlet_of(text) == "Glen Herald"
    # a paper whose name ends like a post is still the paper: 'Ana Costa - The Example Star'
    assert (
        outlet_of(page("Nation", HEADLINE, "Ana Costa - The Glen Star", "March 13, 2024 | 12:00am")) == "The Glen Star"
    )


def test_a_name_over_the_menu_is_read_past_a_score_ticker_or_a_motto_in_capitals_over_it():
    ticker = "LIVE  Harbour FC 1-0 Port Rovers 55'  |  Lake United 2-2 Hill City FT  |  Bay Town 0-1 Vale HT"
    sport = page(ticker, "Goalmouth Kenya", "Home | Football | Rugby | Athletics | Fixtures", "Football", HEADLINE)
    assert outlet_of(sport) == "Goalmouth Kenya"
    motto = "THE NEWSPAPER OF THE FARMERS' UNION OF THE NORTHERN PROVINCE SINCE 1921"
    organ = page(motto, "ENGLISH FRANÇAIS", "Field Tribune", "Farming  Markets  Weather  Opinion", HEADLINE)
    assert outlet_of(organ) == "Field Tribune"


@pytest.mark.parametrize("service", ["News in English", "The latest from Sweden in English", "English Service"])
def test_a_name_over_the_line_that_says_its_service_writes_in_english_is_the_outlet(service):
    dates = ("Published: 12 March 2024 10:41 CET", "Updated: 12 March 2024 11:02 CET", "")
    foot = [*STORY, "Reporting by Ana Costa", "", "Read also: Ferry fares to rise in April", "Join our newsletter"]
    assert (
        outlet_of(page("The Nordic Dispatch Sweden", service, HEADLINE, *dates, story=foot))
        == "The Nordic Dispatch Sweden"
    )


def test_a_site_the_story_says_a_speaker_spoke_to_is_the_site_not_a_topic():
    told = [*STORY, '"We will not wait," the coach told Goalmouth Kenya on Monday.', ""]
    text = page("Goalmouth Kenya", "Home | Football | Rugby | Athletics", HEADLINE, story=told)
    assert outlet_of(text) == "Goalmouth Kenya"
    interview = [*STORY, "In an interview with Goalmouth Kenya, the minister said the audit would take weeks.", ""]
    assert outlet_of(page("Goalmouth Kenya", "Home | Football | Rugby", HEADLINE, story=interview)) == "Goalmouth Kenya"


def test_a_copyright_company_names_the_paper_printed_over_the_byline_of_a_page_with_no_headline_line():
    icons = (
        "Icons: Menu Three lines. Search A magnifying glass. Close A cross. Share An arrow leaving a box. Clock A face."
    )
    top = (icons, "Skip to main content", "The Lakeside Record", "Subscribe", "Log in", "", "By Ana Costa", "")
    assert outlet_of(page(*top, end=("© Lakeside Record Media Ltd 2024",))) == "The Lakeside Record"
    menu = ("Skip to content", "Valley Sentinel", "News", "Sport", "", "By Tom Ruiz", "")
    assert outlet_of(page(*menu, end=("© 2024 Valley Sentinel Media Group",))) == "Valley Sentinel"


def test_a_source_line_under_a_story_its_own_writer_signs_is_where_the_facts_came_from():
    own = page(
        "Danube Daily",
        "Politics | Economy | Culture",
        HEADLINE,
        "By Ana Costa",
        end=("Source: ENA", "© 2025 Danube Daily"),
    )
    assert outlet_of(own) == "Danube Daily"
    service = page("Tallinn Times", "News | Business", HEADLINE, "By Ana Costa", end=("Source: Baltic Wire Service",))
    assert outlet_of(service) == "Tallinn Times"
    unsigned = page(
        "Danube Daily", "Politics | Economy | Culture", HEADLINE, end=("Source: ENA", "© 2025 Danube Daily")
    )
    assert outlet_of(unsigned) == "ENA"  # no writer of the site's own: the agency wrote it (issue 18's convention)
    wire = page("Danube Daily", "Politics | Economy | Culture", HEADLINE, "By Ana Costa", end=("Source: Reuters",))
    assert outlet_of(wire) == "Reuters"  # a wire's name at the foot credits the wire, whoever is named above


def test_a_messaging_platform_over_a_channel_is_not_the_outlet_the_channel_is():
    chat = page("Pulse Messenger", "Harbour Bulletin", "5 310 followers", "Open in Pulse Messenger", "", HEADLINE)
    assert outlet_of(chat) == "Harbour Bulletin"
    invited = ("If you have Pulse Messenger, you can view and join Steppe Wire right away.", "")
    preview = page("Pulse Messenger", "Steppe Wire", "@steppewire", "18 204 subscribers", *invited, HEADLINE)
    assert outlet_of(preview) == "Steppe Wire"
    # a site's own app is named so on its own page: the site stays
    assert outlet_of(page("Harbour Bulletin", "Open in the Harbour Bulletin app", HEADLINE)) == "Harbour Bulletin"


def test_a_logos_words_run_together_are_the_name_the_page_prints_spaced():
    paper = page("TheHarbourTimes", "", HEADLINE, "By Ana Costa", end=("Share the best of The Harbour Times today.",))
    assert outlet_of(paper) == "The Harbour Times"
    weekly = page("LakesideHerald", "", HEADLINE, end=("Follow Lakeside Herald on social media for more",))
    assert outlet_of(weekly) == "Lakeside Herald"
    # run-together words the page never prints spaced are no name it gives itself
    assert outlet_of(page("RiverValleyPost", "", HEADLINE)) != "River Valley Post"
