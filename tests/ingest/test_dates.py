"""Dates as far as a text fixes them: absolute, date lines, relative expressions, weekday years."""

from datetime import date, datetime

import pytest

from articles.ingest.dates import (
    DAY_FIRST,
    MONTH_FIRST,
    PartialDate,
    common_part,
    in_english,
    infer_year,
    numeric_order,
    parse_date,
    parse_date_line,
    resolve_relative,
    weekday_named,
)

MONDAY = date(2022, 1, 24)


# --- PartialDate ------------------------------------------------------------------------


def test_partial_date_keeps_its_existing_behaviour():
    value = PartialDate(2022, 2, 9, 22, 31)
    assert value.precision == "minute"
    assert value.iso() == "2022-02-09T22:31"
    assert value.as_datetime() == datetime(2022, 2, 9, 22, 31)
    assert PartialDate(None, 1, 17).iso() is None
    assert PartialDate(None, 1, 17).display() == "17 January, year unknown"
    assert PartialDate().display() == "date unknown"
    # Positional construction (as the Article model does) still works.
    assert PartialDate(2022, 1, 17, None, None).year_inferred is False


def test_an_inferred_year_is_said_so():
    value = PartialDate(2022, 1, 17, year_inferred=True)
    assert value.iso() == "2022-01-17"
    assert value.display() == "17 January 2022 (year inferred from the weekday)"


# --- absolute dates ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9 February 2022, 22:31", PartialDate(2022, 2, 9, 22, 31)),
        ("Feb. 9, 2022 at 10:31 p.m.", PartialDate(2022, 2, 9, 22, 31)),
        ("Tue 14 Mar 2023 18.02 GMT", PartialDate(2023, 3, 14, 18, 2)),
        ("2023-03-14", PartialDate(2023, 3, 14)),
        ("LONDON, January 17. /AGENCY/.", PartialDate(None, 1, 17)),
        ("17th of January", PartialDate(None, 1, 17)),
        ("September 2021", PartialDate(2021, 9)),
        ("25/03/2021", PartialDate(2021, 3, 25)),
        ("05/03/2021", PartialDate(2021)),  # 5 March or May 3: only the year is certain
        ("February 30, 2022", None),
        ("no date here, may be later", None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


# --- date lines -------------------------------------------------------------------------


def test_date_line_with_update():
    line = parse_date_line("9 February 2022, 22:31 | Updated: 10 February 2022, 10:08")
    assert line.published == PartialDate(2022, 2, 9, 22, 31)
    assert line.updated == PartialDate(2022, 2, 10, 10, 8)


def test_date_line_labels_and_zones():
    line = parse_date_line("Published Tuesday 14 March 2023 09.30 GMT Last updated on 15 March 2023")
    assert line.published == PartialDate(2023, 3, 14, 9, 30)
    assert line.updated == PartialDate(2023, 3, 15)


def test_relative_date_line_is_kept_for_later():
    line = parse_date_line("7 days ago")
    assert not line.published.known
    assert line.published_relative == "7 days ago"
    assert parse_date_line("Updated 2 hours ago").updated_relative == "2 hours ago"


@pytest.mark.parametrize(
    "text",
    [
        "Defence Secretary: Further troops could potentially be deployed",
        "The vote is on 9 February 2022, officials said.",
        "By Jane Porter",
        "",
    ],
)
def test_a_sentence_that_mentions_a_date_is_not_a_date_line(text):
    assert parse_date_line(text) is None


# --- relative dates ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("today", PartialDate(2022, 1, 24)),
        ("yesterday", PartialDate(2022, 1, 23)),
        ("last night", PartialDate(2022, 1, 23)),
        ("7 days ago", PartialDate(2022, 1, 17)),
        ("seven days ago", PartialDate(2022, 1, 17)),
        ("two weeks ago", PartialDate(2022, 1, 10)),
        ("on Monday", PartialDate(2022, 1, 24)),  # news copy: the most recent Monday, today included
        ("Friday", PartialDate(2022, 1, 21)),
        ("last Friday", PartialDate(2022, 1, 21)),
        ("last Monday", PartialDate(2022, 1, 17)),  # "last" is strictly before
        ("next Tuesday", PartialDate(2022, 1, 25)),
        ("last week", PartialDate(2022, 1)),  # 17–23 January: the month is certain
        ("last month", PartialDate(2021, 12)),
        ("last year", PartialDate(2021)),
        ("3 hours ago", PartialDate(2022, 1)),  # today or yesterday: same month
        ("earlier this week", None),  # said on a Monday: no earlier day this week
        ("in the spring", None),
    ],
)
def test_resolve_relative(expression, expected):
    assert resolve_relative(expression, MONDAY) == expected


