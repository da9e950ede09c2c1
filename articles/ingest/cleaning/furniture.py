"""Page furniture read from one line, wherever it stands: furniture_reason (and page_end_reason after
the story), share bars, account links, record fields, a web archive's toolbar, release notes, contact lines,
bars of link labels and language links."""

from __future__ import annotations

import re
from functools import lru_cache

from articles.ingest.cleaning.bylines import (
    _BYLINE,
    _COMMENTS_HEADING,
    _CREDIT_PARTS,
    _byline_names_of,
    names_beside_date,
)
from articles.ingest.cleaning.credits import issued_by, outlet_with_agencies, publication_credit
from articles.ingest.cleaning.page_lines import _Line
from articles.ingest.cleaning.patterns import (
    _ACCOUNT_LINK,
    _ARROW_LINK,
    _BACK_TO,
    _BODY_NAME_WORDS,
    _BOILERPLATE_RE,
    _BRACKETED_LINK,
    _BREADCRUMB,
    _CLOSING_PROMPT,
    _COPYRIGHT_NOTICE,
    _CREDIT,
    _END_MARK,
    _FIELD_LABEL,
    _GLUED_WORDS,
    _INITIALS_CREDIT,
    _LICENCE_NOTICE,
    _LINK_SEPARATORS,
    _LOGO_NAME,
    _MEDIA_ITEM,
    _PHONE_LABEL,
    _PHONE_NUMBER,
    _READING_TIME_LINE,
    _READINGS_CACHED,
    _REFERENCE_FIELD,
    _RELEASE_INSTRUCTION,
    _RELEASE_NUMBER,
    _SENTENCE_PROMPT,
    _SEPARATOR_START,
    _SLASH_CREDIT,
    _SYNDICATION_NOTE,
    _UPDATE_NOTE,
    ARROW_LINK_MAX_WORDS,
    CAPTION_MAX_WORDS,
    CONTACT_LINE_MAX_WORDS,
    GLUED_HEADLINE_MIN_WORDS,
    LINK_LABEL_MAX_WORDS,
    LINK_LABELS_MIN,
    MENU_WORDS,
    SECTION_WORDS,
    SHORT_LINE_WORDS,
    SLASH_CREDIT_MIN_WORDS,
    _date_line_of,
)
from articles.ingest.cleaning.reasons import (
    ADVERTISEMENT,
    AGENCY_CREDIT,
    AUTHOR_NOTE,
    COPYRIGHT_NOTICE,
    END_MARK,
    FIELD_LABEL,
    LANGUAGE_LINKS,
    MASTHEAD,
    NAVIGATION,
    NOTICE,
    PHOTO_CAPTION,
    PHOTO_CREDIT,
    PRESS_CONTACT,
    PROMPT,
    PUBLICATION_CREDIT,
    READERS_COMMENTS,
    READING_TIME,
    RELATED_HEADLINES,
    RELATED_LINK,
    RELEASE_NOTE,
    SITE_NOTE,
    TAXONOMY,
    TRANSCRIPT,
    WIDGET,
)
from articles.ingest.cleaning.site_names import ADDRESS_LINE
from articles.ingest.cleaning.site_strips import headlines_ticker
from articles.ingest.lexicon import (
    LANGUAGE_CODES,
    LANGUAGE_NAMES,
)
from articles.ingest.page_end import (
    access_wall_line,
    affiliate_note,
    archive_notice,
    broadcast_pointer,
    caption_with_credit,
    comment_rules,
    comments_closed,
    comments_disclaimer,
    editors_initials,
    email_footer,
    more_on_heading,
    network_note,
    non_discrimination_notice,
    page_feedback,
    page_metric,
    press_contact,
    print_edition_note,
    reader_prompt,
    readers_appeal,
    republishing_notice,
    signup_box_line,
    taxonomy_line,
    transcript_heading,
    views_disclaimer,
    wire_subscribers_note,
)
from articles.ingest.text import (
    EMAIL_ADDRESS,
    capitalised_share,
    ends_sentence,
    normalise_whitespace,
    word_count,
)

