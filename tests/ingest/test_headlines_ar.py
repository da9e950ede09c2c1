"""Where the story starts, on layouts the ar batch added (tests/data/layouts/ar01–ar20): a headline broken after a dash
over a 'Name | Paper' credit; a headline ending with the site's name after a dash; a topic in capitals run into the
headline; a translated page's original headline over the English one; a newsletter's mail subject as its only
headline; a blog account's 'Posted by Admin on DATE'. Each class beside look-alikes that keep their reading."""

import pytest

from articles.ingest.cleaning import clean_page, in_other_language
from articles.ingest.dates import parse_date_line
from articles.ingest.metadata import read_metadata

from .story_under_top import HEADLINE, metadata, page

# --- a headline broken over two lines ---------------------------------------------------------------------------


def test_a_headline_broken_after_a_dash_over_a_name_and_paper_credit_is_joined():
    top = ("THE PIER GAZETTE", "Night ferries to start in May -", "but only on weekdays")
    meta = metadata(*top, "Ana Ferreira | The Pier Gazette", "4 March 2025")
    assert meta.title == "Night ferries to start in May - but only on weekdays"
    assert meta.authors == ["Ana Ferreira"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Night ferries:", "board approves a six-month trial"),  # short, the rest in lower case
        ("Harbour board night ferries:", "Trial approved for six months"),  # a capital after the colon
        ("Harbour board night ferries –", "Trial approved for six months"),  # after a dash
    ],
)
def test_a_headline_broken_after_a_colon_or_dash_is_joined(first, second):
    meta = metadata("The Pier Gazette", first, second, "By Ana Ferreira", "4 March 2025")
    assert meta.title == f"{first} {second}"


@pytest.mark.parametrize("label", ["Live updates:", "Transport:", "Ferry news:"])
def test_a_label_ending_in_a_colon_over_the_headline_is_not_joined(label):
    meta = metadata("The Pier Gazette", label, HEADLINE, "By Ana Ferreira", "4 March 2025")
    assert meta.title == HEADLINE


def test_a_lower_case_line_under_a_headline_with_no_credit_under_it_stays_apart():
    meta = metadata("The Pier Gazette", HEADLINE, "as unions call for shelters", "Transport")
    assert meta.title == HEADLINE


# --- the site's name after the headline's last dash -------------------------------------------------------------


@pytest.mark.parametrize("separator", [" - ", " – ", " | "])
def test_the_site_s_name_printed_above_and_after_the_headline_is_no_part_of_it(separator):
    meta = metadata("Pier Courier Online", f"{HEADLINE}{separator}Pier Courier Online", "Posted on March 4, 2025")
    assert meta.title == HEADLINE
    assert meta.outlet == "Pier Courier Online"


def test_a_name_after_a_dash_the_page_does_not_print_above_stays_in_the_headline():
    meta = metadata("The Pier Gazette", f"{HEADLINE} - Harbour Master", "4 March 2025")
    assert meta.title == f"{HEADLINE} - Harbour Master"


def test_a_name_printed_above_as_a_byline_stays_in_the_headline():
    meta = metadata("The Pier Gazette", "By Ana Ferreira", f"{HEADLINE} - Ana Ferreira", "4 March 2025")
    assert meta.title == f"{HEADLINE} - Ana Ferreira"


# --- a topic in capitals run into the headline ------------------------------------------------------------------


@pytest.mark.parametrize("topic", ["ELECTIONS", "ECONOMY", "TRANSPORT", "HEALTH"])
def test_a_news_topic_in_capitals_run_into_a_sentence_case_headline_is_its_kicker(topic):
    meta = metadata("The Pier Gazette", f"{topic} {HEADLINE}", "By Ana Ferreira", "4 March 2025")
    assert meta.title == HEADLINE


@pytest.mark.parametrize(
    "headline",
    [
        "UK Treasury backs night ferry trial",  # an acronym, not a topic
        "NATO Allies agree on new ferry patrols",  # an acronym before title case
        "WORLD Bank Group approves harbour loan",  # a name's first word: the next word is capitalised too
        "TRANSPORT Ministry Names new harbour chief",  # likewise
    ],
)
def test_capitals_that_open_a_name_stay_in_the_headline(headline):
    assert metadata("The Pier Gazette", headline, "By Ana Ferreira", "4 March 2025").title == headline


