"""Lines that name the outlet: a paper's, agency's, station's or public body's name (the masthead), its
edition in a language, the motto or tagline under its name; and whether a line is in another language."""

from __future__ import annotations

import re
from functools import lru_cache

from articles.ingest.cleaning.menus import _is_menu_line
from articles.ingest.cleaning.patterns import (
    _BODY_NAME_WORDS,
    _BYLINE_TAIL_WORDS,
    _LOGO_FIRST,
    _READINGS_CACHED,
    _ROLE_NOUNS,
    BODY_HEAD_WORDS,
    EDITION_WORDS,
    INSTITUTION_WORDS,
    MASTHEAD_WORDS,
    MENU_WORDS,
    SECTION_WORDS,
    _date_line_of,
    _is_latin,
)
from articles.ingest.lexicon import (
    LANGUAGE_NAMES,
)
from articles.ingest.text import (
    capitalised_share,
    ends_sentence,
    normalise_whitespace,
    word_count,
)


def institution_name(text: str) -> str:
    """'Example Department of State', 'Ministry of Example Affairs': a public body's name alone; else ''."""
    words = normalise_whitespace(text).split()
    if not 2 <= len(words) <= 8 or ends_sentence(text) or not words[0][:1].isupper():
        return ""
    if not all(w[:1].isupper() or w.lower() in _BODY_NAME_WORDS for w in words):
        return ""
    lowered = [w.lower().strip(",") for w in words]
    headed = any(
        w in BODY_HEAD_WORDS and n > 0 and (n == len(lowered) - 1 or lowered[n + 1] == "of")
        for n, w in enumerate(lowered)
    )
    return " ".join(words) if headed or any(w in INSTITUTION_WORDS for w in lowered) else ""


# "Republic of the Philippines", "Government of Example Province", "Kingdom of Example": a state's formal name, which
# a government site prints over (or under) its department's own.
_FORMAL_STATE = re.compile(
    r"^(?:the\s+)?(?:(?:federal|democratic|people'?s|islamic|socialist|united|arab|plurinational|bolivarian"
    r"|co-?operative|independent|hashemite|federated|oriental)\s+)*"
    r"(?:republic|kingdom|commonwealth|principality|sultanate|emirate|grand duchy|state|government|province"
    r"|territory|federation)\s+of\s+\S",
    re.IGNORECASE,
)
FORMAL_STATE_MAX_WORDS = 8


def formal_state_name(text: str) -> bool:
    """'Republic of the Philippines', 'GOVERNMENT OF EXAMPLE PROVINCE': a state's formal name alone on a line."""
    text = normalise_whitespace(text)
    words = text.split()
    if not 3 <= len(words) <= FORMAL_STATE_MAX_WORDS or ends_sentence(text) or not _FORMAL_STATE.match(text):
        return False
    return all(w[:1].isupper() or w.lower() in _BODY_NAME_WORDS for w in words)


# Small words of other languages that join a name's words ("Embajada de Example en Ruritania").
# Small words of other languages that English headlines do not use: two of them on a line with no English small
# word say the line is written in another language ('Le port de Dakar ouvre un nouveau quai pour les conteneurs').
_OTHER_LANGUAGE_WORDS = {
    "le", "la", "les", "des", "du", "une", "un", "pour", "dans", "sur", "avec", "aux", "au", "et", "est", "el",
    "los", "las", "del", "por", "para", "con", "una", "y", "em", "com", "uma", "um", "dos", "das", "não", "il",
    "della", "per", "che", "di", "der", "und", "mit", "für", "ein", "eine", "auf", "het", "een", "voor", "met",
    "och", "för", "på",
}  # fmt: skip
_ENGLISH_SMALL_WORDS = {
    "the", "a", "an", "of", "to", "in", "on", "for", "with", "and", "by", "at", "as", "from", "after", "over", "is",
    "are", "its", "new", "into", "amid", "says",
}  # fmt: skip


def in_other_language(text: str) -> bool:
    """The line is written in a language other than English: mostly in another script than the Latin, or with
    two small words of another language and none of English's."""
    letters = [c for c in text if c.isalpha()]
    if letters and sum(not _is_latin(c) for c in letters) * 2 > len(letters):
        return True
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", text)]
    foreign = sum(w in _OTHER_LANGUAGE_WORDS for w in words)
    return foreign >= 2 and not any(w in _ENGLISH_SMALL_WORDS for w in words)


