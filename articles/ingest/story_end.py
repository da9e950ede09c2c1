"""Where a page's story ends: a learned weighing of the lines the page-end rules leave under it.

The page-end rules (page_end.py, cleaning/) name each kind of furniture a site prints after its story
by its wording, and so miss a kind worded in a way they have not met ('Ready for more?', a related
story's teaser, an app's sign-up pitch). Here each line is described by traits that hold whatever the
site's wording: its length and sentence shape, whether it reports someone's words, whether it speaks to
the reader or for the site, its links, addresses and handles, where it stands from the page's end and
what the rules made of the lines around it. The weights (data/page_end_weights.json) are a logistic
model learned from pages whose story's last sentence is known by `manage.py train_page_end_model`
(story_end_training.py).

cleaning/reader.py asks the weights only about the lines the rules keep, from the page's end upwards: a line
is cut when its traits weigh more than CUTTING_MARGIN towards furniture, and the walk stops at the
first line they do not, so a story sentence above a kept line is never reached. A line the rules
protect (it reports someone's words, it carries a quotation, it is a long sentence, an editor restored
it) is never cut, nor the story's first kept line.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from articles.ingest.text import (
    EMAIL_ADDRESS,
    QUOTATION_MARK,
    capitalised_share,
    content_words,
    ends_sentence,
    starts_lowercase,
    word_count,
)
from articles.ingest.weights import read_weights, weighted_sum

MODEL_PATH = Path(__file__).parent / "data" / "page_end_weights.json"
# In log-odds. The smallest margin (in steps of 0.5) at which no story line of tests/data/layouts or seeds/ and
# no unit test's is cut (tests/ingest: a short closing sentence under a sign-up prompt, a live page's entries,
# the story lines of the PolNeAR copies); these pages alone would allow 0.0.
CUTTING_MARGIN = 2.5
# The weights are asked about the page's last kept lines only: a story's furniture sits at its end.
LINES_ASKED = 6

_REPORTED = re.compile(r"\b(?:said|says|told|tells|according to|wrote|argued|added|stated|asked)\b", re.I)
_URL = re.compile(r"\b(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|org|net|gov|edu|io|co|news|info)(?:\.[a-z]{2})?\b", re.I)
_HANDLE = re.compile(r"(?:^|\s)@\w{2,}")
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b", re.I)
_NUMBERED = re.compile(r"^\d{1,2}\s*[.)]\s+\S")
_BULLETED = re.compile(r"^[•·▪►▶*–—-]\s*\S")
_SEPARATED = re.compile(r"\s[|•·]\s|\s/\s")
_READER = re.compile(r"\b(?:you|your|yours|you're|you've)\b", re.I)
_SITE_VOICE = re.compile(r"\b(?:we|our|us|we're|we've)\b", re.I)
# The verbs a site's buttons and pitches open with, addressed to the reader.
_IMPERATIVE = re.compile(
    r"^\W*(?:read|click|tap|sign|subscribe|follow|share|download|get|join|watch|listen|see|find|discover|explore"
    r"|support|donate|become|register|log|login|enter|send|contact|email|visit|check|learn|like|comment|stay"
    r"|don't|do not|never miss|try|start|continue|view|browse|install|give|help)\b",
    re.I,
)
_CLOSING_QUOTE = re.compile(r"[\"”’'»]\s*$")
_DIGIT = re.compile(r"\d")

# Every trait a line gets; 1.0 or 0.0 unless said otherwise.
TRAITS = (
    "bias",
    # its length
    "one_or_two_words",
    "three_to_five_words",
    "six_to_twelve_words",
    "thirteen_to_twenty_five_words",
    "over_twenty_five_words",
    # its sentence shape
    "ends_sentence",
    "ends_with_quotation_mark",
    "ends_with_question_mark",
    "ends_with_exclamation_mark",
    "ends_with_colon",
    "no_closing_punctuation",
    "starts_lowercase",
    "title_case",
    "all_capitals",
    "capitalised_share",  # 0–1
    "has_digit",
    # what it says and to whom
    "reports_speech",
    "has_quotation_mark",
    "speaks_to_reader",
    "speaks_for_site",
    "opens_with_imperative",
    "plain_statement",  # a statement in the third person: capitalised, four words or more, ends in a full stop
    "story_words_share",  # 0–1: the share of its content words the story's upper half uses
    "headline_words_share",  # 0–1: the share of its content words the headline uses
    "headline_shaped",
    # links and addresses
    "numbered",
    "bulleted",
    "separated_items",
    "has_url",
    "has_email",
    "has_handle",
    "has_copyright",
    # where it stands
    "last_line",
    "lines_from_end",  # among the page's lines, in tens, at most 1.0
    "in_short_run",  # it and a neighbour are both short lines with no sentence end
    # what the rules made of the lines around it
    "furniture_above",  # the rules cut the line above as furniture a story does not carry inside it
    "furniture_below",
    "inside_furniture_above",  # the rules cut the line above as furniture a story carries inside it (a caption)
    "inside_furniture_below",
    "furniture_above_share",  # 0–1: the share of the lines between it and the page's middle cut as furniture
    "sentence_above",
    "sentence_below",
)

# What the rules made of each line (cleaning/reader.py's page_end_view): kept in the body, cut as furniture a story
# carries inside it (photo credits and captions, pull quotes, players, adverts), or cut as other furniture.
KEPT = ""
INSIDE = "inside"
OUTSIDE = "outside"

WORDS_SHORT = 5
PLAIN_STATEMENT_MIN_WORDS = 4
LONG_SENTENCE_WORDS = 20
HEADLINE_SHAPED_MAX_WORDS = 14


@lru_cache(maxsize=1)
def weights() -> dict[str, float]:
    return read_weights(MODEL_PATH, TRAITS, what="page-end", command="train_page_end_model")


def score(traits: dict[str, float], learned: dict[str, float] | None = None) -> float:
    """How strongly a line's traits say 'furniture after the story', in log-odds, by the shipped weights or by
    the learned ones given."""
    return weighted_sum(traits, weights() if learned is None else learned)


def protected(text: str) -> bool:
    """A line kept whatever the weights say: it reports someone's words, carries a quotation, or is a long
    sentence (a story's paragraph; furniture is briefer, and a furniture line left in costs less than a story
    line cut)."""
    long_sentence = word_count(text) >= LONG_SENTENCE_WORDS and ends_sentence(text)
    return bool(long_sentence or _REPORTED.search(text) or QUOTATION_MARK.search(text))


def plain_statement(text: str) -> bool:
    """'The board meets in April.': a statement about the world, as a story's closing line often is; not a
    site's words to its reader ('Subscribe now …', 'You can …', 'We …')."""
    stripped = text.rstrip()
    return (
        word_count(text) >= PLAIN_STATEMENT_MIN_WORDS
        and stripped.endswith(".")
        and text[:1].isupper()
        and not _READER.search(text)
        and not _SITE_VOICE.search(text)
        and not _IMPERATIVE.match(text)
    )


