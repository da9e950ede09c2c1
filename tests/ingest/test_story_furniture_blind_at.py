"""Furniture inside and after the story, by the classes the blind pages (tests/data/layouts_blind) showed: the
newsroom's appeals for money, a sponsor's message in a newsletter, a bookmaker's small print, a comment widget's notes,
the labels over a page's fields, a gallery's button, an archived story's age notice and its heading, a source or photo
note in brackets, the desk's credit in brackets, share prompts. Each in shapes of other outlets, beside story lines
that use the same words."""

import pytest

from articles.ingest.cleaning import clean_page, furniture_reason

from .story_under_top import HEADLINE, LEAD, SECOND


def body_of(*lines: str, top: tuple[str, ...] = ()) -> str:
    raw = "\n".join(["The Pier Gazette", HEADLINE, "By Ana Ferreira", "4 March 2025", *top, "", LEAD, "", SECOND])
    return clean_page(raw + "\n\n" + "\n\n".join(lines)).body


@pytest.mark.parametrize(
    "line",
    [
        # appeals for the newsroom's upkeep
        "Quality journalism takes time and money. Back the Pier Gazette from £2 a month.",
        "Local journalism isn't free. Become a supporter today.",
        "Our reporters work hard to bring you the news from every pier. Here is how to keep reading:",
        # a sponsor's message in a newsletter
        "A message from the Harbour Traders Guild: Keep our ports open late. Write to your councillor.",
        "This newsletter is sponsored by Pier Bank.",
        # a bookmaker's small print
        "New players: bet £5, get £20 in free bets. 18+ T&Cs apply. GambleAware.org",
        "Please gamble responsibly. When the fun stops, stop.",
        # a comment widget's notes
        "Comments powered by Talkbox",
        "57 comments are now closed.",
        "Comments not loading? Try turning off your ad blocker.",
        # share prompts and the site's bookmark
        "Sharing is caring!",
        "Quickly share this story with your friends",
        "Help keep your neighbours informed: share this story",
        "Bookmark piergazette.example.com",
        # a gallery's button
        "Open this image in gallery:",
    ],
)
def test_a_newsroom_s_appeals_sponsors_small_print_and_widget_notes_leave_the_story(line):
    body = body_of(line)
    assert line not in body
    assert body.startswith(LEAD) and SECOND in body


@pytest.mark.parametrize("label", ["Short link:", "Keywords:", "Follow topics:", "All reactions:"])
def test_a_field_s_label_under_the_story_leaves_it(label):
    body = body_of(label)
    assert label not in body
    assert SECOND in body


@pytest.mark.parametrize(
    "line",
    [
        "The guild said a message from the minister had been read out: ferries would run.",
        "Bookmakers' adverts will be banned from the ferry terminal, the board said.",
        "She said quality journalism costs money and that the board would fund a newsletter.",
    ],
)
def test_story_lines_using_the_same_words_stay(line):
    assert line in body_of(line, SECOND.replace("years", "months"))


@pytest.mark.parametrize(
    "notice",
    [
        ("Heads up!", "This story was published 12/05/2023 (300 days ago), so some details may have changed."),
        ("Hey there, reader!", "This article was first published more than 400 days ago."),
    ],
)
def test_an_archived_story_s_age_notice_and_its_heading_leave_the_story(notice):
    body = body_of(top=notice)
    assert all(line not in body for line in notice)
    assert body.startswith(LEAD)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("[Source: Ministry of Ports and Harbours of the Island Republic]", "navigation"),
        ("[Sources: Harbour Authority press office and the port's annual report]", "navigation"),
        ("(FILE PHOTO)", "photo credit"),
        ("(PHOTO: HARBOUR NEWS AGENCY)", "photo credit"),
        ("(ILLUSTRATIVE IMAGE - PNA)", "photo credit"),
        ("(Foreign Desk / AB)", "publication credit (where the story first appeared)"),
        ("(Regional Correspondents / CD – Pier Gazette)", "publication credit (where the story first appeared)"),
    ],
)
def test_a_source_or_photo_note_or_the_desk_s_credit_in_brackets_is_furniture(line, reason):
    assert furniture_reason(line) == reason


@pytest.mark.parametrize(
    "line", ["(The vote was 27 to 19.)", "(Ms Lee later withdrew the remark.)", "(PHOTO FINISH AT THE REGATTA.)"]
)
def test_a_story_s_own_aside_in_brackets_is_not_furniture(line):
    assert furniture_reason(line) is None


# --- credits and notes closing the story ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Reporting Project journalists are funded by the Coastal Foundation.",
        "This coverage was made possible in part by a grant from the Island News Fund.",
        "Our reporting is supported by readers like you.",
    ],
)
def test_a_note_on_who_funds_the_reporting_leaves_the_story(line):
    body = body_of(line)
    assert line not in body and SECOND in body


def test_a_story_sentence_on_who_paid_reporters_stays():
    line = "The reporters were paid for by the agency, the board's chair said on Tuesday."
    assert line in body_of(line, SECOND.replace("years", "months"))


@pytest.mark.parametrize(
    "credit",
    ["- with a report from Tom Ruiz, Pier Radio", "With files from Harbour Press", "With reporting by Ida Lund."],
)
def test_a_credit_for_the_reports_the_story_draws_on_leaves_the_story(credit):
    body = body_of(credit)
    assert credit not in body and SECOND in body


@pytest.mark.parametrize(
    ("label", "description"),
    [
        ("WATCH | Board chair explains the night ferry trial:", "Mira Tallis says the trial will run until May. 1:48"),
        ("VIDEO | Night crossings at the north pier", "Crews test the new landing lights on Monday. 0:52"),
    ],
)
def test_a_player_s_item_and_its_description_closed_by_a_running_time_leave_the_story(label, description):
    body = body_of(top=("", label, description))
    assert label not in body and description not in body
    assert body.startswith(LEAD)


@pytest.mark.parametrize(
    "lines",
    [
        ("Все новости порта — в нашем канале.", "Читайте также:", "Паромы выйдут в рейс в мае"),
        ("اقرأ أيضا", "مجلس الميناء يوافق على تجربة العبارات الليلية"),
    ],
)
def test_the_site_s_lines_in_another_script_under_an_english_story_leave_it(lines):
    body = body_of(*lines)
    assert all(line not in body for line in lines)
    assert SECOND in body


# --- a byline run into a long lead ---------------------------------------------------------------------------------

LONG_LEAD = (
    "The harbour board on Tuesday approved a six-month trial of night ferries between the two piers, after shift "
    "workers and hospital staff asked for a crossing after midnight and the council agreed to pay for extra crews "
    "and lighting at both landings for the length of the trial."
)


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By: Kofi A. Mensah", ["Kofi A. Mensah"]),
        ("By Ida Lund", ["Ida Lund"]),
        ("By: Ann-Marie Osei", ["Ann-Marie Osei"]),
    ],
)
def test_a_byline_run_into_a_long_lead_gives_the_author_and_leaves_the_lead_in_the_story(byline, names):
    raw = "\n".join(["The Pier Gazette", HEADLINE, "4 March 2025", f"{byline} {LONG_LEAD}", "", SECOND])
    cleaned = clean_page(raw)
    assert cleaned.authors == names
    assert cleaned.body.startswith(LONG_LEAD)


@pytest.mark.parametrize("slug", ["PNA RS JL", "HNX TR MN OP"])
def test_a_wire_s_name_and_its_desk_s_initials_run_onto_the_last_line_leave_it(slug):
    last = "The board said the trial would start in May."
    body = body_of(f"{last} {slug}")
    assert body.endswith(last)
