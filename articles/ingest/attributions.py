"""Reported speech: every attribution in a body (Source, Cue, Content) as an ExtractedQuote.

Direct quotations come from quotes.py unchanged. This module adds what people are reported
to have said, thought or intended without (or with only some) quotation marks:

- a cue word and the dependency relation that carries its content come from a table learned
  from annotated news (data/attribution_cues.json, made by `manage.py train_attributions`):
  ("say", ccomp) → "Mr Hale said [the plan was working]"; ("accord", ^prep) → "According to
  X, [the plan is working]"; ("vow", xcomp) → "She vowed [to fight on]"; ("claim", acl) →
  "his claim [that …]". A pair is used when its precision on the training corpus clears
  CUE_THRESHOLD;
- the content is that relation's subtree (for a '^' relation: the rest of the clause the cue
  hangs from), trimmed of edge punctuation;
- a content that is (nearly) all one direct quotation is that quotation: it gets the cue, and
  no second quote; a content that carries quoted words is `mixed`; the rest is `indirect`;
- the source is the cue's subject (through "adding", "saying" and passives), the object of
  "according to", or the owner of a speech noun ("X's claim"), resolved to a person by the
  same resolver as direct quotes (pronouns, surnames, titles, role nouns) or kept as a label.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from articles.ingest import nlp
from articles.ingest.attribution_training import cue_key, subject_kind
from articles.ingest.passages import split_paragraphs
from articles.ingest.quotes import Attributor, Source, comma_subject, find_quotation_spans, subject_of
from articles.ingest.records import INDIRECT, MIXED, ExtractedPerson, ExtractedQuote
from articles.ingest.transcripts import Turn

MODEL_PATH = Path(__file__).parent / "data" / "attribution_cues.json"
CUE_THRESHOLD = 0.3  # learned precision a (cue, relation) pair needs (chosen on held-out training articles)
MIN_CONTENT_WORDS = 2
WORD = re.compile(r"\w+")
QUOTE_MARKS = "\"“”‘’'«»„"


@lru_cache(maxsize=1)
def cue_table() -> dict[str, dict[str, float]]:
    """cue lemma/POS → relation (or relation|subject kind) → learned precision."""
    try:
        learned = json.loads(MODEL_PATH.read_text())["cues"]
    except (OSError, ValueError, KeyError) as error:
        raise OSError(f"{MODEL_PATH}: the reported-speech cue table is missing or unreadable ({error})") from error
    return {
        key: {dep: precision for dep, (precision, _hits) in relations.items()} for key, relations in learned.items()
    }


def find_attributions(
    body: str, people: list[ExtractedPerson], quotes: list[ExtractedQuote], doc: Doc | None = None
) -> list[ExtractedQuote]:
    """The direct quotes given (cue filled in where one is found) followed by every reported
    attribution that is not one of them, each with kind, cue and speaker."""
    doc = doc if doc is not None else nlp.parse(body)
    spans = find_quotation_spans(body, split_paragraphs(body))
    finder = ReportedSpeech(body, doc, people, spans, quotes)
    return quotes + finder.find()


class ReportedSpeech:
    def __init__(self, body, doc, people, spans, quotes):
        self.body, self.doc, self.quotes = body, doc, quotes
        self.attributor = Attributor(body, doc, people, spans)
        self.table = cue_table()
        # A direct quote with its marks, to tell a mixed content from a direct one.
        self.quoted = [(widen_to_marks(body, q.start, q.end), i) for i, q in enumerate(quotes)]

    def find(self) -> list[ExtractedQuote]:
        found: dict[tuple[int, int], tuple[float, ExtractedQuote]] = {}
        for token in self.doc:
            relations = self.table.get(cue_key(token))
            if not relations or self.attributor.in_quotation(token.idx):
                continue  # a cue inside a quotation is the quoted speaker's words
            candidate = self.best_content(token, relations)
            if candidate is None:
                continue
            precision, relation, content = candidate
            quote = self.make_quote(token, relation, content)
            if quote is None:
                continue
            key = (quote.start, quote.end)
            if key not in found or found[key][0] < precision:
                found[key] = (precision, quote)
        for turn in self.attributor.turns:
            quote = self.turn_quote(turn)
            if quote is None:
                continue
            others = [q for _, q in found.values() if turn.start <= q.start < turn.end]
            if turn.continued and any(not same_source(q, quote) for q in others):
                continue  # 'X said in a statement after the interview: …' is the writer's, not the turn's
            found[(quote.start, quote.end)] = (1.0, quote)
        return sorted((q for _, q in found.values()), key=lambda q: (q.start, q.end))

    def turn_quote(self, turn: Turn) -> ExtractedQuote | None:
        """A transcript turn ('TAPPER: Do you think …'): the paragraph's words are its label's,
        cue the colon, reported speech as PolNeAR annotates it (no quotation marks around it: not a
        direct quotation, and not mixed either when it quotes someone inside)."""
        start, end, inside = self.take_in_quotations(turn.start, turn.end)
        source = self.attributor.turn_source(turn)
        if turn.continued and any(not same_source(self.quotes[i], source) for i in inside):
            return None  # a paragraph quoting someone else between two turns is the writer's
        if inside and self.words_outside_quotations(start, end, inside) <= 2:
            for i in inside:
                if not self.quotes[i].cue:
                    self.quotes[i].cue = ":"
            return None  # a turn that is all one quotation is that quotation
        return ExtractedQuote(
            text=self.body[start:end],
            start=start,
            end=end,
            speaker=source.person,
            speaker_label=source.label,
            kind=INDIRECT,
            cue=":",
        )

    def cues_content(self, token: Token) -> bool:
        relations = self.table.get(cue_key(token))
        return bool(relations) and self.best_content(token, relations) is not None

    def best_content(self, token: Token, relations: dict[str, float]) -> tuple[float, str, list[Token]] | None:
        best = None
        kind = subject_kind(token)

        def precision_of(relation: str) -> float | None:
            # Learned with this kind of subject when the corpus had enough of them.
            precision = relations.get(f"{relation}|{kind}", relations.get(relation))
            return precision if precision is not None and precision >= CUE_THRESHOLD else None

        for child in token.children:
            precision = precision_of(child.dep_)
            if precision is not None and (best is None or precision > best[0]):
                best = (precision, child.dep_, list(child.subtree))
        if token.head.i != token.i:
            relation = "^" + token.dep_
            precision = precision_of(relation)
            if precision is not None and (best is None or precision > best[0]):
                own = {t.i for t in token.subtree}
                subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
                if subject is not None:
                    # "Ukraine, Downing Street said, would …": "Ukraine" is the content's.
                    own -= set(range(subject.left_edge.i, comma_subject(subject).left_edge.i))
                best = (precision, relation, clause_without(token.head, own))
        return best

    def make_quote(self, cue: Token, relation: str, tokens: list[Token]) -> ExtractedQuote | None:
        if relation == "prep" and tokens and tokens[0].dep_ == "prep":
            tokens = tokens[1:]  # "accused him [of] lying": the content is what follows
        joined = [t for t in tokens if t.dep_ == "conj" and t.i > cue.i and self.cues_content(t)]
        if joined:
            # '… that X, but said: "…"': the second verb's attribution is its own, not this content.
            tokens = [t for t in tokens if t.i < joined[0].left_edge.i]
        tokens = trim(tokens)
        if not tokens:
            return None
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        if len(WORD.findall(self.body[start:end])) < MIN_CONTENT_WORDS:
            return None
        start, end, inside = self.take_in_quotations(start, end)
        cue_text = cue_words(cue, relation)
        if inside:
            outside = self.words_outside_quotations(start, end, inside)
            if outside <= 2:
                # The content is a direct quotation already found: it only lacks its cue.
                for i in inside:
                    if not self.quotes[i].cue:
                        self.quotes[i].cue = cue_text
                return None
        source = self.source(cue, relation)
        return ExtractedQuote(
            text=self.body[start:end],
            start=start,
            end=end,
            speaker=source.person,
            speaker_label=source.label,
            kind=MIXED if inside else INDIRECT,
            cue=cue_text,
        )

    def take_in_quotations(self, start: int, end: int) -> tuple[int, int, list[int]]:
        """Widen the content to whole quotations it overlaps; which direct quotes it holds."""
        inside = []
        for (a, b), i in self.quoted:
            if a < end and b > start:
                inside.append(i)
                start, end = min(start, a), max(end, b)
        return start, end, inside

    def words_outside_quotations(self, start: int, end: int, inside: list[int]) -> int:
        text = list(self.body[start:end])
        for i in inside:
            a, b = widen_to_marks(self.body, self.quotes[i].start, self.quotes[i].end)
            for k in range(max(a, start), min(b, end)):
                text[k - start] = " "
        return len(WORD.findall("".join(text)))

    def source(self, cue: Token, relation: str) -> Source:
        attributor = self.attributor
        if cue.lower_ == "according" or relation == "^prep":
            to = next((c for c in cue.children if c.lower_ == "to"), None)
            objects = [c for c in to.children if c.dep_ == "pobj"] if to is not None else []
            return attributor.source_from_noun(objects[0]) if objects else Source()
        if cue.pos_ == "NOUN":
            owner = next((c for c in cue.children if c.dep_ == "poss"), None)
            if owner is not None:
                return attributor.source_from_noun(owner)
            if cue.dep_ in {"dobj", "attr", "nsubjpass"}:
                subject = subject_of(cue.head, attributor.in_quotation)
                return attributor.source_from_noun(subject) if subject is not None else Source()
            return Source()
        subject = reported_subject(cue, attributor.in_quotation)
        if subject is None or is_dateline(subject):
            return Source()
        return attributor.source_from_noun(subject)


def same_source(one: ExtractedQuote | Source, other: ExtractedQuote | Source) -> bool:
    """Two attributions to one speaker: the same person, or no person and the same label."""
    (person, label), (other_person, other_label) = (
        (x.speaker, x.speaker_label) if isinstance(x, ExtractedQuote) else (x.person, x.label) for x in (one, other)
    )
    if person is not None or other_person is not None:
        return person == other_person
    return label.lower() == other_label.lower()


def reported_subject(verb: Token, quoted) -> Token | None:
    """Who the cue verb says did the saying: the agent of a passive ('is expected to' with no
    'by' has no source), else the subject the direct-quote rules find (through 'adding',
    'saying', 'who said')."""
    children = list(verb.children)
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in children):
        agent = next((c for c in children if c.dep_ == "agent"), None)
        objects = [c for c in agent.children if c.dep_ == "pobj"] if agent is not None else []
        return objects[0] if objects else None
    return subject_of(verb, quoted)


def is_dateline(token: Token) -> bool:
    """'WASHINGTON (AFP) -' or a time stamp parsed as the subject of the first sentence."""
    phrase = token.doc[token.left_edge.i : token.right_edge.i + 1].text
    return ("(" in phrase and ")" not in phrase) or (any(c.isdigit() for c in phrase) and ":" in phrase)


def clause_without(head: Token, cue_tokens: set[int]) -> list[Token]:
    """The head's subtree minus the cue's own subtree, on the longer side of the cue: a
    content is one run of the body ('According to X, [the plan works]'; '[It works], he
    said'; 'The plan, he said, [is working]' loses its first words rather than take the cue)."""
    tokens = [t for t in head.subtree if t.i not in cue_tokens]
    cue_first = min(cue_tokens)
    before = [t for t in tokens if t.i < cue_first]
    after = [t for t in tokens if t.i > cue_first]
    return max(before, after, key=lambda side: len(trim(side)))


def trim(tokens: list[Token]) -> list[Token]:
    """Edge punctuation and spaces off; a quote mark stays at an edge only when it opens (at
    the start) or closes (at the end) words the content keeps."""
    tokens = [t for t in tokens if not t.is_space]
    while tokens and (
        (tokens[0].is_punct and not (tokens[0].text in QUOTE_MARKS and opens(tokens[0])))
        or tokens[0].lower_ in {"and", "but"}
    ):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct and not (tokens[-1].text in QUOTE_MARKS and not opens(tokens[-1])):
        tokens = tokens[:-1]
    if tokens and tokens[-1].dep_ == "cc":
        return trim(tokens[:-1])
    return tokens


def opens(mark: Token) -> bool:
    """A quote mark written against the word after it: '“We'."""
    following = mark.nbor(1) if mark.i + 1 < len(mark.doc) else None
    return not mark.whitespace_ and following is not None and not following.is_punct


def cue_words(cue: Token, relation: str) -> str:
    """The reporting words as written: 'said', 'has said', 'told reporters', 'according to',
    'pointed out' (auxiliaries, negation, particles and a speech verb's indirect object)."""
    if cue.lower_ == "according":
        return "according to"
    parts = [cue]
    for child in cue.children:
        if (
            child.dep_ in {"aux", "auxpass", "neg"} and child.i < cue.i and cue.i - child.i <= 3
        ) or child.dep_ == "prt":
            parts.append(child)
        elif child.dep_ in {"dative", "dobj"} and relation == "ccomp" and child.i > cue.i:
            listener = list(child.subtree)
            if len(listener) <= 3:  # "told reporters", not a whole clause
                parts.extend(listener)
    parts.sort(key=lambda t: t.i)
    words = [t.text for t in parts if not t.is_punct]
    return " ".join(words[:8])


def widen_to_marks(body: str, start: int, end: int) -> tuple[int, int]:
    """A quotation's extent with its quote marks."""
    while start > 0 and body[start - 1] in QUOTE_MARKS:
        start -= 1
    while end < len(body) and body[end] in QUOTE_MARKS:
        end += 1
    return start, end