def test_resolve_relative_keeps_only_what_every_possible_day_shares():
    thursday = date(2022, 2, 3)
    assert resolve_relative("earlier this week", thursday) == PartialDate(2022)  # 31 January – 2 February
    assert resolve_relative("earlier this week", date(2022, 2, 10)) == PartialDate(2022, 2)
    assert resolve_relative("last week", date(2022, 2, 3)) == PartialDate(2022, 1)  # 24–30 January
    assert resolve_relative("last week", date(2022, 2, 9)) == PartialDate(2022)  # 31 January – 6 February
    assert resolve_relative("last week", date(2022, 1, 5)) is None  # 27 Dec – 2 Jan


def test_resolve_relative_accepts_partial_and_timed_references():
    assert resolve_relative("yesterday", PartialDate(2022, 1, 24)) == PartialDate(2022, 1, 23)
    assert resolve_relative("yesterday", PartialDate(2022, 1)) is None  # 31 Dec – 30 Jan
    assert resolve_relative("last year", PartialDate(2022)) == PartialDate(2021)
    assert resolve_relative("today", PartialDate(None, 1, 24)) is None  # no year, no answer
    assert resolve_relative("3 hours ago", datetime(2022, 1, 24, 1, 0)) == PartialDate(2022, 1, 23)
    assert resolve_relative("3 hours ago", PartialDate(2022, 1, 24, 9, 0)) == PartialDate(2022, 1, 24)


def test_common_part():
    assert common_part(date(2022, 1, 3), date(2022, 1, 3)) == PartialDate(2022, 1, 3)
    assert common_part(date(2022, 1, 3), date(2022, 1, 9)) == PartialDate(2022, 1)
    assert common_part(date(2022, 1, 30), date(2022, 2, 2)) == PartialDate(2022)
    assert common_part(date(2021, 12, 30), date(2022, 1, 2)) is None


# --- weekdays -----------------------------------------------------------------------------


def test_weekday_named_needs_exactly_one():
    assert weekday_named("Ben said on Monday he would go") == 0
    assert weekday_named("on Monday and again on Friday") is None
    assert weekday_named("no day at all") is None


def test_infer_year_is_the_latest_matching_year_not_after_the_reference():
    assert infer_year(1, 17, 0, date(2024, 4, 25)) == 2022  # 17 January 2022 was a Monday
    assert infer_year(1, 17, 0, date(2022, 1, 17)) == 2022
    assert infer_year(1, 17, 0, date(2022, 1, 16)) == 2011
    assert infer_year(2, 29, 1, date(2024, 4, 25)) == 2000  # 29 February on a Tuesday


def test_future_bare_weekday_is_the_coming_one():
    wednesday = date(2023, 1, 11)
    assert resolve_relative("on Friday", wednesday, future=True) == PartialDate(2023, 1, 13)
    assert resolve_relative("on Monday", wednesday, future=True) == PartialDate(2023, 1, 16)
    assert resolve_relative("on Friday", wednesday) == PartialDate(2023, 1, 6)


