"""Title, standfirst, byline, outlet, dateline and dates read from a cleaned page.

The title is the headline line (with its second line when it wraps), without a site's name after a
bar or dash, a date after a bar, a section label before a bar ("World | …") or a media label before a
colon ("WATCH: …").

Everything comes from the page's own cues, never from a list of known outlets or people:
- outlet: a menu line naming the site ("More from X", "Popular on X"), "X's newsletter";
  then the masthead above the headline, the site's name repeated at the end of the page, a
  "Headline | X" or "Headline - X" title, a sign-off naming it ("— Ann Lee, X", "– X.com"),
  a publication credit ("This report by X was first published …", "Published in X, March 3rd,
  2024", "The post … appeared first on X."), a byline naming it ("By Ann Lee, X", "By ANN LEE/X"),
  a staff credit ("X News Service"), the publisher in a wire credit ("KAMPALA (X / AFP - 3rd
  March, 2021)"), the news agency in the dateline ("/AGENCY/.", "(AGENCY) –"), a name the site's
  furniture gives itself twice ("Thanks for reading X!", "Get X in your inbox") or once with its
  domain, a tagline ("From X, the free news source for …", "X is a nonprofit newsroom …"), a publisher's label
  ("Publisher: X Media AS"), the copyright holder without its legal form ("X Media AS", "X Pvt Ltd", "X GmbH"
  are "X Media", "X"; not the writer's own "© Ann Lee"; a company's "© X Media Group Ltd"
  gives way to the publication at the top whose name opens with X, or to the name printed over the
  site's menu), "Source: X", an agency credited on a line of its own ("PA Media"), and last the name
  printed over the site's menu. A top line is the masthead when that furniture, an email's domain,
  an address alone on a line, a browser title ending with it or the page's end repeats it, whatever
  its words ("Northern Fold"). The browser title ("Headline – X", "Headline | Section | X", "X |
  Headline") names the site when the page repeats its headline on a line of its own. A section's
  name ("World News") is never the outlet, and the outlet keeps the capital "The" the page prints.
  Where these cues name different outlets, or none while looser evidence names one, learned weights
  (outlets.py) may overrule the rules' answer by a wide margin;
- dates: the page's date lines and the dates bylines carry ("Posted on … by A", "By A On …"):
  a written-out date before a relative one ("2 hours ago"), then one labelled "Published"/"Posted", then
  one under the headline before one above it (a
  masthead prints the day the page was read); else the dateline's date, else the update time.
  A dateline without a year takes it from the page's update date, or from the weekday the lead
  sentence names, or (marked as inferred) from the copyright year.
- authors: bylines in every form cleaning recognises, else a wire credit closing the last
  paragraph ("(Reporting by A; Editing by B)"), else a "Follow A on Twitter" sign-off, else the
  editors a live page credits in its header ("Edited by A and B"), else a name alone between the
  headline and the story that the page backs (the same line names the outlet, an email spells it,
  a note under the story opens with it). The outlet's own name is never an author.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from itertools import islice, permutations, product

from articles.ingest.authorship import accepted as accepted_authors
from articles.ingest.cleaning import (
    ADDRESS_LINE,
    EMAIL_SUBJECT_FIELD,
    HEADING_NAME_MAX_WORDS,
    KICKER_WORDS,
    MEDIA_LABEL_WORDS,
    MENU_SECTION_NAMES,
    MENU_WORDS,
    OUTLET_NAME,
    PUBLISHER_WORDS,
    SECTION_WORDS,
    SITE_SIGN_OFF,
    CleanedPage,
    acronym_masthead,
    byline_date_text,
    byline_names,
    byline_outlet,
    closing_credit,
    company_name,
    credited_outlet,
    institution_name,
    language_links,
    masthead_name,
    outlet_with_agencies,
    person_name,
    publication_credit,
    reprinted_from,
    self_references,
    site_domains,
    spaced_menu,
    split_date_tail,
    station_name,
    tagline_name,
    without_legal_form,
    words_of_headline,
)
from articles.ingest.cleaning.patterns import INSTITUTION_WORDS
from articles.ingest.dates import (
    DAY_FIRST,
    MONTHS,
    DateLine,
    PartialDate,
    find_date,
    find_time,
    infer_year,
    numeric_order,
    numeric_readings,
    parse_date_line,
    resolve_relative,
    weekday_named,
)
from articles.ingest.lexicon import FEMALE_FIRST_NAMES, LANGUAGE_NAMES, MALE_FIRST_NAMES, MULTIWORD_PLACES
from articles.ingest.outlets import TRAITS as OUTLET_TRAITS
from articles.ingest.outlets import overruling_candidate
from articles.ingest.records import Metadata
from articles.ingest.text import capitalised_share, ends_sentence, normalise_whitespace, paragraphs, word_count

_NAME = r"(?:[Tt]he\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}"
# "Popular on X", "More from X": the site naming itself in its menus.
_MENU_CUE = re.compile(
    rf"^(?i:(?:trending|popular|most read|most popular|top stories|also|stories)\s+on"
    rf"|(?:more|latest|stories|the best|top stories|most read|most popular)\s+from|why you can trust)"
    rf"\s+(?P<outlet>{_NAME})\W*$"
)
_NEWSLETTER_CUE = re.compile(rf"^(?i:sign up (?:to|for)\s+)?(?P<outlet>{_NAME})['’]s?\s.*\b(?i:newsletters?)\b")
_TITLE_PARTS = re.compile(r"\s+[|–—]\s+")
_TITLE_SUFFIX = re.compile(rf"^(?P<title>.+?)\s+\|\s+(?P<outlet>{_NAME})$")
# "Headline - The Valley Times": a dash is a site suffix only before a masthead-shaped name.
_DASH_SUFFIX = re.compile(rf"^(?P<title>.+?)\s+[-–—]\s+(?P<outlet>{_NAME})$")
# A sentence ends at . ! ? — not after an initial ("U.S.", "John F.") or a title ("Gov.", "Sen.").
_ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "St", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Jr", "Sr", "No", "Prof")
_SENTENCE_BREAK = re.compile(
    r"(?<![A-Z]\.[A-Z]\.)(?<!\b[A-Z]\.)"
    + "".join(rf"(?<!\b{a}\.)" for a in _ABBREVIATIONS)
    + r"(?<=[.!?])[\"'”’]?\s+(?=[\"“‘'A-Z])"
)

# Datelines: "LONDON, January 17. /AGENCY/.", "Washington (AGENCY) –", "SEOUL - ", "SELMA, N.C.—".
_DASH = r"[-–—―]"
_AGENCY = r"[A-Z][A-Za-z]{1,15}(?:[ -][A-Z][A-Za-z]+){0,2}"
_SLASH_DATELINE = re.compile(
    rf"^(?P<place>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){{0,3}})"
    rf"(?:,\s*(?P<date>[^./]{{3,30}}?)\.?)?\s*/(?P<agency>{_AGENCY})/"  # "Ulaanbaatar /AGENCY/." gives no date
)
_PAREN_DATELINE = re.compile(
    rf"^(?P<place>[A-Z][\w.'’ -]{{1,40}}?)(?:,\s*(?P<date>[^()]{{3,30}}?))?"
    # "Rome, Italy, Mar 12, 2025 / 10:45 am (AGENCY).": the filing time after a slash
    r"(?:\s*/\s*[0-2]?\d[:.][0-5]\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)?"
    rf"\s*\((?P<agency>{_AGENCY})\)"
    # "ISLAMABAD, Mar 22 (APP): The cabinet …"; "(AGENCY).- " as Spanish-language wires close theirs
    rf"\.?\s*(?:{_DASH}+|:|(?=[A-Z\"“‘]))"
)
# "ATHENS (dpa) -": an agency that writes its initials in lower case, always set off by a dash.
_LOWERCASE_AGENCY_DATELINE = re.compile(
    rf"^(?P<place>[A-Z][\w.'’ -]{{1,40}}?)(?:,\s*(?P<date>[^()]{{3,30}}?))?"
    rf"\s*\((?P<agency>[a-z]{{2,4}})\)\s*{_DASH}+\s*(?=\S)"
)
# "(Example Cable News) —": the outlet alone where the place would be.
_BARE_PAREN_DATELINE = re.compile(rf"^\((?P<agency>{_AGENCY})\)\s*{_DASH}+\s*(?=\S)")
# "KAMPALA (Example Daily / AFP - 3rd March, 2021) -": the publisher, the agency and the date in one credit.
_CREDIT_DATELINE = re.compile(
    rf"^(?P<place>[A-Z][\w.'’ -]{{1,40}}?)\s*\((?P<outlet>{_NAME})\s*/\s*(?P<agency>{_AGENCY})"
    rf"(?:\s*{_DASH}\s*(?P<date>[^()]{{3,30}}?))?\)\s*{_DASH}*"
)
# "Ho, March 7, GNA -", "Hani, (B/A), May 3, GNA –": the agency's initials after the date, between commas;
# "KINGSTON, Jamaica, Mar 18, CMC –": a regional wire names the country after the town.
_COMMA_AGENCY_DATELINE = re.compile(
    rf"^(?P<place>[A-Z][^,()]{{1,40}}?)(?:,\s*\([^()]{{1,12}}\)|,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=,))?,\s*(?P<date>[^,]{{3,30}}?),\s*(?P<agency>[A-Z]{{2,6}})"
    rf"\s*{_DASH}+\s*(?=\S)"
)
# "LONDON, 18 January 2022 —": a place and a date, no agency.
_DATED_DATELINE = re.compile(
    rf"^(?P<place>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){{0,3}}),\s*(?P<date>[^—–―]{{3,30}}?)\s*{_DASH}+\s*(?=\S)"
)
# "Islamabad, the 27th August, 2024:", "Chennai, the 5th June 2024: Every …": a place and a full date
# closed by a colon, as government and parliament press releases open (a date is required).
_COLON_DATED_DATELINE = re.compile(
    r"^(?P<place>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,3}),\s*(?:the\s+)?(?P<date>[^:;—–―()]{3,30}?\d{4})\s*:(?:\s+|$)"
)
# "YEREVAN, MARCH 5, AGENCY. The parliament …": capitals place, month and day, the agency's name and a full
# stop, with no year (a state agency's wire style; the year comes from elsewhere on the page).
_CAPS_AGENCY_STOP_DATELINE = re.compile(
    r"^(?P<place>[A-Z]{3,}[A-Z'’-]*(?:\s[A-Z][A-Z'’-]+){0,2}),\s*(?P<date>[A-Z]{3,9}\.?\s+[0-3]?\d),\s*"
    r"(?P<agency>[A-Z][A-Z-]{1,19})\.\s+(?=[A-Z\"“‘])"
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
    outlet: str = ""  # the publisher, when the credit names one beside the agency
    weekday: int | None = None  # "KISUMU, Tuesday 14 May –": the weekday the dateline itself names (0 = Monday)


def _today() -> date:
    """The reference date when none is given (a function, so tests can fix it)."""
    return date.today()


def read_metadata(page: CleanedPage, as_of: date | None = None) -> Metadata:
    """Everything about the article that is not its story text. as_of resolves relative dates."""
    title, title_outlet, title_date = _title_and_site(page)
    dateline = _read_page_dateline(page)
    published, updated = _page_dates(page, as_of)
    if not published.known and title_date.known:
        published = title_date
    if not published.known and dateline is not None:
        published = published_from_dateline(dateline, as_of or _today(), elsewhere=_year_elsewhere(page, updated))
    if not published.known:
        published = updated  # a page that gives only its update time was published no later
    if not published.known and (head := _running_head(page)):
        published = head[1]  # a printed page's running head: the issue's date
    if published.precision == "year":
        published = _day_of_numeric_date(page, published, dateline)
    outlet = _outlet(page, title_outlet, dateline)
    return Metadata(
        title=title,
        standfirst=_line(page, page.standfirst_line),
        outlet=outlet,
        # "Example Loop Barbados" printed where the byline goes credits the site, not a person, and so does
        # "By Ann Lee, Example Watch" over "This story was originally published by Example Watch …"
        # and "Greenway Alliance Newsroom" there is the organisation's desk
        authors=credited_authors(page, outlet),
        published=published,
        updated=updated,
        dateline_place=dateline.place if dateline else "",
    )


def page_outlet(page: CleanedPage) -> str:
    """The outlet read_metadata reads (the author weights' candidates are judged beside it)."""
    _, title_outlet, _ = _title_and_site(page)
    return _outlet(page, title_outlet, _read_page_dateline(page))


def _title_and_site(page: CleanedPage) -> tuple[str, str, PartialDate]:
    """The headline as printed (both lines when it wraps), without the site's name, a date or a label beside it:
    the title, the site's name it carried and its date."""
    headline = f"{_line(page, page.title_line)} {_line(page, page.title_continued)}".strip()
    title, title_outlet, title_date = _split_title(EMAIL_SUBJECT_FIELD.sub("", headline))  # a mail's "Subject: Fwd: …"
    if not title_outlet:
        title, title_outlet = _browser_title(page, title)
    if not title_outlet:
        title, title_outlet = _masthead_suffix(page, title)
    return title, title_outlet, title_date


# "Headline - Island Courier", "Headline | Island Courier": a name after the headline's last dash or bar.
_NAME_AFTER_SEPARATOR = re.compile(r"^(?P<title>.+?)\s+[-–—|]\s+(?P<site>[^-–—|]+)$")


def _masthead_suffix(page: CleanedPage, title: str) -> tuple[str, str]:
    """'Headline - Island Courier Aruba' under 'Island Courier Aruba': the name after the headline's last dash or
    bar is the site's when the page prints it alone on a line above the headline (its masthead), whatever its
    words; a name the page does not print above ('Minister resigns - sources'), or prints there as a byline, stays
    the headline's."""
    match = _NAME_AFTER_SEPARATOR.match(title)
    if not match or page.title_line is None or word_count(match.group("title")) < 3:
        return title, ""
    site = _site_name(match.group("site"))
    if not site:
        return title, ""
    credits = set(page.byline_lines)
    above = {_plain(text) for n, text in enumerate(page.raw_lines[: page.title_line]) if n not in credits}
    return (match.group("title"), site) if _plain(site) in above else (title, "")


def credited_authors(page: CleanedPage, outlet: str, learned: bool = True) -> list[str]:
    """The authors the rules read (and, where they read none and learned is true, the learned weights), less the
    publishers and desks the page credits."""
    return [
        name
        for name in _authors(page, outlet, learned)
        if _compact(name) not in _publishers(page, outlet) and not desk_credit(name) and not place_name(name)
    ]


# The last word of a place's name ("Gaza City", "Kent County"), where a surname never stands.
_PLACE_LAST_WORDS = {
    "city", "town", "county", "province", "district", "region", "territory", "island", "islands", "valley",
    "harbour", "harbor",
}  # fmt: skip
# A seat of government or a public building, where a reporter on the political beat files from.
_SEAT_WORDS = INSTITUTION_WORDS | {"capitol", "palace", "chancellery", "statehouse", "kremlin"}


def place_name(name: str) -> bool:
    """'New Delhi', 'Parliament House', 'Gaza City': where the writer files from, printed on its own line under
    the byline ('By Ann Lee' / 'Parliament House', 'Agency' / 'New Delhi, India'), is no writer."""
    words = name.lower().split()
    return name in MULTIWORD_PLACES or words[-1] in _PLACE_LAST_WORDS or any(w in _SEAT_WORDS for w in words)


def _publishers(page: CleanedPage, outlet: str) -> set[str]:
    """The outlet and the publishers the page's credits name ('first published by X'), compacted."""
    credited = {name for r in page.removed if (name := publication_credit(r.text))}
    # "Common Ground Press Office" where the byline goes: the party's desk, never a person
    credited |= {name for r in page.removed if (name := desk_credit(r.text))}
    return {_compact(name) for name in credited | {outlet}}


def _line(page: CleanedPage, number: int | None) -> str:
    return normalise_whitespace(page.raw_lines[number]) if number is not None else ""


def _split_title(title: str) -> tuple[str, str, PartialDate]:
    """'Headline | Site Name' → ('Headline', 'Site Name'); 'Headline | 12 Feb 2023' → the headline
    and its date. Other titles are kept whole."""
    when = PartialDate()
    title, tail = split_date_tail(title)  # "Headline | Published on 14 Mar 2025 | Updated on …"
    if tail and (line := parse_date_line(tail)) is not None:
        when = line.published if line.published.known else line.updated
    parts = _TITLE_PARTS.split(title)
    while len(parts) > 1 and (line := parse_date_line(parts[-1])) is not None and line.published.known:
        when = line.published
        parts.pop()
    title = " | ".join(parts) if when.known and not tail else title
    title = _without_leading_label(title)
    match = _TITLE_SUFFIX.match(title)
    if match and capitalised_share(match.group("outlet")) == 1.0:
        return match.group("title"), match.group("outlet"), when
    match = _DASH_SUFFIX.match(title)
    if match and masthead_name(match.group("outlet")):
        return match.group("title"), match.group("outlet"), when
    return title, "", when


_BROWSER_TITLE_PARTS = re.compile(r"\s+[|–—-]\s+")
SITE_NAME_MAX_WORDS = 5


def _browser_title(page: CleanedPage, title: str) -> tuple[str, str]:
    """The title and the site's name from the page's browser title ('Headline – Site', 'Headline | Section |
    Site', 'Site | Headline'), whatever the site's name looks like: the page repeats the headline on a line of
    its own, so what stands beside it is the site. The headline line may be that title itself, or lie under it."""
    lines = {_plain(text) for text in page.raw_lines if text.strip()}
    parts = _BROWSER_TITLE_PARTS.split(title)
    for k in range(len(parts) - 1, 0, -1):
        if _plain(" ".join(parts[:k])) in lines and (site := _site_name(parts[-1])):
            return _rejoined(title, k), site
    if len(parts) == 2 and _plain(parts[1]) in lines and (site := _site_name(parts[0])):
        return parts[1], site  # "Site | Headline": the site's name first
    if page.title_line is None:
        return title, ""
    for number in range(page.title_line):
        text = normalise_whitespace(page.raw_lines[number])
        pieces = _BROWSER_TITLE_PARTS.split(text)
        if len(pieces) > 1 and _plain(pieces[0]) == _plain(title) and (site := _site_name(pieces[-1])):
            return title, site
        # "Fares rise for first time since 2021 as city closes gap | Site" over "Fares to rise for first time …"
        if len(pieces) > 1 and words_of_headline(title, " ".join(pieces[:-1])) and (site := _site_name(pieces[-1])):
            return title, site
        if len(pieces) == 2 and _plain(pieces[1]) == _plain(title) and (site := _site_name(pieces[0])):
            return title, site
    return title, ""


def _rejoined(title: str, k: int) -> str:
    """The title's text before its k-th separator, as written."""
    cuts = list(_BROWSER_TITLE_PARTS.finditer(title))
    return title[: cuts[k - 1].start()]


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def _site_name(text: str) -> str:
    """A site's name at the end of a browser title: capitalised, short, no date, not a section ('World News')."""
    text = text.strip()
    words = text.split()
    if not 1 <= len(words) <= SITE_NAME_MAX_WORDS or capitalised_share(text) < 1.0 or parse_date_line(text):
        return ""
    return "" if _section_name(text) else text


def _section_name(text: str) -> bool:
    """'World News', 'Politics', 'Sign in': only the words of a site's sections and menus."""
    return all(w.lower() in SECTION_WORDS | MENU_WORDS | KICKER_WORDS for w in re.findall(r"[\w&']+", text))


# "World | Headline", "WATCH: Headline": a section or media label run into the headline is no part of it.
_LEADING_LABEL = re.compile(r"^(?P<label>[^|:]{2,30}?)(?P<mark>\s+\||:)\s+(?P<headline>.+)$")
LABEL_MAX_WORDS = 3


# "[Analysis] Headline": a label in brackets; "TOP NEWS Headline": a kicker in capitals run into the headline.
_BRACKETED_LABEL = re.compile(r"^\[(?P<label>[^\[\]]{2,30})\]\s*(?P<headline>.+)$")
_CAPITALS_KICKERS = KICKER_WORDS | MEDIA_LABEL_WORDS | {"breaking", "developing", "latest", "update", "updated"}
# "ELECTIONS Vote count delayed …", "ECONOMY Government raises …": the story's topic in capitals run into a
# sentence-case headline is its kicker. Topic words, not names: an acronym ('UK', 'NATO', 'UNICEF') is no topic.
NEWS_TOPIC_WORDS = {
    "economy", "politics", "elections", "election", "health", "education", "business", "crime", "justice", "courts",
    "transport", "energy", "agriculture", "environment", "security", "society", "diplomacy", "culture", "sport",
    "sports", "science", "technology", "weather", "climate", "finance", "markets", "parliament", "government",
    "defence", "defense", "migration", "tourism", "housing", "regions", "region", "nation",
}  # fmt: skip
_CAPITALS_LABEL = re.compile(r"^(?P<label>[A-Z]{2,}(?:\s+[A-Z]{2,}){0,2})\s+(?P<headline>[A-Z][a-z].*)$")


def _topic_kicker(word: str, match: re.Match) -> bool:
    """One word in capitals before a headline is its kicker when it names a news topic ('ELECTIONS', 'ECONOMY')
    and the headline run after it is in sentence case (its second word in lower case: 'Vote count delayed'), not
    a name's first word ('WORLD Bank Group …')."""
    following = match.group("headline").split()
    return word in NEWS_TOPIC_WORDS and len(following) >= 2 and following[1][:1].islower()


def _without_leading_label(title: str) -> str:
    """The headline without a leading label: 'World | Headline' (section, menu, kicker or media words
    before a bar), 'WATCH: Headline' (media words before a colon), '[Analysis] Headline' and 'TOP NEWS Headline'
    (those words in brackets, or in capitals run into a headline that is not). 'Exclusive:', 'Breaking:' and
    'Report:' stay: sites print them as part of the headline, and 'Europe: …' is a headline."""
    labels = SECTION_WORDS | MENU_WORDS | KICKER_WORDS | MEDIA_LABEL_WORDS
    for pattern in (_BRACKETED_LABEL, _CAPITALS_LABEL):
        match = pattern.match(title)
        if match and len(match.group("headline").split()) >= 3:
            words = re.findall(r"[\w&']+", match.group("label").lower())
            # one word in capitals must be a kicker's ('EXCLUSIVE', 'BREAKING') or a news topic's before a
            # sentence-case headline ('ELECTIONS Vote count …'): a section's may be a headline's own ('UK Treasury
            # backs …', 'NEWS Corp buys …')
            if pattern is _CAPITALS_LABEL and len(words) == 1:
                if (words[0] in labels and words[0] in _CAPITALS_KICKERS) or _topic_kicker(words[0], match):
                    return match.group("headline")
            elif 0 < len(words) <= LABEL_MAX_WORDS and all(w in labels for w in words):
                return match.group("headline")
    match = _LEADING_LABEL.match(title)
    if not match:
        return title
    words = match.group("label").lower().split()
    headline = match.group("headline")
    labels = MEDIA_LABEL_WORDS
    if match.group("mark") != ":":
        labels = SECTION_WORDS | MENU_WORDS | KICKER_WORDS | MEDIA_LABEL_WORDS
    elif words[:1] == ["live"]:
        labels = MEDIA_LABEL_WORDS | _LIVE_LABEL_WORDS  # "LIVE UPDATES: Headline", "Live blog: Headline"
    if len(words) > LABEL_MAX_WORDS or len(headline.split()) < 3:
        return title
    if all(w in labels for w in words) or _capitals_label_before_bar(match, headline):
        return headline
    return title


# "LIVE UPDATES:", "Live blog:", "Live coverage:": a live page's label before its headline.
_LIVE_LABEL_WORDS = {"updates", "update", "blog", "coverage"}


def _capitals_label_before_bar(match: re.Match, headline: str) -> bool:
    """'TRANSPORT | Headline', 'UKRAINE WAR | Headline': a label in capitals before a bar, over a headline that is
    not in capitals, whatever its words (a topic or a place no list holds)."""
    label = match.group("label")
    letters = [c for c in label if c.isalpha()]
    return (
        match.group("mark") != ":"
        and len(letters) >= 2
        and all(c.isupper() for c in letters)
        and any(c.islower() for c in headline)
    )


def _authors(page: CleanedPage, outlet: str = "", learned: bool = True) -> list[str]:
    authors = list(page.authors)
    for number in page.byline_lines:
        for name in byline_names(page.raw_lines[number]):
            if name not in authors:
                authors.append(name)
    if not authors:
        authors = closing_credit(page.body)[1]  # "(Reporting by A; Editing by B)" run into the last paragraph
    if not authors:
        authors = list(page.follow_authors)
    if not authors:
        authors = list(page.editors)  # a live page credits only its editors
    if not authors:
        authors = list(page.bio_authors)  # no byline, but the writer's note closes the story
    if not authors:
        authors = _corroborated_header_names(page, outlet)
    run = names_between_headline_and_story(page)
    if run and (not authors or set(authors) < set(run)):
        authors = run  # one name of several printed alone in a run, read by a rule that saw it alone
    if not authors:
        authors = dateline_byline(page.body)
    if not authors:
        authors = lead_byline(page.body)
    if not authors:
        authors = _signed_under_story(page)
    if not authors:
        authors = _reporter_sign_in(page)
    if not authors and learned:
        # no byline the rules read: the learned weights may take names printed where bylines go
        candidates = author_candidates(page, outlet)
        authors = [candidates[k].name for k in accepted_authors([c.traits for c in candidates])]
    return authors


# "Baku, Azerbaijan, March 14. By Ann Lee – Example Wire: …": an agency's lead opening with the place, the day,
# the reporter and the agency before the first sentence.
_DATELINE_BYLINE = re.compile(
    r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?:,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}){0,2},?\s+"
    r"(?P<date>(?P<month>[A-Za-z]{3,9})\.?\s+\d{1,2}|\d{1,2}\s+(?P<month_after>[A-Za-z]{3,9}))[.,]?\s+"
    r"(?P<credit>[Bb]y\s+[^:–—]{3,80}?)\s+[-–—]\s+[A-Z][\w .'’&-]{1,40}:\s"
)


