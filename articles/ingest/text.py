"""Small text helpers every ingest stage shares: whitespace, quote marks, paragraphs, line shape.

Nothing here changes the words of a text. Whitespace normalisation collapses runs of spaces;
quote folding maps each curly quote to its straight twin one character for one, so offsets
found in a folded copy are valid in the original.
"""

from __future__ import annotations

import re

from articles.ingest.lexicon import FUNCTION_WORDS

PARAGRAPH_BREAK = "\n\n"

_WHITESPACE_RUN = re.compile(r"\s+")
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
EMAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
QUOTATION_MARK = re.compile(r"[\"“”«»]")  # a line with one carries someone's words

# Curly and typographic quote marks → their ASCII twin, one character for one.
_QUOTE_FOLD = str.maketrans(
    {
        "\u2018": "'",  # ‘
        "\u2019": "'",  # ’
        "\u201a": "'",  # ‚
        "\u201b": "'",  # ‛
        "\u2032": "'",  # ′
        "`": "'",
        "\u00b4": "'",  # ´
        "\u201c": '"',  # “
        "\u201d": '"',  # ”
        "\u201e": '"',  # „
        "\u201f": '"',  # ‟
        "\u2033": '"',  # ″
        "\u00ab": '"',  # «
        "\u00bb": '"',  # »
    }
)

CLOSING_QUOTES = "\"'’”»›`"
SENTENCE_END = ".!?…"
# A line ending in one of these runs on into the next (a list intro, a wrapped sentence).
RUNS_ON = ",;:—–-"
_BRACKET_PAIRS = {")": "(", "]": "["}


def normalise_whitespace(text: str) -> str:
    """Strip and collapse every run of whitespace (spaces, tabs, no-break spaces) to one space."""
    return _WHITESPACE_RUN.sub(" ", text).strip()


def fold_quotes(text: str) -> str:
    """Curly quote marks as straight ones, for comparing texts. Same length as the input."""
    return text.translate(_QUOTE_FOLD)


def paragraphs(body: str) -> list[str]:
    """The paragraphs of a clean body (separated by blank lines)."""
    return [p for p in body.split(PARAGRAPH_BREAK) if p.strip()]


def join_paragraphs(parts: list[str]) -> str:
    return PARAGRAPH_BREAK.join(parts)


def paragraph_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of each paragraph of a clean body, end exclusive."""
    spans = []
    start = 0
    for part in body.split(PARAGRAPH_BREAK):
        if part.strip():
            spans.append((start, start + len(part)))
        start += len(part) + len(PARAGRAPH_BREAK)
    return spans


def words(text: str) -> list[str]:
    """Word tokens (letters and digits, keeping inner apostrophes, dots and hyphens)."""
    return _WORD.findall(text)


def word_count(text: str) -> int:
    return len(words(text))


def content_words(text: str) -> set[str]:
    """The words of a text that say what it is about: lower-cased, four letters or more, no function words."""
    return {w for word in words(text) if len(w := word.lower()) >= 4 and w not in FUNCTION_WORDS}


def ends_sentence(line: str) -> bool:
    """Does the line end like a finished sentence?

    Terminal punctuation (. ! ? …), or a closing quote or bracket right after it ('levels."'),
    or a bracket closing a fully bracketed line ('(Reporting by …)'). A bare closing quote after
    a word ("… 'full of police'") is how headlines end, so it does not count.
    """
    line = line.rstrip()
    if not line:
        return False
    if line[-1] in SENTENCE_END:
        return True
    if line[-1] in _BRACKET_PAIRS and line.lstrip().startswith(_BRACKET_PAIRS[line[-1]]):
        return True
    stripped = line.rstrip(CLOSING_QUOTES + ")]")
    return bool(stripped) and len(stripped) < len(line) and stripped[-1] in SENTENCE_END + ","


def runs_on(line: str) -> bool:
    """Does the line end mid-sentence (comma, colon, dash), so that the next line continues it?"""
    line = line.rstrip()
    return bool(line) and line[-1] in RUNS_ON


def starts_lowercase(line: str) -> bool:
    """Does the first letter of the line (after quotes and brackets) start in lower case?"""
    for char in line.lstrip():
        if char.isalpha():
            return char.islower()
        if char.isdigit():
            return False
    return False


def capitalised_share(text: str) -> float:
    """Share of the words that start with a capital letter or a digit (title-case lines score high)."""
    tokens = words(text)
    if not tokens:
        return 0.0
    return sum(1 for t in tokens if t[0].isupper() or t[0].isdigit()) / len(tokens)