def test_future_weekday_equal_to_the_reference_is_unresolved():
    assert resolve_relative("on Wednesday", date(2023, 1, 11), future=True) is None


def test_future_does_not_change_explicit_expressions():
    wednesday = date(2023, 1, 11)
    assert resolve_relative("last Friday", wednesday, future=True) == PartialDate(2023, 1, 6)
    assert resolve_relative("next week", wednesday, future=True) == PartialDate(2023, 1)


# --- date lines from other layouts ----------------------------------------------------------------


def test_the_place_filed_from_beside_the_date_is_not_a_sentence():
    line = parse_date_line("Pune | Published: 3 May 2023 09:10 IST")
    assert line.published == PartialDate(2023, 5, 3, 9, 10)
    assert parse_date_line("Home | World") is None  # a menu, with no date in it
    assert parse_date_line("Pune") is None


def test_the_reading_time_beside_the_date_is_not_a_sentence():
    assert parse_date_line("12 June 2023 · 5 min read").published == PartialDate(2023, 6, 12)
    assert parse_date_line("5 min read") is None


def test_about_before_a_relative_update():
    line = parse_date_line("Published May 2, 2023 Updated about 3 hours ago")
    assert (line.published, line.updated_relative) == (PartialDate(2023, 5, 2), "3 hours ago")


def test_a_published_label_is_noted():
    assert parse_date_line("Posted on: Jan 4, 2023").published_labelled
    assert not parse_date_line("Wednesday, Jan 4, 2023").published_labelled


def test_section_and_agency_beside_a_labelled_date():
    line = parse_date_line("World News | Example Wire | Updated: June 03, 2023 4:32 pm IST")
    assert line.updated == PartialDate(2023, 6, 3, 16, 32)
    # without a label, "Headline | date" is a headline's line, read as a title elsewhere
    assert parse_date_line("Budget Passes Senate | 3 June 2023") is None


def test_last_update_on_label():
    line = parse_date_line("Sun Mar 12, 2023 12:00 AM Last update on: Sun Mar 12, 2023 02:10 PM")
    assert (line.published, line.updated) == (PartialDate(2023, 3, 12, 0, 0), PartialDate(2023, 3, 12, 14, 10))


@pytest.mark.parametrize(
    "text, published, updated",
    [
        ("3 March 2023, 5:12 pm AEDT", PartialDate(2023, 3, 3, 17, 12), PartialDate()),
        ("Published 03 March 2023, 5:12 pm CAT", PartialDate(2023, 3, 3, 17, 12), PartialDate()),
        ("March 8, 2023 4:12 PM GMT+9 Updated 2 hours ago", PartialDate(2023, 3, 8, 16, 12), PartialDate()),
        ("Published on March 3, 2023, at 5:12 pm (Paris)", PartialDate(2023, 3, 3, 17, 12), PartialDate()),
        ("Issued on: 13/03/2023 - 14:33", PartialDate(2023, 3, 13, 14, 33), PartialDate()),
        ("Updated - March 03, 2023 10:35 pm IST - CHENNAI", PartialDate(), PartialDate(2023, 3, 3, 22, 35)),
        (
            "3 Mar 2023 05:12PM (Updated: 3 Mar 2023 07:40PM)",
            PartialDate(2023, 3, 3, 17, 12),
            PartialDate(2023, 3, 3, 19, 40),
        ),
    ],
)
def test_date_lines_of_other_sites(text, published, updated):
    line = parse_date_line(text)
    assert (line.published, line.updated) == (published, updated)


def test_a_zone_or_a_city_does_not_make_a_headline_a_date_line():
    assert parse_date_line("Storm hits Paris on March 3, 2023") is None


def test_a_credit_and_an_editor_beside_a_timestamp_with_seconds():
    line = parse_date_line("Source: Example Agency | 2023-03-03 17:12:05 | Editor: Ann Lee")
    assert line.published == PartialDate(2023, 3, 3, 17, 12)
    assert parse_date_line("Source: Example Agency | Editor: Ann Lee") is None