def dateline_byline(body: str) -> list[str]:
    """The reporter named between an agency lead's dateline and its first sentence ('Baku, Azerbaijan, March 14.
    By Ann Lee – Example Wire: Azerbaijan …' → ['Ann Lee']); [] when the lead opens otherwise."""
    match = _DATELINE_BYLINE.match(body.lstrip())
    if not match or (match.group("month") or match.group("month_after")).lower() not in MONTHS:
        return []
    return byline_names(match.group("credit"))


# "By: Ann Lee The council voted …", "BY ANN LEE The council …": the byline run into the lead's first sentence.
_LEAD_BYLINE = re.compile(r"^(?i:by)\s*:?\s+")
LEAD_BYLINE_MIN_WORDS = 8  # the lead's sentence after the name
LEAD_NAME_MAX_WORDS = 4


def lead_byline(body: str) -> list[str]:
    """The writer named by 'By' run into the lead paragraph ('By: Ann K. Lee The council voted …' → ['Ann K.
    Lee']): the longest name that a capitalised word follows, opening the sentence; [] when the lead opens
    otherwise ('By Tuesday, the council …', 'By Christmas the shops …')."""
    lead = next(iter(paragraphs(body)), "").strip()
    match = _LEAD_BYLINE.match(lead)
    if not match:
        return []
    words = lead[match.end() :].split()
    found = []
    for size in range(LEAD_NAME_MAX_WORDS, 1, -1):
        rest = words[size:]
        if len(rest) < LEAD_BYLINE_MIN_WORDS or not re.match(r"[A-Z][a-z]", rest[0]):
            continue
        name = person_name(" ".join(words[:size]))
        if name and _compact(name) == _compact(" ".join(words[:size])):
            found.append(name)
    if len(found) > 1:
        # "By Ann Lee Members of the board …": where the name ends, the language model's person says
        from articles.ingest import nlp

        people = {
            _compact(e.text) for e in nlp.parse(" ".join(words[: LEAD_NAME_MAX_WORDS + 4])).ents if e.label_ == "PERSON"
        }
        found = [name for name in found if _compact(name) in people] or found
    return found[:1]


