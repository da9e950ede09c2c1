"""How a site names itself in its own furniture (its copyright line, 'Follow X on Facebook', its
handles and web addresses), and whether a name is the site's."""

from __future__ import annotations

import re

from articles.ingest.cleaning.bylines import _is_person_name, follow_sign_off, without_legal_form
from articles.ingest.cleaning.mastheads import masthead_name
from articles.ingest.lexicon import (
    FEMALE_FIRST_NAMES,
    MALE_FIRST_NAMES,
)
from articles.ingest.text import (
    normalise_whitespace,
)

# How a site names itself in its own furniture, whatever its name's words: the copyright line,
# "Follow X on Facebook", "Subscribe to X's newsletter", "Thanks for reading X!", "Download the X
# app", "Get X in your inbox", "Support X", "Join X from £3 a month", "X relies on
# readers like you", "X is a not-for-profit news service …". A line at the top that one of these
# repeats is the site's name, not a headline, even without a paper's word ("Northern Fold").
# "La Voz del Valle", "Het Parool van Noord": a name may hold the lower-case particles of its language.
_NAME_PARTICLES = r"(?:de|del|della|da|do|dos|das|di|du|des|la|le|van|von|der|den|y)"
# a capital of Latin script, accented too ("Øresund Nyt", "Élan Matin")
_CAPITAL = "A-ZÀ-ÖØ-Þ"
_SELF_NAME = (
    rf"(?P<name>(?:[Tt]he\s+)?[{_CAPITAL}][\w&'’.-]*(?:\s+(?:{_NAME_PARTICLES}\s+)?[{_CAPITAL}][\w&'’.-]*){{0,4}})"
)
_FOLLOW_SITE = re.compile(rf"^(?i:follow|like)\s+(?i:the\s+)?{_SELF_NAME}\s+(?i:on)\s+[A-Z]")
# "Subscribe to The Example Chronicle for full access to every story.", "Sign up for Example Beat's newsletters"
_SUBSCRIBE_TO_SITE = re.compile(
    rf"^(?i:subscribe|sign up)\s+(?i:to|for)\s+{_SELF_NAME}(?:['’]s\b|\W*$|\s+(?i:for|to|and|newsletters?)\b)"
)
_SELF_REFERENCES = [
    re.compile(rf"^(?i:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{{4}}(?:\s*[-–]\s*\d{{4}})?\s*)?{_SELF_NAME}"),
    _FOLLOW_SITE,
    _SUBSCRIBE_TO_SITE,
    re.compile(rf"^(?i:thanks?\s+(?:you\s+)?for\s+(?:reading|listening to|supporting))\s+{_SELF_NAME}\W"),
    # a newsletter's own lines: "Enjoying X?", "You're reading X, an independent newsletter …"
    re.compile(rf"^(?i:enjoying|you['’]re reading|you are reading)\s+{_SELF_NAME}(?:\?|,|\.|$)"),
    re.compile(rf"^(?i:download|get)\s+(?i:the\s+)?{_SELF_NAME}\s+(?i:app)\b"),
    # "Get X in your inbox", "Get the X newsletter in your inbox every morning"
    re.compile(
        rf"^(?i:get|want)\s+(?i:the\s+)?{_SELF_NAME}\s+(?i:(?:newsletter|briefing|bulletin|digest)\s+)?"
        rf"(?i:in|to|straight to)\s+(?i:your)\s+(?i:inbox)"
    ),
    # "Example Courier. All rights reserved.": the rights notice without its © sign, the site's name first
    re.compile(rf"^{_SELF_NAME}\.?,?\s+(?i:all rights reserved)\b"),
    re.compile(
        rf"^(?i:support|join|about|donate to)\s+{_SELF_NAME}"
        rf"(?:\W*$|\s+(?i:from|today|now)\b)"  # "Join X from £3 a month"; "Join Ann Lee for a live chat" is no appeal
    ),
    # "Become a member of X today.", after the appeal's first sentence or alone
    re.compile(rf"^(?:.*?[.!?]\s+)?(?i:become an?\s+(?:member|subscriber|supporter|patron)\s+of)\s+{_SELF_NAME}"),
    re.compile(
        rf"^{_SELF_NAME}\s+(?i:is hiring|relies on|depends on|is funded by|is published by|has been publishing"
        rf"|is an?\s+(?:[\w-]+\s+){{0,4}}(?:newsroom|news service|news site|newspaper|co-?operative"
        rf"|publication|station|magazine|website|newsletter|production|member|weekly|daily|news outlet))\b"
    ),
]
# "From Alder Lantern, the free news source for Alder County.", "Kestrel Eye — your independent newsroom since 2009":
# the site's tagline, naming it once and for certain.
_TAGLINE_ADJECTIVES = (
    r"(?:free|independent|local|nonprofit|non-profit|community|trusted|reader-funded|reader-supported"
    r"|people-powered|fearless|reliable)"
)
_SITE_TAGLINE = re.compile(
    rf"^(?:(?i:from)\s+)?{_SELF_NAME}\s*(?:,|:|\s[–—-])\s+(?i:(?:(?:the|your)\s+)?(?:[\w'’-]+,?\s+){{0,4}}"
    rf"(?:news\s+source|source\s+(?:of|for)\s+(?:[\w'’-]+\s+){{0,3}}news|news\s+(?:site|service|website|outlet"
    rf"|organi[sz]ation|magazine)|newsroom|newspaper)"
    # "X: Free, independent news for the valleys", "X, free local news since 2009": news a tagline's adjective calls so
    rf"|(?:(?:the|your)\s+)?(?:[\w'’-]+,?\s+){{0,2}}{_TAGLINE_ADJECTIVES},?\s+(?:[\w'’-]+,?\s+){{0,2}}"
    rf"news(?=\s+(?:for|since|from|about)\b))"
    rf"(?=\s+(?i:for|of|in|on|since|from|about|covering|serving)\b|\W*$|[.!]\s)"
)
# "Millbrook Ledger Commons is a nonprofit newsroom serving the river towns.": the site describing itself.
_SITE_SELF_DESCRIPTION = re.compile(
    rf"^{_SELF_NAME}\s+(?i:is\s+an?\s+(?:[\w'’-]+\s+){{0,4}}(?:newsroom|news\s+(?:service|site|website|outlet"
    rf"|organi[sz]ation)|newspaper))\b"
)
_SELF_REFERENCES.append(_SITE_TAGLINE)
_NOT_SITE_NAMES = {"all", "us", "me", "our", "my", "the"}