# --- date lines from the k batch ------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, published",
    [
        ("Date: 2024/03/21", PartialDate(2024, 3, 21)),  # year first, as East Asian pages write it
        ("March 28 2024 Share", PartialDate(2024, 3, 28)),  # the share button after the date
        ("Published: Sunday | March 17, 2024 | 12:08 AM", PartialDate(2024, 3, 17)),  # a weekday in its own segment
        ("Montevideo, March 22nd 2024 - 06:30 UTC", PartialDate(2024, 3, 22, 6, 30)),  # the city first
        ("Baku, Azerbaijan, March 5", PartialDate(None, 3, 5)),  # city and country first
        ("Tuesday 19 March 2024 - 29 Esfand 1402", PartialDate(2024, 3, 19)),  # the day in another calendar
    ],
)
def test_date_lines_of_other_layouts(line, published):
    found = parse_date_line(line)
    assert found is not None and found.published == published


def test_a_name_before_a_date_is_not_a_place():
    assert parse_date_line("Ann Lee, March 3, 2024") is None


@pytest.mark.parametrize(
    "line, published",
    [
        ("Episode 112 · 21 March 2024 · 34 min", PartialDate(2024, 3, 21)),  # a podcast's number and length
        ("21-03-2024 12:45", PartialDate(2024, 3, 21, 12, 45)),  # day first with dashes
    ],
)
def test_date_lines_of_the_n_batch(line, published):
    found = parse_date_line(line)
    assert found is not None and found.published == published


def test_a_dashed_date_both_readings_allow_is_read_day_first():
    # pages that write dashes ("05-03-2024", "Updated: 12-03-2024") write the day first; slashes stay either order
    assert parse_date_line("05-03-2024").published == PartialDate(2024, 3, 5)
    assert parse_date_line("05/03/2024").published == PartialDate(2024)


@pytest.mark.parametrize(
    "line, published, updated",
    [
        # the relative time for the eye and for screen readers, run into the absolute one
        ("Posted 5h ago5 hours agoWed 20 Mar 2024 at 6:15am", PartialDate(2024, 3, 20, 6, 15), PartialDate()),
        ("21 Mar 24", PartialDate(2024, 3, 21), PartialDate()),  # a two-digit year after the month
        # a clock alone under "first published" is the update's day
        (
            "Updated March 21 2024 - 6:00pm, first published 5:30pm",
            PartialDate(2024, 3, 21, 17, 30),
            PartialDate(2024, 3, 21, 18, 0),
        ),
        ("date 2024-03-22 Published 07:04 IST, March 22nd 2024", PartialDate(2024, 3, 22), PartialDate()),
    ],
)
def test_date_lines_of_the_g_batch(line, published, updated):
    found = parse_date_line(line)
    assert found is not None and found.published == published and found.updated == updated


def test_a_first_published_clock_later_than_the_update_is_not_that_day():
    found = parse_date_line("Updated March 21 2024 - 1:00am, first published 11:30pm")
    assert found is not None and not found.published.known


def test_a_two_digit_number_after_a_date_in_a_sentence_is_not_a_year():
    assert parse_date_line("21 March 24 people") is None


def test_a_dotted_date_with_a_two_digit_year_and_a_clock():
    line = parse_date_line("27.10.23 08:15")
    assert line is not None
    assert (line.published.year, line.published.month, line.published.day) == (2023, 10, 27)
    assert (line.published.hour, line.published.minute) == (8, 15)
    assert parse_date_line("4.5.23") is None  # one-digit day and month: a version or a score


def test_a_section_after_a_labelled_date_is_not_part_of_it():
    line = parse_date_line("date 2023-11-02 Business")
    assert line is not None and (line.published.year, line.published.month, line.published.day) == (2023, 11, 2)
    assert parse_date_line("Posted 9 May 2023 Sport & Leisure").published.day == 9
    assert parse_date_line("date 2023-11-02 Business leaders met") is None