# "Ann Lee | Thimphu", "Ann Lee / Kampala": the writer and the town filed from, signed under the story.
_NAME_AND_TOWN = re.compile(r"^(?P<name>[^|/]+?)\s*[|/]\s*(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})$")
SIGNATURE_LINES = 3  # the lines right under the story's last paragraph where a site signs it


def _signed_under_story(page: CleanedPage) -> list[str]:
    """The writer a page credits only right under the story, with the town filed from ('Ann Lee | Thimphu'). A
    name the story uses is its subject. ('Editor: Ann Lee' there is no writer's credit: the pages of
    tests/data/layouts whose only credit it is have no author in their gold.)"""
    removed = {r.line_no for r in page.removed}
    story = [n for n in range(len(page.raw_lines)) if n not in removed and page.raw_lines[n].strip()]
    if page.title_line is None or not story:
        return []
    under = [n for n in range(story[-1] + 1, len(page.raw_lines)) if page.raw_lines[n].strip()][:SIGNATURE_LINES]
    labels = SECTION_WORDS | MENU_WORDS | KICKER_WORDS
    for number in under:
        signed = _NAME_AND_TOWN.match(normalise_whitespace(page.raw_lines[number]))
        if not signed or not (name := person_name(signed.group("name"))):
            continue
        place = signed.group("place")
        if person_name(place) or any(w.lower() in labels for w in place.split()):
            continue  # "Ann Lee | Tom Ruiz", "Ann Lee | Opinion": co-writers or a section, not a town
        if not re.search(rf"\b{re.escape(name.split()[-1])}\b", page.body):
            return [name]
    return []


# "Ann Lee, Reporting", "ANN LEE REPORTING": a newscast's transcript hands over to its reporter on a line of its own.
_REPORTER_SIGN_IN = re.compile(r"^(?P<name>[^,]+?),?\s+(?i:reporting|reports)\.?$")


def _reporter_sign_in(page: CleanedPage) -> list[str]:
    """The reporter a broadcaster's transcript names on a line of its own after the anchor's introduction ('Ann
    Lee, Reporting'): the line is the name and the word, never a sentence of the story."""
    if page.title_line is None:
        return []
    for text in page.raw_lines[page.title_line + 1 :]:
        match = _REPORTER_SIGN_IN.match(normalise_whitespace(text))
        if match and (name := person_name(match.group("name"))):
            return [name]
    return []


def _compact(name: str) -> str:
    return re.sub(r"\W|_", "", re.sub(r"^the\s+", "", name.lower()))


def _corroborated_header_names(page: CleanedPage, outlet: str) -> list[str]:
    """A person's name printed alone between the headline and the story ('Ann Lee', 'Outlet | By Ann
    Lee', 'Ann Lee / Outlet Staff Writer') is the author when the page backs it: the same line names
    the outlet, an email address or a handle spells the name ('ann.lee@…', 'alee@…', '@annlee'), or a line
    under the story opens with it ('Ann Lee covers the statehouse …', 'Ann Lee can be reached at …'). A name-shaped
    line alone proves nothing: menus and tags ('North Korea') look the same."""
    if page.title_line is None:
        return []
    removed = {r.line_no for r in page.removed}
    emails = [m.group(1).lower() for line in page.raw_lines for m in re.finditer(r"\b([\w.+-]+)@[\w-]+\.", line)]
    # "Ann Lee @annlee_news": a social handle spells the name as an email's local part does
    emails += [m.group(1).lower() for line in page.raw_lines for m in re.finditer(r"(?<![\w.])@(\w{2,30})\b", line)]
    later = [normalise_whitespace(page.raw_lines[r.line_no]) for r in page.removed if r.line_no > page.title_line]
    found: list[str] = []
    number = page.title_line + 1
    while number < len(page.raw_lines) and (number in removed or not page.raw_lines[number].strip()):
        pieces = [p.strip() for p in re.split(r"\s+[|/·•]\s+|\s*/\s*", normalise_whitespace(page.raw_lines[number]))]
        for n, piece in enumerate(pieces):
            name = person_name(re.sub(r"^(?i:by)\s+|\s*(?<![\w.])@\w+", "", piece))
            if not name or name in found:
                continue
            others = pieces[:n] + pieces[n + 1 :]
            if (
                (outlet and any(_compact(outlet) in _compact(other) for other in others))
                or any(_spells(local, name) for local in emails)
                or any(text.startswith(f"{name} ") and text != name for text in later)
                or (len(pieces) == 1 and _credit_under_date_line(page, number, name))
                or (len(pieces) == 1 and _over_role_line(page, number))
            ):
                found.append(name)
        names = [person_name(re.sub(r"^(?i:by)\s+", "", piece)) for piece in pieces]
        if len(pieces) > 1 and all(names) and any(name in found for name in names):
            # "Ann Lee | Tom Ruiz": the page backs one of the names; the others on the line are her co-writers
            found += [name for name in names if name not in found]
        number += 1
    return found


def _bare_name(page: CleanedPage, number: int) -> str:
    """The person's name a line is and nothing else ('Ann Lee', 'ANN LEE -'); '' otherwise."""
    text = normalise_whitespace(page.raw_lines[number]).strip(" -–—,")
    if _PHOTO_WORD.search(text) or re.search(r"\b(?i:by)\b", text):
        return ""  # "PHOTOGRAPHS BY ANN LEE": a credit with its label, not a name alone
    if re.search(r"\S\s{2,}\S", page.raw_lines[number].strip()):
        return ""  # "Opinion   Letters   Columnists": a menu's entries set apart by wide gaps
    name = person_name(text)
    if not name or _compact(name) != _compact(text):
        return ""
    # "Letters Columnists": words the page writes in lower case elsewhere are common words, not a name's
    page_words = set(re.findall(r"\b[a-z][a-z'’]+\b", "\n".join(page.raw_lines)))
    if any(len(w) >= 3 and w in page_words for w in name.lower().split()):
        return ""
    # "Opinion Letters": a section's or a menu's words
    return "" if any(w in SECTION_WORDS | MENU_WORDS | KICKER_WORDS for w in name.lower().split()) else name


def names_between_headline_and_story(page: CleanedPage) -> list[str]:
    """'Headline' (/ its deck) (/ its date lines) / 'Ann Lee' / 'Tom Ruiz' / the story, its date line or a note
    opening with a name: two names or more alone on their lines, right under the headline (its deck, its date) and
    right over the story, the page's date line or a writer's note, that the story never mentions, are the writers'
    credit as pages print it without 'By'. One name alone there proves nothing without the page's backing (a tag,
    'North Korea', looks the same: _corroborated_header_names); two together are a credit, as 'By A and B' is."""
    if page.title_line is None:
        return []
    removed = {r.line_no for r in page.removed}
    lines = page.raw_lines

    def next_filled(number: int) -> int:
        while number < len(lines) and not lines[number].strip():
            number += 1
        return number

    number = next_filled(max(n for n in (page.title_line, page.title_continued) if n is not None) + 1)
    while number < len(lines) and number in page.date_lines:
        number = next_filled(number + 1)
    if number < len(lines) and not _bare_name(page, number):
        # the deck: the standfirst, or a sentence-case line the cleaning kept as the story's first paragraph
        if number != page.standfirst_line and (
            number in removed or not ends_sentence(normalise_whitespace(lines[number]))
        ):
            return []
        number = next_filled(number + 1)
    while number < len(lines) and number in page.date_lines:
        number = next_filled(number + 1)  # "Updated 14 minutes ago" / "First published …" over the names
    names = []
    while number < len(lines) and number in removed and (name := _bare_name(page, number)):
        names.append(name)
        number = next_filled(number + 1)
    if len(names) < 2 or number >= len(lines):
        return []  # one name alone proves nothing without the page's backing (_corroborated_header_names)
    under = normalise_whitespace(lines[number])
    if number in removed and number not in page.date_lines and not any(under.startswith(f"{n} ") for n in names):
        return []  # under the names comes neither the story, the date nor a writer's note: a caption, a menu
    if any(re.search(rf"\b{re.escape(name.split()[-1])}\b", page.body) for name in names):
        return []
    return names


@dataclass
class AuthorCandidate:
    """One person-shaped name printed in a byline position, and its traits (authorship.TRAITS)."""

    name: str
    traits: dict[str, float]


# The words that open or label a byline ("By", "Written by", "Words:", "Author:", "Posted by", "Reporting by").
_CREDIT_WORD = re.compile(
    r"^(?i:by|written\s+by|words\s+by|words|story\s+by|text\s+by|posted\s+by|reporting\s+by|report\s+by"
    r"|reported\s+by|compiled\s+by|reporting|authors?|writers?|reporters?|bylines?)\b\s*:?\s*"
)
# "Posted on July 8 by Ann Lee": a credit word before a date, its name after it.
_CREDIT_BY = re.compile(r"\b(?i:posted|written|published|reported|story|words|submitted)\b.*\b(?i:by)\s")
_ROLE_WORD = re.compile(
    r"\b(?i:reporter|correspondent|writer|journalist|columnist|contributor|staff|producer|analyst|bureau|editor"
    r"|freelance|intern|fellow)s?\b"
)
_ROLE_TAIL = re.compile(
    r"\s+(?:(?i:senior|chief|staff|political|special|deputy|associate|multimedia|digital|freelance|health|business"
    r"|court|crime|sports?|foreign)\s+)*(?i:reporter|correspondent|writer|journalist|editor|columnist|contributor)\b.*$"
)
_PHOTO_WORD = re.compile(r"\b(?i:photos?|photograph\w*|images?|pictures?|illustrations?|graphics?|video|camera)\b")
_EDITOR_WORD = re.compile(r"\b(?i:edited\s+by|editing\s+by|editor\s*:|sub-?edited)")
_BUTTON_WORD = re.compile(
    r"\b(?i:follow|share|tags?|topics?|related|read\s+more|more\s+from|subscribe|sign\s+up|newsletter|comments?)\b"
)
_CONTACT_WORD = re.compile(r"@|\b(?i:can\s+be\s+reached|contact|e-?mail|twitter|x\.com)\b")
_SPEECH_VERBS = r"(?:said|says|told|added|explained|noted|asked|according)"
_NAME_PIECES = re.compile(r"\s+[|/·•;]\s+|\s*[|/·•;]\s*|\s+[-–—]\s+|,\s*|\s+(?:and|&)\s+")
BYLINE_HEAD_LINES = 10  # lines under the headline searched for names when the story starts later than that
BYLINE_TAIL_LINES = 12  # lines under the story's end searched for names
BYLINE_ABOVE_LINES = 4  # lines over the headline searched for names


def author_candidates(page: CleanedPage, outlet: str = "") -> list[AuthorCandidate]:
    """Every person-shaped name on a short line between the headline and the story or under the story's end,
    one candidate per name, with its traits: what the learned weights judge where the rules read no byline."""
    if page.title_line is None:
        return []
    removed = {r.line_no for r in page.removed}
    story = [
        n for n in range(page.title_line + 1, len(page.raw_lines)) if n not in removed and page.raw_lines[n].strip()
    ]
    first, last = (story[0], story[-1]) if story else (len(page.raw_lines), len(page.raw_lines))
    # a byline printed over the headline too ("Written by Ann Lee" / the headline)
    head_end = min(first + 1, page.title_line + 1 + BYLINE_HEAD_LINES + 1, len(page.raw_lines))
    head = range(max(0, page.title_line - BYLINE_ABOVE_LINES), head_end)
    tail = range(last + 1, min(len(page.raw_lines), last + 1 + BYLINE_TAIL_LINES))
    addresses = [m.group(1).lower() for line in page.raw_lines for m in re.finditer(r"\b([\w.+-]+)@[\w-]+\.", line)]
    addresses += [m.group(1).lower() for line in page.raw_lines for m in re.finditer(r"(?<![\w.])@(\w{2,30})\b", line)]
    headline = _line(page, page.title_line)
    excluded = _publishers(page, outlet)
    lower_words = set(re.findall(r"\b[a-z][a-z'’]+\b", "\n".join(page.raw_lines)))
    found: dict[str, AuthorCandidate] = {}
    for number in [*head, *tail]:
        text = normalise_whitespace(page.raw_lines[number])
        if not text or word_count(text) > 25:
            continue
        if number == page.title_line or (number not in removed and (ends_sentence(text) or word_count(text) > 12)):
            continue  # a line the cleaning kept as story and shaped like its sentences names the story's people
        if _menu_of_links(text):
            continue  # "Main Page | Latest news | Help": a menu whose entries may look like names
        opening = text.lstrip("—–-― ")
        credited = bool(_CREDIT_WORD.match(opening) or _CREDIT_BY.search(text))
        unlabelled = _CREDIT_WORD.sub("", opening)
        # "Posted on July 8 by Ann Lee", "Ann Lee with Reuters", "Ann Lee (Example Post)": the name's own piece
        unlabelled = re.sub(r"\([^)]*\)|^.*?\s(?i:by)\s+|\s+(?i:with)\s.*$", " ", unlabelled)
        pieces = [p.strip() for p in _NAME_PIECES.split(unlabelled) if p and p.strip()]
        names = []
        for piece in pieces:
            piece = _ROLE_TAIL.sub("", piece)  # "Ann Lee Senior Reporter": the name before its role
            name = person_name(re.sub(r"^(?i:by)\s+|\s*(?<![\w.])@\w+|\s*\S+@\S+", "", piece))
            if name and _compact(name) not in excluded and not desk_credit(name) and name not in names:
                names.append(name)
        for name in names:
            if name in found:
                continue
            surname = re.escape(name.split()[-1])
            traits = {
                "bias": 1.0,
                "under_headline": float(number in head),
                "under_story": float(number in tail),
                "in_story_lines": float(number not in removed),
                "line_removed": float(number in removed),
                "near_date_line": float(any(n in page.date_lines for n in (number - 1, number, number + 1))),
                "line_of_its_own": float(_compact(text) == _compact(name)),
                "credit_word": float(credited),
                "role_word": float(bool(_ROLE_WORD.search(text))),
                "names_outlet": float(bool(outlet) and _compact(outlet) in _compact(text)),
                "photo_word": float(bool(_PHOTO_WORD.search(text))),
                "editor_word": float(bool(_EDITOR_WORD.search(text))),
                "button_word": float(bool(_BUTTON_WORD.search(text))),
                "contact_word": float(bool(_CONTACT_WORD.search(text))),
                "sentence_shaped": float(ends_sentence(text)),
                "long_line": float(word_count(text) > 12),
                "three_or_more_names": float(len(names) >= 3),
                "two_names": float(len(names) == 2),
                "spelt_by_address": float(any(_spells(local, name) for local in addresses)),
                "bio_under_story": float(
                    any(
                        normalise_whitespace(page.raw_lines[n]).startswith(f"{name} ")
                        for n in range(number + 1, len(page.raw_lines))
                        if n in removed
                    )
                ),
                "surname_in_story": float(re.search(rf"\b{surname}\b", page.body) is not None),
                "surname_speaks": float(
                    re.search(
                        rf"\b{surname}\b\W+(?:\w+\W+)?{_SPEECH_VERBS}\b|\b{_SPEECH_VERBS}\s+(?:\w+\s+)?{surname}\b",
                        page.body,
                    )
                    is not None
                ),
                "surname_in_headline": float(re.search(rf"\b{surname}\b", headline) is not None),
                "word_in_lower_case": float(
                    any(len(word) >= 3 and word.islower() and word in lower_words for word in name.lower().split())
                ),
                "known_given_name": float(name.split()[0].lower() in MALE_FIRST_NAMES | FEMALE_FIRST_NAMES),
                "tagged_person": float(_tagged_person(name, text)),
                "three_or_four_words": float(len(name.split()) >= 3),
                "has_initial": float(any(len(w.strip(".")) == 1 for w in name.split())),
                "all_capitals": float(text.isupper()),
            }
            found[name] = AuthorCandidate(name, traits)
    return list(found.values())


