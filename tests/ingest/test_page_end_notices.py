"""What press offices, broadcasters, magazines and email newsletters print after the story (page_end): a press
contact block, a sign-up box, a pointer to a bulletin, a newscast's machine transcript, a writer's note after an
end mark, an emailed newsletter's footer. Each rule on invented lines in several wordings, and story sentences on
the same subjects that must stay."""

import pytest

from articles.ingest import cleaning, page_end
from articles.ingest.cleaning import clean_page, furniture_reason
from articles.ingest.text import normalise_whitespace, paragraphs

HEADER = ["Harbour board delays vote on ferry fares", "By Tess Moreau", "April 2, 2025", ""]
STORY = [
    "The harbour board put off a vote on ferry fares on Wednesday after islanders filled the public gallery.",
    '"We owe the islands a proper answer, not a rushed one," board chair Ingrid Solvang said after the meeting.',
    "The board will meet again in three weeks to consider a smaller rise.",
]


def page(*lines: str) -> str:
    return "\n".join(lines)


def reasons(cleaned) -> dict[str, str]:
    return {normalise_whitespace(r.text): r.reason for r in cleaned.removed}


def body_of(*tail: str) -> list[str]:
    return paragraphs(clean_page(page(*HEADER, *STORY, "", *tail)).body)


# Story sentences on the same subjects as the notes below: never furniture, never cut.
STORY_LINES_ON_THE_SAME_SUBJECTS = [
    "Press inquiries to the ministry went unanswered for most of the week.",
    "Media enquiries about the closure rose sharply after the video spread, the council said.",
    "Stay informed, the fire chief told residents, and keep a bag packed.",
    "Residents should sign up for the flood alerts by email, the council said.",
    "Sign-ups for the text alerts doubled in March.",
    "Listen to the farmers before you pass this law, the bishop urged.",
    "Listeners heard the full report on the morning bulletin, the station said.",
    "Watch the river levels closely this weekend, officials warned.",
    "The clerk forwarded the email to police on Monday.",
    "Did the mayor forward the complaint? Nobody at city hall would say.",
    "Automatic captions for the hearing were requested by the clerk.",
    "The transcript of the meeting runs to forty pages.",
    "Was the page ever published? Nobody at the agency could say.",
]


@pytest.mark.parametrize("line", STORY_LINES_ON_THE_SAME_SUBJECTS)
def test_story_sentences_about_contacts_sign_ups_and_broadcasts_stay(line):
    assert furniture_reason(line) is None
    assert body_of(line) == [*STORY, line]


# --- press contacts ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Media contact:",
        "Media Contacts",
        "Press contact: Olu Bankole, communications officer",
        "Press Inquiries | 555-0190, pressdesk@example.gov",
        "Media enquiries: Press Officer, 020 7946 0011, media@example.org.uk",
        "For media inquiries, please contact: news@example.edu",
        "For press enquiries contact the communications team.",
        "Contacts for the press",
        "Media relations: +1 555 010 2000",
    ],
)
def test_press_contact_lines(line):
    assert page_end.press_contact(line)
    assert furniture_reason(line) == cleaning.PRESS_CONTACT


def test_a_press_contact_block_leaves_with_its_details_and_the_story_stays():
    block = ["Media contact:", "Office of Communications", "Port Alwyn Harbour Board", "press@example.org", "555-0134"]
    assert body_of(*block) == STORY
    cleaned = clean_page(page(*HEADER, *STORY, "", *block))
    assert reasons(cleaned)["Port Alwyn Harbour Board"] == cleaning.PRESS_CONTACT
    # a blank line ends the block: the paragraph after it is the page's again
    after = "The board will publish its papers a week before the next meeting."
    assert body_of("Media contact:", "Desk officer", "", after) == [*STORY, after]


def test_media_relations_alone_is_no_contact_heading():
    assert not page_end.press_contact("Media relations")
    assert not page_end.press_contact("Press inquiries have doubled since January.")


