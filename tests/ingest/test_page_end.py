"""What a site prints after the story (articles/ingest/page_end.py) and how clean_page uses it: each rule on
invented lines in several sites' wordings, and story sentences on the same subjects that must stay."""

import pytest

from articles.ingest import cleaning, page_end
from articles.ingest.cleaning import clean_page, furniture_reason
from articles.ingest.text import normalise_whitespace, paragraphs

STORY = [
    "The council approved the budget on Tuesday after a long debate over housing.",
    '"We have done what we promised," council leader Maud Ellery said after the vote.',
    "Opposition members said the plan left too many questions unanswered.",
]
HEADER = ["Council approves budget after long debate", "By Ann Lee", "March 4, 2025", ""]

# Story sentences about comments, subscribers, republishing, print and networks: never furniture.
STORY_LINES_ON_THE_SAME_SUBJECTS = [
    "The council received 612 comments on the application, almost all of them opposed.",
    "Comments on the draft rule closed on Friday.",
    "Public comments on the plan are closed until April.",
    "Commenting on the decision, the mayor said the town would appeal.",
    "The hospital published its figures last month but said it would not republish them until an audit was done.",
    "The group released its photos under a Creative Commons licence on Monday.",
    "We will republish our stories in print every Sunday, the editor said.",
    "Filed under seal, the documents show the company knew of the leak.",
    "Posted in a video on Facebook, the message urged residents to leave.",
    "Topics included housing, schools and the budget deficit, which grew by 4% last year.",
    "The newspaper is part of the Example Media Group, whose editor said it keeps editorial independence.",
    "Only subscribers can read the full report online, the company said.",
    "The full text of the ruling is available to subscribers of the court's online service.",
    "A version of the bill appeared in the state register last week.",
    "Readers' comments on the proposal did not reflect the views of the wider town, the mayor said.",
    "The paper is not responsible for the delay, its editor told readers.",
]


def page(*lines: str) -> str:
    return "\n".join(lines)


def reasons(cleaned) -> dict[str, str]:
    return {normalise_whitespace(r.text): r.reason for r in cleaned.removed}


@pytest.mark.parametrize("line", STORY_LINES_ON_THE_SAME_SUBJECTS)
def test_story_sentences_about_comments_subscribers_or_republishing_stay(line):
    assert furniture_reason(line) is None
    cleaned = clean_page(page(*HEADER, *STORY, line))
    assert paragraphs(cleaned.body) == [*STORY, line]


# --- categories and tags -------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Categories: Politics, Europe",
        "Filed Under: Schools, Town Hall",
        "Tagged With: four-day week, school board, teachers",
        "Posted in: City Hall",
        "Keywords: rail; ports",
        "Related topics: Oman | solar energy",
        "Labels: health",
        "Posted in Local News, Politics",
        "Tags: budget · housing · council",
    ],
)
def test_categories_and_tags_lines(line):
    assert page_end.taxonomy_line(line)
    assert furniture_reason(line) in (cleaning.TAXONOMY, cleaning.NAVIGATION, cleaning.RELATED_LINK)


def test_a_taxonomy_label_over_a_clause_is_story():
    assert not page_end.taxonomy_line("Filed under seal, the documents show the company knew of the leak.")
    assert not page_end.taxonomy_line("Posted in a video on Facebook, the message urged residents to leave.")
    assert not page_end.taxonomy_line("Tags on the cattle will be checked at the border.")


# --- the state of the comments and what the site says of them ----------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Comments are closed.",
        "Commenting for this story is now closed",
        "Commenting on this article has now closed.",
        "Comments for this post are now closed.",
        "Commenting has been disabled for this article.",
        "This discussion is now closed.",
        "The comment section is closed for this article.",
        "We have closed comments on this story.",
    ],
)
def test_comments_closed_notes(line):
    assert page_end.comments_closed(line)
    assert furniture_reason(line) in (cleaning.READERS_COMMENTS, cleaning.NAVIGATION)


@pytest.mark.parametrize(
    "line",
    [
        "Disclaimer: The comments posted by readers on this site are their own and do not necessarily reflect the "
        "views of the Example Star.",
        "The views expressed in the comments below are those of our readers and not of the Example Echo.",
        "Comments are moderated. Readers' comments reflect their own views; the Example Sentinel does not endorse "
        "them.",
        "Example Courier is not responsible for the views of readers posted below.",
        "Comments are the sole responsibility of their authors.",
    ],
)
def test_comments_disclaimers_naming_the_site(line):
    assert page_end.comments_disclaimer(line)
    assert furniture_reason(line) == cleaning.NOTICE