def tagline_name(text: str) -> str:
    """The site a tagline names ('From Alder Lantern, the free news source for Alder County.' → 'Alder Lantern');
    '' for any other line ('Ann Lee, the newspaper's editor, said …' is story)."""
    text = normalise_whitespace(text)
    match = _SITE_TAGLINE.match(text) or _SITE_SELF_DESCRIPTION.match(text)
    if not match or match.group("name").split()[0].lower() in FEMALE_FIRST_NAMES | MALE_FIRST_NAMES:
        return ""  # "Ann Lee, the newspaper's editor": a person
    return match.group("name")


# "ann.lee@examplenews.co.uk", "www.example-times.com": the site's domain.
_DOMAIN = re.compile(r"(?:@|\bwww\.|https?://)(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6})\b", re.I)


# The words a site's motto calls it by: "Norway's news in English", "The island's English daily", "Voice of the valley".
_NEWS_MOTTO_WORD = re.compile(r"\b(?:news|daily|weekly|newspaper|paper|journal)\b", re.IGNORECASE)
# "News", and the words sites in other languages call it by in their mottos: "L'actualité du Gabon", "Noticias de
# Bolivia", "Nachrichten aus der Region".
_NEWS_IN_ANY_LANGUAGE = re.compile(
    r"\b(?:news|daily|weekly|actualités?|actualidad|noticias|notícias|notizie|nachrichten|nieuws|nyheter|nyheder"
    r"|uutiset|wiadomości|zprávy|správy|novosti|vijesti|vesti|haberler|habari|berita|balita|tin tức)\b",
    re.IGNORECASE,
)
# "Follow @KestrelEye for the latest news": the site's handle, its name's words run together in title case.
_FOLLOW_HANDLE = re.compile(
    r"^(?i:follow|like)\s+(?:us\s+)?@(?P<handle>(?:[A-Z][a-z]+){2,4})\b(?:\s+(?i:for|on)\s|\W*$)"
)