def test_an_at_sign_between_date_and_time_is_filler():
    found = parse_date_line("April 12, 2025 @ 3:10pm")
    assert found is not None and found.published == PartialDate(2025, 4, 12, 15, 10)


def test_a_day_month_and_year_joined_by_hyphens_is_a_date():
    found = parse_date_line("Posted: 13-Apr-2025")
    assert found is not None and found.published == PartialDate(2025, 4, 13)


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Publish Date: April 13, 2025", PartialDate(2025, 4, 13)),
        ("Written on 13 April 2025", PartialDate(2025, 4, 13)),
        ("13 Apr 2025 at 10h20", PartialDate(2025, 4, 13, 10, 20)),
        ("Sunday, April 13, 2025 10:20:33 AM", PartialDate(2025, 4, 13, 10, 20)),
    ],
)
def test_date_labels_and_clocks_of_more_sites(line, published):
    found = parse_date_line(line)
    assert found is not None and found.published == published


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("12.03.2024", "2024-03-12"),  # dots: day first
        ("14.03.24 10:12", "2024-03-14T10:12"),
        ("12-03-2024", "2024-03-12"),  # dashes: day first
        ("12/03/2024", "2024"),  # slashes alone: either order
        ("Published on 12/03/2024 at 08h15", "2024-03-12T08:15"),  # an '08h15' clock: day first
        ("03/14/2024", "2024-03-14"),
    ],
)
def test_numeric_dates_read_day_first_only_where_pages_write_them_so(text, iso):
    assert parse_date(text).iso() == iso


def test_date_lines_with_a_category_after_the_date():
    assert parse_date_line("Posted on 3 March 2024 in Press releases").published.iso() == "2024-03-03"
    assert parse_date_line("date 2024-03-05 Local News").published.iso() == "2024-03-05"
    assert parse_date_line("March 3, 2024 in the morning") is None


def test_two_digit_years_with_dashes_and_categories_with_commas():
    assert parse_date("Published 12-03-24 10:12").iso() == "2024-03-12T10:12"
    assert parse_date("Call 555-12-03-24") is None
    assert parse_date_line("Posted on March 12, 2024 in Local News, Politics").published.iso() == "2024-03-12"


# --- dates in the page's own language (in_english) ---------------------------------------------


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Publicerat tisdag 27 augusti 2024 kl 15.42", "2024-08-27T15:42"),  # Swedish
        ("Publisert 5. juni 2024 kl. 11.20", "2024-06-05T11:20"),  # Norwegian
        ("Publiceret fredag den 8. marts 2024", "2024-03-08"),  # Danish
        ("Veröffentlicht am 27. August 2024, 14:20 Uhr", "2024-08-27T14:20"),  # German
        ("Mo., 3. März 2024", "2024-03-03"),
        ("Gepubliceerd op 21 november 2024 om 10:03", "2024-11-21T10:03"),  # Dutch
        ("di 21 nov 2024, 10:03", "2024-11-21T10:03"),
        ("Publié le 3 mars 2024 à 14h05", "2024-03-03T14:05"),  # French
        ("le 3 mars 2024 à 14h05", "2024-03-03T14:05"),
        ("Lunes, 3 de marzo de 2024 - 10:45", "2024-03-03T10:45"),  # Spanish
        ("Publicado em 14 de maio de 2024 às 09h30", "2024-05-14T09:30"),  # Portuguese
        ("Pubblicato il 7 ottobre 2024 alle 11:20", "2024-10-07T11:20"),  # Italian
        ("Opublikowano: 5 czerwca 2024, 11:20", "2024-06-05T11:20"),  # Polish, the month in the genitive
        ("2024. március 3.", "2024-03-03"),  # Hungarian: the year first
        ("2024. márc. 3. 10:15", "2024-03-03T10:15"),
        ("Belföld · 2024. október 21., hétfő 09:40", "2024-10-21T09:40"),
        ("Julkaistu 12. helmikuuta 2024", "2024-02-12"),  # Finnish
    ],
)
def test_date_lines_in_the_pages_own_language(line, iso):
    found = parse_date_line(line)
    assert found is not None and found.published.iso() == iso


