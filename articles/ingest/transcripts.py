"""Transcripts and interviews set out as one paragraph per turn: 'TAPPER: Do you think …',
'Q: …' / 'A: …', 'Mr Khan: We will …'. Each turn's words are its label's, and so are the
unlabelled paragraphs between two turns (a long answer runs over several paragraphs).

A 'Name: …' line alone is no transcript: headlines ('Kasich: We go on'), a guide's headings
('Sanders: Win in a walk.') and tallies ('Clinton: 1,769.') look the same. A passage is a
transcript when its turns come back to a speaker (someone speaks twice, or a question is
answered), no more than MAX_GAP paragraphs apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from articles.ingest.lexicon import HONORIFICS, NAME_TITLES
from articles.ingest.passages import Paragraph

# A speaker label opening a paragraph: a name in capitals ('JAKE TAPPER', "O'NEILL", 'SEN. COLE'),
# up to four capitalised words ('Mr Khan', 'Chris Matthews'), or the interview's Q and A.
NAME_WORD = r"[A-Z][\w'’.\-]*"
LABEL = re.compile(
    r"(?P<mark>[\"“]?)"
    rf"(?P<label>(?:Q|A|QUESTION|ANSWER|Question|Answer)\.?|{NAME_WORD}(?: {NAME_WORD}){{0,3}})\s*:\s+(?=\S)"
)
QUESTION_LABELS = {"q", "question"}
ANSWER_LABELS = {"a", "answer"}
# Labels of media and notes, not speakers ('VIDEO: …', 'UPDATE: …', 'Editor's note: …').
NOT_SPEAKERS = {"video", "audio", "clip", "photo", "watch", "listen", "update", "updated", "note", "source", "credit"}
MAX_GAP = 3  # unlabelled paragraphs allowed between two turns of one transcript
MIN_WORDS = 2  # a turn says something: 'Clinton: 1,769.' is a tally
# '(BEGIN VIDEO CLIP)', '[CROSSTALK]', '(Applause.)', '…': stage directions, not anyone's words.
STAGE_DIRECTION = re.compile(r"^[(\[].*[)\]]\.?$|^[^\w]*$")
WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Turn:
    """One speaker's words in a transcript: a labelled paragraph or one carrying it on."""

    label: str  # as written: 'TAPPER', 'Q', 'Mr Khan'
    label_start: int  # where the label stands (its turn's first paragraph)
    first: int  # where the paragraph starts (a quoted transcript's opening mark, before the label)
    start: int  # the words, after the label and its colon (body offsets)
    end: int
    paragraph: int  # index of the paragraph
    continued: bool = False  # an unlabelled paragraph carrying on the turn before

    @property
    def is_question(self) -> bool:
        return speaker_key(self.label) in QUESTION_LABELS

    @property
    def is_answer(self) -> bool:
        return speaker_key(self.label) in ANSWER_LABELS


def speaker_key(label: str) -> str:
    """What two labels for one speaker share: the last word, lower case, no honorific or title
    ('JAKE TAPPER' and 'TAPPER' → 'tapper'; 'Q.' → 'q')."""
    words = [w.strip(".").lower() for w in label.split()]
    words = [w for w in words if w and w not in HONORIFICS and w.rstrip(".") not in NAME_TITLES] or words
    return words[-1] if words else ""


def labelled(paragraph: Paragraph) -> tuple[str, int, int] | None:
    """The paragraph's speaker label, where it stands and where its words start, when it opens
    with one (after an opening quote mark in a transcript quoted whole: '"RAMOS: …')."""
    match = LABEL.match(paragraph.text)
    if match is None:
        return None
    label = match["label"].rstrip(".") if match["label"].rstrip(".") in {"Q", "A"} else match["label"]
    if len(WORD.findall(paragraph.text[match.end() :])) < MIN_WORDS or not is_speaker_label(label):
        return None
    return label, paragraph.start + match.start("label"), paragraph.start + match.end()


def is_speaker_label(label: str) -> bool:
    """Q/A, or a name: every word capitalised, the last not a bare title or honorific."""
    if speaker_key(label) in QUESTION_LABELS | ANSWER_LABELS:
        return True
    if speaker_key(label) in NOT_SPEAKERS:
        return False
    words = label.split()
    last = words[-1].strip(".").lower()
    return last not in HONORIFICS and last not in NAME_TITLES and not any(c.isdigit() for c in label)


def find_turns(paragraphs: list[Paragraph]) -> list[Turn]:
    """Every turn of every transcript passage among the paragraphs, in body order."""
    candidates = []
    for paragraph in paragraphs:
        found = labelled(paragraph)
        if found is not None:
            candidates.append((paragraph, *found))
    turns: list[Turn] = []
    for passage in passages(candidates):
        if not is_transcript([label for _, label, _, _ in passage]):
            continue
        for k, (paragraph, label, label_start, start) in enumerate(passage):
            turns.append(Turn(label, label_start, paragraph.start, start, paragraph.end, paragraph.index))
            if k + 1 < len(passage):
                # The paragraphs up to the next turn carry this one on; one that introduces what
                # follows ('Partial transcript as follows:') is the writer's, and ends the turn.
                for between in paragraphs[paragraph.index + 1 : passage[k + 1][0].index]:
                    if between.text.endswith(":"):
                        break
                    if STAGE_DIRECTION.match(between.text) or len(WORD.findall(between.text)) < MIN_WORDS:
                        continue
                    turns.append(
                        Turn(label, label_start, between.start, between.start, between.end, between.index, True)
                    )
    return turns


def passages(candidates: list[tuple[Paragraph, str, int, int]]) -> list[list[tuple[Paragraph, str, int, int]]]:
    """Labelled paragraphs grouped into runs no more than MAX_GAP paragraphs apart."""
    runs: list[list[tuple[Paragraph, str, int, int]]] = []
    for candidate in candidates:
        if runs and candidate[0].index - runs[-1][-1][0].index - 1 <= MAX_GAP:
            runs[-1].append(candidate)
        else:
            runs.append([candidate])
    return runs


def is_transcript(labels: list[str]) -> bool:
    """Turns that come back to a speaker: a question and an answer, or one of two or more
    speakers heard twice."""
    keys = [speaker_key(label) for label in labels]
    if len(keys) < 2:
        return False
    if set(keys) & QUESTION_LABELS and set(keys) & ANSWER_LABELS:
        return True
    return len(set(keys)) >= 2 and len(set(keys)) < len(keys)


def turn_at(turns: list[Turn], offset: int) -> Turn | None:
    """The turn whose paragraph holds offset."""
    for turn in turns:
        if turn.first <= offset < turn.end:
            return turn
    return None
