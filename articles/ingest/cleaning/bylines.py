"""Bylines and the other lines that credit people: authors' names, their roles and outlets, the date
beside them, sign-offs under the story, sponsors' and helpers' credits; and whether a line is a person's name."""

from __future__ import annotations

import re
from functools import lru_cache

from articles.ingest.cleaning.mastheads import masthead_name
from articles.ingest.cleaning.patterns import (
    _BYLINE_TAIL_WORDS,
    _NOT_NAME_WORDS,
    _READINGS_CACHED,
    _ROLE_NOUNS,
    CAPTION_MAX_WORDS,
    INSTITUTION_WORDS,
    KICKER_WORDS,
    MASTHEAD_WORDS,
    MENU_WORDS,
    SECTION_WORDS,
    _date_line_of,
)
from articles.ingest.dates import find_date, parse_date_line
from articles.ingest.lexicon import (
    FUNCTION_WORDS,
    HONORIFICS,
    MULTIWORD_PLACES,
    PLACE_CLOSING_WORDS,
    PLACE_OPENING_WORDS,
)
from articles.ingest.text import (
    EMAIL_ADDRESS,
    capitalised_share,
    ends_sentence,
    normalise_whitespace,
    word_count,
)

# Bylines: "By A", "By A and B", "By A, B", "By A, Role | Outlet", "By A in Place", and wire credits
# "Reporting by A and B; Writing by C; Editing by D" (the editors are not authors).
_BYLINE = re.compile(
    r"^(?:(?:(?:story|words|written|text|analysis|report|reported|reporting|additional reporting|writing|compiled"
    r"|(?:[a-z]+ )?original|presented|hosted|interview"  # "(Japanese original by …)": a translation's credit
    # a blog's or a CMS's credit: "Posted by A at 9:42 AM", "Submitted by A on date", "This entry was posted by A."
    r"|(?:this (?:entry|post|article|story) was )?(?:posted|submitted|published)|authored) )?"
    # "Deur / By Ann Lee", "Par / By Ann Lee": a bilingual site's label, its own language's "by" first
    r"(?:(?:deur|door|par|por|von|oleh|av|af|przez)\s*/\s*)?"
    r"by(?:\s*[—–]\s+|:?\s+|(?-i:(?=[A-Z][a-z])))"  # "ByAnn Lee": the space lost in the copy; "By — Ann Lee"
    # "Par Ann Lee", "Oleh Ann Lee": another language's "by", before a capital
    r"|(?:deur|door|par|por|oleh|przez)\s+(?=(?-i:[A-ZÀ-ÖØ-Þ]))"
    # "Author Ann Lee": a blog theme's label without its colon, before a capitalised name
    r"|authors?\s+(?=(?-i:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]))"
    # "Report: Ann Lee", "Text: Ann Lee": an agency's or a broadcaster's label
    r"|(?:words|authors?|author\(s\)|writers?|reporters?|report|reporting|journalists?|correspondents?|contributors?|text"
    r"|story"
    # "Autor: Ann Lee", "Auteur : Ann Lee", "Penulis: Ann Lee": the label in the site's own language
    r"|autor|autora|autorka|auteur|autore|autori|verfasser|penulis|wartawan|pewarta|skribent|toimittaja)"
    r"\s*:\s*"  # "Words: Ann Lee", "Reporting: Ann Lee"
    r"|from\s+(?=(?-i:[A-Z][a-z]+ [A-Z][\w'’-]+ in [A-Z])))"  # "From Ann Lee in Nairobi": a correspondent's credit
    r"(?P<names>.+)$",
    re.IGNORECASE,
)
# "@annlee": a social handle printed beside the author's name.
_FOLLOW_BUTTON = re.compile(r"^(?:\+\s*)?Follow(?:\s*\+)?$")
# "and Tom Ruiz": the rest of a byline broken over two lines
_BYLINE_CONTINUED = re.compile(r"^(?:and|&)\s+(?P<name>[^,;|]+?)\s*$")
_HANDLE = re.compile(r"\s*@\w{2,30}\b")
_EMAIL = re.compile(r"\s*" + EMAIL_ADDRESS.pattern)  # with the space before it
_NOT_AUTHOR_CREDIT = re.compile(
    # "Additional reporting by C" after the writers: a contributor, as "C contributed to this report" is
    r"^(?:additional\s+reporting|edit(?:ing|ed)|sub-?edit(?:ing|ed)|graphics?|photos?|photographs?|pictures?|images?|video|design(?:ed)?"
    r"|produc(?:ed|tion)|illustrat(?:ed|ions?)|fact-?check(?:ing|ed)|translat(?:ed|ion))\s+by\b",
    re.IGNORECASE,
)
# "Reporting by A; Editing by B", and "Written By: A Edited By: B" run together on one line; "By A. Picture: B",
# "By A   Photos by B": the photographer's credit run on after the writer's, after a full stop, a comma or a gap
_CREDIT_PARTS = re.compile(
    r"\s*;\s*|\s+(?=(?i:(?:edited|produced)\s+by)\b)"
    r"|\s*[.,]?\s+(?=(?i:(?:photo(?:graph)?s?|photography|pictures?|pics?|images?)\s*(?::|by\b)))"
)
_NAME_SPLIT = re.compile(r"\s*,\s*|\s+and\s+|\s*&\s*|\s*/\s*", re.IGNORECASE)  # "By ANN LEE/THE EXAMPLE POST"
_NAME_TOKEN = re.compile(
    # a capital of Latin script, accented too ("Émilie", "Ângelo", "Øystein")
    r"^(?:[A-ZÀ-ÖØ-Þ][\w'’]*(?:-[A-Za-zÀ-ÖØ-öø-ÿ][\w'’]*)*\.?"
    r"|(?:de|da|di|del|dela|delos|dos|das|van|von|der|den|le|la|du|bin|binti|ibn|al|ter)"
    # the one-letter joins of Catalan, Portuguese and Spanish double surnames ("Puig i Soler", "Lopes e Silva",
    # "Ortega y Gasset") and the Faroese place particles ("á Dunga", "í Líð"), between capitalised words
    r"|(?:i|e|y|á|í)"
    r"|[A-Z]\.)$"
)


