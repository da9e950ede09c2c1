"""Quotation spans in an article body and their speakers.

Two steps, each its own section below:

1. find_quotation_spans: pair quote marks paragraph by paragraph. Straight, curly, single,
   doubled-single ('' … '') and mismatched closers (“ … ,`') are all quote marks; an
   apostrophe between letters is not. A paragraph that opens a quotation and does not close
   it continues into the next paragraph when that one opens with a quote mark (the newspaper
   convention for long quotations); each paragraph is its own ExtractedQuote, same speaker.
2. attribute_quotes: the source of each quotation, from the attribution around it
   ('he said', 'said X', 'X told the paper:', 'according to X', 'as X put it', 'X was quoted
   as saying', a speech verb governing a partial quote; a short quoted name or title inside the
   attribution does not cut it), else from the quotation before it in the same paragraph or chain.
   A pronoun goes to the most recent compatible named subject; an unnamed or collective
   source ("A senior defence source", "A spokesman for X", "officials") keeps its label and
   gets no Person, even when the phrase contains a name.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from articles.ingest import nlp
from articles.ingest.lexicon import (
    COLLECTIVE_SOURCE_HEADS,
    NAME_TITLES,
    PERSON_NOUNS,
    PERSONAL_PRONOUNS,
    PLAYING_POSITIONS,
    ROLE_HEADS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
)
from articles.ingest.passages import Paragraph, split_paragraphs
from articles.ingest.people import (
    MentionIndex,
    genders_from_pronouns,
    holds_other_office,
    is_post_nominal,
    is_speech_subject,
    is_subject,
    person_gender,
    phrase_head,
    resolve_pronoun,
    resolve_role_noun,
    role_subject_before,
    token_at,
)
from articles.ingest.records import ExtractedPerson, ExtractedQuote
from articles.ingest.transcripts import Turn, find_turns, speaker_key, turn_at

DOUBLE_MARKS = set('"“”„«»')
SINGLE_MARKS = set("'‘’`‚‹›")
QUOTE_CHARS = DOUBLE_MARKS | SINGLE_MARKS
OPENING_ONLY = set("“„«")
CLOSING_ONLY = set("”»")
LEFT_OF_OPENER = set(" \t\n([{—–-/")
RIGHT_OF_CLOSER = set(" \t\n.,;:!?)]}—–-/…")
SENTENCE_END_TOKENS = {".", "!", "?"}
DASHES = ("-", "—", "–")
FIRST_PERSON = {"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"}
IMPERSONAL = {"it", "this", "that", "there", "which", "what", "these", "those"}
SO_SAYS = re.compile(r"(?:So|Thus)\s+(?:says|said)\b")
# 'That was the verdict of Councillor X', 'Those were the words of X': the paragraph after a
# quotation standing alone names who said it.
WORDS_OF = re.compile(
    r"(?:That|This|Those|These|Such)\s+(?:was|were|is|are)\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:words?|verdict|view|message|warning|assessment|reaction|response|answer|plea|complaint|promise)\s+of\b"
)
MAX_ATTRIBUTION_GAP = 25  # words between a quotation and its "he said" (appositions are long)
SCARE_QUOTE_WORDS = 4  # a quoted phrase this short that nobody is said to have said is a term, not speech
# Nouns for what someone said, whose speaker is their owner ("Hale's answer", "remarks from Hale").
UTTERANCE_NOUNS = SPEECH_NOUNS | {
    "remark", "comment", "word", "line", "quote", "quip", "claim", "promise", "pledge", "warning", "question",
    "assessment", "argument", "testimony", "slogan", "catchphrase", "refrain", "vow", "boast", "admission",
}  # fmt: skip
UTTERANCE_OWNER_PREPOSITIONS = {"from", "by", "of"}
# Speaking bodies and documents that 'he' or 'she' never stands for.
BODIES_NEVER_HE_OR_SHE = {
    "government", "ministry", "department", "office", "statement", "committee", "party", "police", "army",
    "military", "embassy", "agency", "report", "survey", "poll", "newspaper", "letter", "document", "memo",
    "council", "commission", "company", "campaign", "court", "board", "union",
}  # fmt: skip
CONTENT_CLAUSES = {"acl", "relcl", "ccomp", "appos"}


# --- 1. quotation spans ------------------------------------------------------------------------


@dataclass
class Mark:
    """A run of quote characters in a paragraph, and where it may open or close a quotation."""

    start: int  # offset in the body
    end: int
    text: str
    double: bool
    can_open: bool
    can_close: bool


@dataclass
class QuotationSpan:
    """The text between two marks (or from a mark to the paragraph end), offsets into the body."""

    open_start: int  # offset of the opening mark
    start: int  # first character of the quoted text
    end: int  # end of the quoted text
    close_end: int  # offset just after the closing mark (the paragraph end when left open)
    paragraph: Paragraph
    closed: bool
    continues: bool = False  # carries on an unclosed quotation of the previous paragraph
    chain: int = 0  # quotations of one multi-paragraph quotation share a chain number


def find_quotation_spans(body: str, paragraphs: list[Paragraph]) -> list[QuotationSpan]:
    """Every quotation, in body order, with multi-paragraph quotations chained."""
    spans: list[QuotationSpan] = []
    open_chain: int | None = None  # chain of a quotation left open by the previous paragraph
    chains = 0
    for paragraph in paragraphs:
        found = pair_marks(body, paragraph, quote_marks(body, paragraph))
        continuing = open_chain is not None and found and found[0].open_start == paragraph.start
        open_chain_next = None
        for i, span in enumerate(found):
            if i == 0 and continuing:
                span.continues, span.chain = True, open_chain
            else:
                chains += 1
                span.chain = chains
            if i == len(found) - 1 and not span.closed:
                open_chain_next = span.chain
        open_chain = open_chain_next
        spans.extend(s for s in found if s.end > s.start)
    return spans


def quote_marks(body: str, paragraph: Paragraph) -> list[Mark]:
    """Runs of quote characters in a paragraph, classified by what stands on either side."""
    text = paragraph.text
    markup = [m.span() for m in re.finditer(r"<[^<>]*>", text)]
    marks = []
    for match in re.finditer(r"[\"“”„«»'‘’`‚‹›]+", text):
        a, b = match.span()
        if any(s <= a < e for s, e in markup):
            continue  # an attribute value in embedded markup, not speech
        run = match.group(0)
        left = text[a - 1] if a > 0 else " "
        right = text[b] if b < len(text) else " "
        double = any(c in DOUBLE_MARKS for c in run) or len(run) >= 2
        if not double and left.isalnum() and right.isalnum():
            continue  # an apostrophe: it's, O'Neill
        can_open = (left in LEFT_OF_OPENER or left in QUOTE_CHARS) and not right.isspace()
        can_close = not left.isspace() and (right in RIGHT_OF_CLOSER or right in QUOTE_CHARS)
        if run[0] in OPENING_ONLY and not can_close:
            can_open = True
        if run[-1] in CLOSING_ONLY and not can_open:
            can_close = True
        if not double and can_open and right.isdigit():
            can_open = False  # an elision: '90s
        if not (can_open or can_close):
            if not double:
                continue
            can_open = can_close = True  # a lone straight mark between spaces: let it toggle
        marks.append(Mark(paragraph.start + a, paragraph.start + b, run, double, can_open, can_close))
    return marks


def pair_marks(body: str, paragraph: Paragraph, marks: list[Mark]) -> list[QuotationSpan]:
    """Open/close pairs in one paragraph; a double quotation left open runs to the paragraph end."""
    spans: list[QuotationSpan] = []
    opened: Mark | None = None
    nested_single = False
    for mark in marks:
        if opened is None:
            if mark.can_open:
                opened, nested_single = mark, False
            continue
        if opened.double:
            if mark.double and mark.can_close and not (mark.can_open and not mark.can_close):
                spans.append(make_span(body, paragraph, opened, mark))
                opened = None
            elif not mark.double and nested_single and mark.can_close:
                nested_single = False
            elif not mark.double and mark.can_close and body[mark.start - 1] in ",.!?;":
                spans.append(make_span(body, paragraph, opened, mark))  # mismatched closer: ,' or .’
                opened = None
            elif not mark.double and mark.can_open and not mark.can_close:
                nested_single = True
            elif mark.double and mark.can_open:
                # A new opening mark before any close: the previous quotation was never closed.
                spans.append(make_span(body, paragraph, opened, None, end=mark.start))
                opened = mark
        else:
            if mark.can_close and (not mark.can_open or mark.double == opened.double):
                spans.append(make_span(body, paragraph, opened, mark))
                opened = None
            elif mark.double and mark.can_open:
                opened = mark  # a single mark that never closed was an apostrophe
    if opened is not None and opened.double:
        spans.append(make_span(body, paragraph, opened, None))
    return spans


def make_span(
    body: str, paragraph: Paragraph, opening: Mark, closing: Mark | None, end: int | None = None
) -> QuotationSpan:
    start = opening.end
    stop = closing.start if closing else (end if end is not None else paragraph.end)
    while start < stop and body[start].isspace():
        start += 1
    while stop > start and body[stop - 1].isspace():
        stop -= 1
    close_end = closing.end if closing else (end if end is not None else paragraph.end)
    return QuotationSpan(opening.start, start, stop, close_end, paragraph, closed=closing is not None)


# --- 2. speakers -------------------------------------------------------------------------------


@dataclass
class Source:
    """Who a quotation is attributed to: a person index and/or the phrase as written."""

    person: int | None = None
    label: str = ""

    @property
    def found(self) -> bool:
        return self.person is not None or bool(self.label)


class Attributor:
    """Finds the source of each quotation in one article."""

    def __init__(self, body: str, doc: Doc, people: list[ExtractedPerson], spans: list[QuotationSpan]):
        self.body, self.doc, self.people, self.spans = body, doc, people, spans
        self.mentions = MentionIndex.build(people)
        self.token_starts = [t.idx for t in doc]
        self.quoted = sorted((s.open_start, s.close_end) for s in spans)
        self.quoted_starts = [a for a, _ in self.quoted]
        self.genders = genders_from_pronouns(doc, people, [person_gender(p) for p in people], self.in_quotation)
        self.turns = find_turns(split_paragraphs(body))
        self.unspoken: set[int] = set()  # quotations whose lead says nobody named spoke them

    # token helpers

    def token_at(self, offset: int) -> Token:
        return token_at(self.doc, offset)

    def in_quotation(self, offset: int) -> bool:
        k = bisect.bisect_right(self.quoted_starts, offset) - 1
        return k >= 0 and self.quoted[k][0] <= offset < self.quoted[k][1]

    def tokens_between(self, start: int, end: int) -> list[Token]:
        first = bisect.bisect_left(self.token_starts, start)
        last = bisect.bisect_left(self.token_starts, end)
        return [t for t in self.doc[first:last] if not t.is_space]

    # the attribution rules, tried in order

    def attribute(self, index: int) -> Source:
        """The quotation's own attribution, the most reliable patterns first."""
        span = self.spans[index]
        before, after = self.window_before(index), self.window_after(index)
        # '…warning." The network said the decision …': after a closed sentence, a speech verb
        # that goes on to say something else attributes the next statement, not this one.
        closed_sentence = self.body[span.end - 1] == "."
        rules = []
        exchange = bool(before) and self.exchange_turn(span, before, after)
        if exchange and self.question_put_to(before):
            # 'X was asked, "…?" X answered, "…"': the question is not X's, and the words after it
            # lead the answer; whoever asked is named only as the agent ('was asked by Y').
            self.unspoken.add(index)
            return self.asker(before)
        if before and (before[-1].text == ":" or exchange):
            rules.append(lambda: self.source_in_lead(before))
        if not before and span.open_start == span.paragraph.start:
            rules.append(lambda: self.lead_in_previous_paragraph(span))
        if self.opens_inside_clause(span):
            # 'Hale claimed that "…," but Cole said …': a quotation inside the clause a speech verb
            # before it reports is that verb's subject's, whatever speaks after it.
            rules.append(lambda: self.governing_source(span, lead_only=True))
        if not exchange:
            rules.append(lambda: self.source_following(after, span, strict=closed_sentence))
        if closed_sentence:
            rules.append(lambda: self.owner_named_after(span))
        if before:
            rules.append(lambda: self.source_in_lead(before))
        rules += [
            lambda: self.governing_source(span),
            lambda: self.sentence_tail_source(span),
            lambda: self.source_in_sentence(span),
            lambda: self.dash_aside_source(span),
        ]
        for rule in rules:
            source = rule()
            if source.found:
                return source
        return Source()

    def exchange_turn(self, span: QuotationSpan, before: list[Token], after: list[Token]) -> bool:
        """'Hale asks Cole, "Are you coming?" Cole writes back, "No."': a quotation its own lead
        introduces that ends its sentence, followed by another lead that introduces the next
        quotation (a new sentence), is one turn of an exchange: the lead before it is its speaker's,
        the words after it belong to the next quotation."""
        if before[-1].text != "," or not any(is_speech_verb(t) for t in before):
            return False
        if self.body[span.start : span.end].rstrip()[-1:] not in {".", "?", "!"}:
            return False
        if not after or after[-1].text not in {",", ":"} or not any(is_speech_verb(t) for t in after):
            return False
        following = self.body[after[-1].idx + 1 :].lstrip(" ")
        return following[:1] in QUOTE_CHARS and following[1:2].isupper()

    def question_put_to(self, before: list[Token]) -> bool:
        """'X was asked,' / 'X was pressed:': a lead whose speech verb is passive, its subject the
        one who is asked."""
        verbs = [t for t in before if is_speech_verb(t) and not self.in_quotation(t.idx)]
        if not verbs or verbs[-1].lemma_.lower() not in INTERJECTED_PARTICIPLES:
            return False
        return any(c.dep_ == "nsubjpass" for c in verbs[-1].children)

    def asker(self, before: list[Token]) -> Source:
        """The agent of the passive lead ('was asked by a reporter'), or no source."""
        verb = [t for t in before if is_speech_verb(t) and not self.in_quotation(t.idx)][-1]
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        noun = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        return self.source_from_noun(noun) if noun is not None else Source()

    def window_before(self, index: int) -> list[Token]:
        """Tokens from the sentence (or previous quotation) start to this quotation's opening mark."""
        span = self.spans[index]
        floor = span.paragraph.start
        earlier = index - 1
        while earlier >= 0 and self.spans[earlier].paragraph is span.paragraph and self.names_a_thing(earlier):
            earlier -= 1  # 'As X, author of "The Long Road," put it, "…"': a quoted title inside the lead
        if earlier >= 0 and self.spans[earlier].paragraph is span.paragraph:
            floor = self.spans[earlier].close_end
        tokens = self.tokens_between(floor, span.open_start)
        for k in range(len(tokens) - 1, -1, -1):
            if tokens[k].text in SENTENCE_END_TOKENS:
                return tokens[k + 1 :]
        return tokens

    def names_a_thing(self, index: int) -> bool:
        """A short quoted name or title inside a sentence ('"Ted Cruz" pins', 'author of "The Long
        Road,"'): at most three capitalised words that end no sentence, right after a word, with
        more after it."""
        span = self.spans[index]
        text = self.body[span.start : span.end]
        if not span.closed or not 1 <= len(text.split()) <= 3 or text.rstrip(",")[-1:] in {".", "!", "?"}:
            return False
        if not title_cased(re.findall(r"[^\W\d_][\w'’-]*", text)):
            return False  # 'quoted Reagan's "eleventh commandment"': words someone said, not a name
        before = self.body[span.paragraph.start : span.open_start].strip()
        after = self.body[span.close_end : span.paragraph.end].strip()
        return bool(before) and bool(after) and before[-1].isalnum()

    def window_after(self, index: int) -> list[Token]:
        """Tokens from the closing mark to the sentence end (or the next quotation)."""
        span = self.spans[index]
        if not span.closed:
            return []
        ceiling = span.paragraph.end
        later = index + 1
        while later < len(self.spans) and self.spans[later].paragraph is span.paragraph and self.names_a_thing(later):
            later += 1  # '"…," X, wearing "Ted Cruz" pins, said': a quoted name inside the attribution
        if later < len(self.spans) and self.spans[later].paragraph is span.paragraph:
            ceiling = self.spans[later].open_start
        tokens = self.tokens_between(span.close_end, ceiling)
        for k, token in enumerate(tokens):
            if token.text in SENTENCE_END_TOKENS:
                return tokens[:k]
        return tokens

    def source_following(self, after: list[Token], span: QuotationSpan, strict: bool = False) -> Source:
        """'…," he said' / '…," said Mr Hale' / '…," X, the editor of Y, wrote' /
        '…," according to X' / '…," as X puts it'. Strict: the verb must end the clause."""
        words = [t for t in after[:MAX_ATTRIBUTION_GAP] if not (t.is_punct and t.text in ",—–-")]
        if words and words[0].lower_ == "according":
            return self.according_to(words[:2])
        verb_as_noun = speech_verb_read_as_noun(words)
        if verb_as_noun:
            # '"…," the email read.' / '"…," a voice-over in the ad states.' / '"…," the Saudis state
            # in the white paper.': the tagger took the speech verb for a noun; the words before it
            # are the source.
            source = self.source_beside(words[:verb_as_noun], [])
            return source if source.found else self.phrase_label(words[:verb_as_noun])
        described = False  # passed over a clause describing the speaker
        aside = participle_asides(after)
        for k, token in enumerate(words):
            if token.i in aside:
                described = True
                continue  # '"…," X, wearing a cowboy hat, said': a participle phrase between commas
            if is_speech_verb(token) and (continues_quotation(token, span) or is_infinitive(token)):
                break  # '"…wasted years" arguing over tariffs', '"…" to call attention': the clause goes on
            if is_speech_verb(token) and described and reports_own_content(token):
                break  # '"…" - voters who watched it said they were unfazed': another statement
            if is_speech_verb(token):
                rest = after[after.index(token) + 1 :]
                if strict and any(t.pos_ in {"VERB", "AUX"} for t in rest):
                    return Source()
                if rest and rest[-1].text == ":" and not any(t.pos_ in {"VERB", "AUX"} for t in rest):
                    return Source()  # '"…" Mr Zahed said: "…"' introduces the next quotation
                source = self.source_of_verb(token)
                if not source.found:
                    source = self.source_beside(words[:k], words[k + 1 :])
                if source.found or k > 0:
                    return source
                return self.inverted_subject(token, question=self.body[span.start : span.end].rstrip()[-1:] == "?")
            if k == 0 and token.lower_ == "as":
                continue  # "as X puts it"
            if self.mentions.person_at(token.idx) is not None:
                continue  # a name the tagger took for a verb ("Bush")
            if describes_earlier_noun(token, words[0].i):
                described = True
                continue  # '"…" Ann Cole, who chairs the board, told …': the clause describes the speaker
            if in_relative_clause(token):
                continue  # '…," X, a farmer who helped organise the protest, told …': the clause describes X
            if token.pos_ in {"VERB", "SCONJ"} or (token.pos_ == "AUX" and token.lemma_ != "be"):
                break
        return self.bare_reaction(words, span)

    def bare_reaction(self, words: list[Token], span: QuotationSpan) -> Source:
        """'"France will always be France," an angry Hollande retaliated.': a quotation whose
        sentence runs on past its comma into nothing but a subject and an intransitive verb (and
        adverbs or a prepositional phrase) was said by that subject, whatever the verb."""
        if not (self.body[span.end - 1 : span.end] == "," or self.body[span.close_end : span.close_end + 1] == ","):
            return Source()
        preceding = self.body[span.paragraph.start : span.open_start].rstrip()
        if preceding and preceding[-1].isalnum():
            return Source()  # 'said he would "protect our citizens," the crowd applauded': another clause

        verbs = [t for t in words if t.pos_ in {"VERB", "AUX"}]
        if len(verbs) != 1 or verbs[0].tag_ not in {"VBD", "VBZ", "VBP"}:
            return Source()
        verb = verbs[0]
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subject is None or subject.left_edge.i != words[0].i or subject.lower_ in IMPERSONAL:
            return Source()
        objects = {"dobj", "ccomp", "xcomp", "attr", "acomp", "dative", "oprd"}
        if any(c.dep_ in objects and c.i > verb.i and not self.in_quotation(c.idx) for c in verb.children):
            return Source()  # '"…," the mayor dismissed the claim': a verb with an object of its own
        following = [t for t in words if t.i > verb.i]
        if any(t.pos_ not in {"ADV", "ADP", "PART", "DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON"} for t in following):
            return Source()
        return self.source_from_noun(subject)

    def inverted_subject(self, verb: Token, question: bool = False) -> Source:
        """'"…," tweeted a German user from Hanover.' with the verb's subject taken from inside the
        quotation: the noun phrase after the verb, which the parser made its object, is the source
        (not after a verb whose object is whom one speaks to: 'told the paper')."""
        if verb.lemma_.lower() in ADDRESSEE_VERBS and not (question and verb.lemma_.lower() == "ask"):
            return Source()  # '"…," told the paper': whom one speaks to; but '"…?" asked the boy' is who asks
        noun = next((c for c in verb.children if c.dep_ in {"dobj", "attr"} and c.i > verb.i), None)
        if noun is None:
            # '"…," said the woman, who did not want to be named.' parsed with the noun as the
            # subject of the clause after it: the determiner's noun phrase right after the verb.
            start, end = verb.i + 1, min(len(self.doc), verb.i + 9)
        elif noun.pos_ in {"NOUN", "PROPN"} and any(c.dep_ == "det" for c in noun.children):
            # A common noun, or a name with an article ('opined the Riverside Courier').
            start, end = noun.left_edge.i, noun.right_edge.i + 1
        elif noun.pos_ == "PROPN" and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children):
            # A name owned by a place or a group ('opined Hull's Evening Courier'): the name as written.
            owned = self.doc[noun.left_edge.i : noun.i + 1]
            if any(t.pos_ in {"VERB", "AUX"} or (t.is_punct and t.tag_ != "POS") for t in owned) or len(owned) > 6:
                return Source()
            person = self.mentions.person_at(noun.idx)
            return Source(person, owned.text)
        else:
            return Source()
        words = []
        for token in self.doc[start:end]:
            if token.text in {",", "(", "—", "–"} or token.pos_ in {"VERB", "AUX"} or token.tag_ in {"WP", "WDT"}:
                break
            words.append(token)
        if not words or words[-1].pos_ not in {"NOUN", "PROPN"}:
            return Source()
        return self.phrase_label(words)

    def source_beside(self, before_verb: list[Token], after_verb: list[Token]) -> Source:
        """When the parse gives the speech verb no subject: the words between the quotation and
        the verb ('…," Bush implored'), else the words right after it ('…," said X')."""
        for words in (before_verb, after_verb[:8]):
            names = [self.mentions.person_at(t.idx) for t in words]
            named = [n for n in names if n is not None]
            if named:
                return Source(named[0], " ".join(t.text for t in words if not t.is_punct))
            if words and words[0].lower_ in PERSONAL_PRONOUNS and words[0].tag_ != "PRP$":
                return Source(self.resolve_pronoun(words[0]), words[0].text)  # not "…, his voice breaking"
            if words is before_verb and words and words[0].lower_ == "the":
                # '"…," the 56-year-old said, …' parsed without a subject: the description before the verb.
                phrase = self.doc[words[0].i : words[-1].i + 1]
                described = self.source_from_noun(phrase.root)
                if described.person is None and describes_by_words(list(phrase)):
                    described = Source(self.named_subject_before(phrase.root), phrase.text)
                if described.person is not None:
                    return described
                if described_phrase(list(phrase)):
                    return self.phrase_label(words)  # '"…?" the 43-year-old asked': nobody named, the description
        names = [t for t in before_verb if not t.is_punct]
        if not after_verb and 1 <= len(names) <= 4 and all(t.pos_ == "PROPN" for t in names):
            # '"…," Conway notes.' with a name the people finder missed: the name is the label.
            return Source(None, " ".join(t.text for t in names))
        return Source()

    def source_in_lead(self, before: list[Token]) -> Source:
        """'Hale told the paper:' / 'she said,' / 'warned Mr Novak he must' before the mark."""
        according = self.according_to(before)
        if according.found:
            return according
        for k in range(len(before) - 1, -1, -1):
            token = before[k]
            if is_speech_verb(token) and not self.in_quotation(token.idx):
                # 'after X, asked about …, had said' may parse with X inside another clause.
                source = self.name_before_participle_aside(before[:k])
                if not source.found:
                    source = self.source_of_verb(token)
                # 'Senator Ann Ochieng-Were said:' misparsed with no subject: the name just before.
                if not source.found:
                    source = self.name_right_before(before[:k])
                if not source.found:
                    source = self.described_right_before(before[:k], token)
                if not source.found:
                    source = self.as_clause_subject(before[:k])
                if not source.found:
                    source = self.inverted_lead(before, k)
                if not source.found:
                    source = self.described_opening_name(before[:k])
                return source if source.found else self.participle_clause_subject(token, before[:k])
        if len(before) >= 2 and before[-1].text in {",", ":"} and before[-2].lemma_.lower() in SPEECH_NOUNS:
            noun = before[-2]
            if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
                # 'X issued a statement, "…"' / 'she posted a message: "…"': who put it out.
                source = self.source_of_verb(noun.head)
                if source.found:
                    return source
        if before and before[-1].text == ":":
            label = self.colon_label(before[:-1])
            if not label.found:
                # "… important for the contests - Ann Cole:": the phrase after the last dash.
                dashes = [k for k, t in enumerate(before[:-1]) if t.text in {"-", "—", "–"}]
                named = [t for t in before[dashes[-1] + 1 : -1] if t.pos_ == "PROPN"] if dashes else []
                label = self.colon_label(before[dashes[-1] + 1 : -1]) if named else label
            return label if label.found else self.lead_subject(self.clause_before_colon(before))
        return Source()

    def inverted_lead(self, before: list[Token], k: int) -> Source:
        """'Continued Stone: "…"' / 'Added Mr Hale, "…"': a speech verb opening the sentence with
        the speaker's name right after it."""
        if k != 0:
            return Source()
        words = [t for t in before[1:] if not t.is_punct]
        named = [self.mentions.person_at(t.idx) for t in words]
        if not named or named[0] is None or len(words) > 4:
            return Source()
        return Source(named[0], " ".join(t.text for t in words))

    def described_opening_name(self, tokens: list[Token]) -> Source:
        """'Mr. Slinker, whose start-up uses big data, said Mr. Trump was …: "…"' misparsed with
        the name as the subject inside its own 'who/whose' clause: a sentence that opens with a
        name, a comma and such a clause, closed by a comma right before the speech verb."""
        words = [t for t in tokens if not t.is_space]
        if len(words) < 4 or words[-1].text != ",":
            return Source()
        person = self.mentions.person_at(words[0].idx)
        if person is None:
            return Source()
        k = 0
        while k < len(words) and self.mentions.person_at(words[k].idx) == person:
            k += 1
        if k + 1 >= len(words) or words[k].text != "," or words[k + 1].tag_ not in {"WP", "WP$"}:
            return Source()
        return Source(person, " ".join(t.text for t in words[:k]))

    def clause_before_colon(self, before: list[Token]) -> list[Token]:
        """The sentence up to the colon, without its quoted words: the lead window stops at an
        earlier quotation of the sentence ('X called him "volatile," and contrasted him with Y: "…"')."""
        colon = before[-1]
        return [t for t in self.doc[colon.sent.start : colon.i] if not self.in_quotation(t.idx) and not t.is_space]

    def phrase_label(self, words: list[Token]) -> Source:
        """A short noun phrase as an unnamed source ('the email', 'a voice-over in the ad')."""
        if not 1 <= len(words) <= 8 or words[0].lower_ not in {"the", "a", "an", "this", "that"}:
            return Source()
        if any(t.pos_ in {"VERB", "AUX"} for t in words):
            return Source()
        return Source(None, self.doc[words[0].i : words[-1].i + 1].text)

    def as_clause_subject(self, tokens: list[Token]) -> Source:
        """'As Ann Cole, professor of law, put it, "…"' parsed with 'As' a preposition: its object."""
        if not tokens or tokens[0].lower_ != "as":
            return Source()
        noun = next((c for c in tokens[0].children if c.dep_ == "pobj"), None)
        return self.source_from_noun(noun) if noun is not None else Source()

    def participle_clause_subject(self, verb: Token, tokens: list[Token]) -> Source:
        """'Flea shared the news last week, writing "…"' where the parser took the participle
        for a subject inside the quotation: the clause before its comma says who writes."""
        if verb.tag_ != "VBG" or not tokens or tokens[-1].text != ",":
            return Source()
        clause = [t for t in tokens[:-1] if t.pos_ in {"VERB", "AUX"} and not self.in_quotation(t.idx)]
        for head in sorted(clause, key=lambda t: len(list(t.ancestors))):
            subject = next((c for c in head.children if c.dep_ == "nsubj" and not self.in_quotation(c.idx)), None)
            if subject is not None:
                return self.source_from_noun(subject)
        return Source()

    def described_right_before(self, tokens: list[Token], verb: Token) -> Source:
        """'…, a city official who spoke anonymously to discuss strategy said Wednesday, "…"'
        misparsed with no subject for 'said': a relative clause ends right before the verb, and
        the noun it describes is the speaker."""
        words = [t for t in tokens if not t.is_space and not t.is_punct]
        if not words:
            return Source()
        for token in (words[-1], *words[-1].ancestors):
            if token.i > words[-1].i:
                break  # the clause holding the speech verb: not a description before it
            inside = token.left_edge.i <= verb.i <= token.right_edge.i  # the verb is the clause's own
            if token.dep_ == "relcl" and token.head.pos_ in {"NOUN", "PROPN"} and token.head.i < token.i and not inside:
                return self.source_from_noun(token.head)
        return Source()

    def name_right_before(self, tokens: list[Token]) -> Source:
        """The person named by the words that end right where the speech verb starts."""
        words = [t for t in tokens if not t.is_space]
        if words and words[-1].text == ",":
            words.pop()  # "…, the chief executive of X, Ann Cole, said": the apposition's comma
        named = [self.mentions.person_at(t.idx) for t in words[-4:]]
        if not words or named[-1] is None:
            return Source()
        start = len(words) - 1
        while start > 0 and self.mentions.person_at(words[start - 1].idx) == named[-1]:
            start -= 1
        return Source(named[-1], " ".join(t.text for t in words[start:]))

    def name_before_participle_aside(self, tokens: list[Token]) -> Source:
        """'… after Mr. Hale, asked about the deaths, had said, "…"' parsed with the name inside
        another clause: a person's name, then a participle phrase between commas ('asked about …',
        'speaking to reporters'), then the speech verb (and its auxiliaries) — the name speaks."""
        words = [t for t in tokens if not t.is_space]
        while words and words[-1].dep_ in {"aux", "auxpass", "neg", "advmod"}:
            words.pop()  # 'had said', 'has also said'
        if len(words) < 4 or words[-1].text != ",":
            return Source()
        opening = next((k for k in range(len(words) - 2, 0, -1) if words[k].text == ","), None)
        if opening is None or words[opening + 1].tag_ not in {"VBN", "VBG", "VBD"}:
            return Source()
        if words[opening + 1].tag_ == "VBD" and words[opening + 1].lemma_ not in INTERJECTED_PARTICIPLES:
            return Source()  # a finished clause of its own, not an aside describing the speaker
        if any(t.pos_ in {"VERB", "AUX"} and t.dep_ in {"ROOT", "ccomp", "conj"} for t in words[opening + 2 : -1]):
            return Source()
        person = self.mentions.person_at(words[opening - 1].idx)
        if person is None:
            return Source()
        start = opening - 1
        while start > 0 and self.mentions.person_at(words[start - 1].idx) == person:
            start -= 1
        return Source(person, " ".join(t.text for t in words[start:opening]))

    def lead_subject(self, tokens: list[Token]) -> Source:
        """'Hale deflected with a non sequitur: "…"' — the subject of the clause before a colon,
        when it is a person (named or a pronoun)."""
        words = [t for t in tokens if not t.is_punct]
        if not words:
            return Source()
        root = self.doc[words[0].i : words[-1].i + 1].root
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return Source()
        owner = next((c for c in subject.children if c.dep_ == "poss" and c.lower_ in PERSONAL_PRONOUNS), None)
        if subject.lemma_ in SPEECH_NOUNS and owner is not None:
            # "His answer was short: '…'": whose answer it is.
            return Source(self.resolve_pronoun(owner), self.phrase_text(subject))
        source = self.source_from_noun(subject)
        # A person, or a named body ("the Board of Elections was conclusive: '…'"), or a body or
        # document set apart by its determiner ("The Clinton campaign worded it carefully: '…'",
        # "A footnote in the report makes that clear: '…'").
        named_body = subject.pos_ == "PROPN" or subject.ent_type_ in {"ORG", "GPE", "NORP"}
        return source if source.person is not None or named_body or is_body_or_document(subject) else Source()

    def turn_source(self, turn: Turn) -> Source:
        """The speaker a transcript turn's label names: the person it is a mention of, else the one
        person of the story whose name ends with the label's last word ('TAPPER' after 'Jake
        Tapper'), else the label as written ('Q', 'A', a name nobody else gives)."""
        person = self.mentions.person_at(turn.label_start)
        if person is None:
            key = speaker_key(turn.label)
            owners = {
                i
                for i, p in enumerate(self.people)
                if any(speaker_key(name) == key for name in [p.name, *p.aliases] if name.split())
            }
            person = owners.pop() if len(owners) == 1 else None
        return Source(person, turn.label)

    def lead_in_previous_paragraph(self, span: QuotationSpan) -> Source:
        """'X wrote:' ending the paragraph before a paragraph that is a quotation."""
        line_end = self.body.rfind("\n", 0, span.paragraph.start)
        text_before = self.body[:line_end].rstrip()
        if not text_before.endswith(":"):
            return Source()
        colon = self.token_at(len(text_before) - 1)
        lead = [t for t in colon.sent if t.i <= colon.i and not t.is_space]
        return self.source_in_lead(lead)

    def sentence_tail_source(self, span: QuotationSpan) -> Source:
        """'…, agreeing to disagree, says psychologist X.' — an attribution closing the
        quotation's sentence after its last comma."""
        sentence = self.token_at(span.start).sent
        tail = [t for t in sentence if t.idx >= span.close_end and not t.is_space]
        commas = [k for k, t in enumerate(tail) if t.text == ","]
        if not commas:
            return Source()
        clause = [t for t in tail[commas[-1] + 1 :] if not t.is_punct]
        verbs = [t for t in clause if t.pos_ in {"VERB", "AUX"}]
        if not clause or len(clause) > 12 or len(verbs) != 1 or not is_speech_verb(verbs[0]):
            return Source()
        return self.source_of_verb(verbs[0])

    def previous_sentence_source(self, span: QuotationSpan) -> Source:
        """'…, said X, an analyst. "Quote."' — a quotation opening a sentence right after an
        attribution sentence of the same paragraph."""
        opening = self.token_at(span.open_start)
        sentence_start = opening.sent.start
        if sentence_start == 0:
            return Source()
        previous = self.doc[sentence_start - 1].sent
        if previous.start_char < span.paragraph.start or any(
            self.in_quotation(t.idx) for t in previous if is_speech_verb(t)
        ):
            return Source()
        verbs = [t for t in previous if is_speech_verb(t)]
        return self.source_of_verb(verbs[-1]) if verbs else Source()

    def says_in_next_paragraph(self, span: QuotationSpan) -> Source:
        """A quotation paragraph, then 'So says X, 47, whose team …': the next paragraph opens
        by naming who said it."""
        line_start = span.paragraph.end
        while line_start < len(self.body) and self.body[line_start].isspace():
            line_start += 1
        words_of = WORDS_OF.match(self.body, line_start)
        if words_of:
            return self.named_in_sentence(words_of.end())
        if not SO_SAYS.match(self.body, line_start):
            return Source()
        verb = next((t for t in self.tokens_between(line_start, line_start + 20) if is_speech_verb(t)), None)
        if verb is None:
            return Source()
        source = self.source_of_verb(verb)
        if source.found:
            return source
        return self.source_beside([], [t for t in verb.sent if t.i > verb.i])

    def named_in_sentence(self, offset: int) -> Source:
        """The first person of the story named in the sentence from offset on ('… of the member
        for Ikorodu, Babatunde Cole, who moved …')."""
        sentence = self.token_at(offset).sent
        for token in sentence:
            if token.idx >= offset:
                person = self.mentions.person_at(token.idx)
                if person is not None:
                    return Source(person, self.people[person].name)
        return Source()

    def subject_sentence_before(self, span: QuotationSpan) -> Source:
        """'Nwachukwu-Bello is less sure. "We were lucky."': a quotation opening a sentence right
        after a sentence of the same paragraph whose subject is a named person (or a pronoun
        for one) speaks for that person, when nothing else attributes it."""
        opening = self.token_at(span.open_start)
        sentence_start = opening.sent.start
        if sentence_start == 0 or opening.i != sentence_start:
            return Source()
        previous = self.doc[sentence_start - 1].sent
        if previous.start_char < span.paragraph.start or any(self.in_quotation(t.idx) for t in previous):
            return Source()
        # "Nairobi Senator Wanjiru Kamau-Ndegwa rose …" can parse with two subjects, the place
        # first: the one that is a person's name (or a pronoun for one) counts.
        for subject in (c for c in previous.root.children if c.dep_ in {"nsubj", "nsubjpass"}):
            if subject.lower_ in PERSONAL_PRONOUNS:
                person = self.resolve_pronoun(subject)
            else:
                person = self.mentions.person_at(subject.idx)
            if person is not None:
                return Source(person, self.phrase_text(subject))
            if names_a_role(subject):
                # 'The mayor is less sure. "…"': the role's holder when one is named, else the role.
                return self.source_from_noun(subject)
        return Source()

    def subject_paragraph_before(self, span: QuotationSpan) -> Source:
        """'Hale is upbeat about the vote, because she sees Cole as a uniter.' then a paragraph
        that is nothing but a quotation: with no speech verb and no quotation to carry on, the
        quotation is the words of the person the paragraph before ends on as its subject (a
        name, or a pronoun for one), as subject_sentence_before does within a paragraph."""
        text_before, _ = self.text_before_paragraph(span)
        if not text_before:
            return Source()
        last = self.token_at(len(text_before) - 1).sent
        if any(self.in_quotation(t.idx) for t in last) or last.text.rstrip().endswith((":", "?")):
            return Source()
        root = last.root
        if root.pos_ not in {"VERB", "AUX"} or any(c.dep_ == "neg" for c in root.children):
            return Source()
        paragraph_start = self.body.rfind("\n", 0, len(text_before)) + 1
        # A paragraph about several people ("X named five, Y chose four.") says nothing about
        # whose words follow (often a pull quote repeated from further on): only one about one.
        subjects_named = {
            person
            for start, _, person in self.mentions.before(len(text_before))
            if start >= paragraph_start and is_subject(token_at(self.doc, start))
        }
        for subject in (c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}):
            if subject.lower_ in PERSONAL_PRONOUNS:
                person = self.resolve_pronoun(subject) if subject.lower_ in {"he", "she"} else None
            else:
                person = self.mentions.person_at(subject.idx)
            if person is not None and subjects_named <= {person}:
                return Source(person, self.phrase_text(subject))
        return Source()

    def text_before_paragraph(self, span: QuotationSpan) -> tuple[str, int]:
        """The body up to the end of the paragraph before the quotation's, passing over asides the
        writer set in brackets as paragraphs of their own ('(The law was passed in 2013.)'): the
        speaker goes on across them. With the number of asides passed."""
        text = self.body[: self.body.rfind("\n", 0, span.paragraph.start) + 1].rstrip()
        asides = 0
        while text.endswith((")", ").")) or self.stage_direction(text):
            start = text.rfind("\n") + 1
            if not (text[start:].startswith("(") or self.stage_direction(text)) or self.in_quotation(start):
                break
            text, asides = self.body[:start].rstrip(), asides + 1
        return self.before_closing_aside(text), asides

    def stage_direction(self, text: str) -> bool:
        """'Pause.', 'Silence.' as a paragraph of its own between the words of one speaker: one or two
        words and a full stop, nobody named and no clause (not 'She pauses.')."""
        start = text.rfind("\n") + 1
        line = text[start:].strip()
        if start == 0 or not line.endswith(".") or not 1 <= len(line.split()) <= 2 or not line[:1].isupper():
            return False
        tokens = self.tokens_between(start, len(text))
        return not any(
            t.pos_ in {"VERB", "AUX", "PRON", "NUM"} or t.dep_ == "nsubj" or self.mentions.person_at(t.idx) is not None
            for t in tokens
        )

    def before_closing_aside(self, text: str) -> str:
        """'X spoke about the bill. (The law bans … .)': sentences in brackets closing a paragraph
        are the writer's aside, not its last word about who speaks; the text up to them (when the
        paragraph says something before them)."""
        while text.endswith((")", ").", ".)")):
            opening = text.rfind("(")
            paragraph_start = text.rfind("\n") + 1
            before = text[paragraph_start:opening].rstrip()
            if opening <= paragraph_start or not before.endswith((".", "!", "?")) or self.in_quotation(opening):
                break
            if ")" in text[opening : len(text.rstrip(".)"))]:
                break  # several brackets: not one aside
            text = text[:opening].rstrip()
        return text

    def signature_after(self, span: QuotationSpan) -> Source | None:
        """'"…"' then a line '- Bernie Sanders.': a dash and a short name line signs the quotation."""
        next_start = self.body.find("\n", span.paragraph.end)
        line_start = len(self.body) if next_start < 0 else next_start
        while line_start < len(self.body) and self.body[line_start].isspace():
            line_start += 1
        line_end = self.body.find("\n", line_start)
        line = self.body[line_start : len(self.body) if line_end < 0 else line_end]
        if not re.match(r"[-—–]\s*\S", line) or len(line.split()) > 7:
            return None
        words = [t for t in self.tokens_between(line_start, line_start + len(line)) if not t.is_punct]
        named = [self.mentions.person_at(t.idx) for t in words]
        person = next((n for n in named if n is not None), None)
        label = " ".join(t.text for t in words)
        return Source(person, label) if person is not None or (words and words[0].text[:1].isupper()) else None

    def previous_paragraph_source(
        self, span: QuotationSpan, spans: list[QuotationSpan], sources: list[Source]
    ) -> Source:
        """A quotation standing as its own paragraph with no attribution: the newspaper goes on
        with the speaker of the paragraph before — its last sentence's speech verb ('Ash argued
        in his email …'), else its last attributed full quotation ('"…," Adelson said during …')."""
        text_before, asides = self.text_before_paragraph(span)
        previous_index = span.paragraph.index - 1 - asides
        if previous_index < 0 or not text_before:
            return Source()
        source = self.speech_in_paragraph_before(span)
        if source.found:
            return source
        earlier = [
            sources[j]
            for j, other in enumerate(spans)
            if other.paragraph.index == previous_index and sources[j].found and not is_partial(self.body, other)
        ]
        return earlier[-1] if earlier else Source()

    def speech_in_paragraph_before(self, span: QuotationSpan) -> Source:
        """The speaker of the speech verb in the last sentence of the paragraph before ('Ash argued in
        his email …', 'The Courier reported on Monday that …'), the main clause's first."""
        text_before, _ = self.text_before_paragraph(span)
        if not text_before:
            return Source()
        last = self.token_at(len(text_before) - 1).sent
        verbs = [
            t
            for t in last
            if (is_speech_verb(t) or t.lemma_ == "speak" or goes_on_speaking(t))
            and t.pos_ == "VERB"
            and (t.lemma_ not in ASPECTUAL_VERBS or goes_on_speaking(t))
            and not self.in_quotation(t.idx)
        ]
        # The main clause's verb, not one in a clause below it ('X elaborated … before the campaign began').
        for verb in sorted(verbs, key=lambda t: len(list(t.ancestors))):
            source = self.source_of_verb(verb)
            if source.found:
                return source
        return Source()

    def reports_on(self, span: QuotationSpan, source: Source) -> bool:
        """The quoted words speak of the source's person in the third person, as a clause's subject
        by name ('… X told reporters that …'), and never in the first person: a report about X,
        not X's words."""
        if source.person is None:
            return False
        words = self.tokens_between(span.start, span.end)
        if any(t.lower_ in FIRST_PERSON for t in words):
            return False
        return any(self.mentions.person_at(t.idx) == source.person and is_subject(t) for t in words)

    def opens_inside_clause(self, span: QuotationSpan) -> bool:
        """The quotation opens after a word of its sentence ('claimed that "…', 'would "…'), not at
        the start of a sentence or after a colon or comma."""
        before = self.body[span.paragraph.start : span.open_start].rstrip()
        return bool(before) and before[-1].isalnum()

    def heads_above(self, span: QuotationSpan) -> Iterator[tuple[Token, Token]]:
        """The words above the quotation's first word in the parse, nearest first (at most twelve,
        up to the sentence's root), each with the word it was reached from."""
        inside = self.tokens_between(span.start, span.end)
        if not inside:
            return
        token = inside[0]
        for _ in range(12):
            if token.head.i == token.i:
                return
            child, token = token, token.head
            yield child, token

    def governing_source(self, span: QuotationSpan, lead_only: bool = False) -> Source:
        """A partial quotation inside reported speech: the speech verb whose clause holds it
        (lead_only: a verb written before the quotation)."""
        for child, token in self.heads_above(span):
            owned = self.owned_utterance(span, child, token)
            if owned.found and not (lead_only and token.idx > span.open_start):
                return owned
            # "Pew found that '…'", "The audit showed that '…'": a finding reports its source's words.
            finding = token.lemma_ in FINDING_VERBS and child.dep_ == "ccomp" and self.after_that(span)
            if (is_speech_verb(token) or finding) and not (span.open_start <= token.idx < span.close_end):
                if lead_only and token.idx > span.open_start:
                    return Source()
                return self.source_of_verb(token)
        return Source()

    def owned_utterance(self, span: QuotationSpan, child: Token, token: Token) -> Source:
        """'remarks from Hale that "…"', 'Hale's claim, that "…"', 'Hale's answer was that "…"': a
        quotation set out as the content of words a named person owns is that person's. Only a
        clause holds the content (not 'Hale's reply to "…"', nor 'Hale's remarks were "…"', words
        about the remarks)."""
        if token.pos_ in {"NOUN", "PROPN"} and child.dep_ in CONTENT_CLAUSES:
            noun = token
        elif token.lemma_ == "be" and child.dep_ == "ccomp":
            noun = next((c for c in token.children if c.dep_ == "nsubj"), None)
        elif token.pos_ == "VERB" and child.dep_ == "ccomp" and child.left_edge.lower_ == "that":
            # 'contradicts remarks from Hale that "…"' parsed with the clause on the verb: the
            # object right before 'that' is what the clause belongs to.
            noun = next(
                (c for c in token.children if c.dep_ == "dobj" and c.right_edge.i + 1 == child.left_edge.i), None
            )
        else:
            return Source()
        if noun is None or not self.opens_clause(span, child):
            return Source()
        owner = self.utterance_owner(noun, pronouns=False)  # 'her remark that': the clause's subject decides
        if owner is not None:
            return Source(owner, self.phrase_text(noun))
        if noun.lemma_.lower() in UTTERANCE_NOUNS:
            # "The Florida senator's answer was that …" with nobody of that role named: the description.
            described = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in ROLE_HEADS), None)
            if described is not None and any(c.dep_ == "det" and c.lower_ == "the" for c in described.children):
                return Source(None, re.sub(r"\s*['’]s?$", "", self.phrase_text(described)))
        return Source()

    def opens_clause(self, span: QuotationSpan, clause: Token) -> bool:
        """The quotation is the clause, not a phrase inside it: nothing but 'that' and punctuation
        between the clause's first word and the opening mark."""
        return all(
            t.is_punct or t.lower_ == "that"
            for t in self.doc[clause.left_edge.i : clause.right_edge.i + 1]
            if t.idx < span.open_start
        )

    def dash_aside_source(self, span: QuotationSpan) -> Source:
        """'When Hale finally wrapped up - "…" - the hall rose.': a quotation set between dashes
        right after a clause whose subject is a named person (or he or she) gives what that person
        said there, when no speech verb in the sentence attributes it."""
        before = self.body[span.paragraph.start : span.open_start].rstrip()
        after = self.body[span.close_end : span.paragraph.end].lstrip(" ,")
        if not before.endswith(DASHES) or not after.startswith(DASHES):
            return Source()
        lead = before.rstrip("".join(DASHES)).rstrip()
        if not lead:
            return Source()
        last = self.token_at(span.paragraph.start + len(lead) - 1)
        verb = last
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < last.i), None)
        if subject is None or verb.sent.start != last.sent.start:
            return Source()
        if subject.lower_ in {"he", "she"}:
            person = self.resolve_pronoun(subject)
        else:
            person = self.mentions.person_at(subject.idx)
        return Source(person, self.phrase_text(subject)) if person is not None else Source()

    def after_circumstance(self, span: QuotationSpan) -> bool:
        """'Then, two weeks later on the radio: "…"': the quotation ends its paragraph after a
        lead that opens with an adverb or 'and'/'but' and says only when or where (no verb, nobody
        named, no pronoun), so the paragraph goes on with the speaker before, as a quotation
        paragraph does. 'On the banner outside: "…"' is no such lead."""
        if any(c.isalnum() for c in self.body[span.close_end : span.paragraph.end]):
            return False
        lead = self.tokens_between(span.paragraph.start, span.open_start)
        if len(lead) < 2 or lead[-1].text != ":" or lead[0].pos_ not in {"ADV", "CCONJ"}:
            return False
        return not any(
            t.pos_ in {"VERB", "AUX", "PRON"} or self.mentions.person_at(t.idx) is not None or self.in_quotation(t.idx)
            for t in lead
        )

    def owner_named_after(self, span: QuotationSpan) -> Source:
        """'"…" That line from Hale appeared on every poster.': a sentence right after a quoted
        sentence, opening with 'that', 'this' or 'the' and words a named person owns, names who said it."""
        tokens = self.tokens_between(span.close_end, span.paragraph.end)
        if not tokens or tokens[0].lower_ not in {"that", "this", "the", "those", "these"}:
            return Source()
        noun = tokens[0].head
        if noun.dep_ not in {"nsubj", "nsubjpass"} or noun.left_edge.i != tokens[0].i:
            return Source()
        owner = self.utterance_owner(noun)
        return Source(owner, self.phrase_text(noun)) if owner is not None else Source()

    def utterance_owner(self, noun: Token, pronouns: bool = True) -> int | None:
        """The named person (or the person a pronoun stands for, unless not pronouns) whose words
        the noun is: its possessor ('Hale's reply', 'her answer') or the object of 'from', 'by',
        'of' ('a statement by Hale', 'the words of Hale')."""
        if noun.lemma_.lower() not in UTTERANCE_NOUNS:
            return None
        owners = [c for c in noun.children if c.dep_ == "poss"]
        for preposition in noun.children:
            if preposition.dep_ == "prep" and preposition.lower_ in UTTERANCE_OWNER_PREPOSITIONS:
                owners += [c for c in preposition.children if c.dep_ == "pobj"]
        for owner in owners:
            if owner.lower_ in PERSONAL_PRONOUNS:
                if not pronouns or owner.lower_ in {"its", "it", "their", "they", "them"}:
                    continue
                person = self.resolve_pronoun(owner)
            else:
                person = self.source_from_noun(owner).person  # a name, or a role noun for one ('the mayor's')
            if person is not None:
                return person
        return None

    def subject_of_clause_holding(self, span: QuotationSpan) -> Source:
        """'Ann Cole thought the rally was "a tribute to the skills of her staff."', 'On its website,
        the Port Authority lists "safety of passengers as our first priority."': a quotation of more
        than a few words that no speech verb attributes, inside the clause of another verb, is the
        words of that verb's subject when it is a named person or body (or a pronoun for a person).
        The nearest finite verb above the quotation decides; a short quoted phrase stays a scare quote."""
        if len(self.body[span.start : span.end].split()) <= SCARE_QUOTE_WORDS:
            return Source()
        for _, token in self.heads_above(span):
            if span.open_start <= token.idx < span.close_end or token.tag_ not in {"VBD", "VBZ", "VBP"}:
                continue  # a word of the quotation, or a participle or infinitive: the clause goes on above
            subject = next((c for c in token.children if c.dep_ == "nsubj" and not self.in_quotation(c.idx)), None)
            if subject is not None and any(c.tag_ == "WP$" for c in subject.children):
                continue  # "X, whose term ends in June, …": a clause about a noun, not who speaks
            clause = relative_clause_of(token) if subject is not None and subject.tag_ in {"WP", "WDT"} else None
            if clause is not None and clause.head.lemma_.lower() in TALK_NOUNS | UTTERANCE_NOUNS:
                continue  # "In a speech that spoke to the '…', X struck …": the speaker of the speech
            if subject is not None and subject.tag_ == "WP" and clause is not None:
                subject = clause.head  # "X, who worked the crowd, praising '…'"
            if subject is None:
                return Source()
            if subject.lower_ in PERSONAL_PRONOUNS:
                person = self.resolve_pronoun(subject) if subject.lower_ != "it" else None
                return Source(person, subject.text) if person is not None else Source()
            source = self.source_from_noun(subject)
            return source if source.person is not None or names_a_body(subject) else Source()
        return Source()

    def after_that(self, span: QuotationSpan) -> bool:
        """The quotation opens a 'that' clause ('found that "…"')."""
        return self.body[: span.open_start].rstrip().lower().endswith(" that")

    def source_in_sentence(self, span: QuotationSpan) -> Source:
        """The nearest speech verb in the quotation's sentence, outside any quotation."""
        sentence = self.token_at(span.start).sent
        candidates = [t for t in sentence if is_speech_verb(t) and not self.in_quotation(t.idx)]
        if not candidates:
            return Source()
        nearest = min(candidates, key=lambda t: min(abs(t.idx - span.open_start), abs(t.idx - span.close_end)))
        return self.source_of_verb(nearest)

    def according_to(self, tokens: list[Token]) -> Source:
        for token in tokens:
            if token.lower_ == "according" and token.i + 1 < len(self.doc) and self.doc[token.i + 1].lower_ == "to":
                objects = [c for c in self.doc[token.i + 1].children if c.dep_ == "pobj"]
                if objects:
                    return self.source_from_noun(objects[0])
        return Source()

    def colon_label(self, tokens: list[Token]) -> Source:
        """'Reyes's succinct reply: "…"' — a short phrase before a colon is the source."""
        words = [t for t in tokens if not t.is_punct]
        if not words or len(words) > 10 or any(t.pos_ in {"VERB", "AUX"} for t in words):
            return Source()
        head = self.doc[words[0].i : words[-1].i + 1].root
        if head.pos_ not in {"NOUN", "PROPN", "PRON"}:
            return Source()  # "… with Clinton:", "Then:": not a phrase that names a source
        owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in PERSONAL_PRONOUNS), None)
        if owner is not None and head.lemma_ in SPEECH_NOUNS:
            # "Her verdict on the firefighters: '…'": whose verdict it is.
            return Source(self.resolve_pronoun(owner), self.phrase_text(head))
        return self.source_from_noun(head)

    # from a verb or noun to a person or label

    def source_of_verb(self, verb: Token) -> Source:
        subject = subject_of(verb, self.in_quotation)
        if subject is None:
            return self.according_to(list(verb.sent))
        nearer = nearer_clause_subject(verb, subject, self.in_quotation)
        if nearer is not None:
            subject = nearer
        source = self.source_from_noun(subject)
        above = speech_verb_above(subject.head, self.in_quotation) if verb.dep_ == "conj" else None
        if above is not None and source.person is not None and self.speaks_to_itself(verb, subject, source.person):
            # 'X said Y is to blame and accused him of "…"' read with Y the subject of 'accused': one
            # does not accuse oneself; whoever reports the clause Y stands in says it.
            reporter = self.source_of_verb(above)
            return reporter if reporter.found and reporter.person != source.person else Source()
        if source.person is None and self.reports_a_thing(verb, subject):
            # 'X said the findings suggested "…"': what a thing suggests inside what someone
            # said is that someone's claim.
            reporter = self.source_of_verb(verb.head)
            if reporter.found:
                return reporter
        return source

    def speaks_to_itself(self, verb: Token, subject: Token, person: int) -> bool:
        """The subject was reached by climbing from the verb, and the verb's own object pronoun
        ('accused him', 'told her') stands for the same person: not who speaks."""
        if subject.head.i == verb.i:
            return False
        objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"} and c.lower_ in {"him", "her"}]
        return any(self.resolve_pronoun(pronoun) == person for pronoun in objects)

    def reports_a_thing(self, verb: Token, subject: Token) -> bool:
        """A speech verb with a common-noun subject, inside the clause another speech verb reports."""
        outer = verb.head
        if verb.dep_ != "ccomp" or not is_speech_verb(outer) or self.in_quotation(outer.idx):
            return False
        return subject.lower_ not in PERSONAL_PRONOUNS and not subject.text[:1].isupper()

    def source_from_noun(self, head: Token) -> Source:
        """A subject noun → Source. Only a name at the head of the phrase makes it a person."""
        if head.lower_ in IMPERSONAL:
            return Source()  # "It may be saying something like …"
        head = comma_subject(dateline_subject(head))
        label = self.phrase_text(head)
        if head.lower_ in PERSONAL_PRONOUNS:
            unnamed = self.unnamed_speaker_before(head)
            if unnamed is not None:
                return Source(None, self.phrase_text(unnamed))
            return Source(self.resolve_pronoun(head), head.text)
        person = self.person_named_at(head)
        if person is not None:
            return Source(person, label)
        sender = self.document_sender(head)
        if sender is not None:
            return Source(sender, label)
        unnamed = self.unnamed_antecedent(head)
        if unnamed is not None:
            return Source(None, self.phrase_text(unnamed))
        for child in head.children:
            # "Reyes's colleague, Ann Cole, said"; "Hale's reply:"
            named = self.person_named_at(child)
            if named is not None and (child.dep_ == "appos" or (child.dep_ == "poss" and head.lemma_ in SPEECH_NOUNS)):
                return Source(named, label)
        named = self.name_closing_role_phrase(head)
        if named is not None:
            return Source(named, label)
        owner = self.utterance_owner(head, pronouns=False) if head.lemma_.lower() in SPEECH_NOUNS else None
        if owner is None and head.lemma_.lower() in SPEECH_NOUNS:
            owner = self.earlier_utterance_owner(head)
        if owner is not None:
            return Source(owner, label)  # "A statement by Hale said …", "Hale's answer was: …"
        holder = self.name_closing_office(head)
        if holder is None:
            holder = self.name_in_office_phrase(head)
        if holder is not None:
            return Source(holder, label)
        holder = resolve_role_noun(head, self.mentions, self.people)
        if holder is None and describes_a_person(head):
            holder = self.named_subject_before(head, across=not party_or_nationality(head))
        return Source(holder, label)

    def person_named_at(self, token: Token) -> int | None:
        """The person whose mention holds token, or ends right before the letters after a name
        the parser made the phrase's head ('Committee Chair Ann Cole MP said')."""
        k = token.i
        while k > 0 and is_post_nominal(self.doc[k]):
            k -= 1
        return self.mentions.person_at(self.doc[k].idx)

    def name_closing_role_phrase(self, head: Token) -> int | None:
        """'A spokesman for the Information Ministry, Ann Cole, said': a role noun whose phrase ends
        with a name set off by a comma after the body it serves; the parser hangs the name on that
        body, yet a body has no name of a person, so the name is the role holder's (not 'a spokesman
        for the minister, Ann Cole,', where the name may be the minister's)."""
        if head.pos_ not in {"NOUN", "PROPN"} or not is_a_person_noun(head):
            return None
        for child in head.subtree:
            # an apposition, or one the parser read as a second conjunct ("… for Belize South, Ann Cole,")
            beside = child.dep_ == "appos" or (
                child.dep_ == "conj" and not any(c.dep_ == "cc" for c in child.head.children)
            )
            if not beside or child.i <= head.i or self.doc[child.left_edge.i - 1].text != ",":
                continue
            body = child.head
            serves = body.dep_ == "pobj" and body.head.head.i == head.i and body.head.lower_ in {"for", "of", "at"}
            if not serves or body.ent_type_ not in {"ORG", "GPE", "NORP", "FAC"} or is_a_person_noun(body):
                continue
            named = self.person_named_at(child)
            if named is not None:
                return named
        return None

    def earlier_utterance_owner(self, head: Token) -> int | None:
        """'Ann Cole welcomed the bill in a statement.' then '"…," the statement said': 'the' statement
        (letter, reply) is the one the paragraph before brought in with 'a', whoever's clause it was in."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) or any(
            c.dep_ in {"poss", "prep"} for c in head.children
        ):
            return None
        paragraph_start = self.body.rfind("\n", 0, head.idx) + 1
        previous_start = self.body.rfind("\n\n", 0, max(0, paragraph_start - 2)) + 1
        for token in reversed(self.doc[: head.i]):
            if token.idx < previous_start:
                return None
            if token.lemma_ != head.lemma_ or self.in_quotation(token.idx):
                continue
            if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children):
                return None  # another statement, named otherwise: not this one's owner
            verb = token.head
            while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
                verb = verb.head
            subject = subject_of(verb, self.in_quotation) if verb.pos_ in {"VERB", "AUX"} else None
            return self.source_from_noun(subject).person if subject is not None else None
        return None

    def document_sender(self, head: Token) -> int | None:
        """'a fundraising email sent out by Sanders warned …': a document speaks for the person
        named as the agent of the participle describing it (sent, written, issued by X)."""
        if head.lemma_.lower() not in DOCUMENT_NOUNS:
            return None
        if head.dep_ == "dobj" and head.head.pos_ == "VERB":
            # 'X released a statement that accused …': whoever put the document out.
            subject = subject_of(head.head, self.in_quotation)
            person = self.mentions.person_at(subject.idx) if subject is not None else None
            if person is not None:
                return person
        for child in head.children:
            if child.dep_ != "acl" or child.tag_ != "VBN":
                continue
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            for noun in (c for c in (agent.children if agent is not None else []) if c.dep_ == "pobj"):
                person = self.mentions.person_at(noun.idx)
                if person is not None:
                    return person
        return None

    def unnamed_antecedent(self, head: Token) -> Token | None:
        """'Another source familiar with his thinking said, "…" … the person added, "…"': a
        definite 'the person', 'the source', 'the official' carries on the unnamed speaker of
        the paragraph (a/another/one + noun as a speech verb's subject), and gets its label."""
        if head.lower_ not in UNNAMED_AGAIN or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        for token in reversed(self.doc[max(0, head.i - 120) : head.i]):
            if "\n" in token.text or "\n" in token.whitespace_:
                return None  # the paragraph starts here
            if token.pos_ != "NOUN" or self.in_quotation(token.idx) or not is_speech_subject(token):
                continue
            if self.mentions.person_at(token.idx) is not None:
                return None
            indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an", "another", "one"} for c in token.children)
            same = token.lemma_ == head.lemma_ or head.lower_ == "person"
            if indefinite and same and not any(self.mentions.person_at(t.idx) is not None for t in token.subtree):
                return token
            return None
        return None

    def name_closing_office(self, head: Token) -> int | None:
        """'Leader of the Opposition S. Meenakshi Sundaram called …' where the tagger took the
        office and name for one organisation: a capitalised office with an 'of' phrase whose
        last words are the full name of one person of the article."""
        if head.lower_ not in ROLE_HEADS and head.lower_ not in NAME_TITLES:
            return None
        if any(c.dep_ == "det" for c in head.children):
            return None  # "A spokeswoman for Governor Ann Cole": someone who works for the name
        last = max(head.subtree, key=lambda t: t.i)
        if last.pos_ != "PROPN" or last.i - head.i < 3 or self.doc[head.i + 1].lower_ not in {"of", "for"}:
            return None
        written = " ".join(self.doc[head.i : last.i + 1].text.split())
        owners = [i for i, p in enumerate(self.people) if written.endswith(" " + p.name)]
        if len(owners) != 1:
            return None
        office = written[: -len(self.people[owners[0]].name)].split()
        return owners[0] if any(w[:1].isupper() for w in office[1:]) else None

    def name_in_office_phrase(self, head: Token) -> int | None:
        """'Lawyer for the vendors Mr Tafadzwa Nyamande of Nyamande & Associates told …': a role
        written without an article whose phrase sets one person's name in apposition (not 'A
        spokeswoman for Governor Ann Cole': someone who works for the name)."""
        if head.lower_ not in ROLE_HEADS and head.lower_ not in NAME_TITLES:
            return None
        if any(c.dep_ in {"det", "poss"} for c in head.children):
            return None
        persons = {self.mentions.person_at(t.idx) for t in head.subtree if t.i > head.i} - {None}
        # Set beside a noun of the phrase ("the vendors Mr X"), not governed by its 'for' ("for Mr X").
        beside = {
            self.mentions.person_at(t.idx)
            for t in head.subtree
            if t.i > head.i + 1
            and self.doc[t.i - 1].pos_ == "NOUN"
            and self.mentions.person_at(self.doc[t.i - 1].idx) is None
        } - {None}
        return beside.pop() if len(persons) == 1 and beside == persons else None

    def named_subject_before(self, noun: Token, across: bool = True) -> int | None:
        """The person named as a clause subject nearest before the noun, in its paragraph; in a
        paragraph that names nobody before it, the one the story last named as a subject in the
        paragraph before (at most two back): 'Owner Teodoro Castellanos-Ruiz arrived …' then
        '"…," the 56-year-old said'. A paragraph naming someone else stops the search."""
        paragraph_start = self.body.rfind("\n", 0, noun.idx) + 1
        named_here = False
        passed = 0
        for start, end, person in self.mentions.before(noun.idx):
            while start < paragraph_start:
                if named_here or passed == DESCRIPTION_PARAGRAPHS_BACK or not across:
                    return None
                paragraph_start = self.body.rfind("\n", 0, max(0, paragraph_start - 1)) + 1
                while (
                    paragraph_start > 0
                    and not self.body[paragraph_start : self.body.find("\n", paragraph_start)].strip()
                ):
                    paragraph_start = self.body.rfind("\n", 0, paragraph_start - 1) + 1
                passed += 1
            # The name's last word: 'Teodoro "Teddy" Castellanos-Ruiz' heads its phrase there.
            last = token_at(self.doc, end - 1)
            # Paragraphs back, only a main clause's subject: not "with X setting up two goals".
            finite = passed == 0 or phrase_head(last).head.tag_ not in {"VBG", "VBN"}
            if not self.in_quotation(start) and is_subject(last) and finite:
                return person
            named_here = True
        return None

    def phrase_text(self, head: Token) -> str:
        """The subject phrase as written, without relative clauses or quoted words (≤ 12 words)."""
        skip = set()
        for child in head.children:
            if child.dep_ in {"relcl", "acl"} and child.i > head.i:
                skip.update(t.i for t in child.subtree)
        tokens = [t for t in head.subtree if t.i not in skip and not self.in_quotation(t.idx)]
        tokens = contiguous_around(tokens, head)
        commas = [k for k, t in enumerate(tokens) if t.text == "," and t.i < head.i]
        if commas:
            tokens = tokens[commas[-1] + 1 :]  # "Spain, the ministry": a misattached word
        while tokens and (tokens[0].is_punct or tokens[0].is_space):
            tokens.pop(0)
        while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
            tokens.pop()
        if len(tokens) > 12:
            cut = next((k for k, t in enumerate(tokens) if t.text == "," and t.i > head.i), 12)
            tokens = tokens[:cut]
        if not tokens:
            return head.text
        return " ".join(self.doc[tokens[0].i : tokens[-1].i + 1].text.split())

    def unnamed_speaker_before(self, pronoun: Token) -> Token | None:
        """'… the son of one resident said … "…," he said': he or she speaking right after an
        unnamed person spoke in the same paragraph is that unnamed person, not a name from
        further back. The nearest earlier speech-verb subject of the paragraph, when it is a
        common noun that no named person's role accounts for."""
        if PERSONAL_PRONOUNS.get(pronoun.lower_) not in {"m", "f"} or not is_speech_subject(pronoun):
            return None
        doc = pronoun.doc
        for token in reversed(doc[max(0, pronoun.i - 80) : pronoun.i]):
            if "\n" in token.text or "\n" in token.whitespace_:
                return None  # the paragraph starts here
            if self.in_quotation(token.idx) or not is_speech_subject(token):
                continue
            if token.lemma_.lower() in BODIES_NEVER_HE_OR_SHE:
                continue  # "… more than the government admitted. … he called it": a body is no he or she
            if token.pos_ != "NOUN" or token.lower_ in IMPERSONAL or self.mentions.person_at(token.idx) is not None:
                return None
            if not any(c.dep_ in {"det", "poss"} for c in token.children):
                return None
            indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children)
            staff = (
                token.lower_ in COLLECTIVE_SOURCE_HEADS and resolve_role_noun(token, self.mentions, self.people) is None
            )
            if (token.lower_ in ROLE_HEADS or token.lower_ in NAME_TITLES) and not indefinite and not staff:
                # "The magistrate agreed. She said": a role noun stands for its holder; "The prime
                # minister's spokesman was asked … He said" names nobody: the spokesman is unnamed.
                return None
            if any(self.mentions.person_at(t.idx) is not None for t in token.subtree):
                return None  # "Hale's spokesman" is not unnamed in the sense that matters here
            if resolve_role_noun(token, self.mentions, self.people) is not None:
                return None
            return token
        return None

    def resolve_pronoun(self, pronoun: Token) -> int | None:
        noun = role_subject_before(pronoun, self.in_quotation, self.mentions)
        if noun is None:
            return resolve_pronoun(pronoun, self.mentions, self.genders, self.in_quotation)
        # "The magistrate agreed. She said …": the pronoun carries on the role noun's person;
        # when nobody is named with that role, at least not someone who holds another office.
        gender = PERSONAL_PRONOUNS.get(pronoun.lower_)
        holder = resolve_role_noun(noun, self.mentions, self.people)
        if holder is not None and self.genders[holder] in {gender, ""}:
            return holder
        others = frozenset(i for i, p in enumerate(self.people) if holds_other_office(p, noun.lower_))
        return resolve_pronoun(pronoun, self.mentions, self.genders, self.in_quotation, others)