def test_foreign_update_labels_date_the_update():
    found = parse_date_line("Publisert 18. november 2024 kl. 07.45 Oppdatert 18. november 2024 kl. 10.02")
    assert found.published.iso() == "2024-11-18T07:45" and found.updated.iso() == "2024-11-18T10:02"
    assert parse_date_line("Atualizado em 14 de maio de 2024 às 11h02").updated.iso() == "2024-05-14T11:02"


@pytest.mark.parametrize(
    "line",
    ["Mars rover lands on 3 May 2024", "Der Rat tagte am Montag", "Le maire a parlé mardi", "Mission to Mars 2"],
)
def test_foreign_words_in_a_sentence_make_no_date_line(line):
    assert parse_date_line(line) is None


def test_english_relative_dates_are_left_alone_by_the_foreign_reading():
    assert in_english("3 days ago") == "3 days ago"
    assert parse_date_line("Updated 2 hours ago").updated_relative == "2 hours ago"


@pytest.mark.parametrize("weather", ["31°C Kuala Belait", "88 °F", "12.5°C Port Vila", "−3°C Tromsø", "104°F Yuma"])
def test_the_weather_beside_the_days_date(weather):
    # the temperature as a weather strip writes it (the one pattern the whole weather line uses too)
    assert parse_date_line(f"Tuesday, March 12, 2024 | {weather}").published.iso() == "2024-03-12"


# --- dates sharing a line with furniture; which way round a page writes numeric dates (the a batch) -------


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("June 3, 2024 0 Comments", "2024-06-03"),  # a blog theme's comment count after the date
        ("June 3, 2024 12 comments", "2024-06-03"),
        ("2 June 2024 No Comments", "2024-06-02"),
        ("June 3, 2024 07:10 WITA", "2024-06-03T07:10"),  # a zone after the clock, whatever its letters
        ("Saturday, 8 June 2024 | 18:30 WIB", "2024-06-08"),
        ("Exampleville.net / 07:30 PM June 4, 2024", "2024-06-04T19:30"),  # the site's address, the time first
        ("www.example-daily.co.uk | 4 June 2024", "2024-06-04"),
        ("06/04/2024June 4, 2024", "2024-06-04"),  # two forms run together: the written one fixes the day
        ("2024-06-04June 4, 2024 3 Comments", "2024-06-04"),
        ("Business 06/04/2024 09:40", "2024"),  # a section before a numeric date: only its order is unknown
        ("Monday, 10 June 2024 | 4 Dhul Hijjah 1445", "2024-06-10"),  # another calendar's date beside it
        ("June 3, 2024 10:00 GMT+8", "2024-06-03T10:00"),
    ],
)
def test_dates_sharing_a_line_with_furniture(line, iso):
    found = parse_date_line(line)
    assert found is not None and found.published.iso() == iso


def test_a_section_name_before_a_date_is_not_a_label():
    found = parse_date_line("Posted 06/04/2024 09:40")
    assert found is not None and found.published_labelled
    assert parse_date_line("Visit example.com for more") is None