# The last word of a newsroom's team credited in a byline ("Example News Desk", "Web Team").
_DESK_WORDS = {"desk", "team", "staff", "bureau"}


# "Edited by Ann Lee and Tom Ruiz" in a live page's header: the only credit such pages print.
_EDITED_BY = re.compile(r"^edited by:?\s+(?P<names>.+)$", re.IGNORECASE)
# "Ann Lee (now) and Tom Ruiz (earlier)": who wrote a live page when.
_SHIFT_NOTE = re.compile(r"\s*\((?:now|earlier|later|before)\)", re.IGNORECASE)
_FILED_FROM = re.compile(r"\s+(?:in|from)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}$")
# "Posted on July 8, 2024 by Ann Lee": the blog's date and byline on one line.
DATED_BYLINE = re.compile(
    r"^(?:posted|published|written|updated)\s+(?:on\s+)?(?P<date>.{4,40}?)\s+(?=by\s)", re.IGNORECASE
)
# "By Ann Lee On March 5, 2024 10:12 pm In News", "By Ann Lee Time of article published Mar 8, 2024":
# the date (and section) after the names.
_BYLINE_DATE_TAIL = re.compile(
    r"\s+(?:(?:time|date) of (?:article|story|publication)\s+|first\s+)?"
    r"(?:on|published|posted|updated)\s*:?\s+(?P<date>.+?)(?:\s+in\s+[A-Z][\w&' ]{0,30})?$",
    re.IGNORECASE,
)
# "Follow Ann Lee on Twitter @annlee": the author's sign-off under the story.
_FOLLOW = re.compile(
    r"^follow\s+(?P<name>[A-Z][^@]{2,40}?)\s+on\s+(?:twitter|x|instagram|facebook|threads|bluesky|linkedin)\b",
    re.IGNORECASE,
)
# Credit words that make a line a byline even when it ends like a sentence ("Story by Ann Lee.").
_CREDIT_OPENING = re.compile(
    r"^\(?(?:story|words|written|text|reporting|additional reporting|(?:[a-z]+ )?original"
    r"|(?:this (?:entry|post|article|story) was )?(?:posted|submitted|published))\s+by\b",
    re.IGNORECASE,
)
_DASHED_CREDIT = re.compile(r"^[—–-]+\s*(?=(?i:reporting|report|words|text|story|written)\b)")
# A sign-off under the story: "— Ann Lee", "— Ann Lee, The Example Courier".
_SIGN_OFF = re.compile(r"^[—–-]+\s+(?P<name>[^,|]+?)(?:\s*[,|]\s*(?P<outlet>[^,|]+))?\s*$")
# "Ann Lee reported from Kyiv.", "Tom Ruiz contributed reporting.": the authors' note under the story.
_REPORTED_FROM = re.compile(r"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3} (?:reported|contributed)\b")
# "The Example Agency contributed to this report.": a credit closing the page.
_CONTRIBUTED = re.compile(
    r"^[A-Z][^.!?]{2,80}\bcontributed (?:to )?(?:this |the )?(?:report|story|reporting|article)\b[^.!?]{0,60}\.?$"
)
# "With help from Ann Lee and Tom Ruiz.": the people who helped the authors, who are not authors themselves.
_HELPED_BY = re.compile(
    r"^(?i:with (?:help|assistance|research|additional help) from|with research by)\s+(?P<names>[A-Z][^.!?]{2,80}?)\.?$"
)


def helped_by(line: str) -> list[str]:
    """The helpers a credit names ('With help from Tom Ruiz and Ida Lund.' → both); [] for any other line
    ('With help from neighbours, the family rebuilt the barn.' is story)."""
    match = _HELPED_BY.match(normalise_whitespace(line))
    return name_list_line(match.group("names")) if match else []


# "Ann Lee can be reached at ann@example.com": how to reach the author.
_CONTACT = re.compile(
    r"\b(?:reached|contact(?:ed)?|e-?mail(?:ed)?|write to|sent to)\b.*[\w.+-]+@[\w-]+\.\w", re.IGNORECASE
)
# "Follow Example News on Facebook and Twitter.": the site's own prompt.
_FOLLOW_ANY = re.compile(
    r"^follow\s+.{2,40}?\s+on\s+(?:twitter|x|instagram|facebook|threads|bluesky|linkedin|tiktok|youtube)\b",
    re.IGNORECASE,
)
# "Image: Ann Lee / Example News", "Photo: Ann Lee", "Photograph by Ann Lee": a photo's credit led by its label.
_LABELLED_PHOTO_CREDIT = re.compile(r"^(?:image|photo(?:graph)?|picture|pic)s?\s*(?::|by\b)", re.IGNORECASE)
# "Tags", "TOPICS", "Related topics:": the heading of the site's tags listed one a line under the story.
_TAGS_HEADING = re.compile(r"^(?:related )?(?:tags?|topics?|keywords?)\s*:?$", re.IGNORECASE)
TAG_MAX_WORDS = 4
# The heading of readers' comments under a story: everything after it is theirs.
_COMMENTS_HEADING = re.compile(
    r"^(?:\d+\s+comments?|comments?\s*\(\d+\)|(?:sign|log) in to (?:comment|reply)|join the (?:conversation|discussion)"
    r"|(?:show|view|read) (?:all )?(?:\d+ )?comments|leave a (?:comment|reply)|readers'? comments"
    r"|add (?:a |your )?comment!?"
    r"|(?:no|\d+) comments?:|post a comment)$",  # a blog's: "No comments:" over "Post a Comment"
    re.IGNORECASE,
)
# "Ann Lee is a staff writer at The Example Review.": the author's note closing the page.
_AUTHOR_BIO = re.compile(r"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3} (?:is|was) (?:an?|the)\b")
# "The writer is a trade economist …": the note about the author, naming no one.
_WRITER_NOTE = re.compile(r"^(?:the|this) (?:writer|author|columnist)s? (?:is|are|was|were)\b", re.IGNORECASE)
# A byline split over lines: "By" alone, then one name per line.
_BARE_EDITOR = re.compile(r"^(?:editors?|edited by)\s*:?$", re.IGNORECASE)
_BARE_BY = re.compile(
    r"^(?:(?:written |words |story )?by|authors?(?: of (?:the|this) (?:article|story))?|writers?|reporters?):?$",
    re.IGNORECASE,
)