def handle_name(text: str) -> str:
    """'Follow @SarniaStar for the latest island news' → 'Sarnia Star': the name a site's handle spells; '' for any
    other line, and for a handle that spells a person's name ('Follow @AnnLee for updates': the writer's)."""
    match = _FOLLOW_HANDLE.match(normalise_whitespace(text))
    if not match:
        return ""
    name = " ".join(re.findall(r"[A-Z][a-z]+", match.group("handle")))
    return "" if _is_person_name(name) and not masthead_name(name) else name


def self_references(lines: list[str]) -> list[str]:
    """The names a page's furniture gives the site itself, in page order ('© 2024 Northern Fold',
    'Thanks for reading Harbor Notes!', 'Follow the Example Champion on Facebook', 'Follow @HarborNotes for …')."""
    found = []
    for text in lines:
        if name := handle_name(text):
            found.append(name)
            continue
        text = re.sub(r"\b([AI])/S\b", r"\1S", normalise_whitespace(text))  # "Example Nyt A/S": the Danish "AS"
        for pattern in _SELF_REFERENCES:
            if not (match := pattern.match(text)) or (pattern is _FOLLOW_SITE and follow_sign_off(text)):
                continue  # "Follow Ann Lee on X": the writer, not the site
            # "© 2024 Example Media Ltd. All rights reserved.": the name ends at its company suffix or full stop
            name = re.split(r"(?<=\w)\.(?:\s|$)|\s+(?:All)\b", match.group("name"))[0]
            name = without_legal_form(name)
            name = re.sub(r"['’]s$", "", name.rstrip(".,"))
            if name.lower() not in _NOT_SITE_NAMES:
                found.append(name)
                break
    return found


# "cedarhollowsignal.com" or "https://www.cedarhollowsignal.com/news/…" alone on a line: the site's address.
ADDRESS_LINE = re.compile(
    r"^(?:https?://)?(?:www\.)?(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6})(?:/\S*)?$", re.IGNORECASE
)


def site_domains(lines: list[str]) -> set[str]:
    """The compact names of the domains on a page ('examplenews' for 'ann@examplenews.co.uk', 'www.x.com' or
    'x.com' alone on a line)."""
    hosts = {m.group("host").lower() for text in lines for m in _DOMAIN.finditer(text)}
    hosts |= {m.group("host").lower() for text in lines if (m := ADDRESS_LINE.match(text.strip()))}
    return {
        _compact(
            host.split(".")[-3] if re.search(r"\.(?:co|com|org|net|ac|gov)\.[a-z]{2}$", host) else host.split(".")[-2]
        )
        for host in hosts
    }


def _compact(name: str) -> str:
    """'The Example-Times' → 'exampletimes': a name as a domain spells it."""
    return re.sub(r"[^\w]|_", "", re.sub(r"^the\s+", "", name.lower()))


def names_the_site(name: str, references: list[str], domains: set[str]) -> bool:
    """The site's own furniture or domain repeats name: 'Harbor Notes' and 'Thanks for reading Harbor
    Notes!'; 'The Example Lantern' and 'ann@examplelantern.com'; 'Example Loop Barbados' and 'Download
    the Example Loop app' (the site, then its edition)."""
    key = _compact(name)
    if not key:
        return False
    if key in domains or any(key == _compact(ref) for ref in references):
        return True
    words = normalise_whitespace(re.sub(r"^(?i:the)\s+", "", name)).split()
    return len(words) >= 3 and any(
        _compact(ref).startswith(_compact(" ".join(words[:2])))
        and len(_compact(ref)) < len(key)
        and key.startswith(_compact(ref))
        for ref in references
    )