_LINK_BARS = re.compile(r"\s*[|•·]\s*")
MENU_MIN_ENTRIES = 3


def _menu_of_links(text: str) -> bool:
    """'Live Stream | Newscast Archive | Weather | Contact Us': three entries or more set apart by bars, not all
    of them people's names, are a menu ('Ann Lee | Ben Ode | Cy Doe' stays a byline)."""
    entries = [e for e in _LINK_BARS.split(text) if e.strip()]
    return len(entries) >= MENU_MIN_ENTRIES and not all(person_name(e) for e in entries)


def _tagged_person(name: str, line: str) -> bool:
    """The language model reads the name on its line as a person's ('Ann Lee | Staff Writer')."""
    from articles.ingest import nlp  # loaded only for a page whose byline the rules cannot read

    return any(entity.label_ == "PERSON" and name.split()[-1] in entity.text for entity in nlp.parse(line).ents)


def page_author_candidates(page: CleanedPage, outlet: str | None = None) -> list[AuthorCandidate]:
    """The author candidates of a page as read_metadata would weigh them (with the outlet it reads)."""
    return author_candidates(page, page_outlet(page) if outlet is None else outlet)


def _credit_under_date_line(page: CleanedPage, number: int, name: str) -> bool:
    """'Published on … | Updated on …' / 'Ann Lee' / the story: a name alone right under the page's date line, that
    the story never mentions, is its writer's credit (a topic tag there, 'North Korea', is what the story is about)."""
    above = number - 1
    while above > 0 and not page.raw_lines[above].strip():
        above -= 1
    if above not in page.date_lines:
        return False
    surname = name.split()[-1]
    return re.search(rf"\b{re.escape(surname)}\b", page.body) is None


# "Political Editor", "Senior Reporter", "Foreign Correspondent": a newsroom role printed alone on its line.
_ROLE_LINE = re.compile(
    r"^(?:[A-Z][a-z]+\s+){0,3}(?:Reporter|Correspondent|Writer|Journalist|Editor|Columnist|Contributor|Producer)$"
)


def _over_role_line(page: CleanedPage, number: int) -> bool:
    """'Ann Lee' / 'Political Editor': a name alone right over a line that is only a newsroom role is the writer's
    credit, as a broadcaster prints it (a tag or a menu entry has no role under it)."""
    below = number + 1
    while below < len(page.raw_lines) and not page.raw_lines[below].strip():
        below += 1
    return below < len(page.raw_lines) and bool(_ROLE_LINE.match(normalise_whitespace(page.raw_lines[below])))


def _spells(local: str, name: str) -> bool:
    """An email's local part spells the name: 'ann.lee', 'annlee', 'alee', 'leea', 'jwpark' (Park Ji-won)."""
    letters = re.sub(r"[^a-z]", "", local)
    words = [w for w in re.split(r"[\s-]+", name.lower()) if w]
    if not letters or len(words) > 4:
        return False
    for order in permutations(words):
        for whole in product((True, False), repeat=len(order)):
            if not any(w and len(word) >= 3 for w, word in zip(whole, order, strict=True)):
                continue
            if letters == "".join(word if w else word[0] for w, word in zip(whole, order, strict=True)):
                return True
    return False


# --- outlet ------------------------------------------------------------------------------


def _outlet(page: CleanedPage, title_outlet: str, dateline: Dateline | None) -> str:
    """The rules' outlet (the first name the evidence gives, in the order of _outlet_evidence), unless the
    candidates disagree and the learned weights (outlets.py) favour another far above it."""
    candidates = outlet_candidates(page, title_outlet, dateline)
    chosen = candidates[overruling_candidate([candidate.traits for candidate in candidates], ruled=0)].name
    named = [candidate for candidate in candidates if candidate.name]
    people = {_compact(name) for name in [*page.authors, *page.follow_authors, *page.bio_authors]}
    if (
        not chosen
        and len(named) == 1
        and "any_self_reference" in named[0].kinds
        and _compact(named[0].name) not in people
    ):
        # nothing else names a site, and its furniture names itself once ('Follow the X on Facebook'): X
        return named[0].name
    if not chosen and not named:
        # nothing names the site but its address, alone on a line ('example-facts.gy' under the story, a copied
        # page's URL over it): the domain is the only name the page gives its publisher
        return _only_domain(page)
    return chosen


# The last word of a name that says it is a newsroom: "Example News Agency", "Mekong Wire", "Example Press".
_NEWSROOM_WORDS = {"agency", "wire", "newswire", "news", "press"}
# "Source: Xinhua | 2024-03-03 17:12:05 | Editor: Li Wei": the source, then the time and the editor.
_SOURCE_OVER_FIELDS = re.compile(r"^source\s*:\s*(?P<source>[^|]+?)\s*\|", re.IGNORECASE)


def _writing_newsroom(page: CleanedPage, dateline: Dateline | None) -> str:
    """The newsroom a page credits for writing its story, whoever hosts it; '' when it credits none. In order: where
    the story first appeared ('This story first appeared in X', 'Originally published by X', 'republished from X'),
    the wire credited in the dateline ('CITY (AFP) —', '… Mar 18, CMC –'), 'Source: X' naming a newsroom, and an
    agency closing the story ('— AFP' under the last paragraph, '… said. (ANI)'). A release's issuer stands."""
    if page.issuer:
        return ""
    removed = [normalise_whitespace(r.text) for r in page.removed]
    credited = next((name for text in removed if (name := publication_credit(text))), "")
    if credited:
        return re.sub(r"^the\s+", "", credited)  # 'the Port of Spain Sentinel': the article is the sentence's
    if reprinted := next((name for text in removed if (name := reprinted_from(text))), ""):
        return _as_printed(reprinted, page)
    kept = [k for k, text in enumerate(page.raw_lines) if text.strip()]
    cut = {r.line_no for r in page.removed}
    story_end = max((k for k in kept if k not in cut), default=len(page.raw_lines))
    sources = [
        name
        for r in page.removed
        if (text := normalise_whitespace(r.text))
        and (name := source_credit(text) or ((m := _SOURCE_OVER_FIELDS.match(text)) and m.group("source")) or "")
        # 'Source: ENA' under a story its own writer signs: the report the site's writer worked from, not the
        # newsroom that wrote it (a wire's name, or a source line over the lead, credits the writer as ever)
        and not (r.line_no > story_end and page.authors and not agency_credit(name))
    ]
    if dateline and dateline.agency and not dateline.outlet and _newsroom_shaped(dateline.agency):
        short = _spelt_out_above(dateline.agency, page) or dateline.agency
        short = _initials_spelt_out(short, page)
        # 'VIENNA (Alpine Press) -' over 'Source: Alpine Press Agency': the name the credit spells out in full
        return next((name for name in sources if _compact(name).startswith(_compact(short))), short)
    source = next((name for name in sources if _newsroom_shaped(name)), "")
    if source:
        return source
    if wire := next((name for text in removed if (name := _wire_among_fields(text))), ""):
        return wire
    closing = next(
        (name for r in page.removed if r.line_no > story_end and (name := agency_credit(normalise_whitespace(r.text)))),
        "",
    )
    return closing or agency_credit(page.sign_off_outlet)


def _initials_spelt_out(credit: str, page: CleanedPage) -> str:
    """'(ENA)' in the dateline of a page that prints 'Example News Agency' alone on a line (where a byline or a
    credit goes): a newsroom known to few by its initials is named as the page spells it in full. A wire whose
    initials are its common name ('AP', 'AFP', 'PTI') keeps them, as wire copy everywhere credits it."""
    if not _INITIALS.match(credit) or agency_credit(credit):
        return credit
    for text in page.raw_lines:
        name = normalise_whitespace(text)
        if (
            2 <= len(name.split()) <= SITE_NAME_MAX_WORDS + 1
            and _initials(name) == credit.lower()
            and capitalised_share(" ".join(w for w in name.split() if w not in _JOINING_WORDS)) == 1.0
            and not person_name(name)
        ):
            return name
    return credit


# The last word of a wire's name: "United News Wire", "Example Press Agency" (not "News": "India News" is a section).
_WIRE_WORDS = {"agency", "wire", "newswire", "press"}


def _wire_among_fields(text: str) -> str:
    """'India News | United News Wire | Updated: March 03, 2024 4:32 pm IST': a line of fields, one of them a date,
    that credits a wire beside the section → the wire; else ''."""
    fields = [normalise_whitespace(field) for field in text.split(" | ")]
    if len(fields) < 2 or not any(parse_date_line(field) for field in fields):
        return ""
    return next(
        (
            field
            for field in fields
            if agency_credit(field)
            or (
                2 <= len(field.split()) <= 4
                and field.split()[-1].lower() in _WIRE_WORDS
                and capitalised_share(field) == 1.0
                and not _section_name(field)
            )
        ),
        "",
    )


# The last word of a newsroom post: "Local Democracy Reporter", "Transport Correspondent", "Picture Editor".
_NEWSROOM_POSTS = {
    "reporter", "correspondent", "editor", "writer", "journalist", "columnist", "photographer", "producer",
    "contributor", "critic", "presenter", "analyst",
}  # fmt: skip


def _role_shaped(name: str) -> bool:
    """'Local Democracy Reporter', 'Senior Political Correspondent': a writer's post after the name in a byline,
    however capitalised, not the outlet the byline credits."""
    words = name.lower().split()
    return bool(words) and words[-1] in _NEWSROOM_POSTS and words[0] != "the"


def _newsroom_shaped(name: str) -> bool:
    """A wire agency's name ('AFP', 'Reuters'), a name whose last words say newsroom ('Example News Agency', 'Mekong
    Wire', 'Example Wire Service'), or initials in capitals ('CMC', 'MNA'); never a word of the sentence read as a
    credit ('Amendment')."""
    words = name.lower().split()
    return bool(
        agency_credit(name)
        or (words and words[-1] in _NEWSROOM_WORDS and capitalised_share(name) == 1.0)
        or (words[-2:] in (["news", "service"], ["wire", "service"]) and capitalised_share(name) == 1.0)
        or re.fullmatch(r"[A-Z]{2,6}", name)
    )


# Words after a newsroom's own name that say which of its sites or editions this is: "Example Agency English".
_EDITION_WORDS = {"english", "online", "international", "edition", "global", "digital"}


def _same_newsroom(name: str, other: str) -> bool:
    """'CP' and 'The Continental Press', 'Meridian' and 'Meridian Wire', 'Orient News' and 'Orient News Agency
    English', 'ATN' and 'Agenzia Tirrena English' (the initials of the name before its edition word begin the
    capitals): one newsroom named two ways."""
    a, b = _compact(name), _compact(other)
    if not (a and b):
        return False
    if a in b or b in a or a == _initials(other) or b == _initials(name):
        return True
    short, full = (name, other) if name.isupper() else (other, name)
    words = full.split()
    while words and words[-1].lower() in _EDITION_WORDS:
        words.pop()
    initials = _initials(" ".join(words))
    return short.isupper() and len(initials) >= 2 and _compact(short).startswith(initials)


def _finished_outlet(name: str, page: CleanedPage, dateline: Dateline | None) -> str:
    """A name the evidence gives, as the rules print it (outlet_candidates finishes every candidate so)."""
    name = _appealed_for(name)
    named = _station_name(
        _with_its_article(
            _without_edition_word(_without_news_word(_signed_initials(name, page, dateline), page), page), page
        )
    )
    return _body_under_banner(_capitals_as_written(named, page), page)


# "Support the Example Post", "Donate to Example Voice", "Back the Example Courier": a site's appeal for money or
# readers in the masthead's place, the site's own name after the verb.
_APPEAL = re.compile(rf"^(?:[Ss]upport|[Dd]onate\s+to|[Bb]ack|[Ff]und)\s+(?P<the>[Tt]he\s+)?(?P<name>{_NAME})$")


def _appealed_for(name: str) -> str:
    """'Support the Example Post' → 'The Example Post': the name the appeal asks readers to support (its 'the' is the
    name's, as a masthead prints it); any other name as it stands."""
    match = _APPEAL.match(name)
    if not match or capitalised_share(match.group("name")) < 1.0:
        return name
    return f"The {match.group('name')}" if match.group("the") else match.group("name")