# The networks a page's share bar offers, and the other words of its buttons ("Share on", "Copy link").
_SHARE_NETWORKS = {
    "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "email", "e-mail", "mail", "messenger",
    "reddit", "pinterest", "viber", "sms", "bluesky", "threads", "flipboard", "print", "tumblr",
}  # fmt: skip
_SHARE_BUTTON_WORDS = {"share", "on", "via", "copy", "link", "url", "this", "article", "story", "tweet", "save"}


def share_bar(text: str) -> bool:
    """A share bar copied as one line ('Facebook Twitter WhatsApp Email', 'Share on Facebook | Share on X |
    Copy link'): the buttons' words only, two networks at least. Never a headline, wherever it stands."""
    tokens = [t for t in re.split(r"[\s|·•/,]+", text.lower()) if t]
    networks = sum(t in _SHARE_NETWORKS for t in tokens)
    return networks >= 2 and all(t in _SHARE_NETWORKS | _SHARE_BUTTON_WORDS for t in tokens)


@lru_cache(maxsize=_READINGS_CACHED)
def _furniture_reason_of(text: str) -> str | None:
    return furniture_reason(text)


# "- ADVERTISEMENT -", "(Story continues below)", "[ALSO READ: Headline]": a label the site dresses in dashes or
# brackets; read as the label inside.
_WRAPPED_LABEL = re.compile(
    r"^(?:\[\s*(?P<square>[^\[\]]+?)\s*\]|\(\s*(?P<round>[^()]+?)\s*\)|[-–—=*~_]+\s*(?P<dashed>[^-–—=*~_].*?)\s*[-–—=*~_]+)$"
)
# a readers' poll's buttons under its answers
_VOTE_BUTTON = re.compile(
    r"^(?:vote(?: now)?|submit(?: vote)?|cast (?:your|my) vote|(?:view|see|show) (?:the )?results|results)\W*$", re.I
)
POLL_MAX_ANSWERS = 8
POLL_ANSWER_MAX_WORDS = 6  # "Yes", "Not sure", "Only for large ships": an answer, never a sentence
_WRAPPED_REASONS = frozenset({ADVERTISEMENT, RELATED_LINK, PROMPT, WIDGET})