# --- readers' comments ---------------------------------------------------------------------------------


def test_signed_comments_with_time_stamps_and_reply_links_leave_the_body_with_their_heading():
    comments = [
        "What readers are saying",
        "Gustavo R.",
        "March 6, 2025 at 9:14 am",
        "Every year they promise “the lines will be shorter” and every year I queue.",
        "Reply",
        "Marta Q.",
        "March 6, 2025 at 11:02 am",
        "I was told to “come back in May”.",
        "Reply",
    ]
    cleaned = clean_page(page(*HEADER, *STORY, "", *comments))
    assert paragraphs(cleaned.body) == STORY
    assert reasons(cleaned)["I was told to “come back in May”."] == cleaning.READERS_COMMENTS
    assert reasons(cleaned)["What readers are saying"] == cleaning.READERS_COMMENTS
    # a comment's time stamp dates the comment, not the story
    assert all(cleaned.raw_lines[no] != "March 6, 2025 at 9:14 am" for no in cleaned.date_lines)


def test_says_signatures_under_a_thoughts_on_heading_and_handles_under_have_your_say():
    wordpress = [
        "2 thoughts on “Council approves budget after long debate”",
        "Darlene K. says:",
        "March 7, 2025 at 9:41 pm",
        "Nobody asked the parents.",
        "Rob F. says:",
        "March 8, 2025 at 7:15 am",
        "Good call.",
    ]
    assert paragraphs(clean_page(page(*HEADER, *STORY, "", *wordpress)).body) == STORY
    regional = [
        "Have your say",
        "The views expressed in the comments below are those of our readers and not of the Example Echo.",
        "Pete_from_Tewkes",
        "2 hours ago",
        '"Nobody voted lightly" – tell that to the people whose gardens flood.',
        "Report",
    ]
    assert paragraphs(clean_page(page(*HEADER, *STORY, "", *regional)).body) == STORY


def test_blog_comments_signed_says_with_reply_links_and_no_time_stamps():
    comments = ["Darlene K. says:", "Nobody asked the parents.", "Reply", "Rob F. says:", "Good call.", "Reply"]
    assert paragraphs(clean_page(page(*HEADER, *STORY, "", *comments)).body) == STORY
    # a story's "The minister said:" over a quotation is no comment
    speech = ["The minister said:", "We will build the road.", "Her opponent said:", "We will not pay for it."]
    assert paragraphs(clean_page(page(*HEADER, *STORY, *speech)).body) == [*STORY, *speech]


def test_a_counted_comments_heading_starts_the_comments_without_time_stamps():
    comments = ["Comments 86", "Readers' Picks", "Ellis M. | Fenwick Falls", "Leaky mains, not a dam.", "Build it."]
    assert paragraphs(clean_page(page(*HEADER, *STORY, "", *comments)).body) == STORY
    # a count beside the byline, over story paragraphs, heads nothing
    count_over_story = clean_page(page(*HEADER, STORY[0], "2 Responses", *STORY[1:]))
    assert paragraphs(count_over_story.body) == STORY
    assert page_end.counted_comments_heading("2 Responses")
    assert page_end.counted_comments_heading("3 thoughts on “Council approves budget”")
    assert not page_end.counted_comments_heading("3 responses to the flood were discussed on Monday.")


def test_a_live_page_with_times_between_entries_is_no_comment_thread():
    entries = ["___.", "2:10 p.m.:", "The mayor says the vote will go ahead.", "___.", "2 p.m.:", "More to come."]
    cleaned = clean_page(page(*HEADER, *STORY, *entries))
    assert "The mayor says the vote will go ahead." in cleaned.body and "More to come." in cleaned.body
    assert cleaning.READERS_COMMENTS not in reasons(cleaned).values()


def test_a_live_page_with_signed_and_timed_entries_is_no_comment_thread():
    entries = [
        "Ann Lee",
        "2 hours ago",
        "The mayor has arrived at the town hall.",
        "Share",
        "Tom Ruiz",
        "3 hours ago",
        "Crowds are gathering outside.",
    ]
    cleaned = clean_page(page(*HEADER, *STORY, "", *entries))
    assert "The mayor has arrived at the town hall." in cleaned.body
    assert cleaning.READERS_COMMENTS not in reasons(cleaned).values()