_OTHER_LANGUAGE_JOINERS = {
    "de", "del", "en", "la", "las", "los", "el", "y", "du", "des", "le", "les", "et", "der", "die", "das", "und",
    "von", "van", "het", "voor", "di", "da", "do", "dos", "em", "e", "och", "og", "för", "ng", "sa", "wa", "na",
    "ya", "za",
}  # fmt: skip


# "Public Accounts Committee", "Standing Committee on Fisheries and Marine Resources": a committee's name, the
# word after its qualifiers or before its remit ("Committee Backs Bill" is a headline).
_COMMITTEE_NAME = re.compile(
    r"^(?:[A-Z][\w'’-]*\s+){1,5}Committee$|^(?:[A-Z][\w'’-]*\s+){0,4}Committee\s+(?:on|of|for)\s+[A-Z]"
)


def committee_name(text: str) -> bool:
    """'Public Accounts Committee', 'Standing Committee on Fisheries and Marine Resources': a committee's name
    alone, the label a parliament's news page prints over a committee's story (never its publisher)."""
    text = normalise_whitespace(text)
    words = text.split()
    if not 2 <= len(words) <= 10 or ends_sentence(text):
        return False
    return all(w[:1].isupper() or w.lower() in _BODY_NAME_WORDS for w in words) and bool(_COMMITTEE_NAME.match(text))


# ", en Español", ", in English": a masthead's link to the site's edition in another language.
_HOMEPAGE_LINK = re.compile(r"(?<=\S)\s+(?:Home\s?page|Home)$")
_LANGUAGE_LINK = re.compile(r",\s*(?:en|em|in|auf|na|på)\s+[A-Z][^\W\d_]+$")
# "Example Ledger en Español", "Example Post auf Deutsch", "Example Times in English": the site's name and, with no
# comma, its link to the edition in another language (a language's own name, or "in English").
_LANGUAGE_EDITION = re.compile(
    r"^(?P<name>(?:[Tt]he\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s+"
    r"(?:(?:en|em|auf|na|på)\s+(?P<language>[A-Z][^\W\d_]+)|in\s+English)$"
)


def language_edition(text: str) -> str:
    """The site's name when the line is its name and a link to another language's edition ('Example Ledger en
    Español'); '' otherwise. Never a headline."""
    match = _LANGUAGE_EDITION.match(normalise_whitespace(text))
    if not match or (match.group("language") and match.group("language").lower() not in LANGUAGE_NAMES):
        return ""
    return match.group("name")


# "Est. 1887", "(Established 1887)", "since 1887" after a paper's name: when it was founded.
# "El Heraldo Andino – English Edition", "Example Times - Asia edition": a publication's name and which edition.
_EDITION_TAIL = re.compile(
    r"^(?P<name>(?:[A-Z][\w'’.&-]*\s+){0,4}[A-Z][\w'’.&-]*)\s+[–—-]\s+(?:[A-Z][a-z]+\s+)?(?i:edition)$"
)
_FOUNDED = re.compile(r"\s*[,(–—|·-]?\s*(?i:est(?:\.|ablished)?|founded|since)\s+(?:in\s+)?(?:1[6-9]|20)\d\d\)?\s*$")


# "Armenian News Agency", "Palestine News & Information Agency", "Press Service": what a news agency's
# masthead prints beside the short name it signs its wires with.
_AGENCY_DESCRIPTOR = re.compile(
    r"^(?:[A-Z][\w'’.-]*\s+(?:(?:&|and|of|for)\s+)?){0,5}(?:News\s+)?(?:Agency|Service|Agencia|Agência|Agence)$"
)


def agency_masthead(text: str) -> str:
    """'Armenpress - Armenian News Agency' → 'Armenpress'; 'Example News & Information Agency - ENIA' → 'Example
    News & Information Agency': an agency's masthead gives its full name beside its brand or initials; the brand is
    the outlet, and so is the full name (the initials only when the page signs with them, which the metadata
    reads: 'acronym_masthead'); '' for any other line."""
    if full := acronym_masthead(text)[0]:
        return full
    parts = [p.strip() for p in re.split(r"\s[-–—]\s", normalise_whitespace(text))]
    if len(parts) != 2:
        return ""
    for short, full in (parts, parts[::-1]):
        initials = "".join(w[0] for w in full.split() if w[:1].isupper())
        brand = re.fullmatch(r"[A-Z][\w'’-]{2,20}", short) is not None
        if not _AGENCY_DESCRIPTOR.match(full):
            continue
        if short.lower() in SECTION_WORDS | MENU_WORDS:
            continue  # "Politics - Example News Agency": the section, then the agency
        if brand and short.upper() != initials:
            return short
    return ""


