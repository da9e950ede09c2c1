"""Whether two quotations are one quotation reworded, and how their words differ.

Outlets trim a quotation to its first sentences, cut a clause out of it or change a word.
The database finds candidates (same speaker, a three-word run in common:
querysets.rewritten_reports); this decides on words, plain Python over strings.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

WORD = re.compile(r"\S+")
NOT_ALNUM = re.compile(r"[\W_]+")
# One of two quotations holds at least this share of the other's words, in order…
MOST = 0.75
# …or they differ by at most this many words (in a long quotation that is still under MOST).
FEW = 3
SHORTEST = 4  # words: a shorter quotation is a common phrase, not a report of another


def comparable(word: str) -> str:
    """A word as compared: case, punctuation and quote marks aside."""
    return NOT_ALNUM.sub("", word.casefold())


@dataclass(frozen=True)
class Words:
    """A quotation's words as written, as compared, how often each compared word occurs, and
    its runs of three compared words."""

    written: tuple[str, ...]
    keys: tuple[str, ...]
    counts: Counter
    runs: frozenset[tuple[str, str, str]]


@lru_cache(maxsize=4096)
def words_of(text: str) -> Words:
    """The words of a quotation, read once however many others it is compared with (a list
    compares each quotation shown with up to forty candidates)."""
    written = tuple(WORD.findall(text))
    keys = tuple(comparable(w) for w in written)
    present = [k for k in keys if k]
    runs = frozenset(zip(present, present[1:], present[2:], strict=False))
    return Words(written, keys, Counter(present), runs)


def most_alike(shown: str, others: dict[int, str], n: int) -> set[int]:
    """The keys of the n texts of `others` sharing the most runs of three words with `shown`
    (the candidates worth a word diff when a busy speaker repeats a stock phrase)."""
    runs = words_of(shown).runs
    shared = sorted(others, key=lambda pk: (-len(runs & words_of(others[pk]).runs), pk))
    return set(shared[:n])


@dataclass(frozen=True)
class Part:
    """A run of words of a word diff: the same in both ("equal"), only in the quotation
    shown ("delete") or only in the other report ("insert")."""

    op: str
    text: str


@dataclass(frozen=True)
class Rewording:
    """How another report of a quotation differs from the one shown."""

    parts: tuple[Part, ...]
    shared: int  # words in common, in order
    dropped: int  # words of the shown quotation the other leaves out
    added: int  # words the other has that the shown one does not

    @property
    def how(self) -> str:
        """'shorter', 'longer' or 'reworded': what an editor reads beside the outlet."""
        if not self.added:
            return "shorter"
        if not self.dropped:
            return "longer"
        return "reworded"


def compare(shown: str, other: str) -> Rewording | None:
    """The word diff of `other` against `shown` when they are one quotation (one holds most
    of the other's words in order, or they differ by a few words), else None."""
    shown_words, other_words = words_of(shown), words_of(other)
    a, b = shown_words.written, other_words.written
    keys_a, keys_b = shown_words.keys, other_words.keys
    words_a, words_b = shown_words.counts, other_words.counts
    sizes = sorted((words_a.total(), words_b.total()))
    if sizes[0] < SHORTEST:
        return None
    # The words in common, order aside, bound those in common in order (what is accepted
    # below needs MOST of the shorter, or all but FEW of the longer): most candidates (a busy
    # speaker's quotes sharing a stock phrase) are refused here, before the diff.
    if (words_a & words_b).total() < min(MOST * sizes[0], max(sizes[1] - FEW, SHORTEST)):
        return None
    shorter = sizes[0]
    matcher = SequenceMatcher(None, keys_a, keys_b, autojunk=False)
    parts: list[Part] = []
    shared = dropped = added = 0
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            shared += sum(1 for k in keys_a[i1:i2] if k)
            # The other report's own spelling of the words in common (its punctuation).
            parts.append(Part("equal", " ".join(b[j1:j2])))
            continue
        if i2 > i1:
            dropped += sum(1 for k in keys_a[i1:i2] if k)
            parts.append(Part("delete", " ".join(a[i1:i2])))
        if j2 > j1:
            added += sum(1 for k in keys_b[j1:j2] if k)
            parts.append(Part("insert", " ".join(b[j1:j2])))
    if not (dropped or added):
        return None  # the same words: the same quotation, not a rewording
    if shared / shorter >= MOST or (max(dropped, added) <= FEW and shared >= SHORTEST):
        return Rewording(tuple(parts), shared, dropped, added)
    return None