def _capitals_as_written(name: str, page: CleanedPage) -> str:
    """'CONTINENTAL PRESS' (a logo's capitals) on a page whose story or notices print 'Continental Press': the name
    as the site writes it in running text (its 'The' then added as the page prints it). A one-word name in capitals
    stays: it may be the site's initials or its own capitals ('MONTSAME')."""
    if not name.isupper() or len(name.split()) < 2:
        return name
    printed = _as_printed(name, page)
    if printed == name or re.match(r"(?i)the\s", printed):
        return printed
    # '© 2024 The Example Press': the notice where the site names itself keeps the name's capital 'The' (one in the
    # story may open a clause: 'Castries, 3 May – The Example Commission has …')
    notice = re.compile(
        rf"(?:©|\(c\)|\bcopyright\b)[^A-Za-z]*(?:\d{{4}}\s*)?The\s+{re.escape(printed)}\b", re.IGNORECASE
    )
    return f"The {printed}" if any(notice.search(text) for text in page.raw_lines) else printed


def _only_domain(page: CleanedPage) -> str:
    """The one host the page prints as an address alone on a line ('example.mu'), else ''. An email's domain
    names where a writer is reached, not the publisher."""
    hosts = {match.group("host") for text in page.raw_lines if (match := ADDRESS_LINE.match(text.strip().lower()))}
    if not hosts:
        # 'Got a story? Email newsdesk@example.je': the newsroom's own mailbox is the site's address, not a writer's
        hosts = {match.group("host").lower() for text in page.raw_lines for match in _NEWSROOM_MAILBOX.finditer(text)}
    return hosts.pop() if len(hosts) == 1 else ""


# "newsdesk@example.je", "tips@example-post.com": a mailbox the newsroom reads, named by its work, not a person.
_NEWSROOM_MAILBOX = re.compile(
    r"(?<![\w.-])(?:newsdesk|news|newsroom|editor|editors|editorial|tips|letters|desk)@"
    r"(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6})\b",
    re.IGNORECASE,
)


def _outlet_evidence(page: CleanedPage, title_outlet: str, dateline: Dateline | None) -> list[tuple[str, str]]:
    """Each kind of evidence (outlets.EVIDENCE_KINDS) and the name it gives ('' for none), in the rules' order:
    the publisher's own cues first (masthead, menus, its name at the end, the title, a sign-off, a credit naming
    it beside the agency); then the agency of the dateline; then the copyright holder; last a wire agency
    credited on a line of its own and the name over the menu."""
    removed = [normalise_whitespace(r.text) for r in page.removed]
    closing = [normalise_whitespace(r.text) for r in page.removed if r.reason == OUTLET_NAME]
    menu = next(
        (
            match.group("outlet")
            for cue in (_MENU_CUE, _NEWSLETTER_CUE)
            for text in removed
            if (match := cue.match(text)) and not _names_a_topic(match.group("outlet"), page)
        ),
        "",
    )
    head = _running_head(page)
    evidence = [
        # a release's issuer ("News provided by X", "From: X") over the masthead of the site distributing it
        ("issuer", page.issuer),
        # a printed page's running head, a newsletter's name over its dated issue line: the publication
        ("running_head", _as_printed(head[0], page) if head else ""),
        ("issue_masthead", _issue_masthead(page)),
        ("masthead", _masthead(page, removed)),
        ("menu_cue", menu),
        ("tagline", next((name for text in removed if (name := tagline_name(text))), "")),
        ("name_at_end", closing[-1] if closing else ""),
        ("title_site", title_outlet),
        ("dated_outlet", next((name for text in removed if (name := dated_outlet(text))), "")),
        ("initials_sign_off", _named_by_initials(page)),
        # "Example Monde with AFP" names the outlet; "Anna Becker with Reuters" the reporter, an author
        (
            "with_agencies",
            next((name for text in removed if (name := outlet_with_agencies(text)) and name not in page.authors), ""),
        ),
        ("sign_off", page.sign_off_outlet),
        ("publication_credit", next((name for text in removed if (name := publication_credit(text))), "")),
        (
            "byline_outlet",
            next(
                (
                    name
                    for number in page.byline_lines
                    if (name := byline_outlet(page.raw_lines[number])) and not _role_shaped(name)
                ),
                "",
            ),
        ),
        (
            "staff_credit",
            next((_own_service(name, text, removed) for text in removed if (name := staff_credit(text))), ""),
        ),
        ("desk_credit", next((name for text in removed if (name := desk_credit(text))), "")),
        ("credited_outlet", next((name for text in removed if (name := credited_outlet(text))), "")),
        ("wire_publisher", dateline.outlet if dateline else ""),
        ("dateline_agency", _spelt_out_above(dateline.agency, page) if dateline else ""),
        ("named_by_furniture", _named_by_its_furniture(removed)),
        ("named_by_address", _named_by_its_address(page)),
        # "© 2024 Ann Lee" under her own newsletter: the writer, not the publication
        (
            "copyright",
            _publication_of(
                next((name for text in removed if (name := copyright_holder(text)) and name not in page.authors), ""),
                page,
            ),
        ),
        ("publisher_label", next((name for text in removed if (name := publisher_label(text))), "")),
        ("rights_holder", next((name for text in removed if (name := rights_holder(text))), "")),
        ("source_credit", next((name for text in removed if (name := source_credit(text))), "")),
        ("agency_alone", next((name for text in reversed(removed) if (name := agency_credit(text))), "")),
        ("name_over_menu", _name_over_menu(page)),  # the weakest cue: a name printed over the menu
    ]
    # a story the host carries names the newsroom that wrote it (issue 18's convention: the agency or partner
    # credited for the story, not the portal, aggregator, paper or TV site that republishes it)
    host = next((name for _, name in evidence if name), "")
    writer = _writing_newsroom(page, dateline)
    # 'by ANN LEE Associated Press' over 'CITY (AP) —': the byline spells out the wire the dateline credits by the
    # initials wire copy is known by, and the credit stands as the dateline gives it
    known_wire = agency_credit(writer) == writer and _INITIALS.match(writer) is not None
    credited = writer if writer and (known_wire or not (host and _same_newsroom(writer, host))) else ""
    return [evidence[0], ("writer_credit", credited), *evidence[1:]]


@dataclass
class OutletCandidate:
    """One name the page's evidence gives as its outlet (as the rules would print it) and its traits."""

    name: str
    kinds: list[str]  # the kinds of evidence that name it, in the rules' order
    traits: dict[str, float]


def _loose_outlet_evidence(page: CleanedPage) -> list[tuple[str, str]]:
    """Each kind of evidence outlets.LOOSE_EVIDENCE_KINDS names and every name it gives, in page order."""
    removed = [normalise_whitespace(r.text) for r in page.removed]
    evidence = [("any_masthead", name) for name in page.mastheads]
    evidence += [("any_copyright", name) for text in removed if (name := copyright_holder(text))]
    evidence += [("any_self_reference", name) for name in self_references(removed)]
    evidence.append(("spelt_by_a_domain", _name_spelt_by(site_domains(page.raw_lines), page)))
    top = [normalise_whitespace(text) for text in page.raw_lines[:3] if text.strip()]
    for text in top[:1]:
        pieces = _BROWSER_TITLE_PARTS.split(text)
        if len(pieces) > 1:
            evidence += [("browser_title_site", _site_name(pieces[-1])), ("browser_title_site", _site_name(pieces[0]))]
    return evidence


def outlet_candidates(page: CleanedPage, title_outlet: str, dateline: Dateline | None) -> list[OutletCandidate]:
    """Every distinct outlet name the evidence gives: the rules' answer first (a nameless candidate when the rules
    find none), then the others in the rules' order, then those only looser evidence names. A section's name
    ("Politics", "World News") read from a label or a menu is never one."""
    found: dict[str, OutletCandidate] = {}
    finished: dict[str, str] = {}  # each name as the rules print it, read once
    ruled = _outlet_evidence(page, title_outlet, dateline)
    for kind, name in [*ruled, ("", ""), *_loose_outlet_evidence(page)]:
        if not kind and not found:
            found[""] = OutletCandidate("", [], {})  # the rules find none
        if not name or (_section_name(name) and not re.match(r"(?i)the\s", name) and name != page.tagline_masthead):
            continue
        if _language_service(name):
            continue  # "English Service" under the site's name: which of its services this is, not a site
        if name not in finished:
            finished[name] = _finished_outlet(name, page, dateline)
        key = _compact(finished[name])
        if key and key not in found:
            found[key] = OutletCandidate(finished[name], [kind], {})
        elif key and kind not in found[key].kinds:
            found[key].kinds.append(kind)
    candidates = list(found.values())
    initials = {_initials(c.name) for c in candidates if len(c.name.split()) >= 2}
    short = {_compact(c.name) for c in candidates if c.name.isupper()}
    for candidate in candidates:
        candidate.traits = _outlet_traits(candidate, page)
        if candidate.name:
            candidate.traits["initials_of_another"] = float(
                candidate.name.isupper() and _compact(candidate.name) in initials
            )
            candidate.traits["spelt_out_by_another"] = float(_initials(candidate.name) in short)
    return candidates


# The words that name an office of a body without naming the body: "Communications Department", "Press Office".
_OFFICE_WORDS = {
    "communications", "communication", "department", "office", "press", "media", "team", "unit", "desk", "newsroom",
    "public", "affairs", "relations", "information", "corporate", "division", "bureau", "secretariat", "the", "and",
    "&", "of",
}  # fmt: skip


def _initials(name: str) -> str:
    """'Associated Press' → 'ap', 'The Example News Agency' → 'ena'."""
    return "".join(w[0] for w in name.lower().split() if w not in _JOINING_WORDS | {"the"} and w[0].isalnum())


def page_outlet_candidates(page: CleanedPage) -> list[OutletCandidate]:
    """The outlet candidates of a cleaned page, read as read_metadata reads them (for learning their weights)."""
    _, title_outlet, _ = _title_and_site(page)
    return outlet_candidates(page, title_outlet, _read_page_dateline(page))


TENTH = 0.1


def _outlet_traits(candidate: OutletCandidate, page: CleanedPage) -> dict[str, float]:
    """The candidate's traits (outlets.TRAITS): its evidence, where and how often the page prints it, its shape and
    what else it is."""
    name = candidate.name
    if not name:
        return {trait: float(trait == "no_outlet") for trait in OUTLET_TRAITS}
    kinds = len(candidate.kinds)
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)
    lines = [n for n, text in enumerate(page.raw_lines) if pattern.search(text)]
    printed = len(lines)
    total = max(len(page.raw_lines), 1)
    title = page.title_line if page.title_line is not None else -1
    story_lines = {n for n, text in enumerate(page.raw_lines) if text.strip()} - {r.line_no for r in page.removed}
    words = name.split()
    traits = {f"by_{kind}": 1.0 for kind in candidate.kinds}
    traits |= {
        "two_kinds": float(kinds == 2),
        "three_or_more_kinds": float(kinds >= 3),
        "printed_once": float(printed == 1),
        "printed_twice_or_thrice": float(2 <= printed <= 3),
        "printed_four_times_or_more": float(printed >= 4),
        "printed_nowhere_whole": float(printed == 0),
        "line_of_its_own": float(any(_plain(page.raw_lines[n]) == _plain(name) for n in lines)),
        "above_headline": float(any(n < title for n in lines)),
        "under_story": float(any(n > title and n not in story_lines for n in lines)),
        "in_story": float(pattern.search(page.body) is not None),
        "in_first_tenth": float(any(n < total * TENTH for n in lines)),
        "in_last_tenth": float(any(n >= total * (1 - TENTH) for n in lines)),
        "one_word": float(len(words) == 1),
        "two_words": float(len(words) == 2),
        "three_or_more_words": float(len(words) >= 3),
        "all_capitals": float(name.isupper()),
        "starts_with_the": float(re.match(r"(?i)the\s", name) is not None),
        "has_digit": float(re.search(r"\d", name) is not None),
        "has_publisher_word": float(any(w.lower().strip(".,") in PUBLISHER_WORDS for w in words)),
        "masthead_shaped": float(bool(masthead_name(name))),
        "person_shaped": float(bool(person_name(name))),
        "page_author": float(any(_compact(author) == _compact(name) for author in page.authors)),
        "section_shaped": float(_section_label_shaped(name)),
        "news_agency": float(bool(agency_credit(name))),
        "photo_credit_shaped": float(re.search(r"(?i)\b(?:photos?|images|pictures|pics)$", name) is not None),
        "office_shaped": float(all(w.lower() in _OFFICE_WORDS for w in words)),
    }
    return {trait: traits.get(trait, 0.0) for trait in OUTLET_TRAITS}


# "WKRX 12", "KVTN-TV 8", "CFRN Channel 3": a North American station's call letters and its channel number.
_CALL_LETTERS_CHANNEL = re.compile(
    r"^(?P<name>[CKWX][A-Z]{2,3}(?:-(?:TV|DT|FM|AM|LD|CD))?)\s+(?:[Cc]hannel\s+)?\d{1,2}$"
)


def _station_name(outlet: str) -> str:
    """'Radio Maranatha 98.4 FM' → 'Radio Maranatha', 'WKRX 12' → 'WKRX': a broadcaster is named without the
    frequency or channel its masthead prints beside the name (a listener tunes there; the station is the name)."""
    call_letters = _CALL_LETTERS_CHANNEL.match(outlet)
    name = station_name(outlet) or (call_letters.group("name") if call_letters else "")
    return name.strip(" -–—|,") if name else outlet


BANNER_BODY_LINES = 3  # the lines under a portal's banner where the department prints its own name