# Lower-case words an organisation's initials skip ("Palestine News and Information Agency" - PNIA).
_INITIALS_SKIP = {"of", "for", "and", "&", "the", "de", "du", "des", "la", "le", "da", "do", "dos", "das"}


def acronym_masthead(text: str) -> tuple[str, str]:
    """'Example News Agency - ENA', 'VBC – Volta Broadcasting Corporation', 'Example News Agency (ENA)' → (full name,
    initials): a masthead printing an organisation's name beside its initials, either order, joined by a dash, or
    the initials in brackets after it; the initials must be
    its words' (or the name an agency's); ('', '') for any other line."""
    text = normalise_whitespace(text)
    bracketed = re.fullmatch(r"(?P<full>[^()]+?)\s*\((?P<short>[A-Z]{2,6})\)", text)  # "Example News Agency (ENA)"
    parts = [bracketed["short"], bracketed["full"]] if bracketed else [p.strip() for p in re.split(r"\s[-–—]\s", text)]
    if len(parts) != 2:
        return "", ""
    for short, full in (parts, parts[::-1]):
        words = full.split()
        if not re.fullmatch(r"[A-Z]{2,6}", short) or not 2 <= len(words) <= 7 or short.lower() in SECTION_WORDS:
            continue
        if not all(w[:1].isupper() or w.lower() in _INITIALS_SKIP for w in words):
            continue
        initials = "".join(w[0] for w in words if w.lower() not in _INITIALS_SKIP)
        if short == initials or short == initials.upper() or _AGENCY_DESCRIPTOR.match(full):
            return full, short
    return "", ""


# "Radio Maranatha 98.4 FM", "Coastline FM 101.7", "Valley 96.3": a station's name with its frequency after it.
_FREQUENCY_TAIL = re.compile(
    r"^(?P<name>.*?[^\W\d_].*?)\s+(?:\d{2,4}(?:[.,]\d{1,2})?\s*(?:FM|AM|MHz|kHz)|(?:FM|AM)\s*\d{2,4}(?:[.,]\d{1,2})?"
    r"|(?:8[89]|9\d|10[0-8])[.,]\d)$",
    re.IGNORECASE,
)
STATION_LINE_MAX_CHARS = 80  # a masthead's length; the pattern's backtracking grows with the square of a line's


def station_name(text: str) -> str:
    """'Silk Road Radio 101.5 FM' → 'Silk Road Radio': a station's name with the frequency to tune to after it;
    '' for anything else, and for any line longer than a masthead."""
    if len(text) > STATION_LINE_MAX_CHARS:
        return ""
    match = _FREQUENCY_TAIL.match(text)
    return match.group("name") if match else ""


# "Prut TV", "Coastline Radio", "Example Television", "Channel 9": a broadcaster's name (its programmes are no outlet).
_CHANNEL_NAME = re.compile(
    r"^(?:[A-Z][\w&'’.-]*\s+){1,3}(?:TV|Radio|Television|FM)$|^(?:[A-Z][\w&'’.-]*\s+)?Channel\s+\d{1,2}$"
)
# "Example Democratic Alliance — Press Office": a party's, ministry's or company's name, then its press office.
_BODY_THEN_OFFICE = re.compile(
    r"^(?P<body>(?:[Tt]he\s+)?[A-Z][\w&'’.-]*(?:\s+(?:(?:of|and|for|the)\s+)*[A-Z][\w&'’.-]*){1,6})\s+[|–—-]\s+"
    r"(?i:(?:the\s+)?(?:press|media|news)\s+(?:office|service|centre|center|room|desk))$"
)


