"""Lines that credit an outlet or a body: where the story first appeared, the paper it was reprinted
from, an outlet with agencies, a logo's name, and who issued a press release."""

from __future__ import annotations

import re

from articles.ingest.cleaning.bylines import _byline_names_of, _is_person_name, company_name
from articles.ingest.cleaning.patterns import (
    _BODY_NAME_WORDS,
    _ISSUED_BY,
    _LOGO_ALONE,
    _LOGO_NAME,
    _PERSON_STYLE,
    _POST_NOMINALS,
    _PUBLICATION_CREDITS,
    _SLASH_CREDIT,
    _WITH_AGENCIES,
    SLASH_CREDIT_MIN_WORDS,
)
from articles.ingest.dates import parse_date_line
from articles.ingest.text import (
    ends_sentence,
    normalise_whitespace,
)


def publication_credit(text: str) -> str:
    """'This report by The Example Press was first published March 3, 2024.' → 'The Example Press'; else ''."""
    text = normalise_whitespace(text)
    for pattern in _PUBLICATION_CREDITS:
        match = pattern.match(text)
        if match and ("date" not in match.groupdict() or parse_date_line(match.group("date"))):
            return match.group("outlet").rstrip(".")
    return ""


def reprinted_from(text: str) -> str:
    """'THE EXAMPLE STAR/ASIA NEWS NETWORK' under a reprinted story → 'THE EXAMPLE STAR', the paper that wrote it
    (the syndicate after the slash only passed it on); '' for any other line."""
    text = normalise_whitespace(text)
    if not _SLASH_CREDIT.match(text) or len(text.split()) < SLASH_CREDIT_MIN_WORDS or _byline_names_of(text):
        return ""
    return text.split("/")[0].strip()


def outlet_with_agencies(text: str) -> str:
    """'Example Monde with AFP', 'Example News with agencies' → the outlet; '' for any other line."""
    # "Ann Lee (with Reuters)", "Example Monde (with AFP, dpa)": the credit in brackets reads the same
    text = re.sub(r"\s*\((?i:with)\s+([^()]+)\)\s*$", r" with \1", normalise_whitespace(text))
    match = _WITH_AGENCIES.match(text)
    # "By Ann Lee with AP, AFP" is a byline: the author wrote it with the agencies' copy
    return match.group("outlet") if match and not _byline_names_of(text) else ""


def logo_name(text: str) -> str:
    """'The Example Ledger logoThe Example Ledger' (a logo's text, then the name) → the name; else ''."""
    match = _LOGO_NAME.match(normalise_whitespace(text)) or _LOGO_ALONE.match(normalise_whitespace(text))
    return match.group("name") if match else ""


# "Communications Department", "Corporate Affairs Unit", "Media and Public Relations Office": an office named only by
# its work, inside whatever institution issues the release (the masthead names that).
_INTERNAL_OFFICE = re.compile(
    r"^(?:the\s+)?(?:(?:corporate|public|strategic|government|external|internal)\s+)?(?:communications?|media|press"
    r"|public relations|public affairs|information|publicity|corporate affairs|external affairs|outreach)"
    r"(?:\s+(?:and|&)\s+(?:public\s+|corporate\s+|external\s+)?(?:relations|affairs|communications?|information"
    r"|outreach|media|protocol))?\s+(?:department|dept\.?|unit|office|division|section|directorate|team|desk|services?)$",
    re.IGNORECASE,
)


def issued_by(text: str) -> str:
    """'From: Department for Example Affairs and Jane Doe MP' → 'Department for Example Affairs'; else ''."""
    match = _ISSUED_BY.match(normalise_whitespace(text))
    return issuing_body(match.group("issuer")) if match and match.group("issuer") else ""


def issuing_body(value: str) -> str:
    """The body a press release comes from, less the ministers named beside it ('… and Jane Doe MP');
    '' when the value is a person or not a name."""
    pieces = re.split(r"\s+and\s+", normalise_whitespace(value).strip(" ."))
    while len(pieces) > 1 and _styled_person(pieces[-1]):
        pieces.pop()
    body = " and ".join(pieces)
    words = body.split()
    if not words or len(words) > 10 or ends_sentence(body) or _styled_person(body):
        return ""
    if _INTERNAL_OFFICE.match(body):
        return ""  # "Communications Department": an office of the body the page is from, which it does not name
    if _is_person_name(body) and not company_name(body):  # "Example Solar Ltd" is a company, not a person
        return ""
    if not all(w[:1].isupper() or w.lower() in _BODY_NAME_WORDS for w in words) or not words[0][:1].isupper():
        return ""
    return body


def _styled_person(text: str) -> bool:
    """'The Rt Hon Jane Doe MP', 'Jane Doe MP': a person by the style of their name."""
    text = text.strip()
    return _PERSON_STYLE.sub("", _POST_NOMINALS.sub("", text)) != text