# A sponsor's credit: "Presented by Example Bank", "A message from Example Mutual:", "Sponsored by X", "Brought
# to you by X", "In partnership with X". Only "Presented by" and "Hosted by" may name a person (a podcast's host).
_SPONSOR_CREDIT = re.compile(
    r"^(?P<cue>a message from|presented by|hosted by|(?:sponsored|brought to you|paid for|powered|underwritten"
    r"|supported) by|in (?:partnership|association) with)\s*:?\s+(?P<sponsor>[A-Z].{1,60}?)\s*:?$",
    re.IGNORECASE,
)
# Words of a company's or a body's name ("Northgate Mutual Insurance", "Example Savings Bank"): no person's.
_ORGANISATION_WORDS = {
    "insurance", "bank", "mutual", "financial", "finance", "capital", "partners", "trust", "energy", "airlines",
    "airways", "motors", "technologies", "technology", "solutions", "systems", "services", "industries",
    "association", "alliance", "fund", "labs", "health", "pharma", "properties", "credit", "union", "telecom",
    "mobile", "brands", "foods", "hotels", "resorts", "savings", "investments", "logistics", "realty",
}  # fmt: skip


def company_name(text: str) -> bool:
    """'Northgate Mutual Insurance', 'Fjord Post Media AS', 'Example Savings Bank': a company's or a body's name
    (its words or its legal form say so), never a person's."""
    words = {w.lower().strip(".,") for w in text.split()}
    organisation_words = _ORGANISATION_WORDS | PUBLISHER_WORDS | INSTITUTION_WORDS
    return bool(words & organisation_words) or without_legal_form(text) != text.strip()


def sponsor_credit(line: str) -> str:
    """The sponsor a credit line names ('Presented by Northgate Mutual Insurance' → 'Northgate Mutual Insurance',
    'A message from Example Bank:'); '' for any other line, and for a host's credit ('Presented by Amara Osei')."""
    match = _SPONSOR_CREDIT.match(normalise_whitespace(line))
    if not match:
        return ""
    sponsor, cue = match.group("sponsor").rstrip(" .:"), match.group("cue").lower()
    if cue not in ("presented by", "hosted by"):
        return sponsor
    return sponsor if company_name(sponsor) or not _is_person_name(sponsor) else ""


# "… Comment(0)", "… 3 Comments", "… No Comments": a blog theme's comment count closing its credit line.
_COMMENT_COUNT_TAIL = re.compile(
    r"\s+(?:(?:no|\d+)\s+comments?|comments?\s*(?:\(\s*\d+\s*\)|:\s*\d+)|leave a comment)$", re.IGNORECASE
)
# "Posted on  Ann Lee  Comment(0)" (the date was an icon's, lost in the copy), "Posted on March 3, 2024 Ann Lee":
# a theme's posting credit with no "by" before the name.
_POSTED_ON = re.compile(r"^(?:posted|published|written)\s+on\s*:?\s+(?P<rest>.+)$", re.IGNORECASE)


_AUTHOR_LABEL = re.compile(r"^(?:authors?|by)\s*:?\s+", re.IGNORECASE)
_PUBLISHED_BY = re.compile(r"^(?:published|posted)\s+by\s+(?P<name>.+?)\W*$", re.IGNORECASE)


def _posted_on_parts(text: str) -> tuple[str, str]:
    """'Posted on March 3, 2024 Ann Lee' → ('March 3, 2024', 'Ann Lee'); ('', '') unless the rest is a name."""
    match = _POSTED_ON.match(_COMMENT_COUNT_TAIL.sub("", text))
    if not match or re.search(r"\sby\s", text, re.IGNORECASE):
        return "", ""
    rest, dated = match.group("rest").strip(), ""
    found = find_date(rest)
    if found and found[1][0] == 0:
        dated, rest = rest[: found[1][1]], rest[found[1][1] :].strip(" ,|·•-–—")
        if (clock := re.match(r"^(?:at\s+)?\d{1,2}[:.h]\d\d(?:\s*[ap]\.?m\.?)?\s*", rest, re.IGNORECASE)) is not None:
            dated, rest = f"{dated} {clock.group().strip()}", rest[clock.end() :].strip(" ,|·•-–—")
    rest = _AUTHOR_LABEL.sub("", rest)  # "Posted on March 3 Author Ann Lee": the theme labels the name
    return (dated, _tidy_name(rest)) if _is_person_name(rest) else ("", "")


# "The road to the north has been cut three times this year By ANN LEE In Town": a deck (the standfirst) with the
# byline and the place it was filed from run on after it, on one line ("BY ANN LEE IN TOWN" in capitals too).
_DECK_THEN_BYLINE = re.compile(
    r"^(?P<deck>[A-Z\"“‘'][^|]{20,}?[a-z\d,.;:!?\"”’'])\s+"
    r"(?P<byline>(?:By|BY)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s+(?:In|IN|in)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})$"
)
DECK_MIN_WORDS = 5
DECK_MAX_CAPITALISED = 0.5  # share of a deck's words with a capital: sentence case