@lru_cache(maxsize=_READINGS_CACHED)
def masthead_name(text: str) -> str:
    """The outlet's name when the line is a masthead ('Example News', 'Example News | Politics'), else ''."""
    text = _LOGO_FIRST.sub("", text)  # "Logo Example News": a logo image's alternative text, its name after it
    if name := agency_masthead(text):
        return name  # "Armenpress - Armenian News Agency": the short name the agency signs with
    parts = [p.strip() for p in re.split(r"\s[|•·]\s", text)]
    if len(parts) == 2 and _CHANNEL_NAME.match(parts[1]) and not _CHANNEL_NAME.match(parts[0]):
        return masthead_name(parts[1])  # "Evening Bulletin | Prut TV": a programme's name beside its channel's
    if len(parts) > 1:
        return masthead_name(parts[0])  # "Example News | Politics"; "Headline | Example News" is a title
    if office := _BODY_THEN_OFFICE.match(normalise_whitespace(text)):
        return office.group("body")  # "Example Alliance — Press Office": the body whose office issues the page
    text = _LANGUAGE_LINK.sub("", text)  # "Example Press, en Español": the link to the other edition
    text = language_edition(text) or text  # "Example Press en Español"
    text = _FOUNDED.sub("", text)  # "The Harbour Courier, est. 1887": the paper's founding year beside its name
    if edition := _EDITION_TAIL.match(normalise_whitespace(text)):
        return edition.group("name")  # "El Heraldo Andino – English Edition": only a publication has an edition
    text = _HOMEPAGE_LINK.sub("", text)  # "Example News Homepage": the link's text names the site
    if station := station_name(normalise_whitespace(text)):
        text = station  # "Silk Road Radio 101.5 FM": the station, then where to tune in
    # "ATLAS HERALD - Morocco's English daily": a plain hyphen sets the motto off as well as a dash does
    separator = next((sep for sep in (" – ", " — ", " - ") if sep in text), " — ")
    section, dash, rest = text.partition(separator)
    if dash and _is_menu_line(section):
        return masthead_name(rest)  # "NEWS – Example Sun": the section, then the paper
    if dash and motto_shaped(rest) and (name := masthead_name(section)):
        return name  # "The Valletta Observer – Independent since 1961": the paper, then its motto
    tokens = normalise_whitespace(text).split()
    # "Times of Example", "Courier & Advertiser": the paper's word joined to a place's name or to another title
    joined = [t for n, t in enumerate(tokens) if not (t in ("of", "&", "and") and 0 < n < len(tokens) - 1)]
    if (
        not 2 <= len(tokens) <= 5
        or capitalised_share(" ".join(joined)) < 1.0
        or any(not t[0].isalpha() for t in joined)
    ):
        return ""
    if "," in text or "/" in text:
        return ""  # "Ann Lee, Example News", "Ann Lee/Staff Reporter": a byline
    lowered = [t.lower().strip(".,") for t in tokens]
    named = [t for t in lowered if t != "the"]
    while len(named) > 2 and named[-1] in EDITION_WORDS and named[-1] not in MASTHEAD_WORDS:
        named.pop()  # "Example Post English", "Example Times Online"; "Example China Daily" stays
    if named[-1] in _ROLE_NOUNS and all(t in _BYLINE_TAIL_WORDS for t in named):
        return ""  # "Senior Reporter", "Political Editor": a byline's role
    # The paper's word ends or opens the name ("Example Post", "Daily Example"); in the middle of
    # a title-case line ("Biden Sets Record Pace") it is a headline's word.
    # "Example Post-Courier": a hyphenated name is a masthead by either half
    ends = set(named[-1].split("-")) | set(named[0].split("-"))
    if not ends & MASTHEAD_WORDS or all(t in SECTION_WORDS for t in lowered):
        return ""
    return " ".join(tokens)


# "Follow Kestrel Eye on Facebook": the site (or a writer) asking to be followed.
_FOLLOWED = re.compile(r"^(?i:follow|like)\s+(?i:the\s+)?(?P<name>.+?)\s+(?i:on)\s+[A-Z]")
# "Share: Bridge Tolls Scrapped", "Share this story: …": a share button's text, the headline it shares.
_SHARE_ECHO = re.compile(r"^(?i:share(?: this(?: story| article)?)?|tweet|e-?mail this)\s*[:|–—]\s*(?P<head>.+)$")
# "Ferry fares to rise – Mekong Current": a browser title, the headline then the site's name.
_TITLE_THEN_SITE = re.compile(r"^(?P<head>.+)\s+[|–—-]\s+(?P<site>[^|–—]+?)$")
COMPANY_NAME_MIN_CHARS = 4  # "Kestrel" of "Kestrel Media Group": long enough to be a name, not an initial

# "Kowloon Ledger — Independent, non-profit news since 2015": a site's name and its motto on one line.
_NAME_THEN_MOTTO = re.compile(r"^(?P<name>[^|–—·•]{2,60}?)\s+(?:[|–—·•]|-(?=\s))\s+(?P<motto>[^|–—·•]+)$")
MOTTO_MAX_WORDS = 8