def test_comment_actions():
    for line in ["Reply", "Report", "Reply · 4 likes", "Like · Reply · 2d", "Reply ↓", "Report abuse"]:
        assert page_end.comment_action(line), line
    for line in ["4 likes", "2d", "Share", "Share this story with a friend", "Reply to the council by Friday."]:
        assert not page_end.comment_action(line), line


def test_commenter_lines():
    for line in ["Gustavo R.", "Darlene K. says:", "Pete_from_Tewkes", "Ellis M. | Fenwick Falls", "Sarah N., Jinja"]:
        assert page_end.commenter_line(line), line
    for line in ["___.", "The end.", "He said:", "The council approved the budget on Tuesday."]:
        assert not page_end.commenter_line(line), line


# --- republishing, network, print and wire notes --------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "REPUBLISH",
        "Republish this story",
        "Our reporting may be reprinted free of charge, online or in print, under a Creative Commons BY-NC-ND 4.0 "
        "licence.",
        "Want to share our work? You can republish this article for free under a Creative Commons licence.",
        "This story is licensed under Creative Commons CC BY-ND 4.0.",
    ],
)
def test_republishing_terms(line):
    assert page_end.republishing_notice(line)
    assert furniture_reason(line) == cleaning.COPYRIGHT_NOTICE


@pytest.mark.parametrize(
    "line",
    [
        "Example Report belongs to Example Statehouse Network, a nonprofit group of state newsrooms. For questions, "
        "contact Editor Jo Banks: info@example.org.",
        "Example Current is part of Example Newsroom, a nonprofit news network. Example Current maintains editorial "
        "independence.",
        "The Ridge Record is a member of the Hill Country News Collective. Questions about this story? Contact "
        "managing editor Tom Ruiz at tom@example.org.",
    ],
)
def test_network_notes(line):
    assert page_end.network_note(line)
    assert furniture_reason(line) == cleaning.SITE_NOTE


@pytest.mark.parametrize(
    "line",
    [
        "A version of this report ran on page 2 of the March 7, 2025 print edition of The Example Post.",
        "A version of this article appeared in print on March 11, 2025, Section A, Page 14 of the City edition with "
        "the headline: Dam Plan Splits River Towns.",
        "Published in the March 8, 2025 print edition of The Example Sentinel, page 3.",
        "A version of this story appears in the print on March 3, 2024, of The Example Post.",
        "Printed in the Saturday edition, page 12.",
    ],
)
def test_print_edition_notes(line):
    assert page_end.print_edition_note(line)
    assert furniture_reason(line) == cleaning.PUBLICATION_CREDIT


@pytest.mark.parametrize(
    "line",
    [
        "Only a selection of the news that Example Agency sends to its subscribers appears on this website, in "
        "shortened form. Please contact us for subscription options.",
        "This is an abridged version of a report distributed to subscribers of the EXA wire service.",
        "Only a part of the news offered to subscribers through our news system is published on the website.",
    ],
)
def test_wire_subscribers_notes(line):
    assert page_end.wire_subscribers_note(line)
    assert furniture_reason(line) == cleaning.NOTICE


def test_editors_initials_closing_a_wire_story():
    for line in ["(MPA) KS/TL", "KS/TL", "(EXA) - ab/CD"]:
        assert page_end.editors_initials(line), line
        assert furniture_reason(line) == cleaning.END_MARK
    for line in ["and/or", "24/7", "The AC/DC concert was cancelled."]:
        assert not page_end.editors_initials(line), line


# --- related lists ----------------------------------------------------------------------------------


def test_labelled_headlines_in_a_related_list_leave_the_body():
    related = [
        "You may also like",
        'Letters: "Leave our reef to the fishermen who know it."',
        "Editorial: A harbour worth having, but not at any price.",
        "Wharf fees to rise for cargo ships from July",
        "Opinion: Who speaks for the villages?",
    ]
    cleaned = clean_page(page(*HEADER, *STORY, "", *related))
    assert paragraphs(cleaned.body) == STORY
    assert reasons(cleaned)["Opinion: Who speaks for the villages?"] == cleaning.RELATED_HEADLINES


def test_bulleted_labelled_headlines_under_a_related_heading_leave_the_body():
    related = ["Related", "• Letters: Keep the ferry running.", "• Opinion: Who pays for the wharf?"]
    assert paragraphs(clean_page(page(*HEADER, *STORY, "", *related)).body) == STORY


def test_more_on_a_subject_heads_its_links():
    related = ["More on the Kessel River", "Opinion | A Dam Is a Bad Bargain", "Letters: Readers on the dam."]
    assert paragraphs(clean_page(page(*HEADER, *STORY, "", *related)).body) == STORY
    assert page_end.more_on_heading("More about Bengaluru Metro")
    assert not page_end.more_on_heading("More on that later, the mayor said.")