def deck_byline(text: str) -> str:
    """The byline run on after a deck on one line ('… cut three times this year By ANN LEE In Town' → 'By ANN LEE
    In Town'); '' for any other line."""
    match = _DECK_THEN_BYLINE.match(text)
    if not match or word_count(match.group("deck")) < DECK_MIN_WORDS:
        return ""
    # a deck is written in sentence case; "… Tell You He 'Won' By Finishing Third In Iowa" is a title-case headline
    return match.group("byline") if capitalised_share(match.group("deck")) < DECK_MAX_CAPITALISED else ""


def byline_names(line: str) -> list[str]:
    """The author names a byline gives, in order; [] when the line is not a byline.

    Names stop at the first part that is not a person's name: a role ("Political Editor"),
    an outlet ("The Times", "PA"), or anything after a "|". In a wire credit of several
    parts ("Reporting by A; Editing by B") the reporters and writers are the authors.
    """
    text = _HANDLE.sub("", normalise_whitespace(line)).rstrip(".")
    if sponsor_credit(text):
        return []  # "Presented by Example Bank": a sponsor, never an author
    text = _COMMENT_COUNT_TAIL.sub("", text)
    text = deck_byline(text) or text
    if posted := _posted_on_parts(text)[1]:
        return [posted]
    if (credit := _PUBLISHED_BY.match(text)) and without_legal_form(credit.group("name")) != credit.group("name"):
        return []  # "Published by Fjord Post Media AS": the publishing company, not a writer
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1].rstrip(".")
    if (dashed := _DASHED_CREDIT.match(text)) and _BYLINE.match(text[dashed.end() :]):
        text = text[dashed.end() :]  # "— Reporting: Ann Lee" under the story: a labelled credit set off by a dash
    dated = DATED_BYLINE.match(text)
    if dated and parse_date_line(dated.group("date")):
        text = text[dated.end() :]
    tail = _BYLINE_DATE_TAIL.search(text)
    if tail and parse_date_line(tail.group("date")):
        text = text[: tail.start()]
    elif bare := _bare_date_after_names(text):
        text = text[: -len(bare)].rstrip(" ,-–—")
    names: list[str] = []
    for number, part in enumerate(_CREDIT_PARTS.split(text)):
        if _NOT_AUTHOR_CREDIT.match(part):
            continue
        match = _BYLINE.match(part)
        if names and not match and (listed := name_list_line(part)):
            names += [n for n in listed if n not in names]  # "Author(s): Ann Lee; Tom Ruiz": names one after another
            continue
        if not match or word_count(part) > 2 * CAPTION_MAX_WORDS:
            if number == 0:
                return []
            continue
        names += [n for n in _names_in(match.group("names")) if n not in names]
    return names


def byline_date_text(line: str) -> str:
    """The date a byline gives before or after its names ('Posted on July 8, 2024 by Ann Lee',
    'By Ann Lee On March 5, 2024 10:12 pm In News', 'by Ann Lee March 7, 2024 4 min read');
    '' when it gives none there."""
    text = _COMMENT_COUNT_TAIL.sub("", normalise_whitespace(line))
    if dated := _posted_on_parts(text)[0]:
        return dated  # "Posted on March 3, 2024 Ann Lee"
    for match in (DATED_BYLINE.match(text), _BYLINE_DATE_TAIL.search(text)):
        if match and parse_date_line(match.group("date")):
            return match.group("date")
    if _BYLINE.match(text) and (bare := _bare_date_after_names(text)):
        return _READING_TIME_TAIL.sub("", bare)
    return ""


_READING_TIME_TAIL = re.compile(r"\s+\d{1,3}\s*(?:min(?:ute)?s?|mins?)\.?\s+read$", re.IGNORECASE)


def _bare_date_after_names(text: str) -> str:
    """'by Ann Lee March 7, 2024 4 min read' → 'March 7, 2024 4 min read': a date line run on after the
    names with no word between; '' when the text has none."""
    found = find_date(text)
    if found is None or found[1][0] < 4:
        return ""
    rest = text[found[1][0] :]
    return rest if parse_date_line(_READING_TIME_TAIL.sub("", rest)) else ""


# " in Kyiv" between two writers' names ("Ann Lee in Kyiv and Tom Ruiz"): where the first one files from.
_PLACE_BEFORE_NEXT_NAME = re.compile(
    r"\s+(?:in|IN|In)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?=\s*(?:,\s*|\s+and\s+|\s*&\s*)[A-Z])"
)


def _names_in(names_part: str) -> list[str]:
    names_part = names_part.split("|")[0]
    # "By Ann Lee in Kyiv and Tom Ruiz in Warsaw": each writer's place, dropped where another name follows it
    names_part = _PLACE_BEFORE_NEXT_NAME.sub("", names_part)
    # "By ANN LEE FOR EXAMPLEONLINE", "By Ann Lee For The Example Post", "By Ann Lee In Nairobi"
    names_part = re.split(r"\s+(?:[Ii]n|IN|[Ff]or|FOR)\s+[A-Z]", names_part)[0]
    names = []
    for piece in _NAME_SPLIT.split(names_part.strip()):
        piece = re.sub(r"^and\s+", "", piece)  # ", and Tom Ruiz"
        if not piece:
            continue
        if names and all(w.lower().strip(".") in _BYLINE_TAIL_WORDS for w in piece.split()):
            continue  # "By Ann Lee, Senior Writer, and Tom Ruiz, Staff Writer": a role between names
        if not names:
            piece = _without_leading_role(piece)
        if piece.split()[-1].lower() in _DESK_WORDS:
            break  # "Written By: Example TV News Desk": a desk, no person
        if names and _place_shaped(piece):
            break  # "By Ann Lee, New Delhi": where she writes from, not a second writer
        if masthead_name(piece):
            # "By Ann Lee, Island Times": the outlet; "By Ann Lee The Island Press": a name, then it
            leading = _name_before_outlet(piece)
            if leading:
                names.append(_tidy_name(leading))
            break
        if _is_person_name(piece):
            names.append(_tidy_name(piece))
            continue
        # "Scott Lee Video produced by …": a name, then the next credit run on
        leading = _leading_name(piece) if not names else ""
        if leading:
            names.append(_tidy_name(leading))
        break
    return names


