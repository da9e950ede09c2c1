"""Learning the outlet weights (outlets.py) from pages whose outlet is known.

Each page gives its outlet candidates' traits (metadata.page_outlet_candidates) and which candidate names the
known outlet. The weights are a conditional logit, as the headline's are (headline_training.py): for each page, a
softmax over its candidates' weighted traits, fitted by gradient descent with an L2 penalty so that rare traits
keep small weights. Pages with no outlet, or whose outlet is not among the candidates, teach nothing and are
skipped, and so are pages whose rules' answer is firm (outlets.firm_answer: the weights never weigh it there).

Gold layout: the seeds' (tests/data/gold_layouts.json): {"articles": [{"file": ..., "outlet": ...}]}, the files in
a folder beside it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from articles.ingest.cleaning import clean_page
from articles.ingest.metadata import page_outlet_candidates
from articles.ingest.outlets import OVERRULING_MARGIN, TRAITS, firm_answer, overruling_candidate, score
from articles.ingest.training import fit_choice, gold_articles, highest, named_weights

L2_PENALTY = 0.01  # cross-validated across the layout batches of tests/data/layouts: 0.003–0.1 score alike
STEPS = 2000
LEARNING_RATE = 1.0


@dataclass
class LabelledPage:
    name: str  # the file's name
    candidates: list[tuple[str, dict[str, float]]]  # each candidate name and its traits; the rules' answer first
    outlet: int | None  # the index of the candidate that names the known outlet
    known: bool = True  # whether the gold gives the page an outlet (pages without one count in no accuracy)


def comparable(name: str) -> str:
    """A name as the scorer compares outlets: case, punctuation and spacing aside."""
    text = unicodedata.normalize("NFKC", name or "").replace("’", "'")
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def outlet_index(names: list[str], outlet: str) -> int | None:
    """The candidate that names the known outlet (the nameless one, on a page that names none)."""
    wanted = comparable(outlet)
    return next((k for k, name in enumerate(names) if comparable(name) == wanted), None)


def labelled_page(name: str, raw: str, outlet: str) -> LabelledPage:
    candidates = [(c.name, c.traits) for c in page_outlet_candidates(clean_page(raw))]
    return LabelledPage(name, candidates, outlet_index([text for text, _ in candidates], outlet), bool(outlet))


def read_gold_pages(folder: Path, gold_path: Path) -> list[LabelledPage]:
    """Every page the gold file lists, with its candidates and which of them names its outlet."""
    pages = []
    for article, raw in gold_articles(folder, gold_path):
        pages.append(labelled_page(article["file"], raw, article.get("outlet") or ""))
    return pages


def learn_weights(pages: list[LabelledPage], l2_penalty: float = L2_PENALTY) -> dict[str, float]:
    """Trait → weight, fitted on the pages whose outlet is among their candidates and whose rules' answer the weights
    may overrule: a page whose answer is firm (a release's issuer, a carried story's writer) is never weighed, and
    its host's masthead and © line, rightly passed over there, would teach that a site's own names are no outlet."""
    taught = [page for page in pages if page.outlet is not None and not firm_answer(page.candidates[0][1])]
    if not taught:
        raise ValueError("no page has its outlet among its candidate names: nothing to learn from")
    weights = fit_choice(
        [[[values[t] for t in TRAITS] for _, values in page.candidates] for page in taught],
        [page.outlet for page in taught],
        l2_penalty=l2_penalty,
        steps=STEPS,
        learning_rate=LEARNING_RATE,
    )
    return named_weights(weights, TRAITS)


def picks(weights: dict[str, float], page: LabelledPage) -> int | None:
    """The candidate the weights alone choose on a page."""
    return highest([score(values, weights) for _, values in page.candidates])


def chooses(weights: dict[str, float], page: LabelledPage, margin: float = OVERRULING_MARGIN) -> int | None:
    """The candidate metadata.py chooses with these weights: the rules' unless overruled by the margin."""
    return overruling_candidate([values for _, values in page.candidates], 0, weights, margin)


def accuracies(weights: dict[str, float], pages: list[LabelledPage], margin: float = OVERRULING_MARGIN) -> dict:
    """The share of pages with a known outlet that the rules, the weights alone and the rules overruled by the
    weights get right."""
    known = [page for page in pages if page.known]
    if not known:
        return {"rules": 0.0, "weights": 0.0, "combined": 0.0}
    rules = sum(page.outlet == 0 for page in known)
    alone = sum(picks(weights, page) == page.outlet for page in known)
    combined = sum(chooses(weights, page, margin) == page.outlet for page in known)
    return {"rules": rules / len(known), "weights": alone / len(known), "combined": combined / len(known)}


def wrongly_overruled(weights: dict[str, float], pages: list[LabelledPage], margin: float) -> list[str]:
    """The pages whose rules' answer (or their finding none) is right and which the weights overrule with this
    margin."""
    return [page.name for page in pages if page.outlet == 0 and chooses(weights, page, margin) != 0]


def cross_validated(pages: list[LabelledPage], group: Callable[[LabelledPage], str], margin=OVERRULING_MARGIN) -> dict:
    """The accuracies on each group of pages (a batch of one kind of layout) of weights learned without that
    group, over all groups: how the weights should fare on a kind of page they have not seen."""
    sums = {"rules": 0.0, "weights": 0.0, "combined": 0.0}
    total = 0
    for name in sorted({group(page) for page in pages}):
        held_out = [page for page in pages if group(page) == name]
        known = sum(page.known for page in held_out)
        figures = accuracies(learn_weights([page for page in pages if group(page) != name]), held_out, margin)
        for key in sums:
            sums[key] += figures[key] * known
        total += known
    return {key: value / total if total else 0.0 for key, value in sums.items()}