def furniture_reason(text: str) -> str | None:
    """Why a line is page furniture wherever it stands (boilerplate, credit, glued headlines); else None."""
    line = _Line(0, normalise_whitespace(text))
    if (wrapped := _WRAPPED_LABEL.match(line.text)) and (
        (reason := _furniture_reason_of(next(group for group in wrapped.groups() if group))) in _WRAPPED_REASONS
    ):
        return reason
    if _is_photo_credit(line) and not _byline_before_photo_credit(line.text):
        return PHOTO_CREDIT
    if access_wall_line(line.text):
        return PROMPT  # 'Create an account' is a wall's button (its box's lines between are held with it)
    if _MEDIA_ITEM.match(line.text):
        return WIDGET
    for reason, pattern in _BOILERPLATE_RE:
        match = pattern.match(line.text)
        if match and (
            line.words <= SHORT_LINE_WORDS + 1
            or _SEPARATOR_START.match(match.group("rest"))
            or not line.sentence
            or _SENTENCE_PROMPT.match(line.text)
        ):
            return reason
    if _CLOSING_PROMPT.search(line.text) and line.words <= CAPTION_MAX_WORDS:
        return PROMPT  # "Did you see a claim you want us to check? Write to us."
    if language_links(line.text):
        return LANGUAGE_LINKS
    if headlines_ticker(line.text):
        return NAVIGATION
    if _BRACKETED_LINK.match(line.text):
        return NAVIGATION  # "[FULL STORY]", "[Source: Parliament]": a link or label in brackets
    if (_ARROW_LINK.match(line.text) and line.words <= ARROW_LINK_MAX_WORDS) or account_links(line.text):
        return NAVIGATION
    if (back := _BACK_TO.match(line.text)) and all(
        w in SECTION_WORDS | MENU_WORDS for w in re.findall(r"[\w&']+", back.group("section").lower())
    ):
        return NAVIGATION  # "Back to Sport": a link back to a section of the site
    if _FIELD_LABEL.match(line.text) or issued_by(line.text) or record_field(line.text):
        return FIELD_LABEL
    if web_archive_toolbar(line.text):
        return NAVIGATION
    if release_note(line.text) and _date_line_of(line.text) is None:
        return RELEASE_NOTE  # a dated one ("For release: March 5, 2025") is read as the date line it also is
    if _READING_TIME_LINE.match(line.text):
        return READING_TIME  # "3 min read" over or under the headline: how long the story takes, never a headline
    if share_bar(line.text):
        return PROMPT  # "Facebook Twitter WhatsApp Email": the share buttons' labels copied as one line
    if _LOGO_NAME.match(line.text):
        return MASTHEAD
    if outlet_with_agencies(line.text):
        return AGENCY_CREDIT
    if (
        _SLASH_CREDIT.match(line.text)
        and line.words >= SLASH_CREDIT_MIN_WORDS
        and not _byline_names_of(line.text)  # "BY ANN LEE/THE EXAMPLE POST" is a byline
    ):
        return PUBLICATION_CREDIT
    if _END_MARK.match(line.text) or _UPDATE_NOTE.match(line.text) or ADDRESS_LINE.match(line.text):
        return END_MARK
    if _COPYRIGHT_NOTICE.match(line.text) or _LICENCE_NOTICE.match(line.text):
        return COPYRIGHT_NOTICE
    if publication_credit(line.text):
        return PUBLICATION_CREDIT
    if _SYNDICATION_NOTE.match(line.text):
        return PUBLICATION_CREDIT
    if _TRANSLATION_NOTE.match(line.text):
        return AUTHOR_NOTE
    if reason := page_end_reason(line.text):
        return reason
    if contact_line(line.text):
        return END_MARK  # a letterhead's address and numbers (a press contact's heading is read as one above)
    if _is_glued_headlines(line.text):
        return RELATED_HEADLINES
    if (
        _BREADCRUMB.search(line.text)
        and not line.sentence
        and _date_line_of(line.text) is None
        and not split_date_tail(line.text)[1]  # "Headline | Published on … | Updated on …": the headline, dated
        and not names_beside_date(line.text)
        and not _byline_names_of(line.text)  # "By Ann Lee | ann@example.com | Example News"
    ):
        # "India News | Example Wire | Updated: …" is a date line, "Ann Lee / DESK / Updated: …" a byline
        return NAVIGATION
    return None


def page_end_reason(text: str) -> str | None:
    """Why a line is one of the site's notes that close a story (page_end): its categories or tags, the state of
    its comments and what it says of them, its republishing terms, its network, the print edition the story ran
    in, an agency's note on its wire; or the heading of a list of links ('More on X'). Else None."""
    if taxonomy_line(text):
        return TAXONOMY
    if comments_closed(text):
        return READERS_COMMENTS
    if comments_disclaimer(text) or wire_subscribers_note(text) or non_discrimination_notice(text):
        return NOTICE
    if comment_rules(text) or views_disclaimer(text) or affiliate_note(text):
        return NOTICE
    if republishing_notice(text):
        return COPYRIGHT_NOTICE
    if network_note(text):
        return SITE_NOTE
    if print_edition_note(text):
        return PUBLICATION_CREDIT
    if editors_initials(text) or page_metric(text):
        return END_MARK
    if readers_appeal(text) or signup_box_line(text) or email_footer(text) or broadcast_pointer(text):
        return PROMPT
    if reader_prompt(text) and not _COMMENTS_HEADING.match(text):  # 'Add your comment!' opens the comments
        return PROMPT
    if press_contact(text):
        return PRESS_CONTACT
    if transcript_heading(text):
        return TRANSCRIPT
    if page_feedback(text):
        return NAVIGATION
    if archive_notice(text):
        return NOTICE
    if caption_with_credit(text) and not _byline_before_photo_credit(text):
        return PHOTO_CAPTION
    if more_on_heading(text):
        return RELATED_LINK
    return None