def _body_under_banner(outlet: str, page: CleanedPage) -> str:
    """'GOVPH' / 'Republic of the Philippines' / 'Department of Coastal Affairs' over the menu: a short banner in
    capitals that is not the initials of the public body printed under it is the government portal's, and the
    body is the outlet."""
    if not re.fullmatch(r"[A-Z][A-Z.]{1,9}", outlet) or page.title_line is None:  # "GOVXY", "GOV.XY"
        return outlet
    top = [normalise_whitespace(text) for text in page.raw_lines[: page.title_line] if text.strip()]
    banner = next((k for k, text in enumerate(top) if text == outlet), None)
    if banner is None:
        return outlet
    for text in top[banner + 1 : banner + 1 + BANNER_BODY_LINES]:
        body = institution_name(text)
        initials = "".join(w[0] for w in body.split() if w.lower() not in _JOINING_WORDS | {"the"})
        if body and len(body.split()) >= 3 and initials.upper() != outlet.replace(".", "") and not _section_name(body):
            return body
    return outlet


# "THE HARBOUR REVIEW   |   MARCH 24, 2025   |   27", "28 | The Harbour Review | March 24, 2025", "Page 4    The
# Harbour Review    March 24, 2025": a printed page's running head, the publication's name and the issue's date beside
# the page number, set apart by bars or by the wide spaces a PDF's text keeps.
_PAGE_NUMBER = re.compile(r"^(?i:page\s+|p\.\s*)?\d{1,4}$")


def running_head(text: str) -> tuple[str, PartialDate] | None:
    """The publication and the date a print running head gives; None for any other line."""
    parts = [p.strip() for p in re.split(r"\s*[|•·]\s*|\s{3,}", text.strip())]
    if len(parts) != 3 or not (_PAGE_NUMBER.match(parts[0]) or _PAGE_NUMBER.match(parts[-1])):
        return None
    rest = parts[1:] if _PAGE_NUMBER.match(parts[0]) else parts[:-1]
    for name, dated in (rest, rest[::-1]):
        line = parse_date_line(dated)
        if line is None or line.published.day is None or line.published.year is None:
            continue
        words = name.split()
        if (
            1 <= len(words) <= SITE_NAME_MAX_WORDS
            and re.fullmatch(r"[^\W\d_][\w&'’ .-]*", name)
            and (capitalised_share(name) == 1.0)
        ):
            return name, line.published
    return None


def _running_head(page: CleanedPage) -> tuple[str, PartialDate] | None:
    """The first running head among the lines cut from the story."""
    return next((head for r in page.removed if (head := running_head(r.text))), None)


def _as_printed(name: str, page: CleanedPage) -> str:
    """'THE HARBOUR REVIEW' as the page prints it in running text ('told The Harbour Review'); else as it stands."""
    if not name.isupper():
        return name
    pattern = re.compile(r"\b" + r"\s+".join(map(re.escape, name.split())) + r"\b", re.IGNORECASE)
    for text in [page.body, *page.raw_lines]:
        for match in pattern.finditer(text):
            if not match.group().isupper():
                return match.group()
    return name


# "Tuesday, March 25, 2025 | Issue No. 412", "Vol. 12, No. 7 · March 3, 2025": a dated issue line.
_ISSUE_NUMBER = re.compile(r"\b(?:issue|vol\.?|volume|edition)\s*(?:no\.?\s*|#\s*)?\d{1,4}\b", re.IGNORECASE)
ISSUE_MASTHEAD_LINES = 2  # a newsletter's name, then maybe its motto, over its dated issue line


def _issue_masthead(page: CleanedPage) -> str:
    """'THE CAPITOL LEDGER' / 'Your morning guide to the statehouse' / 'Tuesday, March 25, 2025 | Issue No. 412':
    the name a newsletter or paper prints over its dated issue line (past its motto, in sentence case)."""
    removed = {r.line_no for r in page.removed}
    lines = [(n, normalise_whitespace(text)) for n, text in enumerate(page.raw_lines) if text.strip()]
    for k, (number, text) in enumerate(lines):
        if number not in removed or not _ISSUE_NUMBER.search(text):
            continue
        line = parse_date_line(text)
        if line is None or not line.published.known:
            continue
        for above, name in reversed(lines[max(0, k - ISSUE_MASTHEAD_LINES) : k]):
            if above not in removed or parse_date_line(name):
                break
            if _site_name(name) and not language_links(name):
                return _as_printed(name, page)
    return ""


def _without_news_word(outlet: str, page: CleanedPage) -> str:
    """'Harbourside Radio News' at the top of a page whose footer says 'Harbourside Radio is not responsible …'
    or '© 2025 Harbourside Radio': the broadcaster's news service is printed as its masthead, and the
    organisation the page names itself by, under the story, is the outlet."""
    match = re.fullmatch(r"(?P<name>.+?)\s+News", outlet)
    if not match or len(match.group("name").split()) < 2 or page.title_line is None:
        return outlet
    name = re.escape(match.group("name"))
    copyright_line = rf"(?:©|\(c\)|copyright)\s*(?:\d{{4}}\s*)?{name}(?:[.,]?\s*(?:all rights reserved\.?)?)$"
    about_itself = rf"{name}\s+(?:is|are|does|do|was|has)\b"  # "X is not responsible for …"
    own = re.compile(rf"^(?:{copyright_line}|{about_itself})", re.IGNORECASE)
    below = [r.text for r in page.removed if r.line_no > page.title_line]
    return match.group("name") if any(own.match(normalise_whitespace(text)) for text in below) else outlet


# "Example Chronicle Online", "Example Daily English Edition": the paper's name, then the edition the site is.
_EDITION_SUFFIX = re.compile(r"^(?P<name>.+?)\s+(?i:online|(?:english\s+|international\s+|digital\s+)?edition)$")


def _without_edition_word(outlet: str, page: CleanedPage) -> str:
    """'Example Chronicle Online' printed once, as the masthead, over a page whose furniture names the site no other
    way: the publication is 'Example Chronicle', so that the paper's pages make one outlet whichever edition
    carries them. The edition word stays when the name without it is no paper's name ('Example Online') or when
    another line prints the name with it ('© 2025 Example Chronicle Online', 'Follow Example Chronicle Online'):
    the site calls itself so."""
    match = _EDITION_SUFFIX.match(outlet)
    if not match or len(match.group("name").split()) < 2 or masthead_name(match.group("name")) != match.group("name"):
        return outlet
    pattern = re.compile(r"\b" + r"\s+".join(map(re.escape, outlet.split())) + r"\b", re.IGNORECASE)
    printed = sum(bool(pattern.search(text)) for text in page.raw_lines)
    return match.group("name") if printed <= 1 else outlet


def _signed_initials(outlet: str, page: CleanedPage, dateline: Dateline | None) -> str:
    """'Steppe Information Agency - SIA' over a page that signs 'AKTAU, MAY 14, SIA.' or '© 2024 SIA': the
    initials it signs its copy with are the outlet, as 'TASS' or 'APP' are; with no such credit, the name."""
    top = page.title_line if page.title_line is not None else len(page.raw_lines)
    initials = next(
        (
            short
            for text in page.raw_lines[:top]
            if (named := acronym_masthead(text)) and named[0] == outlet
            for short in [named[1]]
        ),
        "",
    )
    if not initials:
        return outlet
    removed = [normalise_whitespace(r.text) for r in page.removed]
    if any(_compact(copyright_holder(text)) == _compact(outlet) for text in removed):
        # '© 2024 Example News & Information Agency' under 'Example News & Information Agency - ENIA': the notice
        # where a site names itself spells the name in full, whatever initials its datelines sign with
        return outlet
    credits = {dateline.agency if dateline else "", page.sign_off_outlet}
    credits |= {name for text in removed for name in (copyright_holder(text), agency_credit(text))}
    wire_credit = re.search(rf"\(\s*{initials}\s*\)|/{initials}/|[-–—]\s*{initials}\s*$", page.body, re.MULTILINE)
    return initials if initials in credits or wire_credit else outlet


def _publication_of(holder: str, page: CleanedPage) -> str:
    """'© 2025 Tasman Media Group Ltd' on a page topped by 'Tasman Eye': the company owns the copyright, the
    line at the top that opens with the company's own name is the publication. Else the holder."""
    words = holder.split()
    core = []
    for word in words:
        if word.lower().strip(".,") in PUBLISHER_WORDS:
            break
        core.append(word)
    if not core or len(core) == len(words):
        return holder
    key = _compact(" ".join(core))
    # the lines over the headline; on a page whose headline no rule found, those over the byline, else over the
    # story's first line
    cut = {r.line_no for r in page.removed}
    story_lines = [n for n, text in enumerate(page.raw_lines) if text.strip() and n not in cut]
    top = page.title_line
    if top is None:
        top = min(page.byline_lines) if page.byline_lines else next(iter(story_lines), 0)
    for number in range(top):
        text = normalise_whitespace(page.raw_lines[number])
        if (
            1 <= len(text.split()) <= SITE_NAME_MAX_WORDS
            and capitalised_share(text) == 1.0
            and not any(w.lower() in PUBLISHER_WORDS for w in text.split())
            and _compact(re.sub(r"^[Tt]he\s+", "", text)).startswith(key)
            and _site_name(text)
        ):
            return text
    return _name_over_menu(page) or holder


MENU_ENTRY_MAX_WORDS = 2


def _name_over_menu(page: CleanedPage) -> str:
    """The first capitalised line of the page, a short name over two or more menu entries ('Cedar Hollow
    Signal' / 'Subscribe' / 'Local' / …) above the headline: where sites print their own name."""
    if page.title_line is None:
        return ""
    raw_top = [text for text in page.raw_lines[: page.title_line] if text.strip()]
    top = [normalise_whitespace(text) for text in raw_top]
    # a score ticker, an icon's spoken labels, a motto in capitals or the language switch over the name: lines too
    # long or too busy to be a name, read past to the first line that may be one
    first = next(
        (k for k, text in enumerate(top) if capitalised_share(text) == 1.0 and not _over_the_name(text)),
        None,
    )
    if first is None or not (name := _site_name(top[first])) or len(name.split()) > HEADING_NAME_MAX_WORDS:
        return ""
    if language_links(name) or parse_date_line(name) or _names_a_topic(name, page):
        return ""  # "Singapore" over "Bookmark" and "Share", on a story from Singapore: the section
    if name.lower() in MENU_SECTION_NAMES:
        return ""  # "Nation" over "World" and "Business": the menu's first section
    menu = top[first + 1 : first + 3]
    if len(menu) == 2 and all(len(entry.split()) <= MENU_ENTRY_MAX_WORDS for entry in menu):
        return name
    # "Example Current" / "Politics   Economy   Travel": the name over its menu copied as one line, the entries set
    # apart by wide gaps or bars
    if first + 1 < len(raw_top) and spaced_menu(raw_top[first + 1]):
        return name
    # "Example Maverick" / "South Africa" / headline: the name, then the section's label alone over the headline
    # ("Ann Lee" / "Column" is a columnist's name over the kind of piece; a followed writer is no site)
    label = top[first + 1 :]
    if len(label) == 1 and _language_service(label[0]) and name not in page.follow_authors:
        return name  # "Example Local" / "News in English": the name over the language its service writes in
    if first != 0 or len(label) != 1 or not _section_label_shaped(label[0]) or name in page.follow_authors:
        return ""
    return "" if all(w.lower() in KICKER_WORDS for w in label[0].split()) else name


def _language_service(text: str) -> bool:
    """'News in English', 'The latest from Norway in English', 'English Service': a line that says in which language
    the site's service writes, a motto in the masthead's place."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    if not 1 < len(words) <= SECTION_LABEL_MAX_WORDS + 3 or ends_sentence(text):
        return False
    languages = [k for k, word in enumerate(words) if word in LANGUAGE_NAMES]
    return bool(languages) and (
        (languages[-1] == len(words) - 1 and words[-2] in ("in", "en"))
        or (languages[0] == 0 and words[-1] in ("service", "edition", "section"))
    )


def _over_the_name(text: str) -> bool:
    """A line sites print over their own name: longer than any name with bars, digits or a sentence's words (a
    ticker, a motto, the icons' labels), or the language switch."""
    return bool(language_links(text)) or (
        len(text.split()) > HEADING_NAME_MAX_WORDS + 1 and not _site_name(text) and not masthead_name(text)
    )


SECTION_LABEL_MAX_WORDS = 3


def _section_label_shaped(text: str) -> bool:
    """'South Africa', 'India News', 'Politics': a few capitalised words, no sentence, no date."""
    words = text.split()
    return (
        1 <= len(words) <= SECTION_LABEL_MAX_WORDS
        and capitalised_share(text) == 1.0
        and not re.search(r"[.!?:;,|/\d]", text)
        and parse_date_line(text) is None
    )


def _with_its_article(outlet: str, page: CleanedPage) -> str:
    """'Wyebridge Advertiser' read from 'Follow the Wyebridge Advertiser' on a page that prints '© 2025 The
    Wyebridge Advertiser Ltd': the name as the site writes it, with its capital 'The' (a lower-case 'the'
    before it is the sentence's article, not the name's)."""
    if not outlet or outlet.isupper() or re.match(r"(?i)the\s", outlet) or agency_credit(outlet):
        return outlet  # "AP", "The Example Post", "Associated Press": as they stand
    # a 'The' opening a sentence ('The Example Alliance said on Monday …') is the sentence's, whatever the name's
    name = re.escape(outlet)
    pattern = re.compile(rf"(?<![.!?]\s)(?<![.!?]\s\s)(?<!^)\bThe\s+{name}\b|^The\s+{name}\b(?!\s+[a-z])")
    return f"The {outlet}" if any(pattern.search(text.strip()) for text in page.raw_lines) else outlet


def _named_by_its_furniture(removed: list[str]) -> str:
    """The name the site's furniture gives itself twice ('Thanks for reading X!', 'Subscribe to X'), or
    once where its domain spells it: weighed above a copyright line that names a publishing company."""
    references = self_references(removed)
    domains = site_domains(removed)
    votes = Counter(_compact(ref) for ref in references)
    for ref in references:
        if votes[_compact(ref)] >= 2 or _compact(ref) in domains:
            return ref
    return ""