def _place_shaped(text: str) -> bool:
    """'New Delhi', 'Cape Town', 'Kuwait City': a place's name of two or three words, known or shaped as one."""
    words = text.split()
    if text in MULTIWORD_PLACES:
        return True
    opening, closing = words[0].lower(), words[-1].lower()
    return 2 <= len(words) <= 3 and (opening in PLACE_OPENING_WORDS or closing in PLACE_CLOSING_WORDS)


def _without_leading_role(text: str) -> str:
    """'state political reporter Ann Lee' → 'Ann Lee': a role written before the name; else the text."""
    tokens = text.split()
    for size in range(1, len(tokens) - 1):
        role, rest = tokens[:size], " ".join(tokens[size:])
        if role[-1].lower() in _ROLE_NOUNS and all(w.lower() in _BYLINE_TAIL_WORDS or w.islower() for w in role):
            return rest if _is_person_name(rest) else text
    return text


def name_list_line(line: str) -> list[str]:
    """A line that is only people's names ('Ann Lee', 'Ann Lee and Tom Ruiz'), tidied; [] otherwise."""
    text = _SHIFT_NOTE.sub("", normalise_whitespace(line))
    text = _FILED_FROM.sub("", text)  # "Ann Lee in Nairobi"
    if ends_sentence(text) or masthead_name(text):
        return []
    pieces = [p for p in _NAME_SPLIT.split(text) if p]
    possessive = re.compile(r"['’]s\b")
    if not pieces or not all(_plain_name(p) and not masthead_name(p) and not possessive.search(p) for p in pieces):
        return []
    return [_tidy_name(p) for p in pieces]


# "Ann Lee | date", "Ann Lee - date", and "Ann Lee Updated: date" (the separator lost in the copy)
_NAME_DATE_SPLIT = re.compile(
    r"\s*[|•·]\s*|\s+[-–—/]\s+|(?<![Ll]ast)\s+(?=(?i:(?:last\s+)?(?:updated|published|posted)(?:\s+on)?\s*:))"
)


def names_beside_date(line: str) -> list[str]:
    """'Ann Lee | March 3, 2024', 'March 3, 2024 | Ann Lee', 'Ann Lee - March 3, 2024', 'Ann Lee / DESK /
    Updated: March 3, 2024', 'Ann Lee · Example News · Posted: March 3, 2024': the names of a line that holds
    only names, dates and a desk's initials or the outlet; [] otherwise."""
    parts = [p for p in _NAME_DATE_SPLIT.split(normalise_whitespace(line)) if p]
    if len(parts) < 2:
        # "Ann Lee, Wednesday 5 March 2025": the names, a comma, and the rest of the line a date line
        # ("Published Sat, Mar 8, 2025" is a date line whole, not a name before one)
        name, comma, rest = normalise_whitespace(line).partition(", ")
        if not comma or _date_line_of(normalise_whitespace(line)) is not None or not parse_date_line(rest):
            return []
        return name_list_line(name)
    named = [p for p in parts if name_list_line(p) or plain_byline(p)]
    dated = [p for p in parts if p not in named and parse_date_line(p)]
    # "Ann Lee / TNN / …", "Ann Lee · Example News · Posted: …": the desk's initials or the outlet
    desks = [p for p in parts if p not in named and p not in dated and (_ACRONYM.match(p) or masthead_name(p))]
    if len(named) != 1 or not dated or len(named) + len(dated) + len(desks) != len(parts):
        return []
    return name_list_line(named[0]) or plain_byline(named[0])  # "Ann Lee, Senior Reporter | March 3, 2024"


# "Share:" run on after a byline: the share button's label, copied onto the byline's line.
_SHARE_BUTTON_TAIL = re.compile(r"\s+(?i:share(?: this(?: story| article)?)?)\s*:?$")


def name_with_outlet(line: str) -> tuple[list[str], str]:
    """'Ann Lee (The Example Post)', 'Ann Lee - The Example Post', 'Ann Lee / The Example Post Share:' →
    (['Ann Lee'], 'The Example Post'); ([], '') otherwise."""
    text = _SHARE_BUTTON_TAIL.sub("", normalise_whitespace(line))  # "Ann Lee / The Example Post Share:"
    match = re.match(r"^(?P<names>[^()]+?)\s*\((?P<outlet>[^()]+)\)$", text) or re.match(
        r"^(?P<names>[^()/]+?)\s+[-–—/]\s+(?P<outlet>[^()/]+)$", text
    )
    if not match or not (outlet := masthead_name(match.group("outlet"))):
        return [], ""
    names = name_list_line(match.group("names"))
    return (names, outlet) if names else ([], "")


def credited_outlet(line: str) -> str:
    """'Text by: Example 24': a credit naming no person, but an outlet; '' otherwise (a desk, 'By Political
    Staff', names no outlet)."""
    match = _BYLINE.match(normalise_whitespace(line))
    if not match or byline_names(line):
        return ""
    words = match.group("names").strip(" .").split()
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return ""
    if any(w.lower().strip(".,") in _BYLINE_TAIL_WORDS or w.lower() in {"our", "a", "staff"} for w in words):
        return ""
    return " ".join(words)


def outlet_beside_date(line: str) -> str:
    """'Example Online , Sunday 3 Mar 2024', 'Example News | March 3, 2024', 'March 3, 2024 / 4:12 PM /
    Example News' → the outlet; '' otherwise."""
    text = normalise_whitespace(line)
    parts = re.split(r"\s*[|,•·]\s*", text, maxsplit=1)
    if len(parts) == 2 and parse_date_line(parts[1]):
        return masthead_name(parts[0])
    # "Updated on: March 21, 2024 / 4:12 PM EDT / Example News": the outlet after the date
    parts = re.split(r"\s*[|•·]\s*|\s+/\s+", text)
    if len(parts) > 1 and parse_date_line(text) and not masthead_name(parts[0]):
        return masthead_name(parts[-1])
    return ""