def _short(text: str) -> bool:
    return word_count(text) <= WORDS_SHORT and not ends_sentence(text)


def line_traits(texts: list[str], cut: list[str], i: int, headline: str, story_words: set[str]) -> dict[str, float]:
    """The traits of line i of a page's lines (texts, whitespace-normalised), given what the rules made of each
    (KEPT, INSIDE or OUTSIDE), the page's headline ('' when none) and the content words of the story's upper half."""
    text = texts[i]
    words = word_count(text)
    stripped = text.rstrip()
    own_words = content_words(text)
    letters = [c for c in text if c.isalpha()]
    last = len(texts) - 1
    middle = len(texts) // 2
    above = range(min(i, middle), i)
    headline_words = content_words(headline) if headline else set()
    shaped = 1 <= words <= HEADLINE_SHAPED_MAX_WORDS and not ends_sentence(text) and not starts_lowercase(text)
    traits = {
        "bias": 1.0,
        "one_or_two_words": words <= 2,
        "three_to_five_words": 3 <= words <= 5,
        "six_to_twelve_words": 6 <= words <= 12,
        "thirteen_to_twenty_five_words": 13 <= words <= 25,
        "over_twenty_five_words": words > 25,
        "ends_sentence": ends_sentence(text),
        "ends_with_quotation_mark": bool(_CLOSING_QUOTE.search(stripped)),
        "ends_with_question_mark": stripped.endswith("?"),
        "ends_with_exclamation_mark": stripped.endswith("!"),
        "ends_with_colon": stripped.endswith(":"),
        "no_closing_punctuation": bool(stripped) and stripped[-1].isalnum(),
        "starts_lowercase": starts_lowercase(text),
        "title_case": words >= 3 and capitalised_share(text) >= 0.8,
        "all_capitals": len(letters) >= 4 and all(c.isupper() for c in letters),
        "capitalised_share": capitalised_share(text) if words else 0.0,
        "has_digit": bool(_DIGIT.search(text)),
        "reports_speech": bool(_REPORTED.search(text)),
        "has_quotation_mark": bool(QUOTATION_MARK.search(text)),
        "speaks_to_reader": bool(_READER.search(text)),
        "speaks_for_site": bool(_SITE_VOICE.search(text)),
        "opens_with_imperative": bool(_IMPERATIVE.match(text)),
        "plain_statement": plain_statement(text),
        "story_words_share": len(own_words & story_words) / len(own_words) if own_words else 0.0,
        "headline_words_share": len(own_words & headline_words) / len(own_words) if own_words else 0.0,
        "headline_shaped": shaped,
        "numbered": bool(_NUMBERED.match(text)),
        "bulleted": bool(_BULLETED.match(text)),
        "separated_items": bool(_SEPARATED.search(text)),
        "has_url": bool(_URL.search(text)),
        "has_email": bool(EMAIL_ADDRESS.search(text)),
        "has_handle": bool(_HANDLE.search(text)),
        "has_copyright": bool(_COPYRIGHT.search(text)),
        "last_line": i == last,
        "lines_from_end": min(1.0, (last - i) / 10),
        "in_short_run": _short(text) and ((i > 0 and _short(texts[i - 1])) or (i < last and _short(texts[i + 1]))),
        "furniture_above": i > 0 and cut[i - 1] == OUTSIDE,
        "furniture_below": i < last and cut[i + 1] == OUTSIDE,
        "inside_furniture_above": i > 0 and cut[i - 1] == INSIDE,
        "inside_furniture_below": i < last and cut[i + 1] == INSIDE,
        "furniture_above_share": sum(cut[k] == OUTSIDE for k in above) / len(above) if above else 0.0,
        "sentence_above": i > 0 and ends_sentence(texts[i - 1]),
        "sentence_below": i < last and ends_sentence(texts[i + 1]),
    }
    return {trait: float(traits[trait]) for trait in TRAITS}


def lines_to_cut(
    texts: list[str],
    cut: list[str],
    kept: list[int],
    headline: str,
    learned: dict[str, float] | None = None,
    margin: float = CUTTING_MARGIN,
    ruled_story: frozenset[int] = frozenset(),
) -> list[int]:
    """The kept lines (indexes into texts, from kept: the lines the rules leave in the body, in page order) the
    weights cut at the page's end: from the last kept line upwards, each whose traits weigh more than margin
    towards furniture, stopping at the first that does not, that the rules protect, or that they call story
    (ruled_story: the items of a list a story line introduces, a line an editor restored). The first kept line
    is never cut, and only the last LINES_ASKED are asked."""
    if len(kept) < 2:
        return []
    story_words = set().union(*(content_words(texts[k]) for k in kept[: max(1, len(kept) // 2)]))
    chosen: list[int] = []
    for i in reversed(kept[1:][-LINES_ASKED:]):
        if i in ruled_story or protected(texts[i]):
            break
        if score(line_traits(texts, cut, i, headline, story_words), learned) <= margin:
            break
        chosen.append(i)
    return chosen
