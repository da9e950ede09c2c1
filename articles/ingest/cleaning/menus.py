"""A site's menu copied as one line ('News   Sport   Weather'), or a section label over the headline."""

from __future__ import annotations

import re
from functools import lru_cache

from articles.ingest.cleaning.patterns import _READINGS_CACHED, KICKER_WORDS, MENU_WORDS, SECTION_WORDS
from articles.ingest.text import (
    ends_sentence,
)

# The gaps between a menu's items copied onto one line: a tab, a run of spaces, or a mark set apart by spaces
# ("News - Sport - Business": sites print dashes between their sections as they print bars).
_MENU_GAP = re.compile(r"\s*\t\s*| {2,}|\s+[|·•/—–-]\s+")
MENU_MAX_ITEMS = 8
MENU_ITEM_MAX_WORDS = 3  # "Arts & Culture", "Sign In": a section's name
_MENU_ITEM_WORD = re.compile(r"^(?:[A-Z][\w'’.-]*|&|and|of|the)$")


def spaced_menu(raw: str) -> bool:
    """'U.S.   World   Business   Arts   Opinion', 'News | Sport | Weather': three to eight short section names in
    capitals set apart by wide gaps or separator marks: a site's menu on one line. A headline's separator parts
    a sentence's words ('Budget 2024: Tax | Spending', 'Live | MPs vote on …'), as a stray double space does."""
    items = _MENU_GAP.split(raw.strip())
    if not 3 <= len(items) <= MENU_MAX_ITEMS:
        return False
    return all(
        1 <= len(words := item.split()) <= MENU_ITEM_MAX_WORDS
        and all(_MENU_ITEM_WORD.match(w) for w in words)
        and not any(c.isdigit() or c in ":!?,;" for c in item)
        for item in items
    )


@lru_cache(maxsize=_READINGS_CACHED)
def _is_menu_line(text: str) -> bool:
    """'News Sport Weather Business Culture': a site's menu copied as one line, and 'THE LONG READ' or
    'World Exclusive': a section label over the headline. Neither is the headline."""
    tokens = [t.lower() for t in re.findall(r"[\w&']+", text)]
    if ends_sentence(text) or not tokens:
        return False
    if spaced_menu(text):  # the marks between its items outlast normalising whitespace
        return True
    if 3 <= len(tokens) <= 15 and all(t in SECTION_WORDS | MENU_WORDS for t in tokens):
        return True
    # "Home India States Cities Business Sports": a menu opens with its home link, then one-word sections (some of
    # them places, which no list holds); half of them at least are a site's section words
    words = text.split()
    if (
        len(words) >= 5
        and words[0] == "Home"
        and all(w[0].isupper() and w.isalpha() for w in words)
        and 2 * sum(t in SECTION_WORDS | MENU_WORDS for t in tokens) >= len(tokens)
    ):
        return True
    return len(tokens) <= 4 and all(t in SECTION_WORDS | MENU_WORDS | KICKER_WORDS for t in tokens)