def participle_asides(tokens: list[Token]) -> set[int]:
    """Token indexes of participle phrases set off by commas after a word ('X, wearing a cowboy hat
    and "Ted Cruz" pins, said'): a description of who speaks, not the clause's verb."""
    aside: set[int] = set()
    for k in range(1, len(tokens) - 1):
        if tokens[k - 1].text != "," or tokens[k].tag_ not in {"VBG", "VBN"} or k < 2:
            continue
        end = next((j for j in range(k + 1, len(tokens)) if tokens[j].text == ","), None)
        if end is not None:
            aside.update(t.i for t in tokens[k:end])
    return aside | described_by_participle(tokens)


def described_by_participle(tokens: list[Token]) -> set[int]:
    """Token indexes of a noun phrase set beside a name that a participle goes on describing ('X, a
    Kenyan-born nurse then working in Leeds, wrote'), which the parser may take for the clause's
    verb: between commas, opening with an article, with no finite verb."""
    aside: set[int] = set()
    for k in range(2, len(tokens) - 1):
        if tokens[k - 1].text != "," or tokens[k - 2].pos_ != "PROPN" or tokens[k].lower_ not in {"a", "an", "the"}:
            continue
        end = next((j for j in range(k + 1, len(tokens)) if tokens[j].text == ","), None)
        if end is None or end + 1 >= len(tokens):
            continue
        phrase = tokens[k:end]
        if any(t.tag_ in {"VBG", "VBN"} for t in phrase) and not any(
            t.tag_ in {"VBD", "VBZ", "VBP", "MD", "WP", "WDT"} for t in phrase
        ):
            aside.update(t.i for t in phrase)
    return aside