@pytest.mark.parametrize(
    ("texts", "order"),
    [
        (["Posted 06/04/2024", "Deadline: 21/06/2024"], DAY_FIRST),  # a date that only reads day first
        (["Posted 06/04/2024", "The fee rises on 1 July."], DAY_FIRST),  # the day written before the month's name
        (["Posted 06/04/2024", "Updated 07.04.2024"], DAY_FIRST),  # dots: day first
        (["Posted 06/04/2024 7:45 PM ET"], MONTH_FIRST),  # a US time zone
        (["Posted 06/04/2024", "Archive: 06/21/2024"], MONTH_FIRST),  # a date that only reads month first
        (["Posted 06/04/2024", "Tuesday, June 4, 2024"], ""),  # month first in words says nothing of the numbers
        (["Posted 06/04/2024 7:45 PM ET", "on 1 July"], ""),  # both: nothing is known
        # East Africa's zone is no US zone: its countries write the day first
        (["Fourth of July parade", "Posted 06/04/2024 7:45 PM EAT"], DAY_FIRST),
        (["Posted 06/04/2024", "The clinic ran 10 CT scans a day."], ""),  # no clock before it: no zone
        (["Posted 06/04/2024 10:02 a.m. EDT"], MONTH_FIRST),
    ],
)
def test_the_page_shows_which_way_round_it_writes_numeric_dates(texts, order):
    assert numeric_order(texts) == order


# --- section names run on after a date; dates in more languages (issue 18, masthead4) ------------


@pytest.mark.parametrize(
    "line, expected",
    [
        ("April 2, 2025 News", PartialDate(2025, 4, 2)),
        ("Saturday, 8 February 2025 Politics, Top Stories", PartialDate(2025, 2, 8)),
        ("9 June 2025 14:10 Business", PartialDate(2025, 6, 9, 14, 10)),
        ("Jan 30, 2025 World & Politics", PartialDate(2025, 1, 30)),
    ],
)
def test_a_site_s_section_names_run_on_after_a_full_date_are_no_part_of_it(line, expected):
    assert parse_date_line(line).published == expected


@pytest.mark.parametrize(
    "line",
    [
        "April 2, 2025 Grace Oduya",  # a name after the date: a byline's, never a section
        "April 2, 2025 Port Harcourt",  # a place
        "April 2 News",  # no year: not a full date
        "The council met on April 2, 2025 News",  # a sentence
    ],
)
def test_words_after_a_date_that_are_not_a_section_s_keep_the_line_no_date_line(line):
    assert parse_date_line(line) is None


@pytest.mark.parametrize(
    "line, english, expected",
    [
        ("Kamis, 6 Februari 2025 09:30 WIB", "Thursday, 6 February 2025 09:30 WIB", PartialDate(2025, 2, 6, 9, 30)),
        ("Diterbitkan: Rabu, 12 Mac 2025, 10:05", None, PartialDate(2025, 3, 12, 10, 5)),  # Malay
        ("Gepubliseer: Vrydag 7 Februarie 2025", None, PartialDate(2025, 2, 7)),  # Afrikaans
        ("Objavljeno: 3. veljače 2025. u 18:40", None, PartialDate(2025, 2, 3, 18, 40)),  # Croatian
        ("petak, 14. marta 2025.", None, PartialDate(2025, 3, 14)),  # Serbian, Latin script
        ("dijous, 6 de febrer de 2025", None, PartialDate(2025, 2, 6)),  # Catalan
        ("Jumatatu, Septemba 8, 2025", None, PartialDate(2025, 9, 8)),  # Swahili
        ("Inilathala: Oktubre 20, 2025", None, PartialDate(2025, 10, 20)),  # Tagalog
    ],
)
def test_date_lines_in_more_languages_are_read(line, english, expected):
    if english is not None:
        assert in_english(line) == english
    assert parse_date_line(line).published == expected


def test_croatian_u_is_at_only_before_a_clock():
    assert in_english("Objavljeno: 3. veljače 2025. u 18:40").endswith("at 18:40")
    assert parse_date_line("3. veljače 2025. u Zagrebu") is None  # "in Zagreb": no clock, a sentence's words


def test_an_indonesian_updated_label_is_read_as_updated():
    line = parse_date_line("Diperbarui: Senin, 10 Maret 2025 16:00 WIB")
    assert line.updated == PartialDate(2025, 3, 10, 16, 0)
    assert not line.published.known
