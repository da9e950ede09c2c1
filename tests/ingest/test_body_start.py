"""The start of a story's body: a caption closed by the outlet's initials and its photographer is a credit, not
the standfirst, and a lead the rules would have taken for a standfirst (a numbered thread's first post) stays in
the body."""

from articles.ingest.cleaning import clean_page, furniture_reason
from articles.ingest.metadata import read_metadata


def page(*lines: str) -> str:
    return "\n".join(lines)


LEAD = "The harbour board agreed on Tuesday to dredge the western channel before the ferry season begins."
STORY = (
    "",
    LEAD,
    "",
    'The board\'s chair, Ruth Okonkwo, said the work would take six weeks. "We cannot wait another winter," she said.',
    "",
    "Ferry operators had warned that boats would run aground at low tide.",
)


def test_a_caption_closed_by_the_outlets_initials_and_photographer_is_a_credit_not_the_standfirst():
    caption = "Dredgers moored off the western pier on Monday. CDH/Mira Solberg"
    text = page(
        "Coastline Daily Herald",
        "News   Sport   Business   Opinion",
        "Harbour board orders dredging of western channel",
        "Tomas Varga / Coastline Daily Herald Share:",
        caption,
        *STORY,
    )
    cleaned = clean_page(text)
    assert caption not in cleaned.body
    assert cleaned.body.startswith(LEAD)
    assert read_metadata(cleaned).standfirst == ""


def test_two_organisations_joined_by_a_slash_in_a_story_sentence_stay():
    sentence = "The figures come from a survey by the UN/World Bank team published on Monday."
    assert furniture_reason(sentence) is None
    text = page("Harbour board orders dredging of western channel", "By Tomas Varga", *STORY, "", sentence)
    assert sentence in clean_page(text).body


def test_a_numbered_threads_first_post_is_the_lead_not_a_standfirst():
    first_post = (
        "1/ NEW: The harbour board has voted to dredge the western channel before the ferry season, despite "
        "objections from two fishing co-operatives. Apr 2, 2024 · 9:15 AM"
    )
    counts = "💬 1   🔁 7   ❤️ 30"
    text = page(
        "Post",
        "Thread",
        "Tomas Varga",
        "@tvarga_reports",
        "Harbour reporter. Opinions are mine.",
        first_post,
        "💬 4   🔁 20   ❤️ 61",
        "2/ The vote was 5-2. The board's chair said the work would take six weeks and cost less than a new pier.",
        counts,
        "3/ Ferry operators had warned that boats would run aground at low tide if nothing was done this spring.",
        counts,
        "Show replies",
    )
    cleaned = clean_page(text)
    assert cleaned.body.startswith(first_post)
    assert "The vote was 5-2" in cleaned.body
    assert read_metadata(cleaned).standfirst == ""


def test_a_line_numbered_one_over_a_story_not_numbered_two_stays_a_standfirst():
    standfirst = "1/ The first of three pieces on the harbour, its boats and the people who still fish from it"
    text = page(
        "Harbour board orders dredging of western channel",
        standfirst,
        "By Tomas Varga",
        *STORY,
    )
    cleaned = clean_page(text)
    assert cleaned.body.startswith(LEAD)