def in_relative_clause(token: Token) -> bool:
    """The token is in a clause describing a noun set beside a name ('X, a farmer who helped organise
    …,'), not the sentence's own verb."""
    return any(t.dep_ == "relcl" and t.head.dep_ == "appos" for t in (token, *token.ancestors))


def attribute_quotes(body: str, doc: Doc, people: list[ExtractedPerson], spans: list[QuotationSpan]) -> list[Source]:
    """A Source for every quotation span: its own attribution, else (in this order) its
    chain's, the previous full quotation's in the same paragraph, an attribution sentence
    just before it, or the previous paragraph's quotation when this paragraph carries it on."""
    attributor = Attributor(body, doc, people, spans)
    sources = []
    for i, span in enumerate(spans):
        turn = turn_at(attributor.turns, span.open_start)
        if turn is not None and turn.start > span.open_start:
            sources.append(attributor.turn_source(turn))  # '"RAMOS: …': a transcript quoted whole
        else:
            sources.append(attributor.attribute(i))
    partial = [is_partial(body, span) for span in spans]
    chain_source: dict[int, Source] = {}
    for i, span in enumerate(spans):
        if sources[i].found and span.chain not in chain_source:
            chain_source[span.chain] = sources[i]
    for i, span in enumerate(spans):
        if sources[i].found or i in attributor.unspoken:
            continue
        if span.chain in chain_source and attributor.reports_on(span, chain_source[span.chain]):
            # '"The hearing was closed, but X told reporters …' / '"X said the plan …' chained to
            # '"…," X said."': a report quoted whole, its own paragraphs about X; X said only the
            # quotation inside it. The report's words are whoever the lead before it names.
            first = next(other for other in spans if other.chain == span.chain)
            sources[i] = attributor.speech_in_paragraph_before(first)
            continue
        if span.chain in chain_source:
            sources[i] = chain_source[span.chain]
            continue
        earlier = [j for j in range(i - 1, -1, -1) if spans[j].paragraph is span.paragraph and sources[j].found]
        full = [j for j in earlier if not partial[j]]
        if full or earlier:
            sources[i] = sources[(full or earlier)[0]]  # '…," he said. "…"' — same speaker
            continue
        turn = turn_at(attributor.turns, span.open_start)
        if turn is not None:
            sources[i] = attributor.turn_source(turn)  # 'TAPPER: … "…"': what the label's speaker quotes
            continue
        source = attributor.previous_sentence_source(span)
        if not source.found and i > 0 and carries_on(body, spans[i - 1], span) and not partial[i - 1]:
            source = sources[i - 1]
        if not source.found:
            source = attributor.subject_sentence_before(span)
        follows_speaker = any(
            spans[j].paragraph.index == span.paragraph.index - 1 and sources[j].found for j in range(i)
        )
        if not source.found and (stands_alone(body, span) or (follows_speaker and attributor.after_circumstance(span))):
            source = attributor.signature_after(span) or attributor.says_in_next_paragraph(span)
            if not source.found:
                source = attributor.previous_paragraph_source(span, spans, sources)
            if not source.found:
                source = attributor.subject_paragraph_before(span)
        if not source.found:
            source = attributor.subject_of_clause_holding(span)
        sources[i] = source
    return sources