# "Headline | Published on 14 Mar 2025 | Updated on …", "Headline Published on …": the date run on after the headline.
_DATE_TAIL = re.compile(
    r"(?:\s+[|–—-])?\s+(?=(?:Published|Updated|Posted|Last [Uu]pdated|First [Pp]ublished|PUBLISHED|UPDATED|POSTED)\b)"
)


def split_date_tail(text: str) -> tuple[str, str]:
    """(headline, date) when a headline-shaped line carries its publication date run on after it ('Ferry link
    resumes | Published on 14 Mar 2025, 09:15 am | Updated on …'); else (text, '')."""
    for match in _DATE_TAIL.finditer(text):
        head, tail = text[: match.start()].rstrip(), text[match.end() :]
        date = _date_line_of(tail)
        if date is None or not (date.published.known or date.updated.known):
            continue
        if word_count(head) >= 3 and not ends_sentence(head) and _date_line_of(head) is None:
            return head, tail
    return text, ""


def account_links(text: str) -> bool:
    """'Log in | Register', 'Subscriber Log In / Subscribe Now': a line of nothing but the site's account
    links (each piece between bars or slashes one of them), wherever it stands."""
    pieces = [p for p in _LINK_SEPARATORS.split(text.strip()) if p]
    return bool(pieces) and all(_ACCOUNT_LINK.fullmatch(p.strip(" .!")) for p in pieces)


# "Spokesperson: Ann Lee", "Location: Geneva", "Venue: City Hall": a briefing's or release's record fields over
# its text, each a label and a short value.
_RECORD_FIELD = re.compile(
    r"^(?:(?P<named>spokes(?:person|man|woman)|speakers?|briefer|location|venue)|topic|theme)\s*:\s*(?P<value>\S.*)$",
    re.IGNORECASE,
)
RECORD_FIELD_MAX_WORDS = 8
# A person's or a place's field holds a name: a value in lower case or quoting words ("Spokesman: envoy talks
# 'constructive', next round in June") is a headline in the "Who: what they said" form.
_NOT_A_NAME_VALUE = re.compile(r"^[^\w\s]*(?-i:[a-z])|(?:.*\s)?['‘’\"“”]\w")  # not "O'Neil"


def record_field(text: str) -> bool:
    """'Spokesperson: Ann Lee', 'Location: Geneva': a record field of a briefing's notes, never a story line
    ('Venue: the council chose the old market hall.' is a sentence)."""
    match = _RECORD_FIELD.match(normalise_whitespace(text))
    if match and match.group("named") and _NOT_A_NAME_VALUE.match(match.group("value")):
        return False
    return bool(match and word_count(match.group("value")) <= RECORD_FIELD_MAX_WORDS and not ends_sentence(text))


# A web archive's toolbar over the page it kept: its banner with the archived address, "14 captures", the capture
# range "12 Mar 2024 - 29 Sep 2024", the calendar's month and year strips, "About this capture".
_MONTH_ABBR = r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
_WEB_ARCHIVE_LINE = re.compile(
    r"^(?:the wayback machine\b.*|internet archive|.*\bweb\.archive\.org/web/\d{8,14}\S*.*"
    r"|.*\barchive\.(?:ph|today|is)/\S+"
    r"|\d[\d,]* captures?|about this capture|collected by|timestamps|collection\s*:.*"
    r"|https?://\S+|go|success|fail|\d{1,2}"  # the kept address in its search box, its button, the calendar's day
    r"|\d{1,2} [A-Za-z]{3} (?:19|20)\d\d\s*[-–]\s*\d{1,2} [A-Za-z]{3} (?:19|20)\d\d"
    rf"|{_MONTH_ABBR}(?:\s+{_MONTH_ABBR}){{2}}|(?:19|20)\d\d(?:\s+(?:19|20)\d\d){{2}})$",
    re.IGNORECASE,
)


def web_archive_toolbar(text: str) -> bool:
    """A line of a web archive's toolbar ('The Wayback Machine - https://web.archive.org/web/2024…', '14 captures',
    '12 Mar 2024 - 29 Sep 2024', 'FEB   MAR   APR'): the archive's, not the kept page's."""
    return bool(_WEB_ARCHIVE_LINE.match(normalise_whitespace(text)))


