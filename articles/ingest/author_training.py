"""Learning the author weights (authorship.py) from pages whose authors are known.

Each page gives its author candidates' traits (metadata.page_author_candidates) and which of them the gold names
as authors. The weights are a logistic model over every candidate of every page, each judged on its own, fitted by
gradient descent with an L2 penalty so that rare traits keep small weights. The rules' own answer is no trait: the
weights learn what a byline's name looks like from the pages the rules read, to judge the pages they cannot.

Gold layout: the seeds' (tests/data/gold_layouts.json): {"articles": [{"file": ..., "authors": [...]}]}, the files
in a folder beside it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from articles.ingest.authorship import ACCEPTING_MARGIN, TRAITS, accepted
from articles.ingest.cleaning import clean_page
from articles.ingest.metadata import credited_authors, page_author_candidates, page_outlet
from articles.ingest.training import fit_yes_no, gold_articles, named_weights

L2_PENALTY = 0.01
STEPS = 2000
LEARNING_RATE = 1.0
_TITLES = {"dr", "mr", "mrs", "ms", "prof", "professor", "sir", "dame", "rev", "hon"}


@dataclass
class LabelledPage:
    name: str  # the file's name
    candidates: list[tuple[str, dict[str, float]]]  # each candidate name and its traits, in page order
    rules: list[str]  # the authors the rules read
    authors: list[str]  # the known authors


def comparable(name: str) -> str:
    """A name as the scorer compares authors: case, punctuation, spacing and titles aside."""
    text = unicodedata.normalize("NFKC", name or "").replace("’", "'")
    words = re.sub(r"[^\w\s]", " ", text.casefold()).split()
    return " ".join(word for word in words if word not in _TITLES)


def same_authors(found: list[str], known: list[str]) -> bool:
    return sorted(map(comparable, found)) == sorted(map(comparable, known))


def labelled_page(name: str, raw: str, authors: list[str]) -> LabelledPage:
    page = clean_page(raw)
    outlet = page_outlet(page)
    candidates = [(c.name, c.traits) for c in page_author_candidates(page, outlet)]
    return LabelledPage(name, candidates, credited_authors(page, outlet, learned=False), list(authors))


def read_gold_pages(folder: Path, gold_path: Path) -> list[LabelledPage]:
    """Every page the gold file lists, with its candidates and its known authors."""
    pages = []
    for article, raw in gold_articles(folder, gold_path):
        pages.append(labelled_page(article["file"], raw, article.get("authors") or []))
    return pages


def learn_weights(pages: list[LabelledPage], l2_penalty: float = L2_PENALTY) -> dict[str, float]:
    """Trait → weight, fitted on every candidate of the pages (an author or not)."""
    rows = [(values, name) for page in pages for name, values in page.candidates]
    if not rows:
        raise ValueError("no page has a candidate name: nothing to learn from")
    known = [{comparable(a) for a in page.authors} for page in pages for _ in page.candidates]
    traits = [[values[t] for t in TRAITS] for values, _ in rows]
    labels = [float(comparable(name) in authors) for (_, name), authors in zip(rows, known, strict=True)]
    weights = fit_yes_no(traits, labels, l2_penalty=l2_penalty, steps=STEPS, learning_rate=LEARNING_RATE)
    return named_weights(weights, TRAITS)


def picks(weights: dict[str, float], page: LabelledPage, margin: float = 0.0) -> list[str]:
    """The authors the weights alone take on a page."""
    return [page.candidates[k][0] for k in accepted([values for _, values in page.candidates], weights, margin)]


def chooses(weights: dict[str, float], page: LabelledPage, margin: float = ACCEPTING_MARGIN) -> list[str]:
    """The authors metadata.py reads with these weights: the rules', or where they find none the weights'."""
    return page.rules or picks(weights, page, margin)


def accuracies(weights: dict[str, float], pages: list[LabelledPage], margin: float = ACCEPTING_MARGIN) -> dict:
    """The share of pages whose authors the rules, the weights alone and the rules helped by the weights get
    right (a page with no author is right with none)."""
    if not pages:
        return {"rules": 0.0, "weights": 0.0, "combined": 0.0}
    rules = sum(same_authors(page.rules, page.authors) for page in pages)
    alone = sum(same_authors(picks(weights, page), page.authors) for page in pages)
    combined = sum(same_authors(chooses(weights, page, margin), page.authors) for page in pages)
    return {"rules": rules / len(pages), "weights": alone / len(pages), "combined": combined / len(pages)}


def wrongly_accepted(weights: dict[str, float], pages: list[LabelledPage], margin: float) -> list[str]:
    """The pages the rules get right whose authors the weights change at this margin."""
    return [
        page.name
        for page in pages
        if same_authors(page.rules, page.authors) and not same_authors(chooses(weights, page, margin), page.authors)
    ]


def cross_validated(pages: list[LabelledPage], group: Callable[[LabelledPage], str], margin=ACCEPTING_MARGIN) -> dict:
    """The accuracies on each group of pages (a batch of one kind of layout) of weights learned without that
    group, over all groups: how the weights should fare on a kind of page they have not seen."""
    sums = {"rules": 0.0, "weights": 0.0, "combined": 0.0}
    for name in sorted({group(page) for page in pages}):
        held_out = [page for page in pages if group(page) == name]
        figures = accuracies(learn_weights([page for page in pages if group(page) != name]), held_out, margin)
        for key in sums:
            sums[key] += figures[key] * len(held_out)
    return {key: value / len(pages) if pages else 0.0 for key, value in sums.items()}