def motto_shaped(text: str) -> bool:
    """'Independent since 1961', 'News for the valley': short, no date, no second sentence."""
    text = text.strip()
    return (
        1 <= word_count(text) <= MOTTO_MAX_WORDS
        and not ends_sentence(text.rstrip("."))
        and "." not in text.rstrip(".")
        and _date_line_of(text) is None
        and not _is_menu_line(text)
    )


# Words a site says about itself in its motto ('Your Hometown News Source', 'Truth without fear or favour',
# 'Independent journalism for the isles'); a headline says what happened, and rarely two of these.
_MOTTO_WORDS = {
    "news", "journalism", "journalists", "voice", "voices", "serving", "independent", "your", "truth", "trust",
    "trusted", "hometown", "community", "source", "stories", "reporting", "fear", "favour", "favor", "fearless",
    "facts", "radio", "newspaper", "since", "people's", "every", "always", "matters", "informed", "local",
}  # fmt: skip
MOTTO_MIN_WORDS = 2
_MOTTO_PHRASE = re.compile(r"\bsince (?:1[6-9]|20)\d\d\b|\bvoice of\b", re.IGNORECASE)  # 'The voice of the isles'


# "News for the Horn's diaspora in North America", "Your morning guide to the statehouse": a motto saying whom the
# site serves; it may run longer than a short motto, and a headline rarely opens so.
_MOTTO_OPENING = re.compile(
    r"^(?:your\s+(?:[\w'’-]+\s+){0,2}?(?:news|guide|source|voice|window|home)\s+(?:for|from|about|to|on|of|in)\b"
    r"|(?:(?:independent|local|daily|trusted)\s+)?(?:news|journalism|stories|reporting)\s+(?:for|from)\s+"
    r"(?:the|our|you)\b)",
    re.IGNORECASE,
)
MOTTO_OPENING_MAX_WORDS = 12


def motto_words(text: str) -> int:
    """How many of a motto's words the line holds ('since 1894', 'the voice of' count twice)."""
    words = [w.strip(".,:;!?'’\"").lower() for w in text.split()]
    return sum(w in _MOTTO_WORDS for w in words) + (2 if _MOTTO_PHRASE.search(text) else 0)


def reads_as_motto(text: str) -> bool:
    """Short, no sentence, and speaking of the site itself ('Your Hometown News Source', 'Local radio for the
    whole of the valley'), or opening as a motto says whom the site serves ('News for the valley's diaspora in
    North America', 'Your morning guide to the statehouse'): a motto, not a headline."""
    if motto_shaped(text) and motto_words(text) >= MOTTO_MIN_WORDS:
        return True
    text = normalise_whitespace(text)
    return (
        _MOTTO_OPENING.match(text) is not None
        and word_count(text) <= MOTTO_OPENING_MAX_WORDS
        and not ends_sentence(text)
        and not re.search(r"[\d:\"“”]", text)
    )


# "Nigeria's Most Quoted Newspaper", "The Paper That Asks Why", "Kenya's Bold Daily": a slogan naming the site a paper.
_SELF_NOUNS = {"newspaper", "paper", "daily", "weekly", "tabloid", "newsweekly"}
_AFTER_SELF_NOUN = {"that", "which", "who", "for", "of", "you", "with", "since", "where", "in"}


def calls_itself_a_paper(text: str) -> bool:
    """A short slogan whose head noun is the paper itself ('Nigeria's Most Quoted Newspaper', 'The Paper That
    Asks Why'); 'Paper Mill Closes' and 'Weekly Market Reopens' use the word for something else."""
    words = [w.strip(".,:;!?'’\"").lower() for w in text.split()]
    if not 2 <= len(words) <= MOTTO_MAX_WORDS or not motto_shaped(text):
        return False
    return any(
        w in _SELF_NOUNS and k > 0 and (k == len(words) - 1 or words[k + 1] in _AFTER_SELF_NOUN)
        for k, w in enumerate(words)
    )


def name_and_motto(text: str) -> tuple[str, str]:
    """('Kowloon Ledger', 'Independent, non-profit news since 2015') from a line holding both; else ('', '')."""
    match = _NAME_THEN_MOTTO.match(normalise_whitespace(text))
    if not match or not motto_shaped(match.group("motto")):
        return "", ""
    return match.group("name").strip(), match.group("motto").strip()