def goes_on_speaking(verb: Token) -> bool:
    """'The senator continued her remarks.': going on with what one says."""
    return verb.lemma_ in ASPECTUAL_VERBS and any(
        c.dep_ == "dobj" and (c.lemma_ in SPEECH_NOUNS or c.lemma_ in TALK_NOUNS) for c in verb.children
    )


FINDING_VERBS = {"find", "show"}

# Definite nouns that carry on an unnamed speaker named just before ('a senior aide said … the aide added').
UNNAMED_AGAIN = {"person", "source", "official", "aide", "adviser", "advisor", "staffer", "operative", "strategist"}

# What speaks for a body in print: its papers and releases ("A footnote in the report makes that clear:").
DOCUMENT_NOUNS = {
    "report", "footnote", "filing", "study", "survey", "poll", "statement", "letter", "memo", "release",
    "transcript", "editorial", "passage", "website", "ad", "advertisement", "document", "email", "tweet", "post",
}  # fmt: skip


def is_body_or_document(noun: Token) -> bool:
    """'The Clinton campaign', 'the committee', 'a footnote in the report': an organisation or a
    document, marked by a determiner, an owner or a name in front of it."""
    if noun.lemma_.lower() not in COLLECTIVE_SOURCE_HEADS and noun.lemma_.lower() not in DOCUMENT_NOUNS:
        return False
    if noun.lower_ in {"people", "voters", "residents", "supporters", "critics", "experts", "analysts"}:
        return False  # people in general, not a body that speaks
    return any(c.dep_ in {"det", "poss"} or (c.dep_ == "compound" and c.pos_ == "PROPN") for c in noun.children)