def editor_names(line: str) -> list[str]:
    """'Edited by Ann Lee and Tom Ruiz' → ['Ann Lee', 'Tom Ruiz']; [] otherwise."""
    match = _EDITED_BY.match(normalise_whitespace(line).rstrip("."))
    return name_list_line(match.group("names")) if match else []


def _name_before_outlet(text: str) -> str:
    """'Ann Lee The Island Press', 'ANN LEE Associated Press' → the name; '' when no split leaves an outlet."""
    tokens = text.split()
    for size in (2, 3, 4):
        name, rest = " ".join(tokens[:size]), " ".join(tokens[size:])
        if _is_person_name(name) and masthead_name(rest):
            return name
    return ""


def _leading_name(text: str) -> str:
    tokens = text.split()
    for size in (4, 3, 2):
        if len(tokens) > size and _is_person_name(" ".join(tokens[:size])):
            follower = tokens[size]
            if follower.lower().strip(".,") in _NOT_NAME_WORDS or not follower[:1].isupper():
                return " ".join(tokens[:size])
    return ""


def _first_name_bio(text: str, authors: list[str]) -> bool:
    """'Ann is a reporter covering health.' under a story by Ann Lee: her author's note."""
    match = re.match(r"^([A-Z][\w'’-]+) (?:is|was|covers|writes|reports)\b", text)
    return bool(match) and any(author.split()[0] == match.group(1) for author in authors)


SEARCH_TITLE_SHARE = 0.75  # of a headline's words a search-engine title repeats when it lengthens that headline
SEARCH_TITLE_MIN_SHARED = 3


def words_of_headline(line: str, search_title: str) -> bool:
    """Whether a browser title's headline part ('Fares rise for first time since 2021 as city closes gap')
    repeats most of line's words ('Fares to rise for first time since 2021'): the page's own headline, which the
    site lengthened or reworded for search engines."""
    words, repeated = _telling_words(line), _telling_words(line) & _telling_words(search_title)
    return (
        # "HomeNewsDam releases cut, irrigators told" under "Dam releases cut, irrigators told | Site": the same
        # headline with something glued to it, not one the site shortened
        " ".join(_plain_words(search_title)) not in " ".join(_plain_words(line))
        and len(repeated) >= SEARCH_TITLE_MIN_SHARED
        and len(repeated) >= SEARCH_TITLE_SHARE * len(words)
    )


def _telling_words(text: str) -> set[str]:
    """A line's words longer than three letters that are not function words ('Prague', 'fares', '2021')."""
    return {w for w in re.findall(r"[\w'’]+", text.lower()) if len(w) > 3 and w not in FUNCTION_WORDS}


def _plain_words(text: str) -> list[str]:
    return re.findall(r"[\w'’]+", text.lower())


FOLLOWED_SITE_MIN_WORDS = 3  # "Follow Ann Post on X" is a writer's; "Follow Samoa Weekly Observer on X" the site's


def follow_sign_off(line: str) -> str:
    """'Follow Ann Lee on Twitter @annlee' → 'Ann Lee'; '' otherwise."""
    match = _FOLLOW.match(normalise_whitespace(line))
    if not match:
        return ""
    name = match.group("name")
    if masthead_name(name) and len(name.split()) >= FOLLOWED_SITE_MIN_WORDS:
        return ""  # "Follow Samoa Weekly Observer on Facebook": three or more words ending in a paper's word
    return _tidy_name(match.group("name")) if _is_person_name(match.group("name")) else ""


# A wire credit closing the story's last paragraph: "… in the region. (Reporting by A; Editing by B)".
WIRE_CREDIT = re.compile(
    r"\((?:additional )?(?:reporting|writing|compiled|story|text|(?:[a-z]+ )?original)\s+by\b[^()]*\)\s*\.?\s*$",
    re.IGNORECASE,
)


def closing_credit(body: str) -> tuple[int, list[str]]:
    """The offset where a wire credit at the end of the body starts, and the authors it names;
    (len(body), []) when there is none."""
    match = WIRE_CREDIT.search(body)
    if not match:
        return len(body), []
    return match.start(), byline_names(match.group().rstrip(". "))


def byline_outlet(line: str) -> str:
    """The outlet a byline names after its authors ('By Ann Lee, Example News, Kyiv' → 'Example News',
    'By Ann Lee The Example Press' → 'The Example Press')."""
    text = normalise_whitespace(line)
    names = byline_names(text)
    outlet_for = re.search(r"\s(?:for|FOR)\s+(?P<outlet>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})$", text)
    if (
        (names or plain_byline(text))
        and outlet_for
        and (masthead_name(outlet_for.group("outlet")) or " " not in outlet_for.group("outlet"))
    ):
        return outlet_for.group("outlet")  # "By ANN LEE FOR EXAMPLEONLINE"
    if name_with_outlet(text)[1]:
        return name_with_outlet(text)[1]  # "Ann Lee (The Example Post)"
    if not names and names_beside_date(text):
        # "Ann Lee · Example News · Posted: …"
        return next((name for part in re.split(r"\s*[|•·]\s*", text) if (name := masthead_name(part))), "")
    if not names and not plain_byline(text):
        return ""
    if names and names[-1].lower() in text.lower():
        after = text[text.lower().rindex(names[-1].lower()) + len(names[-1]) :]
        first = re.split(r"\s*[,|]\s*", after.strip())[0]
        if after.startswith(" ") and (name := masthead_name(first)):
            return name
    # "By Ann Lee · Example News", "By Ann Lee - Example News": a middle dot or a spaced dash parts the fields as
    # a bar does
    pieces = [p.strip() for p in re.split(r"\s*[,|/·•]\s*|\s+[-–—]\s+", text)[1:]]
    outlet = next((name for piece in pieces if (name := masthead_name(piece))), "")
    # "By Ann Lee, CNN": an outlet known by its initials
    outlet = outlet or next((piece for piece in pieces if _ACRONYM.match(piece)), "")
    if outlet or not names:
        return outlet
    # "By Ann Lee | Example Fact Check": a desk's or site's name after the bar
    return next((piece for piece in re.split(r"\s*[|·•]\s*|\s+[-–—/]\s+", text)[1:] if _desk_name(piece)), "")