# A name as a story prints it: capitalised words, with the joining particles a name may hold ("Voz del Valle").
_PRINTED_NAME = re.compile(
    r"(?<![\w'’])(?:[A-ZÀ-ÖØ-Þ][\w'’-]*)(?:\s+(?:(?:de|del|da|do|dos|di|la|le|of|the|and|&)\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]*){0,4}"
)
# Top-level domains that are words of a site's name ("example.news" is "Example News").
_WORD_DOMAINS = {"news", "media", "tv", "radio", "online", "today", "press", "info", "live", "times", "post"}
SINGLE_WORD_SITE_MIN_LETTERS = 6  # "Rappler" for "rappler.com"; a short word is too often something else


def _named_by_its_address(page: CleanedPage) -> str:
    """'lakeland-herald.com' over a reader view whose story says what the operator 'told Lakeland Herald': the
    address spells the site's name, and the name the page prints that spells it the same is the outlet."""
    top = page.title_line if page.title_line is not None else 0
    hosts = [m.group("host").lower() for text in page.raw_lines[:top] if (m := ADDRESS_LINE.match(text.strip()))]
    if not hosts:
        return ""
    labels = hosts[0].split(".")
    country = len(labels) >= 3 and re.fullmatch(r"co|com|org|net|ac|gov|news", labels[-2])
    core = labels[-3] if country else labels[-2]
    keys = {_compact(core)}
    if labels[-1] in _WORD_DOMAINS and not country:
        keys.add(_compact(core + labels[-1]))  # "example.news"
    return _name_spelt_by(keys, page)


def _name_spelt_by(keys: set[str], page: CleanedPage) -> str:
    """The first name the story or the page's furniture prints that spells one of these compact domain names."""
    if not keys:
        return ""
    text = "\n".join([page.body] + [r.text for r in page.removed])
    for match in _PRINTED_NAME.finditer(text):
        words = match.group().split()
        letters = [re.sub(r"\W|_", "", word.lower()) for word in words]  # each word's letters, read once
        # the name may sit inside a longer run of capitals ("Lakeland Herald Editor Ann Lee"): every span is tried
        for start in range(len(words)):
            for end in range(len(words), start, -1):
                name = " ".join(words[start:end])
                whole = "".join(letters[start:end])
                # "The Citizen": "citizen" (as _compact reads it) and "thecitizen"
                spelt = {
                    "".join(letters[start + 1 : end]) if letters[start] == "the" and end - start > 1 else whole,
                    whole,
                }
                long_enough = end - start >= 2 or len(name) >= SINGLE_WORD_SITE_MIN_LETTERS
                if long_enough and spelt & keys and not _section_name(name):
                    return name
    return ""


def _named_by_initials(page: CleanedPage) -> str:
    """'… said. DM' closing a page whose top lines include 'Example Maverick': the site signs off
    with its initials, and the line above the headline that they abbreviate is its name."""
    top = page.title_line if page.title_line is not None else 0
    signed = [r.text.strip() for r in page.removed if r.reason == SITE_SIGN_OFF and _INITIALS.match(r.text.strip())]
    for initials in signed:
        for removed in page.removed:
            words = normalise_whitespace(removed.text).split()
            if removed.line_no >= top or not 2 <= len(words) <= 5 or not all(w[:1].isupper() for w in words):
                continue
            if "".join(w[0] for w in words if w.lower() != "the") == initials:
                return " ".join(words)
    return ""


_INITIALS = re.compile(r"^[A-Z]{2,5}$")


def _spelt_out_above(credit: str, page: CleanedPage) -> str:
    """'(DELTAVOICE) –' in the dateline of a page under 'DeltaVoice World': a site credits itself in capitals, and the
    name over its headline that opens with the same letters is that name as it prints it. Else the credit as it
    stands."""
    if not credit.isupper() or page.title_line is None:
        return credit
    key = _compact(credit)
    for text in page.raw_lines[: page.title_line]:
        name = normalise_whitespace(text)
        if _compact(name).startswith(key) and not name.isupper() and 1 <= len(name.split()) <= HEADING_NAME_WORDS:
            return name
    return credit


HEADING_NAME_WORDS = 4  # "DeltaVoice World News": a site's name over its menu, never a headline's length


def _masthead(page: CleanedPage, removed: list[str]) -> str:
    """The first masthead-shaped line above the headline, or the one the copyright notice repeats
    ('Online Payment' over 'Example News' and '© 2024 Example News': a menu link, then the site)."""
    notices = [text.lower() for text in removed if _COPYRIGHT.search(text) or "©" in text]
    mastheads = [name for name in page.mastheads if not _repeated_as_label(name, page)]
    # a channel's platform over the channel's own name: the channel ('Open in the X app' under X alone is the site's
    # own app, and X stays)
    platforms = _platforms([normalise_whitespace(text) for text in page.raw_lines])
    mastheads = [name for name in mastheads if name not in platforms] or mastheads
    confirmed = [name for name in mastheads if any(name.lower() in notice for notice in notices)]
    first = (confirmed or mastheads or [_glued_logo(page)])[0]
    if _INITIALS.match(first):
        # 'MBC' over 'MBC News': the logo's initials, then the site's name as it prints it in full
        return next((name for name in mastheads if name.startswith(f"{first} ") and len(name.split()) == 2), first)
    return first


# "TheExamplePost", "HarbourTimes": a logo's text with its words run together, as an image's alternative text gives it.
_GLUED_WORDS = re.compile(r"(?:[A-Z][a-z]+){2,5}")


def _glued_logo(page: CleanedPage) -> str:
    """'TheExamplePost' alone over the headline of a page that prints 'Example Post' or 'The Example Post' elsewhere:
    the logo's words run together, and the name is those words as the page spaces them."""
    top = page.title_line if page.title_line is not None else len(page.raw_lines)
    for text in page.raw_lines[:top]:
        glued = text.strip()
        if not _GLUED_WORDS.fullmatch(glued):
            continue
        name = " ".join(re.findall(r"[A-Z][a-z]+", glued))
        bare = re.sub(r"^The\s+", "", name)
        spaced = re.compile(rf"\b{re.escape(bare)}\b")
        if masthead_name(name) and any(spaced.search(line) for line in page.raw_lines):
            return name
    return ""


# "View in Example Chat", "Open in the Example app", "If you have Example Chat, you can view and join …": a channel's
# web preview invites the reader into the platform that carries the channel.
_PLATFORM_INVITATION = re.compile(
    rf"^(?:(?:view|open|continue|watch|read|join us)\s+(?:in|on)\s+(?:the\s+)?(?P<app>{_NAME}?)(?:\s+app)?"
    rf"|if you have\s+(?:the\s+)?(?P<installed>{_NAME}?)(?:\s+app)?,\s+.*)$"
)


def _platforms(lines: list[str]) -> set[str]:
    """The platforms a page invites its reader into ('View in Example Chat'): a channel's host, printed over the
    channel's own name, never the channel's outlet."""
    return {
        match.group("app") or match.group("installed")
        for text in lines
        if (match := _PLATFORM_INVITATION.match(text[:1].lower() + text[1:]))
    }


LABEL_ZONE_LINES = 5  # the lines right under the headline where a byline, a date and a section tag stand


def _repeated_as_label(name: str, page: CleanedPage) -> bool:
    """'India News' over the headline and again alone under the byline: the section's label, printed twice (a
    site prints its own name once at the top, and again, if at all, under the story)."""
    if page.title_line is None:
        return False
    zone = page.raw_lines[page.title_line + 1 : page.title_line + 1 + LABEL_ZONE_LINES]
    return any(normalise_whitespace(text) == name for text in zone)


# "March 21, 2024 (Example Japan)": the outlet in brackets right after the date, no time between them.
_DATED_OUTLET = re.compile(
    r"^(?P<date>.*?\d)\s*\((?P<outlet>(?:[Tt]he\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){1,3})\)$"
)


def dated_outlet(text: str) -> str:
    """The outlet named in brackets after a date line's date ('March 21, 2024 (Example Japan)'); else ''."""
    match = _DATED_OUTLET.match(text.strip())
    if not match or find_time(match.group("date")) is not None:
        return ""  # "10:12 pm (Paris)": the city whose time it is
    found = find_date(match.group("date"))
    return match.group("outlet") if found and found[0].day is not None else ""


def _names_a_topic(name: str, page: CleanedPage) -> bool:
    """'More from Scotland' under a story about Scotland: the menu names a section or topic, not the site."""
    if _section_name(name):
        return True  # "Latest from World News", "More from Politics": a section's own links
    story = f"{_line(page, page.title_line)} {page.body}".lower()
    mentions = list(re.finditer(rf"\b{re.escape(name.lower())}\b", story))
    # '… she told Example Sport.': a story names the site it was told to, as itself, not as a topic
    return any(not _TOLD_TO.search(story[: mention.start()]) for mention in mentions)


# The words before a site's own name where a story says someone spoke to it: 'told X', 'in an interview with X'.
_TOLD_TO = re.compile(r"\b(?:told|telling|tells|speaking to|spoke to|interview with|in a statement to)\s+$")


# A body's name may hold lower-case joining words: "© The Example Institute for International Affairs 2024",
# "© 2025 Harlow & Pike Media Group".
_LONG_NAME = r"(?:[Tt]he\s+)?[A-ZÀ-ÖØ-Þ][\w&'’.-]*(?:\s+(?:(?:for|of|and|on|in|&)\s+)?[A-ZÀ-ÖØ-Þ][\w&'’.-]*){0,5}"
_COPYRIGHT = re.compile(
    rf"(?:©|\(c\)|\bcopyright\b)(?:\s*(?:©|copyright\b))?\s*(?:\d{{4}}(?:\s*[-–]\s*\d{{4}})?\s*[-–,]?\s*)?"
    rf"(?P<holder>{_LONG_NAME})",
    re.IGNORECASE,
)
# News agencies, as wire copy credits them on a line of its own ("PA Media", "==Kyodo", "(AFP)").
_AGENCY_CREDIT = re.compile(
    r"^\W*(?:source\s*:\s*)?(?:[Tt]he\s+)?(?P<agency>AP|AFP|Reuters|Associated Press|Agence France-Presse"
    r"|PA(?: Media| Wire)?|Press Association|Xinhua|Kyodo|Jiji"
    r"|TASS|RIA Novosti|Interfax|PTI|ANI|IANS|UNI|Bernama|Yonhap|DPA|dpa|ANSA|EFE|Anadolu(?: Agency)?|UPI"
    r"|Bloomberg|AAP|Canadian Press|Antara|APA|KUNA|WAM|IRNA|NAN|KNA|Sputnik|CNA)\W*$"
)


_AGENCY_CREDIT_ANY_CASE = re.compile(_AGENCY_CREDIT.pattern, re.IGNORECASE)


# "Example Post AS © 2024": the holder before the sign.
_HOLDER_BEFORE_SIGN = re.compile(rf"^(?P<holder>{_LONG_NAME})\s*(?:©|\(c\))\s*(?:\d{{4}})?\W*$")


def copyright_holder(text: str) -> str:
    """'© 2022 Example Post. All rights reserved.' → 'Example Post'; '' when the line holds none."""
    text = re.sub(r"\b([AI])/S\b", r"\1S", text)  # "© 2024 Example Nyt A/S": the Danish "AS"
    match = _COPYRIGHT.search(text) or _HOLDER_BEFORE_SIGN.match(normalise_whitespace(text))
    if not match:
        return ""
    # "Example News. All rights reserved." and "Example Media AS", "Example Media Pvt. Ltd.": the name ends at the
    # full stop or its company's legal form
    holder = re.split(r"(?<=\w)\.(?:\s|$)|\s+(?i:all)\b", match.group("holder"))[0].strip(" .,")
    holder = without_legal_form(holder)
    holder = re.sub(r"(?:\s+(?:for|of|and|on|in|&))+$", "", holder)
    named = " ".join(w for w in holder.split() if w not in _JOINING_WORDS)
    return holder if named and capitalised_share(named) == 1.0 and holder.lower() != "all" else ""


_JOINING_WORDS = {"for", "of", "and", "on", "in", "&"}


# "Example Ledger News Service", "Example Post Web Desk": the outlet's staff in place of a byline.
_STAFF_CREDIT = re.compile(
    rf"^(?!(?i:our|by|staff|a|from)\b)(?P<outlet>{_NAME}?)\s+(?i:news services?|web desk|news desk|staff reporter"
    rf"|staff writer)\W*$"
)


def _own_service(name: str, credit: str, removed: list[str]) -> str:
    """'Example News Service' credited under the byline of a page whose notice reads '© 2024 Example News Service
    Ltd': the service is the publisher's own name, not a paper's wire desk, and names the outlet whole."""
    whole = normalise_whitespace(credit).strip(" .,")
    holders = {_compact(without_legal_form(holder)) for text in removed if (holder := copyright_holder(text))}
    return whole if _compact(whole) in holders else name


def staff_credit(text: str) -> str:
    """'Example Ledger News Service' → 'Example Ledger'; '' for any other line ('Our Staff Reporter')."""
    match = _STAFF_CREDIT.match(normalise_whitespace(text))
    if not match or capitalised_share(match.group("outlet")) < 1.0:
        return ""
    return match.group("outlet")


# "Common Ground Press Office", "Harbour Council Media Team", "By the Example Trust Communications Office": an
# organisation's press desk credited where a byline goes. The organisation published the page; no person wrote it.
_DESK_CREDIT = re.compile(
    rf"^(?i:by\s+|from\s+)?(?:[Tt]he\s+)?(?P<organisation>{_LONG_NAME}?)\s+(?i:press\s+(?:office|team|desk|unit)"
    r"|media\s+(?:team|office|relations|unit|desk|centre|center)"
    r"|communications?(?:\s+(?:team|office|unit|department|desk|directorate))?"
    r"|news\s+(?:team|office)|newsroom|public\s+(?:affairs|information)\s+(?:office|team|unit))\W*$"
)


def desk_credit(text: str) -> str:
    """The organisation a press desk's credit names ('Common Ground Press Office' → 'Common Ground'); '' for any
    other line ('Press Office' alone, 'Public Information Office', a sentence)."""
    match = _DESK_CREDIT.match(normalise_whitespace(text))
    if not match:
        return ""
    organisation = match.group("organisation").strip()
    named = [w for w in organisation.split() if w not in _JOINING_WORDS]
    if not named or capitalised_share(" ".join(named)) < 1.0 or _section_name(organisation):
        return ""  # "News Media Team", "Our Communications": no organisation's own name
    return organisation