def test_labelled_links():
    assert page_end.labelled_link("Letters: Readers on the dam: “Think of the trout.”")
    assert page_end.labelled_link("Opinion | A dam is a bad bargain")
    assert not page_end.labelled_link("Opinions differed on the dam, the mayor said.")


# --- the author's bio -----------------------------------------------------------------------------


def test_a_journalist_bio_closing_the_page_leaves_the_body():
    bio = "Ann Lee reports on local government for the Example Signal. She lives in Harlow."
    cleaned = clean_page(page(*HEADER, *STORY, "", bio))
    assert reasons(cleaned)[bio] == cleaning.AUTHOR_NOTE
    assert paragraphs(cleaned.body) == STORY


def test_a_bio_under_the_name_in_capitals_leaves_with_it_even_with_no_byline():
    bio = ["RUTH ZELL", "Ruth Zell has covered the legislature for the Report since 2021."]
    cleaned = clean_page(page("Council approves budget after long debate", "March 4, 2025", "", *STORY, "", *bio))
    assert paragraphs(cleaned.body) == STORY
    assert reasons(cleaned)["RUTH ZELL"] == cleaning.AUTHOR_NOTE


def test_a_reporter_the_story_is_about_stays():
    lines = [
        "Police detained reporter Mark Chen outside the court on Monday.",
        "Mark Chen is a reporter for the Example Times who has covered the trial since January.",
    ]
    cleaned = clean_page(page(*HEADER, *STORY, *lines))
    assert paragraphs(cleaned.body) == [*STORY, *lines]


def test_journalist_bio_names():
    assert page_end.journalist_bio_name("Dana Ortiz covers state government for Example Public Media.") == "Dana Ortiz"
    assert page_end.journalist_bio_name("Ann Lee is a staff writer at The Example Review.") == "Ann Lee"
    assert page_end.journalist_bio_name("Jane Doe is a nurse at the clinic.") == ""
    assert page_end.journalist_bio_name("Jo Park covers the cost of the repairs herself, she said.") == ""
    assert page_end.journalist_bio_name("Mark Chen, a reporter for the Example Times, was detained.") == ""


# --- counters, appeals, archive notes and credited captions ------------------------------------------


@pytest.mark.parametrize(
    "line", ["views: 1,318", "Hits: 1532", "link: https://example.kg/news/123", "Short URL: www.ex.am/x"]
)
def test_page_counters_and_addresses(line):
    assert page_end.page_metric(line)
    assert furniture_reason(line) == cleaning.END_MARK


@pytest.mark.parametrize(
    "line",
    [
        "Do you have a story or photos from your community? Send them to news@example.gy.",
        "Got a news tip? Email our newsroom.",
        "Send us your photos of the storm.",
        "Example News depends on readers like you. Please support our independent reporting with a donation today.",
        "Help us keep reporting: become a member.",
    ],
)
def test_the_site_asking_readers_for_news_or_money(line):
    assert page_end.readers_appeal(line)
    assert furniture_reason(line) == cleaning.PROMPT


@pytest.mark.parametrize(
    "line",
    [
        "You can donate to the flood appeal at any post office.",
        "The charity asked people to support our farmers, she said.",
        "Residents who have photos of the flood were asked to send them to the council.",
        "Views of the harbour will be kept, the council said.",
        "Link roads to the port will close on Friday.",
    ],
)
def test_story_lines_about_donations_photos_or_links_stay(line):
    assert not page_end.readers_appeal(line) and not page_end.page_metric(line)
    assert paragraphs(clean_page(page(*HEADER, *STORY, line)).body) == [*STORY, line]


def test_archive_notices_and_captions_closed_by_their_credit():
    assert furniture_reason("This page has been archived and is no longer updated.") == cleaning.NOTICE
    assert not page_end.archive_notice("The page was archived by the library, researchers said.")
    caption = (
        "Passengers board the ferry at the stelling on Wednesday morning, as the ministry announced extra sailings "
        "for the holiday weekend. PHOTO: EXP/Ann Lee"
    )
    assert page_end.caption_with_credit(caption)
    cleaned = clean_page(page(*HEADER, STORY[0], caption, *STORY[1:]))
    assert paragraphs(cleaned.body) == STORY
    assert not page_end.caption_with_credit("The minister said the photo would be published on Friday.")
