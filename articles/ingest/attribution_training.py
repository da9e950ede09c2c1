"""Learning the reported-speech cue table from an annotated corpus (PolNeAR's layout).

The table attributions.py reads says, for a word and one of its dependency relations, how
often the words under that relation were annotated as the content of an attribution cued
by that word: ("say", VERB, ccomp) nearly always, ("call", VERB, dobj) sometimes,
("accord", VERB, ^prep: the clause that "according to" hangs from) nearly always. Counting
every occurrence, not only the annotated ones, turns the counts into a precision that a
threshold can cut.

Corpus layout: DIR/text/*.txt and DIR/attributions.json (see ../shared/benchmarks/README.md):
per article its attributions, each with the content's character ranges and the cue as written.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from spacy.tokens import Doc, Token

WORD = re.compile(r"\w+")
CUE_WINDOW = 300  # characters between a content and the nearest occurrence of its cue
MATCH_F1 = 0.6  # how well a dependency subtree must cover an annotated content to count as it
MIN_SUPPORT = 3  # annotated contents a (word, relation) pair needs to enter the table
MIN_REFINED_COUNT = 8  # occurrences a (word, relation, subject kind) needs for its own figure
MIN_PRECISION = 0.15  # pairs rarer than this are left out of the shipped table (it stays small)
CANDIDATE_POS = {"VERB", "AUX", "NOUN", "ADP", "ADJ"}
NOT_CONTENT_DEPS = {"punct", "det", "aux", "auxpass", "neg", "cc", "case", "mark", "prt", "nsubj", "nsubjpass"}


def cue_key(token: Token) -> str:
    return f"{token.lemma_.lower()}/{token.pos_}"


PERSON_PRONOUNS = {"he", "she", "they", "i", "we", "you", "who"}


def subject_kind(token: Token) -> str:
    """'person' (a name or a personal pronoun), 'other' (any other subject) or 'none': the
    same word cues speech far more often with a person as its subject ("Hale backed the plan"
    versus "the bill backed the plan")."""
    for _ in range(3):
        subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            if subject.ent_type_ == "PERSON" or subject.lower_ in PERSON_PRONOUNS:
                return "person"
            return "other"
        if token.dep_ not in {"conj", "xcomp", "advcl", "relcl"} or token.head.i == token.i:
            return "none"
        if token.dep_ == "relcl":
            return "person" if token.head.ent_type_ == "PERSON" else "other"
        token = token.head
    return "none"


def content_candidates(token: Token) -> Iterable[tuple[str, list[Token]]]:
    """(relation, tokens) for every subtree the token could cue as content: each child's
    subtree, and ('^' + its own relation) the rest of its head's clause ('…, he said, …',
    'According to X, …')."""
    for child in token.children:
        if child.dep_ in NOT_CONTENT_DEPS:
            continue
        yield child.dep_, list(child.subtree)
    if token.head.i != token.i:
        own = {t.i for t in token.subtree}
        yield "^" + token.dep_, [t for t in token.head.subtree if t.i not in own]


def word_starts(tokens: Iterable[Token]) -> set[int]:
    return {t.idx for t in tokens if not t.is_punct and not t.is_space and WORD.match(t.text)}


def overlap_f1(found: set[int], wanted: set[int]) -> float:
    both = len(found & wanted)
    if not both:
        return 0.0
    precision, recall = both / len(found), both / len(wanted)
    return 2 * precision * recall / (precision + recall)


def locate_cue(doc: Doc, cue: str, lo: int, hi: int) -> Token | None:
    """The syntactic head of the cue occurrence nearest the content [lo, hi)."""
    best = None
    for match in re.finditer(re.escape(cue), doc.text):
        distance = 0 if lo <= match.start() < hi else min(abs(match.start() - hi), abs(match.end() - lo))
        if best is None or distance < best[0]:
            best = (distance, match.start(), match.end())
    if best is None or best[0] > CUE_WINDOW:
        return None
    tokens = [t for t in doc if best[1] <= t.idx < best[2]]
    if not tokens:
        return None
    return min(tokens, key=lambda t: sum(1 for _ in t.ancestors))


def annotated_pairs(doc: Doc, attributions: list[dict]) -> set[tuple[int, str]]:
    """(cue token index, relation) of every annotated attribution the parse can express."""
    pairs = set()
    for attribution in attributions:
        if not attribution.get("cue") or not attribution.get("ranges"):
            continue
        lo, hi = attribution["ranges"][0][0], attribution["ranges"][-1][1]
        cue = locate_cue(doc, attribution["cue"], lo, hi)
        if cue is None:
            continue
        wanted = set()
        for a, b in attribution["ranges"]:
            wanted |= {m.start() + a for m in WORD.finditer(doc.text[a:b])}
        if not wanted:
            continue
        scored = [(overlap_f1(word_starts(tokens), wanted), dep) for dep, tokens in content_candidates(cue)]
        if scored:
            f1, dep = max(scored)
            if f1 >= MATCH_F1:
                pairs.add((cue.i, dep))
    return pairs


def learn_cue_table(articles: Iterable[tuple[Doc, list[dict]]]) -> dict:
    """The cue table from (parsed text, its annotated attributions) pairs."""
    seen: Counter[tuple[str, str]] = Counter()
    cued: Counter[tuple[str, str]] = Counter()
    for doc, attributions in articles:
        positives = annotated_pairs(doc, attributions)
        for token in doc:
            if token.pos_ not in CANDIDATE_POS:
                continue
            key = cue_key(token)
            kind = subject_kind(token)
            for dep, _ in content_candidates(token):
                hit = (token.i, dep) in positives
                for relation in (dep, f"{dep}|{kind}"):
                    seen[key, relation] += 1
                    cued[key, relation] += hit
    table: dict[str, dict[str, list]] = {}
    for (key, dep), hits in cued.items():
        precision = hits / seen[key, dep]
        if "|" not in dep and hits >= MIN_SUPPORT and precision >= MIN_PRECISION:
            table.setdefault(key, {})[dep] = [round(precision, 3), hits]
    # The refined figures of the kept pairs, low ones too: they are what rules a pair out.
    for (key, relation), count in seen.items():
        dep = relation.partition("|")[0]
        if "|" in relation and dep in table.get(key, {}) and count >= MIN_REFINED_COUNT:
            table[key][relation] = [round(cued[key, relation] / count, 3), cued[key, relation]]
    return {"cues": {key: dict(sorted(relations.items())) for key, relations in sorted(table.items())}}


def read_corpus(folder: Path) -> list[tuple[str, list[dict]]]:
    """(text, attributions) for every article of a PolNeAR-style folder; a clear error if it is not one."""
    gold_path = folder / "attributions.json"
    if not gold_path.is_file() or not (folder / "text").is_dir():
        raise ValueError(f"{folder}: expected attributions.json and a text/ folder there")
    try:
        gold = json.loads(gold_path.read_text())
        articles = gold["articles"]
    except (ValueError, KeyError, TypeError) as error:
        raise ValueError(f"{gold_path}: not an attributions file ({error})") from error
    corpus = []
    for article in articles:
        path = folder / "text" / article["file"]
        if not path.is_file():
            raise ValueError(f"{gold_path}: article {article['file']!r} has no text file in {folder / 'text'}")
        corpus.append((path.read_text(), article["attributions"]))
    return corpus