def names_a_body(noun: Token) -> bool:
    """'the FBI', 'The Hale campaign', "the council's report", 'the ad': an organisation by its
    name or its owner's, or a document; not a crowd, voters or people in general."""
    if noun.ent_type_ in {"ORG", "GPE", "NORP"} or noun.pos_ == "PROPN":
        return True
    if noun.lemma_.lower() in DOCUMENT_NOUNS:
        return is_body_or_document(noun)
    owned = any(c.dep_ in {"poss", "compound"} and c.pos_ == "PROPN" for c in noun.children)
    return owned and is_body_or_document(noun)


TALK_NOUNS = {"remark", "comment", "speech", "address", "testimony", "tirade", "criticism"}


DESCRIPTION_PARAGRAPHS_BACK = 2


def names_a_role(noun: Token) -> bool:
    """'the mayor', 'The Christian leader': one person by a role, with 'the' (not 'a mayor', not
    'the mayors')."""
    if noun.tag_ != "NN" or noun.lemma_.lower() not in ROLE_HEADS:
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def party_or_nationality(noun: Token) -> bool:
    """'the Republican', 'the Spaniard': a description by party or nationality alone, which
    stands for someone named in its own paragraph only (PolNeAR's gold keeps such a phrase as
    the source when the name is paragraphs back)."""
    left = [t for t in noun.subtree if t.i <= noun.i]
    return not describes_by_words(left) and (noun.lemma_.lower() not in PERSON_NOUNS or noun.tag_ != "NN")