def release_note(text: str) -> bool:
    """'For Immediate Release', 'For Immediate Release   Ref: ECSL/PS/04/2025', 'EMBARGOED UNTIL 00:01 GMT': what a
    press statement says of its own release and filing. Never its headline (a statement may print none) nor its
    story: a sentence that opens so ('For release in May, the band …') stays."""
    text = normalise_whitespace(text)
    if ends_sentence(text) or word_count(text) > CAPTION_MAX_WORDS:
        return False
    return bool(_RELEASE_INSTRUCTION.match(text) or _REFERENCE_FIELD.search(text) or _RELEASE_NUMBER.match(text))


def contact_line(text: str) -> bool:
    """'Hospital Road, Castries • Tel: (758) 555-0102 • info@example.lc', 'Press Inquiries | 503-555-0119,
    press@example.gov': a letterhead's or a release's contact details (a labelled telephone number, or a number and
    an email address), not a headline or a story line. A byline with the writer's number is a byline."""
    text = normalise_whitespace(text)
    if ends_sentence(text) or word_count(text) > CONTACT_LINE_MAX_WORDS or _byline_names_of(text):
        return False
    return bool(_PHONE_LABEL.search(text) or (_PHONE_NUMBER.search(text) and EMAIL_ADDRESS.search(text)))


def link_label_pieces(raw_text: str) -> list[str]:
    """A raw line's pieces set apart by runs of spaces or tabs ('Join the union   Member login')."""
    return [p for p in re.split(r"\s{2,}|\t", raw_text.strip()) if p]


_PREFIXED_LABEL = re.compile(r"^[a-z]-[A-Z]")


def link_labels(raw_text: str) -> bool:
    """'Join the union   Member login   Contact': three or more short labels set apart by runs of spaces, a bar of
    the site's links copied as one line (whatever its words). A headline has single spaces, and a line of figures
    (a table's row) has digits."""
    pieces = link_label_pieces(raw_text)
    if len(pieces) < LINK_LABELS_MIN:
        return False
    return all(
        1 <= word_count(p) <= LINK_LABEL_MAX_WORDS
        and (p[:1].isupper() or _PREFIXED_LABEL.match(p) is not None)  # "e-Edition", "e-Paper"
        and not ends_sentence(p)
        and not any(c.isdigit() for c in p)
        for p in pieces
    )


# "Read in:", "Language:", "Also available in:": the label a language switch may carry.
_LANGUAGE_LABEL = re.compile(
    r"^(?:read (?:this )?(?:story |article )?in|(?:also )?available in|languages?|select (?:a )?language"
    r"|other languages)\s*:?\s*",
    re.IGNORECASE,
)
LANGUAGE_LINKS_MAX = 8  # a switch offers a handful of languages
_LANGUAGE_LINK_WORDS = {"in", "på", "en", "auf", "na", "em"}


def language_links(text: str) -> bool:
    """A site's language switch: a short line of language names or codes and nothing else ('Français',
    'English | Español', 'EN FR', 'Suomeksi På svenska', 'Read in: English | Tiếng Việt | 中文'). Never
    a headline or story: a sentence that names a language has other words."""
    text = _LANGUAGE_LABEL.sub("", normalise_whitespace(text))
    parts = [p for p in re.split(r"\s*[|/·•,]\s*|\s{2,}", text) if p]
    if not parts or len(parts) > LANGUAGE_LINKS_MAX:
        return False
    names = codes = 0
    for part in parts:
        words = part.lower().split()
        k = 0
        while k < len(words):
            pair = " ".join(words[k : k + 2])
            if words[k] in LANGUAGE_CODES and part.split()[k].isupper():
                codes, k = codes + 1, k + 1  # "EN FR": codes in capitals ("no" and "it" are words too)
            elif words[k] in _LANGUAGE_LINK_WORDS:
                k += 1  # "På svenska", "In English", "en Español"
            elif pair in LANGUAGE_NAMES:
                names, k = names + 1, k + 2  # "Tiếng Việt", "Bahasa Melayu"
            elif words[k] in LANGUAGE_NAMES:
                names, k = names + 1, k + 1
            else:
                return False
    return (names >= 1 or codes >= 2) and names + codes <= LANGUAGE_LINKS_MAX