# --- a translated page's original headline over the English one ------------------------------------------------


@pytest.mark.parametrize(
    "original",
    [
        "Совет гавани одобрил ночные паромы",  # another script
        "Le conseil du port approuve un essai de ferries de nuit",  # another language's small words
        "La junta del puerto aprueba los ferris para la noche",
    ],
)
def test_the_original_language_headline_over_the_english_one_is_not_the_title(original):
    top = ("The Pier Gazette", original, HEADLINE, "Translated from the original")
    cleaned = clean_page(page(*top, "By Ana Ferreira"))
    assert read_metadata(cleaned).title == HEADLINE
    assert original not in cleaned.body
    assert cleaned.body.startswith("The harbour board")


@pytest.mark.parametrize(
    "line",
    [
        "Le Mans crews back the night ferry trial",  # a name in French, the line in English
        "Harbour board approves night ferries for shift workers",  # English over English: headline and deck
    ],
)
def test_an_english_line_over_the_headline_keeps_its_reading(line):
    assert metadata("The Pier Gazette", line, HEADLINE, "By Ana Ferreira").title == line


def test_what_reads_as_another_language():
    assert in_other_language("Власти продлили ремонт моста")
    assert in_other_language("Le port de Dakar ouvre un nouveau quai pour les conteneurs")
    assert not in_other_language("Port of Dakar opens new container quay")
    assert not in_other_language("Le Mans crews back the night ferry trial")
    assert not in_other_language("Dakar port: un nouveau quai for the container ships")


# --- a newsletter's mail subject as its headline ----------------------------------------------------------------

MAIL_HEADER = (
    "From: Pier Briefing <briefing@pier.example.org>",
    "Date: Tue, Mar 4, 2025 at 7:15 AM",
)


@pytest.mark.parametrize("subject", [f"Subject: {HEADLINE}", f"Subject: Fwd: {HEADLINE}"])
def test_a_mail_subject_over_a_story_with_no_headline_is_the_headline(subject):
    cleaned = clean_page(page(*MAIL_HEADER, subject, "To: reader@example.com"))
    assert read_metadata(cleaned).title == HEADLINE
    assert cleaned.body.startswith("The harbour board")
    assert "Subject" not in cleaned.body


@pytest.mark.parametrize(
    "subject",
    [
        "Subject: Pier Briefing, Tuesday 4 March 2025",  # the name and date
        "Subject: Your weekly round-up from the coast",  # words the story does not use
    ],
)
def test_a_mail_subject_that_does_not_word_the_story_is_no_title(subject):
    cleaned = clean_page(page(*MAIL_HEADER, subject, "To: reader@example.com"))
    assert read_metadata(cleaned).title == ""
    assert cleaned.body.startswith("The harbour board")


def test_a_printed_headline_under_the_mail_header_is_the_title():
    top = (*MAIL_HEADER, "Subject: Night ferries, and what comes next", "To: reader@example.com", "", HEADLINE)
    assert metadata(*top).title == HEADLINE


# --- a blog account's 'Posted by Admin on DATE' ----------------------------------------------------------------


@pytest.mark.parametrize("line", ["Posted by Admin on March 4, 2025", "Posted by newsdesk on March 4, 2025"])
def test_an_account_posting_on_a_date_gives_the_date(line):
    found = parse_date_line(line)
    assert found is not None and (found.published.year, found.published.month, found.published.day) == (2025, 3, 4)
    meta = metadata("Pier Notes", line, HEADLINE)
    assert meta.title == HEADLINE
    assert (meta.published.year, meta.published.month, meta.published.day) == (2025, 3, 4)


@pytest.mark.parametrize("line", ["Posted by police on the force's website", "Posted by admin March 4, 2025"])
def test_lines_that_are_not_an_account_and_a_labelled_date_are_no_date_line(line):
    assert parse_date_line(line) is None