def is_a_person_noun(noun: Token) -> bool:
    """'spokesman', 'minister', 'farmer': a noun for a role or a kind of person."""
    return noun.lower_ in ROLE_HEADS or noun.lemma_.lower() in PERSON_NOUNS


def describes_a_person(noun: Token) -> bool:
    """'the 58-year-old Spaniard', 'the ex-Inter Milan defender', 'the former striker': a definite
    description by age, nationality or past occupation, which stands for someone just named
    (a role noun, 'the minister', is matched by role instead)."""
    office = noun.lower_ in ROLE_HEADS and noun.lower_ not in PLAYING_POSITIONS
    if office or noun.lower_ in NAME_TITLES or noun.lower_ in COLLECTIVE_SOURCE_HEADS:
        return False
    left = [t for t in noun.subtree if t.i <= noun.i]
    lemma = noun.lemma_.lower()
    if (
        lemma in PERSON_NOUNS
        and lemma not in ROLE_HEADS
        and noun.tag_ == "NN"
        and left[0].lower_ == "the"
        and len(left) <= 3
    ):
        return True  # "the grandmother of seven", "the farmer": what the one person just named is
    return describes_by_words(left) or (noun.ent_type_ == "NORP" and len(left) == 2 and left[0].lower_ == "the")


def described_phrase(words: list[Token]) -> bool:
    """A definite description by age or past occupation, and nothing else ('the 43-year-old')."""
    return describes_by_words(words) and not any(t.pos_ in {"VERB", "AUX"} for t in words)


