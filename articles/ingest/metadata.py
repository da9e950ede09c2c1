"""Title, standfirst, byline, outlet, dateline and dates read from a cleaned page.

Everything comes from the page's own cues, never from a list of known outlets or people:
- outlet: a menu line naming the site ("More from X", "Popular on X"), the site's name
  repeated at the end of the page, "X's newsletter", a "Headline | X" title, and last the
  news agency in the dateline ("/AGENCY/.", "(AGENCY) –");
- dates: the page's date line, else the dateline's date. A dateline without a year gets one
  only when the lead sentence names the weekday of that day (see published_from_dateline).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from articles.ingest.cleaning import OUTLET_NAME, CleanedPage, byline_names
from articles.ingest.dates import (
    DateLine,
    PartialDate,
    find_date,
    infer_year,
    parse_date_line,
    resolve_relative,
    weekday_named,
)
from articles.ingest.records import Metadata
from articles.ingest.text import capitalised_share, normalise_whitespace, paragraphs

_NAME = r"(?:[Tt]he\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}"
# "Popular on X", "More from X": the site naming itself in its menus.
_MENU_CUE = re.compile(
    rf"^(?i:(?:trending|popular|most read|most popular|top stories|also|stories)\s+on"
    rf"|(?:more|latest|stories|the best|top stories)\s+from)\s+(?P<outlet>{_NAME})\W*$"
)
_NEWSLETTER_CUE = re.compile(rf"^(?i:sign up (?:to|for)\s+)?(?P<outlet>{_NAME})['’]s?\s.*\b(?i:newsletters?)\b")
_TITLE_SUFFIX = re.compile(rf"^(?P<title>.+?)\s+\|\s+(?P<outlet>{_NAME})$")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"'”’]?\s+(?=[\"“‘'A-Z])")

# Datelines: "LONDON, January 17. /AGENCY/.", "Washington (AGENCY) –", "SEOUL - ", "SELMA, N.C.—".
_DASH = r"[-–—―]"
_AGENCY = r"[A-Z][A-Za-z]{1,15}(?:[ -][A-Z][A-Za-z]+){0,2}"
_SLASH_DATELINE = re.compile(
    rf"^(?P<place>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){{0,3}}),\s*(?P<date>[^./]{{3,30}}?)\.?\s*/(?P<agency>{_AGENCY})/"
)
_PAREN_DATELINE = re.compile(
    rf"^(?P<place>[A-Z][\w.'’ -]{{1,40}}?)(?:,\s*(?P<date>[^()]{{3,30}}?))?\s*\((?P<agency>{_AGENCY})\)\s*{_DASH}"
)
_CAPS_DATELINE = re.compile(
    rf"^(?P<place>[A-Z]{{3,}}[A-Z.'’-]*(?:\s[A-Z][A-Z.'’-]+){{0,3}}(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?)"
    rf"\s*{_DASH}\s*(?=\S)"
)


@dataclass(frozen=True)
class Dateline:
    """The place (and date, and agency) a story opens with, and the lead text after it."""

    place: str
    date: PartialDate
    agency: str
    lead: str


def _today() -> date:
    """The reference date when none is given (a function, so tests can fix it)."""
    return date.today()


def read_metadata(page: CleanedPage, as_of: date | None = None) -> Metadata:
    """Everything about the article that is not its story text. as_of resolves relative dates."""
    title, title_outlet = _split_title(_line(page, page.title_line))
    dateline = read_dateline(next(iter(paragraphs(page.body)), ""))
    published, updated = _page_dates(page, as_of)
    if not published.known and dateline is not None:
        published = published_from_dateline(dateline, as_of or _today())
    return Metadata(
        title=title,
        standfirst=_line(page, page.standfirst_line),
        outlet=_outlet(page, title_outlet, dateline),
        authors=_authors(page),
        published=published,
        updated=updated,
        dateline_place=dateline.place if dateline else "",
    )


def _line(page: CleanedPage, number: int | None) -> str:
    return normalise_whitespace(page.raw_lines[number]) if number is not None else ""


def _split_title(title: str) -> tuple[str, str]:
    """'Headline | Site Name' → ('Headline', 'Site Name'); other titles are kept whole."""
    match = _TITLE_SUFFIX.match(title)
    if match and capitalised_share(match.group("outlet")) == 1.0:
        return match.group("title"), match.group("outlet")
    return title, ""


def _authors(page: CleanedPage) -> list[str]:
    authors: list[str] = []
    for number in page.byline_lines:
        for name in byline_names(page.raw_lines[number]):
            if name not in authors:
                authors.append(name)
    return authors


# --- outlet ------------------------------------------------------------------------------


def _outlet(page: CleanedPage, title_outlet: str, dateline: Dateline | None) -> str:
    """The publisher's own cues first; the agency of the dateline when there is none."""
    removed = [normalise_whitespace(r.text) for r in page.removed]
    closing = [normalise_whitespace(r.text) for r in page.removed if r.reason == OUTLET_NAME]
    for cue in (_MENU_CUE, _NEWSLETTER_CUE):
        for text in removed:
            match = cue.match(text)
            if match:
                return match.group("outlet")
    if closing:
        return closing[-1]
    if title_outlet:
        return title_outlet
    return dateline.agency if dateline else ""


