"""Headlines and outlets on layouts the ai batch added (tests/data/layouts/ai01–ai20): a reading time over the
headline, a browser title that lengthens the page's own headline for search engines, a logo line with its motto
after a hyphen, a kicker naming the kind of story, a 'Follow X on …' line, an agency writing its initials in lower
case, and a page named only by its address; and two date lines of the batch ('10. 3. 2025', 'Name, Weekday D Month
YYYY'). Each class beside look-alikes that keep their reading."""

import pytest

from articles.ingest.cleaning import clean_page, follow_sign_off, masthead_name, names_beside_date, words_of_headline
from articles.ingest.dates import parse_date_line
from articles.ingest.metadata import read_dateline, read_metadata

from .story_under_top import HEADLINE, LEAD, SECOND, metadata, page

# --- a reading time is never the headline ------------------------------------------------------------------

READING_TIMES = ["3 min read", "2 min read", "Reading time: 2 minutes", "Read time: 4 min", "5 minutes", "4–5 minutes"]


@pytest.mark.parametrize("reading_time", READING_TIMES)
def test_a_reading_time_over_the_headline_is_not_the_headline(reading_time):
    meta = metadata("Transport", reading_time, HEADLINE, "By Ana Ferreira", "March 4, 2025")
    assert meta.title == HEADLINE


@pytest.mark.parametrize("reading_time", READING_TIMES)
def test_a_reading_time_under_the_headline_stays_out_of_the_story(reading_time):
    cleaned = clean_page(page(HEADLINE, reading_time, "By Ana Ferreira", "March 4, 2025"))
    assert reading_time not in cleaned.body
    assert cleaned.body.startswith("The harbour board")


def test_a_headline_about_minutes_stays_the_headline():
    headline = "Ferry crossing cut to 40 minutes"
    assert metadata("Transport", headline, "By Ana Ferreira", "March 4, 2025").title == headline


# --- a browser title that lengthens the page's own headline ---------------------------------------------

SEARCH_TITLE = "Harbour board approves night ferry trial as shift workers win longer service | The Pier Gazette"


def test_the_page_headline_under_a_longer_search_title_is_the_headline():
    meta = metadata(SEARCH_TITLE, HEADLINE, "By Ana Ferreira", "March 4, 2025")
    assert meta.title == HEADLINE
    assert meta.outlet == "The Pier Gazette"


def test_a_browser_title_repeated_word_for_word_still_gives_the_headline():
    meta = metadata(f"{HEADLINE} | The Pier Gazette", HEADLINE, "By Ana Ferreira", "March 4, 2025")
    assert meta.title == HEADLINE
    assert meta.outlet == "The Pier Gazette"


def test_a_browser_title_alone_is_still_the_headline():
    meta = metadata(f"{HEADLINE} | The Pier Gazette", "By Ana Ferreira", "March 4, 2025")
    assert meta.title == HEADLINE


def test_the_headline_with_crumbs_glued_to_it_is_not_a_shorter_headline():
    assert not words_of_headline(f"HomeNewsLocal{HEADLINE}", HEADLINE)
    meta = metadata(f"{HEADLINE} | The Pier Gazette", "The Pier Gazette", f"HomeNewsLocal{HEADLINE}", "Subscribe")
    assert meta.title == HEADLINE


def test_a_line_sharing_few_words_with_the_browser_title_is_not_its_headline():
    assert not words_of_headline("Night buses return to the old town", SEARCH_TITLE)


# --- a logo line: the name, a hyphen, the motto ------------------------------------------------------------


@pytest.mark.parametrize(
    "line, name",
    [
        ("ATLAS HERALD - Morocco's English daily", "ATLAS HERALD"),
        ("The Pier Gazette - News for the two piers", "The Pier Gazette"),
        ("The Pier Gazette – Independent since 1961", "The Pier Gazette"),
    ],
)
def test_a_name_and_its_motto_after_a_hyphen_is_a_masthead(line, name):
    assert masthead_name(line) == name


@pytest.mark.parametrize("line", ["Council votes - The Pier Gazette", "Harbour board approves trial - live updates"])
def test_a_browser_title_with_a_hyphen_is_not_a_masthead(line):
    assert masthead_name(line) == ""


def test_the_logo_line_names_the_outlet():
    meta = metadata("ATLAS HERALD - Morocco's English daily", "Economy", "2 min read", HEADLINE, "Mar 8, 2025")
    assert meta.outlet.lower() == "atlas herald"
    assert meta.title == HEADLINE


# --- a kicker naming the kind of story ----------------------------------------------------------------------


def test_a_match_report_label_is_not_the_outlet():
    top = ("Cup semi-final decided late | Sport | The Island Post", "MATCH REPORT", "Cup semi-final decided late")
    meta = metadata(*top, "By Ana Ferreira", "March 16, 2025")
    assert meta.outlet == "The Island Post"
    assert meta.title == "Cup semi-final decided late"