def describes_by_words(left: list[Token]) -> bool:
    """'the 56-year-old', 'the former striker': a definite phrase of age or past occupation."""
    if not left or left[0].lower_ != "the" or len(left) > 7:
        return False
    words = " ".join(t.lower_ for t in left)
    aged = re.search(r"\b\d+ ?- ?year ?- ?old\b", words) is not None
    former = len(left) > 2 and (left[1].lower_ == "former" or (left[1].lower_ == "ex" and left[2].text == "-"))
    return aged or former


def stands_alone(body: str, span: QuotationSpan) -> bool:
    """The quotation is its paragraph: nothing but punctuation before or after it."""
    paragraph = span.paragraph
    before = body[paragraph.start : span.open_start]
    after = body[span.close_end : paragraph.end]
    return not any(c.isalnum() for c in before + after)


def dateline_subject(head: Token) -> Token:
    """'MADRID, March 4 (Agency) — Spain's housing minister, X, said': the parser makes the
    dateline's place the subject and the real subject its apposition."""
    doc = head.doc
    opens_paragraph = head.i == 0 or "\n" in doc[head.i - 1].text + doc[head.i - 1].whitespace_
    if not (opens_paragraph and head.text.isupper() and len(head.text) > 1):
        return head
    described = [
        c
        for c in head.children
        if c.dep_ == "appos" and c.pos_ in {"NOUN", "PROPN"} and c.i > head.i + 2 and doc[c.left_edge.i - 1].text != "("
    ]
    return described[-1] if described else head


def comma_subject(head: Token) -> Token:
    """'Ukraine, Downing Street said, would …' parses as a list 'Ukraine, Downing Street' with no
    'and': the speaker is its last member, the words before the comma belong to the sentence."""
    members = [c for c in head.children if c.dep_ == "conj" and c.i > head.i]
    if not members:
        return head
    last = members[-1]
    between = head.doc[head.i + 1 : last.i]
    if any(t.dep_ == "cc" or t.lower_ in {"and", "or", "&"} for t in between):
        return head
    return last


def continues_quotation(verb: Token, span: QuotationSpan) -> bool:
    """A participle with no subject of its own hanging from a word inside the quotation
    ('"…wasted too many years" arguing over tariffs'): the quoted clause, not its attribution."""
    if verb.tag_ not in {"VBG", "VBN"} or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False
    return span.start <= verb.head.idx < span.end


def describes_earlier_noun(token: Token, first: int) -> bool:
    """The word belongs to an apposition, relative clause or participle phrase describing the
    subject of a verb further on ('Ann Cole, a retired nurse from X, said'; 'Cole, who has not
    endorsed anyone, told'), not to the clause that goes on after the quotation."""
    for ancestor in [token, *token.ancestors]:
        head = ancestor.head
        if head.i == ancestor.i:
            return False
        if ancestor.dep_ in {"appos", "relcl", "acl"} and head.pos_ in {"NOUN", "PROPN"} and first <= head.i < token.i:
            subject = head
            while subject.dep_ == "appos" and subject.head.i < subject.i:
                subject = subject.head
            return subject.dep_ == "nsubj" and subject.head.i > token.i
    return False


def reports_own_content(verb: Token) -> bool:
    """The speech verb carries a reported clause of its own after it ('said they were unfazed')."""
    return any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)


def is_infinitive(verb: Token) -> bool:
    return any(c.tag_ == "TO" and c.i < verb.i for c in verb.children)


def speech_verb_above(verb: Token, quoted: Callable[[int], bool] = lambda _: False) -> Token | None:
    """The speech verb whose reported clause holds this verb ('said the process could be'); a
    verb inside a quotation is the quoted speaker's, not the attribution's."""
    for _ in range(3):
        if verb.dep_ not in {"ccomp", "xcomp", "conj"} or verb.head.i == verb.i:
            return None
        verb = verb.head
        if is_speech_verb(verb) and not quoted(verb.idx):
            return verb
    return None


def speech_verb_over_subordinate(verb: Token, quoted: Callable[[int], bool]) -> Token | None:
    """'X said … after the senator won her primary, remarking that …': the participle hangs on a
    clause setting the time of a speech verb ('after', 'before', 'when' …); its speaker is that
    verb's. Not after 'as' or 'while' ('X asks as a guard walks in, saying …': the guard's action)."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in TIME_SETTING_MARKS for c in verb.children):
        return None
    head = verb.head
    return head if is_speech_verb(head) and not quoted(head.idx) else None


TIME_SETTING_MARKS = {"after", "before", "when", "once", "until"}


def carries_on(body: str, previous: QuotationSpan, span: QuotationSpan) -> bool:
    """A paragraph that is a quotation, right after a paragraph ending with a quotation
    (and at most a short attribution after it)."""
    if span.open_start != span.paragraph.start or span.paragraph.index != previous.paragraph.index + 1:
        return False
    return len(body[previous.close_end : previous.paragraph.end].split()) <= 25


def is_speech_verb(token: Token) -> bool:
    """'said', 'told', 'warned'…; 'puts it' too, but not 'called for' or 'called on'."""
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = token.lemma_.lower()
    if lemma == "put":
        return any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children)
    following = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
    if lemma == "call" and following in {"for", "on", "off", "up"}:
        return False  # "called for talks", "called on him to resign"
    if lemma == "rule":
        # A judge's words: '"…," ruled Justice X'; not "ruled out" nor "ruled the country".
        return following != "out" and not any(c.dep_ == "dobj" for c in token.children)
    if lemma in ASPECTUAL_VERBS and any(c.dep_ in {"xcomp", "dobj"} for c in token.children):
        return False  # "she continued, '…'" is speech; "will continue to be", "began the tour" are not
    if lemma == "go" and following == "on":
        # '"…," the mayor went on, as if …' is speech; "went on to win", "went on a tour" are not.
        return not any(
            c.dep_ in {"xcomp", "dobj", "pobj", "advcl"} for c in token.doc[token.i + 1].children
        ) and not any(c.dep_ in {"xcomp", "dobj"} for c in token.children)
    return lemma in SPEECH_VERBS or e_stem(token.lower_) in SPEECH_VERBS


def e_stem(word: str) -> str:
    """The base of an inflected verb whose base ends in 'e', read off the word ('sniped', 'snipes',
    'sniping' → 'snipe'), for forms the lemmatizer cuts too short ('snip')."""
    for ending, keep in (("ed", 1), ("es", 1), ("ing", 3)):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[:-keep] if keep == 1 else word[:-keep] + "e"
    return ""


def speech_verb_read_as_noun(words: list[Token]) -> int:
    """Where the tagger took the speech verb of an attribution after a quotation for a noun:
    its position in the words, after a noun phrase, at their end or before a prepositional phrase
    ('the email read', 'the Saudis state in the white paper'); 0 when there is none."""
    for k in range(1, len(words)):
        word = words[k]
        if word.pos_ in {"VERB", "AUX"}:
            return 0  # a verb of the clause's own comes first
        plural_subject = words[k - 1].tag_ in {"NNS", "NNPS"} and word.lower_ in SPEECH_VERBS  # 'the Saudis state'
        if word.pos_ not in {"NOUN", "PROPN"} or not (verb_form_of_speech(word.lower_) or plural_subject):
            continue
        interjected = word.i + 1 < len(word.doc) and word.nbor(1).text == ","  # 'the document states, becomes …'
        if k == len(words) - 1 or interjected or (words[k + 1].pos_ == "ADP" and word.dep_ != "compound"):
            return k
        return 0
    return 0


def verb_form_of_speech(word: str) -> bool:
    """'states', 'read', 'writes', 'says': a present or past form of a speech verb, read off
    the word itself (for tokens the tagger called nouns)."""
    if word in {"read", "reads", "says", "said", "wrote", "told"}:
        return True
    if word.endswith("s") and word[:-1] in SPEECH_VERBS:
        return word[:-1] not in {"note", "post", "comment", "report", "text", "message", "quote", "answer"}
    return False


# Speech verbs whose object is the one spoken to, not a misplaced subject: 'told the paper'.
ADDRESSEE_VERBS = {"tell", "ask", "warn", "urge", "remind", "inform", "assure", "advise", "promise", "thank", "call"}

# Speech verbs that are also verbs of going on, starting and stopping.
ASPECTUAL_VERBS = {"continue", "begin", "start", "end", "open", "close", "finish"}


def subject_of(verb: Token, quoted: Callable[[int], bool]) -> Token | None:
    """The nsubj (or passive agent) of a verb, climbing through 'saying', 'adding' and the like.

    A subject inside a quotation is the quoted speaker's subject, never the source.
    """
    joined = False  # reached through "and": "X was joined on stage by Y and joked, '…'"
    controlled = False  # reached from the verb's complement: "X was prompted to say", "X was quoted as saying"
    for _ in range(6):
        # Two subjects: the nearer one is the verb's, the other a dateline ("LISBON, May 2 — The
        # minister said") or a fronted phrase the parser attached to it.
        passive_speaker = joined or (controlled and verb.tag_ == "VBN")
        for child in nearest_subject_first(verb):
            if (child.dep_ == "nsubj" or (passive_speaker and child.dep_ == "nsubjpass")) and not quoted(child.idx):
                if child.tag_ in {"WP", "WDT"} and (clause := relative_clause_of(verb)) is not None:
                    # "Hale, who said …"; "Hale, who runs a farm and who worked the crowd, praising …"
                    return clause.head
                if child.lower_ in {"that", "which"} and verb.dep_ in {"relcl", "acl"}:
                    return verb.head  # "a statement that accused …", its 'that' tagged a conjunction
                return child
            if child.dep_ == "agent" and not joined:
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
        if verb.dep_ == "relcl":
            return verb.head  # "Hale, who said …"
        interjected = interjected_subject(verb, quoted)
        if interjected is not None:
            return interjected
        if verb.dep_ == "acl" and verb.head.pos_ == "PROPN" and is_speech_verb(verb):
            return verb.head  # "Ann Cole, the party's leader, tweeted in reply: …" read as a modifier of the name
        # "saying" → "a statement saying" → "X issued a statement saying"
        if (verb.dep_ in CLIMB_DEPS or introduces_unlinked(verb)) and verb.head.i != verb.i:
            joined = verb.dep_ == "conj"
            # The passive verb's subject speaks its complement: "X was prompted to say", "X was
            # quoted as saying" (through "as"), "X was heard to remark".
            controlled = (
                is_speech_verb(verb) and (verb.dep_ == "xcomp" or (verb.dep_ == "pcomp" and verb.head.lower_ == "as"))
            ) or (controlled and verb.lower_ == "as")
            # '…said the process could be "messy," adding, "…"' and '…said it was too early but
            # added, "…"' (the parser joins "added" to the reported clause): the one who said it.
            carries_on = (verb.tag_ == "VBG" or joined) and is_speech_verb(verb)
            verb = verb.head
            if carries_on and not is_speech_verb(verb) and not (joined and has_personal_subject(verb)):
                verb = speech_verb_above(verb, quoted) or speech_verb_over_subordinate(verb, quoted) or verb
            continue
        break
    return None


def nearer_clause_subject(verb: Token, subject: Token, quoted: Callable[[int], bool]) -> Token | None:
    """'The second clash came at a school, when teachers interrupted her talk, shouting "…"': the
    parser hangs the participle on the main verb, whose subject is a thing (an incident, a
    meeting) that says nothing; the clause ending right before the participle's comma has the
    ones who shout. None unless the participle follows such a clause with a subject of its own."""
    if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "xcomp", "conj"} or not is_speech_verb(verb):
        return None
    if subject.pos_ != "NOUN" or subject.lemma_.lower() in PERSON_NOUNS | ROLE_HEADS | COLLECTIVE_SOURCE_HEADS:
        return None
    if names_a_body(subject) or subject.ent_type_ in {"PERSON", "ORG", "NORP"}:
        return None
    head = verb.head
    comma = verb.doc[verb.i - 1] if verb.i > 0 else None
    if comma is None or comma.text != ",":
        return None
    last = verb.doc[comma.i - 1]
    for clause in (last, *last.ancestors):
        if clause.i <= head.i or clause.i >= verb.i:
            break  # reached the main clause: no clause of its own between
        if clause.pos_ not in {"VERB", "AUX"} or clause.dep_ not in {"advcl", "ccomp", "conj", "relcl"}:
            continue
        if clause.right_edge.i != comma.i - 1:
            break
        own = next((c for c in clause.children if c.dep_ == "nsubj" and not quoted(c.idx)), None)
        if own is not None and own.i != subject.i and own.lower_ not in IMPERSONAL | {"who", "which", "that"}:
            return own
        break
    return None


def relative_clause_of(verb: Token) -> Token | None:
    """The relative clause a verb heads, or is joined to by 'and' ('who runs a farm and who
    worked the crowd'): its verb, whose head is the noun it describes; None outside one."""
    for _ in range(4):
        if verb.dep_ == "relcl":
            return verb
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def nearest_subject_first(verb: Token) -> list[Token]:
    """The verb's children, its subjects before it nearest first; a name right after the verb
    first of all ('The promise to "…" appeals to voters, said Alan Abramowitz': in the inversion
    the name is the subject, the phrase before it is what the parser made a second one)."""
    subjects = sorted(
        (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i), key=lambda c: -c.i
    )
    inverted = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN" and 0 < c.i - verb.i <= 4]
    if subjects and inverted and verb.tag_ in {"VBD", "VBZ"} and verb.doc[verb.i - 1].text == ",":
        subjects = inverted + subjects
    return subjects + [c for c in verb.children if c not in subjects]


def interjected_subject(verb: Token, quoted: Callable[[int], bool]) -> Token | None:
    """'X, asked about the deal at a briefing, said: …' / 'X, speaking to reporters, said':
    the parser makes the participle the name's own verb and leaves the speech verb after the
    commas without a subject. The subject is the name before the participle."""
    if verb.i == 0 or not is_speech_verb(verb):
        return None
    for child in verb.children:
        if child.i > verb.i or child.dep_ not in {"ccomp", "advcl", "parataxis"}:
            continue
        if child.tag_ not in {"VBN", "VBG"} and not (child.tag_ == "VBD" and child.lemma_ in INTERJECTED_PARTICIPLES):
            continue
        if verb.doc[verb.i - 1].text != "," or quoted(child.idx):
            continue
        subject = next((c for c in child.children if c.dep_ == "nsubj" and c.i < child.i), None)
        opening = child.i - 1
        while opening > 0 and verb.doc[opening].dep_ == "advmod" and verb.doc[opening].head.i == child.i:
            opening -= 1  # 'X, also speaking in Leeds, said'
        if subject is not None and verb.doc[opening].text == "," and not quoted(subject.idx):
            return subject
    return None


# Participles that the tagger often reads as past tenses: "X, asked about …, said".
INTERJECTED_PARTICIPLES = {"ask", "press", "question", "quiz", "interview", "challenge"}


def introduces_unlinked(verb: Token) -> bool:
    """'Clinton, exasperated, famously responded: "…"' where the parser left the speech verb
    unlinked ('dep') to the clause whose subject spoke: it opens what follows with ':' or ','."""
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return verb.dep_ == "dep" and is_speech_verb(verb) and following is not None and following.text in {":", ","}


def has_personal_subject(verb: Token) -> bool:
    """'…that he had bought it and boasted …': the joined verb has a person of its own."""
    return any(
        c.dep_ == "nsubj" and (c.pos_ == "PROPN" or (c.lower_ in PERSONAL_PRONOUNS and c.lower_ != "it"))
        for c in verb.children
    )


CLIMB_DEPS = {
    "advcl",
    "xcomp",
    "conj",
    "pcomp",
    "acl",
    "ccomp",
    "parataxis",
    "dobj",
    "pobj",
    "prep",
    "dative",
    "advmod",
}


def contiguous_around(tokens: list[Token], head: Token) -> list[Token]:
    """The unbroken run of tokens (by index) that contains the head."""
    indexes = {t.i for t in tokens}
    lo = hi = head.i
    while lo - 1 in indexes:
        lo -= 1
    while hi + 1 in indexes:
        hi += 1
    return [t for t in tokens if lo <= t.i <= hi]


# --- putting it together -----------------------------------------------------------------------


def find_quotes(body: str, people: list[ExtractedPerson], doc: Doc | None = None) -> list[ExtractedQuote]:
    """Quotations with speakers. Page furniture (headings, captions, links) keeps only quotes
    a named person of the story said."""
    doc = doc if doc is not None else nlp.parse(body)
    paragraphs = split_paragraphs(body)
    spans = [
        s
        for s in find_quotation_spans(body, paragraphs)
        if is_quotation(body[s.start : s.end])
        and not is_title(body, s)
        and not is_nickname(body, s)
        and not names_a_thing(body, s)
        and not is_written_on_a_sign(body, s)
        and not modifies_the_noun_after(body, doc, s)
        and not names_a_programme(body, s)
    ]
    sources = attribute_quotes(body, doc, people, spans)
    turns = find_turns(paragraphs)
    quotes = []
    for span, source in zip(spans, sources, strict=True):
        if not span.paragraph.prose and source.person is None:
            continue
        if is_scare_quote(body, span, source) or (quotes_a_document(source) and is_partial(body, span)):
            continue
        start = span.start
        turn = turn_at(turns, span.open_start)
        if turn is not None and span.start < turn.start < span.end:
            start = turn.start  # the label ('RAMOS:') is not part of what was said
        quotes.append(
            ExtractedQuote(
                text=body[start : span.end],
                start=start,
                end=span.end,
                speaker=source.person,
                speaker_label=source.label,
                partial=is_partial(body, span),
            )
        )
    return quotes


def is_quotation(text: str) -> bool:
    """Words, not an id, a handle, a number or a date."""
    return any(c.isalpha() for c in text) and not re.fullmatch(r"@\w+", text.strip())


def is_nickname(body: str, span: QuotationSpan) -> bool:
    """'Ramon "Monching" Villaluz', 'Earvin “Magic” Johnson', "Teresita 'Tess' Abad-Santos": one to
    three capitalised words in quotation marks between a given name and a surname are part of the
    name, not words anyone said."""
    words = body[span.start : span.end].split()
    if not span.closed or not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    if words[-1][-1:] in ",.;:!?":
        return False
    given = body[max(span.paragraph.start, span.open_start - 40) : span.open_start]
    surname = body[span.close_end : min(span.paragraph.end, span.close_end + 40)]
    given_word = re.search(r"(?:^|\s)(\S+) $", given)
    surname_word = re.match(r" (\S+)", surname)
    return (
        given_word is not None
        and surname_word is not None
        and given_word.group(1)[:1].isupper()
        and given_word.group(1)[-1:].isalpha()
        and surname_word.group(1)[:1].isupper()
    )


def is_partial(body: str, span: QuotationSpan) -> bool:
    """A fragment inside a sentence of reported speech, not a quoted sentence."""
    text = body[span.start : span.end]
    before = body[span.paragraph.start : span.open_start].rstrip()
    if not before or before[-1] in ":,.!?\"”'’":
        return False  # it opens a sentence or follows "X said:" — a quoted sentence
    return len(text.split()) <= 3 or not re.search(r"[.!?,;…]$", text)


def is_scare_quote(body: str, span: QuotationSpan, source: Source) -> bool:
    """A short quoted phrase nobody is said to have said: a term, a nickname, a slogan."""
    return not source.found and len(body[span.start : span.end].split()) <= SCARE_QUOTE_WORDS


SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "to", "in", "on", "at", "for", "by", "with", "from", "is", "as"}