# --- dateline ----------------------------------------------------------------------------


def read_dateline(paragraph: str) -> Dateline | None:
    """The dateline a lead paragraph opens with, if any ('LONDON, January 17. /AGENCY/. …')."""
    for pattern in (_SLASH_DATELINE, _PAREN_DATELINE, _CAPS_DATELINE):
        match = pattern.match(paragraph)
        if match:
            return _dateline_from(match, paragraph)
    return None


def _dateline_from(match: re.Match, paragraph: str) -> Dateline:
    parts = match.groupdict()
    place, when = parts["place"].strip(), PartialDate()
    if parts.get("date"):
        found = find_date(parts["date"])
        if found:
            when = found[0]
        else:
            place = f"{place}, {parts['date'].strip()}"  # "SELMA, N.C. (AP) —": the state, not a date
    lead = paragraph[match.end() :].lstrip(" ./–—―-")
    return Dateline(_place_name(place), when, parts.get("agency") or "", lead)


def _place_name(place: str) -> str:
    """'NEW YORK' → 'New York'; abbreviations ('N.C.') and mixed case stay as written."""
    return re.sub(r"\b[A-Z]{3,}\b", lambda m: m.group().capitalize(), place)


def published_from_dateline(dateline: Dateline, reference: date) -> PartialDate:
    """The dateline's date; a missing year is inferred only from the weekday of the lead sentence.

    Wire copy dated "January 17" that reports what someone "said on Monday" ties that day to a
    Monday; the year is then the latest one, not after the reference date, in which 17 January
    was a Monday. Without such a weekday the year stays unknown.
    """
    when = dateline.date
    if when.year is not None or when.month is None or when.day is None:
        return when
    lead_sentence = _SENTENCE_BREAK.split(dateline.lead, maxsplit=1)[0]
    weekday = weekday_named(lead_sentence)
    if weekday is None:
        return when
    year = infer_year(when.month, when.day, weekday, reference)
    if year is None:
        return when
    return PartialDate(year, when.month, when.day, when.hour, when.minute, year_inferred=True)


# --- date lines --------------------------------------------------------------------------


def _page_dates(page: CleanedPage, as_of: date | None) -> tuple[PartialDate, PartialDate]:
    """Published and updated from the page's date lines and bylines ('By A | 9 Feb 2022')."""
    published, updated = PartialDate(), PartialDate()
    for line in _date_lines(page):
        if not published.known:
            published = _resolved(line.published, line.published_relative, as_of)
        if not updated.known:
            updated = _resolved(line.updated, line.updated_relative, as_of)
    return published, updated


def _date_lines(page: CleanedPage) -> list[DateLine]:
    found = []
    for number in sorted(page.date_lines + page.byline_lines):
        text = page.raw_lines[number]
        # A byline's dates follow its names after a "|"; a date line is read whole.
        parts = text.split("|")[1:] if number in page.byline_lines else [text]
        found += [line for part in parts if (line := parse_date_line(part))]
    return found


def _resolved(absolute: PartialDate, relative: str, as_of: date | None) -> PartialDate:
    """An absolute date as it is; a relative one ('7 days ago') only against a given as_of."""
    if absolute.known or not relative or as_of is None:
        return absolute
    return resolve_relative(relative, as_of) or PartialDate()