# --- the page asking about itself --------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Was this page helpful?   Yes   No", "Did you find this article useful? Yes | No", "Is this information helpful?"],
)
def test_page_feedback_prompts(line):
    assert page_end.page_feedback(line)
    assert body_of(line) == STORY


# --- a newsletter's sign-up box ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Stay Informed!",
        "Keep in touch",
        "Stay in the loop",
        "Please enter your email address below to join the board's mailing list.",
        "Enter your email to get our weekly briefing.",
        "Sign up to receive our press releases by email.",
        "Subscribe for breaking alerts in your inbox.",
        "Get the best of the Island Courier in your inbox.",
        "Have our morning briefing delivered to your inbox.",
        "Email Address",
        "First Name*",
        "Your email:",
    ],
)
def test_sign_up_box_lines(line):
    assert page_end.signup_box_line(line)
    assert furniture_reason(line) == cleaning.PROMPT


def test_a_sign_up_box_after_the_story_leaves_whole():
    box = [
        "Stay Informed!",
        "Please enter your email address below to hear from the board.",
        "Email Address",
        "Subscribe",
    ]
    assert body_of(*box) == STORY


# --- a broadcaster's pointers -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Listen to the full report in our 6 p.m. news bulletin.",
        "Watch the complete interview on Island Tonight at 7 p.m.",
        "Hear more on the Breakfast Show tomorrow.",
        "Catch the rest of this story in our midday newscast.",
        "▶ Listen Live",
        "Watch Live",
        "Listen now",
    ],
)
def test_broadcast_pointers(line):
    assert page_end.broadcast_pointer(line)
    assert body_of(line) == STORY


# --- a newscast's machine transcript -----------------------------------------------------------------


def test_a_speech_to_text_transcript_in_lowercase_leaves_the_body():
    transcript = [
        "Speech to Text for Harbour board delays vote on ferry fares",
        "the harbour board has put off its vote on ferry fares... islanders packed the gallery.",
        "the board meets again in three weeks.",
        "",
        "ISLANDERS SAY THEY WILL BE BACK.",
        "",
        "Copyright 2025 Island Television. All rights reserved.",
    ]
    cleaned = clean_page(page(*HEADER, *STORY, "", *transcript))
    assert paragraphs(cleaned.body) == STORY
    assert reasons(cleaned)["the board meets again in three weeks."] == cleaning.TRANSCRIPT
    assert page_end.transcript_heading("Automated transcript:")
    assert page_end.transcript_heading("Closed captioning for Ferry fares vote")


def test_a_story_paragraph_in_sentence_case_after_a_transcript_stays():
    line = "The board's papers are published on its website a week before each meeting."
    transcript = ["Speech to Text for Ferry fares", "the vote was put off tonight.", "", line]
    assert body_of(*transcript) == [*STORY, line]


# --- a magazine's end mark and the writer's note -----------------------------------------------------


def test_the_writers_note_after_an_end_mark_leaves_the_body():
    last = "Whatever the board decides, the islands will remember who came to listen. ■"
    cleaned = clean_page(page(*HEADER, *STORY, last, "", "Tess Moreau is The Island Quarterly's transport writer."))
    assert paragraphs(cleaned.body) == [*STORY, last]
    assert page_end.journalist_bio_name("Tess Moreau is The Island Quarterly's transport writer.") == "Tess Moreau"


def test_a_quotation_after_an_end_mark_keeps_the_lines_after_it():
    last = "The vote was put off. ■"
    quote = '"We will be back," said Ferris Oduya, who rows to the meetings.'
    assert body_of(last, quote) == [*STORY, last, quote]


# --- an emailed newsletter's footer --------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Forwarded this email? Subscribe here for more.",
        "Was this newsletter forwarded to you? Sign up here.",
        "Did someone forward you this email? Get your own copy.",
        "You received this email because you signed up for Harbour Notes.",
        "You are receiving this newsletter as a member of the ferry users' group.",
        "This email was sent to reader@example.com",
        "Unsubscribe | Update your preferences",
        "Manage your subscriptions   Unsubscribe",
    ],
)
def test_email_footer_lines(line):
    assert page_end.email_footer(line)
    assert body_of(line) == STORY