def is_title(body: str, span: QuotationSpan) -> bool:
    """'Meet the Press', 'Game of Thrones': a Title-Cased name of a show, book or film in a
    sentence that is not itself Title-Cased (where a headline-style quote is words said)."""
    words = re.findall(r"[^\W\d_][\w'’-]*", body[span.start : span.end])
    if not 2 <= len(words) <= 10 or not title_cased(words):
        return False
    around = body[max(span.paragraph.start, span.open_start - 80) : span.open_start]
    around += " " + body[span.close_end : min(span.paragraph.end, span.close_end + 80)]
    context = re.findall(r"[^\W\d_][\w'’-]*", around)
    return len(context) < 3 or not title_cased(context)


def title_cased(words: list[str]) -> bool:
    significant = [w for w in words if w.lower() not in SMALL_WORDS]
    return bool(significant) and all(w[0].isupper() for w in significant)


# 'the so-called "Fair Rents Act"', 'a scheme dubbed "Nirmal Nagar"', 'a paper titled "Pathways"',
# 'a story headlined "…"', 'marched under the slogan "…"':
# the quoted words are what a thing is called, not anything said.
NAMING_WORDS = re.compile(
    r"(?:\bso-called|\bdubbed|\btitled|\bentitled|\bheadlined|\bnicknamed|\bcodenamed|\bbranded|\bknown\s+as"
    r"|\bbilled\s+as|\b(?:under|with)\s+the\s+(?:slogan|motto|hashtag|banner))"
    r"(?:\s+(?:the|a|an|its|their))?\s*$",
    re.IGNORECASE,
)
# 'what she calls the "housing guarantee"': a determiner outside the marks makes the quoted words a
# name; 'what he called "a disgrace"' (the article inside) is his speech.
CALLED_THE = re.compile(r"\bcall(?:s|ed|ing)?\s+(?:the|its|their|this)\s*$", re.IGNORECASE)
CALLED = re.compile(r"\bcall(?:s|ed|ing)?\s*$", re.IGNORECASE)
NAME_WORDS = 8


def names_a_thing(body: str, span: QuotationSpan) -> bool:
    """The name of a bill, scheme, report or slogan in quotation marks: words a naming word stands
    before ('so-called', 'dubbed', 'titled', 'known as'), or a capitalised name after 'call' ('which
    its backers call "Jobs for All"'), short and no sentence of its own."""
    text = body[span.start : span.end]
    words = text.split()
    if not span.closed or not words or len(words) > NAME_WORDS or text[-1] in ".!?,;:":
        return False
    before = body[max(span.paragraph.start, span.open_start - 40) : span.open_start]
    if NAMING_WORDS.search(before) or CALLED_THE.search(before):
        return True
    return CALLED.search(before) is not None and len(words) >= 2 and title_cased(words[:1] + words[-1:])


# 'the "gun violence" narrative', 'a "dissent channel" memo', 'its "provisional" role': a short quoted
# phrase between a determiner and the noun it describes is the writer's label for a thing in a
# sentence that attributes nothing (no speech verb, no 'according to'); 'called it "a disaster"
# today' (a time word after) and 'a "mistake" people will regret' (the noun after opens a clause
# of its own) stay speech.
LEADING_DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that"}


def modifies_the_noun_after(body: str, doc: Doc, span: QuotationSpan) -> bool:
    text = body[span.start : span.end]
    words = text.split()
    if not span.closed or not words or len(words) > SCARE_QUOTE_WORDS or not text[-1].isalnum():
        return False
    after = body[span.close_end : min(span.paragraph.end, span.close_end + 40)]
    follower = re.match(r" ([a-z][a-z-]*)\b", after)
    if follower is None:
        return False
    noun = next((t for t in doc if t.idx == span.close_end + 1), None)
    if noun is None or noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ in {"npadvmod", "nsubj", "nsubjpass"}:
        return False
    head = body[span.paragraph.start : span.open_start]
    tail = body[span.close_end : span.paragraph.end]
    start = span.paragraph.start + max((m.end() for m in re.finditer(r"[.!?]\s", head)), default=0)
    stop = next((span.close_end + m.end() for m in re.finditer(r"[.!?](?:\s|$)", tail)), span.paragraph.end)
    if any(is_speech_verb(t) or t.lower_ == "according" for t in doc if start <= t.idx < stop):
        return False  # 'X claimed the panel ran a "rigged" vote', 'a "good" job, he said': X's words
    quoted = [t for t in doc if span.start <= t.idx < span.end]
    before = re.search(r"(\w+)\W*$", body[max(span.paragraph.start, span.open_start - 20) : span.open_start])
    return any(t.head.i == noun.i for t in quoted) or (
        before is not None and before.group(1).lower() in LEADING_DETERMINERS
    )


# 'told NBC's "Today"', "CBS' ''60 Minutes''", 'the film "Frozen"': a capitalised name of one to four
# words after a broadcaster's or paper's possessive or a word for a work is a programme's or a
# work's name (is_title wants two words and a lower-case sentence around them).
WORK_NOUNS = (
    r"film|movie|show|programme|program|series|sitcom|documentary|book|novel|memoir|album|song|play|musical"
    r"|podcast|newsletter|column|magazine|broadcast"
)
BEFORE_A_PROGRAMME = re.compile(
    r"(?:\b[A-Z][\w.&-]*(?:['’]s|s['’])|\b(?:" + WORK_NOUNS + r"))\s*$",
)


def names_a_programme(body: str, span: QuotationSpan) -> bool:
    text = body[span.start : span.end].rstrip(",.")
    words = re.findall(r"[^\W_][\w'’-]*", text)
    if not span.closed or not 1 <= len(words) <= SCARE_QUOTE_WORDS or re.search(r"[!?;:]", text):
        return False
    if not title_cased([w for w in words if not w[0].isdigit()] or words):
        return False
    before = body[max(span.paragraph.start, span.open_start - 40) : span.open_start]
    return BEFORE_A_PROGRAMME.search(before) is not None


# 'carrying signs that read "Fund Kids"', 'a banner reading "Our land, our say"': words written
# on something, not spoken.
WRITTEN_ON = re.compile(
    r"\b(?:signs?|banners?|placards?|posters?|t-shirts?|shirts?|billboards?|graffiti|stickers?|headlines?)\b"
    r"[^.!?\"“”]{0,30}?\b(?:reading|reads?|read|saying|bearing|that\s+said|which\s+said|with\s+the\s+words)\s*:?\s*$",
    re.IGNORECASE,
)


def is_written_on_a_sign(body: str, span: QuotationSpan) -> bool:
    before = body[max(span.paragraph.start, span.open_start - 60) : span.open_start]
    return WRITTEN_ON.search(before) is not None


# Words a report or an audit is quoted as using inside what it says, with no person behind them,
# are no one's speech ('The report says staff were told to keep the price "out of the public eye"');
# a quoted sentence stays (the report's), and so does a letter's, a memo's or a statement's.
REPORT_NOUNS = {
    "report", "audit", "study", "survey", "review", "poll", "filing", "ruling", "judgment", "judgement",
    "document", "paper", "footnote", "passage", "bill", "law", "act", "motion", "website", "findings",
}  # fmt: skip


def quotes_a_document(source: Source) -> bool:
    if source.person is not None or not source.label:
        return False
    words = re.findall(r"[\w'’-]+", source.label.lower())
    cut = next((k for k, w in enumerate(words) if w in {"from", "of", "by", "in", "on", "for"}), len(words))
    head = words[:cut][-1:] if words[:cut] else []
    return bool(head) and head[0] in REPORT_NOUNS
