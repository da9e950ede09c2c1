"""Learning the headline weights (headlines.py) from pages whose headline is known.

Each page gives its candidate lines' traits (cleaning.headline_candidates) and which candidate
prints the known headline. The weights are a conditional logit: for each page, a softmax over its
candidates' weighted traits, fitted by gradient descent with an L2 penalty so that rare traits keep
small weights. Pages with no headline, or whose headline is not among the candidates, teach nothing
and are skipped.

Gold layout: the seeds' (tests/data/gold_layouts.json): {"articles": [{"file": ..., "title": ...}]},
the files in a folder beside it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from articles.ingest.cleaning import headline_candidates
from articles.ingest.headlines import TRAITS, score
from articles.ingest.text import normalise_whitespace
from articles.ingest.training import fit_choice, gold_articles, highest, named_weights

L2_PENALTY = 0.003  # chosen by cross-validation across the layout batches of tests/data/layouts
STEPS = 3000
LEARNING_RATE = 1.0
MIN_CONTAINED_CHARACTERS = 10  # a headline printed inside a longer line ('Headline | Site') is that line's


@dataclass
class LabelledPage:
    name: str  # the file's name
    candidates: list[tuple[str, dict[str, float]]]  # each candidate line and its traits
    headline: int | None  # the index of the candidate that prints the headline
    ruled: int | None  # the index of the candidate the page-start rules choose


def headline_index(lines: list[str], headline: str) -> int | None:
    """The first line that prints the headline: the headline itself, its first part (a headline that
    wraps onto a second line) or a line that carries it with more ('Headline | The Example Times')."""
    wanted = normalise_whitespace(headline).lower()
    if not wanted:
        return None
    for index, line in enumerate(lines):
        text = normalise_whitespace(line).lower()
        if text == wanted:
            return index
        long_enough = min(len(text), len(wanted)) > MIN_CONTAINED_CHARACTERS
        if long_enough and (wanted.startswith(text) or wanted in text):
            return index
    return None


def read_gold_pages(folder: Path, gold_path: Path) -> list[LabelledPage]:
    """Every page the gold file lists, with its candidates and which of them prints its headline."""
    pages = []
    for article, raw in gold_articles(folder, gold_path):
        candidates, ruled = headline_candidates(raw)
        index = headline_index([text for text, _ in candidates], article.get("title") or "")
        pages.append(LabelledPage(article["file"], candidates, index, ruled))
    return pages


def learn_weights(pages: list[LabelledPage], l2_penalty: float = L2_PENALTY) -> dict[str, float]:
    """Trait → weight, fitted on the pages whose headline is among their candidates."""
    taught = [page for page in pages if page.headline is not None]
    if not taught:
        raise ValueError("no page has its headline among its candidate lines: nothing to learn from")
    weights = fit_choice(
        [[[values[t] for t in TRAITS] for _, values in page.candidates] for page in taught],
        [page.headline for page in taught],
        l2_penalty=l2_penalty,
        steps=STEPS,
        learning_rate=LEARNING_RATE,
    )
    return named_weights(weights, TRAITS)


def picks(weights: dict[str, float], page: LabelledPage) -> int | None:
    """The candidate the weights choose on a page."""
    return highest([score(values, weights) for _, values in page.candidates])


def accuracy(weights: dict[str, float], pages: list[LabelledPage]) -> float:
    """The share of pages with a known headline on which the weights choose the line that prints it."""
    known = [page for page in pages if page.headline is not None]
    return sum(picks(weights, page) == page.headline for page in known) / len(known) if known else 0.0


def cross_validated_accuracy(pages: list[LabelledPage], group: Callable[[LabelledPage], str]) -> float:
    """Accuracy on each group of pages (a batch of one kind of layout) of weights learned without that
    group, over all groups: how the weights should fare on a kind of page they have not seen."""
    right = total = 0
    for name in sorted({group(page) for page in pages}):
        held_out = [page for page in pages if group(page) == name]
        known = sum(page.headline is not None for page in held_out)
        right += accuracy(learn_weights([page for page in pages if group(page) != name]), held_out) * known
        total += known
    return right / total if total else 0.0