# "Source: Example News and news agencies"; "Source: CNA/lk(zl)": the outlet, then its editors' initials.
_SOURCE_CREDIT = re.compile(
    rf"^source\s*:\s*(?P<outlet>{_NAME}?)(?:\s+and\s+(?:news\s+)?agencies|/[a-z()/]{{1,12}})?\W*$", re.IGNORECASE
)


# "… may not be reproduced … without prior express written permission from THE EXAMPLE POST.": the rights holder.
_PERMISSION_FROM = re.compile(rf"\bpermission (?i:from|of) (?P<holder>{_NAME})\W*$")


def rights_holder(text: str) -> str:
    """The outlet a rights notice names ('… without written permission from THE EXAMPLE POST.'); else ''."""
    text = normalise_whitespace(text)
    if not re.search(r"\b(?:all rights reserved|may not be (?:reproduced|published|copied))\b", text, re.IGNORECASE):
        return ""
    match = _PERMISSION_FROM.search(text)
    return match.group("holder").rstrip(".") if match else ""


# "Publisher: Example Media AS", "Published by Example Post Media AS": the publishing company named by a label.
_PUBLISHER_LABEL = re.compile(rf"^(?:publisher\s*:|published by)\s*(?P<name>{_LONG_NAME})\W*$", re.IGNORECASE)


def publisher_label(text: str) -> str:
    """The company a publisher's label names, without its legal form ('Publisher: Example Media AS' → 'Example
    Media'); '' for any other line and for a person ('Published by Ann Lee' credits the writer)."""
    match = _PUBLISHER_LABEL.match(normalise_whitespace(text))
    if not match:
        return ""
    name = match.group("name").strip(" .,")
    company = without_legal_form(name)
    return company if company != name or company_name(name) else ""


def source_credit(text: str) -> str:
    """'Source: Example News and news agencies' under a story → 'Example News'."""
    match = _SOURCE_CREDIT.match(normalise_whitespace(text))
    return match.group("outlet") if match and capitalised_share(match.group("outlet")) == 1.0 else ""


def agency_credit(text: str) -> str:
    """'PA Media', '(AFP)', 'KYODO' alone on a line → the agency; '' otherwise."""
    text = text.strip()
    match = _AGENCY_CREDIT.match(text) or (text.isupper() and _AGENCY_CREDIT_ANY_CASE.match(text))
    return match.group("agency") if match else ""


def _year_elsewhere(page: CleanedPage, updated: PartialDate) -> tuple[int | None, bool]:
    """A year for a dateline that gives only day and month: the page's update date, else the
    copyright year or the year of a local-time bar (which only suggest it: marked as inferred)."""
    if updated.year is not None:
        return updated.year, False
    for removed in page.removed:
        match = _COPYRIGHT_YEAR.search(removed.text)
        if match:
            return int(match.group("year")), True
    return _year_of_local_time_bar(page), True


# "Time in Yerevan: 14:05,   9 April 2024": the clock and date of the agency's city, printed over the page.
_LOCAL_TIME_BAR = re.compile(r"^(?:local\s+)?time\s+in\s+[A-Z][\w .'’-]{1,30}:\s*(?P<rest>.+)$", re.IGNORECASE)


def _year_of_local_time_bar(page: CleanedPage) -> int | None:
    """The year of the day the page was read, from its local-time bar: it only suggests the story's year (the
    page may be read long after), as a copyright year does."""
    for removed in page.removed:
        match = _LOCAL_TIME_BAR.match(normalise_whitespace(removed.text))
        if match and (found := find_date(match.group("rest"))) and found[0].year is not None:
            return found[0].year
    return None


_COPYRIGHT_YEAR = re.compile(
    r"(?:©|\(c\)|\bcopyright\b)\s*(?:\d{4}\s*[-–]\s*)?(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE
)


# --- dateline ----------------------------------------------------------------------------


_DATE_REQUIRED = (_DATED_DATELINE, _COMMA_AGENCY_DATELINE, _COLON_DATED_DATELINE, _CAPS_AGENCY_STOP_DATELINE)


def read_dateline(paragraph: str) -> Dateline | None:
    """The dateline a lead paragraph opens with, if any ('LONDON, January 17. /AGENCY/. …')."""
    for pattern in (
        _SLASH_DATELINE,
        _CREDIT_DATELINE,
        _PAREN_DATELINE,
        _LOWERCASE_AGENCY_DATELINE,
        _BARE_PAREN_DATELINE,
        _COMMA_AGENCY_DATELINE,
        _CAPS_AGENCY_STOP_DATELINE,
        _CAPS_DATELINE,
        _DATED_DATELINE,
        _COLON_DATED_DATELINE,
    ):
        match = pattern.match(paragraph)
        if not match or (pattern in _DATE_REQUIRED and not find_date(match.group("date"))):
            continue  # "Ann Lee, a nurse, …" is not a dateline: these patterns need a date in their place
        return _dateline_from(match, paragraph)
    return None


def _read_page_dateline(page: CleanedPage) -> Dateline | None:
    """The dateline the story opens with; one on a line of its own ('VIENTIANE, March 17 (MPA) -', which the
    cleaning may have set aside above the story) takes the story's first paragraph as its lead."""
    story = list(islice(paragraphs(page.body), 2))
    dateline = read_dateline(story[0]) if story else None
    if dateline is not None:
        following = story[1:] if not dateline.lead.strip() else []
        return replace(dateline, lead=following[0]) if following else dateline
    if not story or page.title_line is None:
        return None
    starts = (n for n, text in enumerate(page.raw_lines) if text.strip() and story[0].startswith(text.strip()))
    start = next(starts, None)
    above = [r for r in page.removed if start is not None and page.title_line < r.line_no < start]
    alone = read_dateline(normalise_whitespace(above[-1].text)) if above else None
    if alone is None or alone.lead.strip() or alone.date.day is None:
        return None
    return replace(alone, lead=story[0])


def _dateline_from(match: re.Match, paragraph: str) -> Dateline:
    parts = match.groupdict()
    place, when = (parts.get("place") or "").strip(), PartialDate()
    if not parts.get("date") and (found := find_date(place)) and found[1] == (0, len(place)):
        place, when = "", found[0]  # "Dec 29 (Reuters) -": a date where the place would be
    elif parts.get("date"):
        found = find_date(parts["date"])
        if found:
            when = found[0]
        else:
            place = f"{place}, {parts['date'].strip()}"  # "SELMA, N.C. (AP) —": the state, not a date
    lead = paragraph[match.end() :].lstrip(" ./–—―-")
    weekday = weekday_named(parts.get("date") or "") if when.day is not None else None
    return Dateline(
        _place_name(place), when, parts.get("agency") or "", lead, (parts.get("outlet") or "").strip(), weekday
    )


def _place_name(place: str) -> str:
    """'NEW YORK' → 'New York'; abbreviations ('N.C.') and mixed case stay as written."""
    return re.sub(r"\b[A-Z]{3,}\b", lambda m: m.group().capitalize(), place)


def published_from_dateline(
    dateline: Dateline, reference: date, elsewhere: tuple[int | None, bool] = (None, False)
) -> PartialDate:
    """The dateline's date; a missing year comes from elsewhere on the page, or from the weekday
    of the lead sentence.

    elsewhere is (year, only_suggested): the page's update date gives the year outright; a
    copyright year only suggests it, and is used (marked as inferred) when the lead names no
    weekday. Wire copy dated "January 17" that reports what someone "said on Monday" ties that
    day to a Monday; the year is then the latest one, not after the reference date, in which 17
    January was a Monday. With neither the year stays unknown.
    """
    when = dateline.date
    if when.year is not None or when.month is None or when.day is None:
        return when
    year, suggested = elsewhere
    if year is not None and not suggested and _falls_on(year, when, dateline.weekday):
        return PartialDate(year, when.month, when.day, when.hour, when.minute)
    inferred = _year_from_weekday(dateline, reference)
    if inferred is None and year is not None:
        inferred = year
    if inferred is None:
        return when
    return PartialDate(inferred, when.month, when.day, when.hour, when.minute, year_inferred=True)


def _falls_on(year: int, when: PartialDate, weekday: int | None) -> bool:
    """Whether day and month of that year fell on the weekday the dateline names (true when it names none)."""
    try:
        return weekday is None or date(year, when.month or 1, when.day or 1).weekday() == weekday
    except ValueError:
        return False  # 29 February in a common year


def _year_from_weekday(dateline: Dateline, reference: date) -> int | None:
    """The dateline's own weekday ("HARARE, Thursday 6 March –") fixes the year; else the lead sentence's
    ("… said on Monday"), which is the day of what it reports, most often the dateline's day."""
    when = dateline.date
    lead_sentence = _SENTENCE_BREAK.split(dateline.lead, maxsplit=1)[0]
    weekday = dateline.weekday if dateline.weekday is not None else weekday_named(lead_sentence)
    if weekday is None:
        return None
    return infer_year(when.month, when.day, weekday, reference)


# --- date lines --------------------------------------------------------------------------


def _page_dates(page: CleanedPage, as_of: date | None) -> tuple[PartialDate, PartialDate]:
    """Published and updated from the page's date lines and bylines ('By A | 9 Feb 2022')."""
    published, updated = PartialDate(), PartialDate()
    found = _date_lines(page)
    lines = [line for _, line in found]
    # "Published on …" wins over a bare date, and a date by the headline or byline over one above
    # the headline (a page's masthead prints the day it was read); of those above the headline,
    # the nearest to it (the masthead's date is the topmost).
    top = page.title_line if page.title_line is not None else -1

    # a date the page writes out wins over a relative one ("2 hours ago" over the headline, the date under the story)
    def rank(item: tuple[int, DateLine]) -> tuple[bool, bool, bool, int]:
        number, line = item
        relative_only = not line.published.known and bool(line.published_relative)
        return relative_only, not line.published_labelled, number < top, abs(number - top)

    for _, line in sorted(found, key=rank):
        if not published.known:
            published = _resolved(line.published, line.published_relative, as_of)
    for line in lines:
        if not updated.known:
            updated = _resolved(line.updated, line.updated_relative, as_of)
    return published, updated


def _date_lines(page: CleanedPage) -> list[tuple[int, DateLine]]:
    """The page's date lines and bylines' dates, with their raw line numbers, in page order."""
    found = []
    for number in sorted(set(page.date_lines + page.byline_lines)):
        text = page.raw_lines[number]
        # A byline's dates stand beside its names after a "|" or a dash ("Ann Lee | 9 Feb 2022"),
        # or run before or after them ("Posted on … by A", "By A On …"); a date line is read whole.
        parts = [text]
        if number in page.byline_lines and number not in page.date_lines:
            dated = byline_date_text(text)
            parts = re.split(r"\s*[|•·]\s*|\s+[-–—/]\s+", text)[1:] + ([dated] if dated else [])
            parts += [part for part in re.split(r"\s*[|•·]\s*", text)[:1] if not byline_names(part)]
            if not any(parse_date_line(part) for part in parts):
                # "Ann Lee, Wednesday 5 March 2025": the date after a comma, the first remainder that is one
                parts += [rest for k in _commas(text) if parse_date_line(rest := text[k + 1 :].strip())][:1]
        if number in page.date_lines and not parse_date_line(text):
            parts = re.split(r"\s*[|,•·]\s*", text, maxsplit=1)[-1:]  # "Example Online , Sunday 3 Mar 2024"
        found += [(number, line) for part in parts if (line := parse_date_line(part))]
    return found


def _commas(text: str) -> list[int]:
    return [k for k, char in enumerate(text) if char == ","]


def _day_of_numeric_date(page: CleanedPage, published: PartialDate, dateline: Dateline | None) -> PartialDate:
    """'Updated: 05/03/2024' is 5 March or 3 May: the one the page writes out elsewhere ("LILONGWE,
    March 5 —", "Baku, Azerbaijan, March 5") is the day, else the one the
    page's own way of writing dates gives (dates.numeric_order: '14/03/2024' or '31 March' elsewhere on the
    page, day first; '03/14/2024' or a US time zone, month first), else the one that fell on the weekday the
    lead names ("… closed the pass on Tuesday"); when both or neither fit, only the year is known."""
    days = _days_written_out(page, dateline)
    lead = _SENTENCE_BREAK.split(next(iter(paragraphs(page.body)), ""), maxsplit=1)[0]
    weekday = weekday_named(lead)
    tests = [lambda r, _: (r.month, r.day) in days] if days else []
    # the way the page writes dates before the lead's weekday, which may be the day before publication's
    order = numeric_order(page.raw_lines)
    if order:
        tests.append(lambda r, readings: r == readings[0 if order == DAY_FIRST else 1])
    if weekday is not None:
        tests.append(lambda r, _: r.as_date().weekday() == weekday)
    for number in sorted(set(page.date_lines + page.byline_lines)):
        for readings in numeric_readings(page.raw_lines[number]):
            for test in tests:
                fitting = [r for r in readings if r.year == published.year and test(r, readings)]
                if len(fitting) == 1:
                    return fitting[0]
    return published


def _days_written_out(page: CleanedPage, dateline: Dateline | None) -> set[tuple[int, int]]:
    """(month, day) of the dates the page writes with the month's name: the dateline's and the date lines'."""
    days = set()
    if dateline is not None and dateline.date.month is not None and dateline.date.day is not None:
        days.add((dateline.date.month, dateline.date.day))
    for number in page.date_lines:
        text = page.raw_lines[number]
        line = parse_date_line(text)
        if line is not None and line.published.day is not None and not numeric_readings(text):
            days.add((line.published.month, line.published.day))
    return days


def _resolved(absolute: PartialDate, relative: str, as_of: date | None) -> PartialDate:
    """An absolute date as it is; a relative one ('7 days ago') only against a given as_of."""
    if absolute.known or not relative or as_of is None:
        return absolute
    return resolve_relative(relative, as_of) or PartialDate()