def _desk_name(text: str) -> bool:
    """'Example Fact Check', 'Example Verify Desk': a title-case name with some words of a site or
    section and some of its own; 'World News' (a section) and 'Political Editor' (a role) are not."""
    words = [w.lower() for w in text.split()]
    known = SECTION_WORDS | MENU_WORDS | KICKER_WORDS | MASTHEAD_WORDS
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() for w in text.split())
        and any(w in known for w in words)
        and not all(w in known | _BYLINE_TAIL_WORDS for w in words)
    )


_ACRONYM = re.compile(r"^[A-Z]{2,6}$")


def plain_byline(line: str) -> list[str]:
    """A byline without 'By': 'Ann Lee, Example News', 'Ann Lee, Political Editor', 'Ann Lee Health
    correspondent'. The line opens with a person's name and then gives a role or an outlet;
    a name alone is not enough (a menu entry like 'North Korea' looks the same)."""
    name = _plain_byline_name(line)
    return [name] if name else []


@lru_cache(maxsize=_READINGS_CACHED)
def _plain_byline_name(line: str) -> str:
    # "Ann Lee Senior Reporter ann.lee@example.com | @annlee": the contact details beside the role
    text = _HANDLE.sub("", _EMAIL.sub("", normalise_whitespace(line))).strip(" |")
    # "Ann Lee · Example News ·": the parts set apart by middots, as by commas
    text = re.sub(r"\s+[·•]\s+", ", ", text).strip(" ·•,")
    if ends_sentence(text) or word_count(text) > CAPTION_MAX_WORDS or masthead_name(text):
        return ""
    if (written_for := _WRITTEN_FOR.match(text)) and masthead_name(written_for.group("outlet")):
        name = written_for.group("name")  # "Ann Lee for The Example Post": a freelance's byline, the paper after it
        return _tidy_name(name) if _plain_name(name) else ""
    if (named := _without_leading_role(text)) != text and _plain_name(named):
        return _tidy_name(named)  # "Political Correspondent Ann Lee": the role written before the name
    head, dash, rest = text.partition(" - " if " - " in text else " – ")
    if dash and rest and all(w.lower().strip(".") in _BYLINE_TAIL_WORDS for w in rest.split()):
        text = f"{head}, {rest}"  # "Ann Lee - Staff Writer": the role after a dash
    parts = re.split(r"\s*([,/])\s*", text, maxsplit=1)  # "Ann Lee, Example News", "Ann Lee/Staff Reporter"
    head, comma, rest = (part.strip() for part in [*parts, "", ""][:3])
    if comma:
        pieces = [p.strip() for p in rest.split(",") if p.strip()]
        role_or_outlet = any(
            masthead_name(p) or all(w.lower().strip(".") in _BYLINE_TAIL_WORDS for w in p.split()) for p in pieces
        )
        # "Dr Ann Lee, Senior Lecturer in Public Health, University of Example": an academic's byline
        academic = len(pieces) >= 2 and bool(_AFFILIATION.search(pieces[-1]))
        if academic:
            head = _HONORIFIC.sub("", head)
        return _tidy_name(head) if pieces and (role_or_outlet or academic) and _plain_name(head) else ""
    tokens = head.split()
    for size in (2, 3, 4):
        tail = [w.lower().strip(".") for w in tokens[size:]]
        name = " ".join(tokens[:size])
        # "Peru Bolivia Ecuador Business Environment": names, then only a menu's sections, is the site's menu
        menu = all(w in SECTION_WORDS | MENU_WORDS for w in tail)
        if tail and _plain_name(name) and all(w in _BYLINE_TAIL_WORDS for w in tail) and not menu:
            return _tidy_name(name)
    return ""


_WRITTEN_FOR = re.compile(r"^(?P<name>[^,|/]+?)\s+(?:for|FOR)\s+(?P<outlet>(?:[Tt]he\s+)?[A-Z][^,|/]*)$")
# "Freelance journalist based in Accra", "Senior correspondent in Lagos": the role under a byline's name.
_ROLE_LINE = re.compile(
    rf"^(?:[A-Za-z-]+ ){{0,3}}(?i:{'|'.join(sorted(_ROLE_NOUNS))})"
    r"(?: (?:based )?(?:in|at) [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})?$"
)

# "Photographer", "Photo editor", "Video journalist", "Illustrator": roles of people credited beside the writers.
_NOT_AUTHOR_ROLE = re.compile(
    r"^(?:(?:senior|chief|staff|freelance)\s+)?(?:photographer|photojournalist|photo editor|photos?|video journalist"
    r"|videographer|camera(?:man|woman)?|illustrator|graphics?|designer)$",
    re.IGNORECASE,
)


def _role_line(text: str) -> bool:
    """'Journalist', 'Staff Writer', 'Senior Correspondent', 'Rural Reporter', 'Business Editor': a line that is
    only a newsroom role, as pages print it under the name of each author."""
    # "Journalist, Politics", "Reporter - Business Desk": the role, then the desk or beat it serves
    text = re.sub(
        r"\s*(?:,|\s[-–—|])\s*[A-Z][\w&'’]*(?:\s+(?:&\s+)?[A-Z][\w&'’]*){0,2}$", "", normalise_whitespace(text)
    )
    return bool(_ROLE_LINE.match(text)) and word_count(text) <= 4