# --- 'Follow X on …': the site or its writer ----------------------------------------------------------------


def test_a_site_named_only_in_its_follow_line_is_the_outlet():
    meta = metadata(HEADLINE, "By Ana Ferreira", "18 March 2025", bottom=("Follow Pier Weekly Observer on Facebook",))
    assert meta.outlet == "Pier Weekly Observer"


@pytest.mark.parametrize(
    "line, name", [("Follow Ann Post on X", "Ann Post"), ("Follow Mira Tallis on X", "Mira Tallis")]
)
def test_a_writer_asking_to_be_followed_is_still_the_writer(line, name):
    assert follow_sign_off(line) == name


# --- an agency writing its initials in lower case ------------------------------------------------------------


def test_a_lower_case_agency_in_a_dateline_is_read():
    dateline = read_dateline("ATHENS (dpa) - Greece will limit the number of cruise ships at island ports.")
    assert dateline is not None and dateline.agency == "dpa"


def test_the_lower_case_agency_is_the_outlet_of_a_page_naming_no_other():
    text = "\n".join(["Menu", HEADLINE, "Mar 11, 2025", "", f"PIRAEUS (dpa) - {LEAD}", "", SECOND])
    assert read_metadata(clean_page(text)).outlet == "dpa"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Athens (and the islands around it) welcomed more visitors than ever last year.",
        "Mira Tallis (sic) Said the board would meet again in May.",
    ],
)
def test_words_in_brackets_that_are_no_agency_make_no_dateline(paragraph):
    dateline = read_dateline(paragraph)
    assert dateline is None or dateline.agency not in ("and", "sic")


# --- a page named only by its address ------------------------------------------------------------------------


def test_a_copied_address_over_the_page_names_the_outlet():
    meta = metadata("https://www.pierherald.mu/news/2025/03/05/night-ferries", "05.03.2025", HEADLINE)
    assert meta.outlet == "pierherald.mu"


def test_a_bare_domain_under_the_story_names_the_outlet():
    meta = metadata("FACT CHECK", HEADLINE, "March 17, 2025", bottom=("Verdict: False", "pierfacts.gy"))
    assert meta.outlet == "pierfacts.gy"


def test_a_writer_s_email_address_alone_names_no_outlet():
    # a newsroom's own mailbox ('desk@', 'newsdesk@') names the site by its domain (aq05, test_outlets_faint_names_aq)
    meta = metadata(HEADLINE, "March 17, 2025", bottom=("Write to the reporter at ana.reyes@pierfacts.gy",))
    assert meta.outlet == ""


def test_two_different_addresses_name_no_outlet():
    meta = metadata("pierfacts.gy", HEADLINE, "March 17, 2025", bottom=("harbourwatch.org",))
    assert meta.outlet == ""


def test_a_name_elsewhere_on_the_page_comes_before_the_address():
    meta = metadata("pierherald.mu", HEADLINE, "March 17, 2025", bottom=("© 2025 The Pier Herald",))
    assert meta.outlet == "The Pier Herald"


# --- the date lines of ai11 and ai15 --------------------------------------------------------------------------


@pytest.mark.parametrize("line, day", [("10. 3. 2025", (2025, 3, 10)), ("3. 10. 2025", (2025, 10, 3))])
def test_a_date_with_a_space_after_each_dot_is_read_day_first(line, day):
    published = parse_date_line(line).published
    assert (published.year, published.month, published.day) == day


def test_a_dotted_date_with_a_space_dates_the_page():
    meta = metadata(HEADLINE, "Tomas Novak", "10. 3. 2025")
    assert (meta.published.year, meta.published.month, meta.published.day) == (2025, 3, 10)


@pytest.mark.parametrize(
    "line, names",
    [
        ("Sara El-Sayed, Wednesday 5 March 2025", ["Sara El-Sayed"]),
        ("Ann Lee and Tom Ruiz, 5 March 2025", ["Ann Lee", "Tom Ruiz"]),
    ],
)
def test_names_a_comma_and_a_date_are_a_byline_and_its_date(line, names):
    assert names_beside_date(line) == names


@pytest.mark.parametrize(
    "line",
    ["Kampala, March 3, 2024", "Published Sat, Mar 8, 2025", "Monday, March 3, 2025", "Ann Lee, Senior Reporter"],
)
def test_a_place_a_label_or_a_role_before_a_comma_is_no_byline(line):
    assert names_beside_date(line) == []


def test_the_date_after_the_writer_s_name_and_a_comma_dates_the_page():
    meta = metadata("Local", HEADLINE, "Sara El-Sayed, Wednesday 5 March 2025")
    assert (meta.published.year, meta.published.month, meta.published.day) == (2025, 3, 5)
    assert meta.authors == ["Sara El-Sayed"]