# "This story was translated into Spanish and Vietnamese by …": a note on the story's versions, no story.
_TRANSLATION_NOTE = re.compile(
    r"^(?:this|the) (?:story|article|report|piece|post) (?:was|has been|is) (?:also )?"
    r"(?:translated (?:into|from)|available in)\b",
    re.IGNORECASE,
)


_NAME_JOINERS = {"from", "with", "over", "under", "after", "about"}  # "The View from Parliament Hill"


def _title_case(text: str) -> bool:
    """Every word capitalised (or a number, or a short joining word): 'Crime and Public Safety'."""
    tokens = text.split()
    return all(t[0].isupper() or t[0].isdigit() or t.lower() in _BODY_NAME_WORDS for t in tokens) and any(
        t[0].isupper() for t in tokens
    )


def _name_shaped(text: str) -> bool:
    """Every word capitalised but small joining words of three letters or fewer: 'Embajada de Example en Ruritania'."""
    tokens = text.split()
    return bool(tokens) and tokens[0][:1].isupper() and all(t[:1].isupper() or len(t) <= 3 for t in tokens)


def _menu_fragment(text: str) -> bool:
    """'top of page', 'skip to main content': a link's text in lower case, never a headline (which
    opens with a capital; 'iPhone' sales still count)."""
    stripped = text.lstrip()
    return len(stripped) > 1 and stripped[0].islower() and stripped[1].islower()


def _is_glued_headlines(text: str) -> bool:
    """Several title-case headlines run together ("…National AnthemESPN Anchor Rips…").

    The glued pieces must be headline-long: a run-together list of names ("Sen. A BRep. C D")
    is content, not links.
    """
    pieces = _GLUED_WORDS.split(text)
    if len(pieces) < 3 or capitalised_share(text) < 0.6:
        return False
    return word_count(text) / len(pieces) >= GLUED_HEADLINE_MIN_WORDS


def _byline_before_photo_credit(text: str) -> bool:
    """'By Ann Lee | Photo: Tom Ruiz', 'Text: Ann Lee, Photo: Tom Ruiz', 'BY ANN LEE. Picture: TOM RUIZ': the writer's
    byline with the photographer's credit after it on one line, a byline (whose names are the writer's only)."""
    writer = re.split(r"\s*\|\s*", _CREDIT_PARTS.split(text)[0])[0]
    # "BY ANN LEE/AFP", "By Ann Lee, Getty Images": the photographer's own credit, with no writer's part before it
    return not _CREDIT.search(writer) and _BYLINE.match(writer) is not None and bool(_byline_names_of(writer))


PULL_QUOTE_MAX_CUTS = 2  # "Every tree we lose [to a developer] is a variety …": a pull quote trims a clause or two


def _shortened_from(words: str, other: str) -> bool:
    """The quotation's words are another paragraph's, in order, with at most PULL_QUOTE_MAX_CUTS runs of words left
    out between them, fewer than it keeps: a pull quote shortened from the paragraph it repeats."""
    wanted, given = re.findall(r"[\w'’]+", words), re.findall(r"[\w'’]+", other)
    if not wanted or not given:
        return False
    for start in (k for k, word in enumerate(given) if word == wanted[0]):
        k, cuts = start, 0
        for word in wanted[1:]:
            k += 1
            if k < len(given) and given[k] == word:
                continue
            cuts += 1
            while k < len(given) and given[k] != word:
                k += 1
            if k == len(given) or cuts > PULL_QUOTE_MAX_CUTS:
                break
        else:
            if k - start + 1 <= 2 * len(wanted):  # fewer words left out than kept
                return True
    return False


def _is_photo_credit(line: _Line) -> bool:
    return line.words <= CAPTION_MAX_WORDS and bool(_CREDIT.search(line.text) or _INITIALS_CREDIT.search(line.text))