_AFFILIATION = re.compile(r"\b(?:University|Institute|College|School|Centre|Center|Academy|Polytechnic)\b")
_HONORIFIC = re.compile(r"^(?:Dr|Prof|Professor)\.?\s+(?=[A-Z])")


_CREDIT_OPENERS = {"by", "from", "our", "with", "via", "for"}


def _plain_name(text: str) -> bool:
    """A person's name that is not a desk or a region ('Eastern Europe', 'World Affairs')."""
    return (
        _is_person_name(text)
        and not any(w.lower() in _BYLINE_TAIL_WORDS for w in text.split())
        and text.split()[0].lower() not in _CREDIT_OPENERS  # "From Our Correspondent": a credit, no name
        and text.split()[-1].lower().strip(".,") not in _COMPANY_SUFFIXES  # "Example Solar Ltd"
    )


def person_name(text: str) -> str:
    """The tidied name when text is only a person's name ('ANN LEE' → 'Ann Lee'); '' otherwise."""
    text = normalise_whitespace(text).strip(" ,.")
    return _tidy_name(text) if text and not masthead_name(text) and _plain_name(text) else ""


_COMPANY_SUFFIXES = {"ltd", "limited", "inc", "llc", "plc", "corp", "co", "gmbh", "ag", "sa", "pty", "group"}
# The legal form closing a company's name, as countries write it: "Ltd", "Pvt Ltd", "Pty Ltd", "Inc.", "LLC",
# "GmbH", "AG", "AS", "A/S", "AB", "Oy", "OÜ", "SARL", "S.A.", "SpA", "B.V.", "Sdn Bhd", "& Co." ("Example Media AS"
# is the company "Example Media"). Short capital forms ("AS", "SA") count only in capitals: "Vestkyst Media As" is
# no company's name.
_LEGAL_FORM = re.compile(
    r"(?:,?\s+(?:"
    r"(?i:ltd|limited|private\s+limited|inc|incorporated|llc|l\.l\.c|llp|plc|corp|co|pty|pvt|pte|gmbh|sarl"
    r"|s\.a\.r\.l|s\.a\.s|s\.a|s\.l|s\.p\.a|s\.r\.l|srl|b\.v|n\.v|a/s|aps|asa|oyj|oy|sdn|bhd|berhad|tbk|k\.k"
    r"|kft|zrt|d\.o\.o|s\.r\.o|a\.s|e\.v)"
    r"|AS|AB|SA|SAS|AG|KG|NV|BV|SIA|UAB|OÜ|JSC|SpA|&\s+(?i:co))\.?(?=[\s,]|$))+\s*$"
)


def without_legal_form(name: str) -> str:
    """'Vestkyst Media AS' → 'Vestkyst Media', 'Deccan Ledger Media Pvt Ltd' → 'Deccan Ledger Media': the
    company's name without the legal form its country's law adds ('Ltd', 'GmbH', 'Sdn Bhd', 'S.A.')."""
    stripped = _LEGAL_FORM.sub("", name.strip())
    if stripped != name.strip():
        stripped = re.sub(r"\s+Company$", "", stripped)  # "The Fjord Post Company Ltd": the paper's company
    return stripped.strip(" ,-–") if stripped.strip(" ,-–") else name


# Words of a publishing company's name after the name it shares with its paper ("Kestrel Media Group Ltd").
PUBLISHER_WORDS = _COMPANY_SUFFIXES | {
    "media", "publishing", "publications", "publishers", "holdings", "communications", "corporation", "company",
    "network", "networks", "newspapers", "enterprises", "ventures", "sdn", "bhd", "&",
}  # fmt: skip


def sign_off(line: str) -> tuple[list[str], str]:
    """'— Ann Lee, The Example Courier' under a story → (['Ann Lee'], 'The Example Courier'); else ([], '').

    The outlet is what makes it a sign-off: '- Ann Lee.' may close an item of a live blog, and
    '-President Obama, tweeting after the speech.' attributes a quotation; both are story."""
    match = _SIGN_OFF.match(normalise_whitespace(line))
    if not match or not _is_person_name(match.group("name")):
        return [], ""
    outlet = masthead_name((match.group("outlet") or "").strip().rstrip("."))
    return ([_tidy_name(match.group("name"))], outlet) if outlet else ([], "")


def person_name_line(line: str) -> str:
    """A line that is only a person's name ('Mei Lin Tan'), tidied; '' otherwise."""
    text = normalise_whitespace(line)
    return _tidy_name(text) if _is_person_name(text) else ""


def _is_person_name(text: str) -> bool:
    tokens = text.split()
    if not 2 <= len(tokens) <= 4 or not tokens[0][0].isupper() or not tokens[-1][0].isupper():
        return False
    if any(t.lower().strip(".") in _NOT_NAME_WORDS for t in tokens):
        return False
    if all(len(t.strip(".")) <= 1 for t in tokens):
        return False
    # "Puig i Soler", "Lopes e Silva" join two surnames after a given name; "Banka e Bohareng" (Sesotho) joins words
    if any(t in _SURNAME_JOINS for t in tokens[:2]):
        return False
    return all(_NAME_TOKEN.match(t) for t in tokens)


_SURNAME_JOINS = {"i", "e", "y"}


def _tidy_name(text: str) -> str:
    """'ANN LEE' → 'Ann Lee', 'Dr Ann Lee' → 'Ann Lee' (an author is named without honorific); mixed-case
    names stay as written."""
    words = text.split()
    if len(words) >= 3 and words[0].lower() in HONORIFICS:
        text = " ".join(words[1:])
    return " ".join(
        "-".join(p.capitalize() for p in t.split("-")) if t.isupper() and len(t) > 2 else t for t in text.split()
    )


@lru_cache(maxsize=_READINGS_CACHED)
def _byline_names_of(text: str) -> tuple[str, ...]:
    return tuple(byline_names(text))
