"""Learning the page-end weights (story_end.py) from pages whose story's first and last sentences are known.

Each page is read by the rules alone (cleaning.page_end_lines). A line the rules keep between the line
that prints the gold's body_first and the one that prints its body_last is story; every line after
body_last, cut by the rules or kept, is furniture (so the weights learn what the rules' furniture looks
like, whatever its wording); lines above the story and lines the rules cut inside it (captions, pull
quotes) teach nothing. The weights are a logistic regression fitted by gradient descent with an L2
penalty, so that rare traits keep small weights. A page whose body_last no kept line prints teaches
nothing.

Gold layout: the seeds' (tests/data/gold_layouts.json): {"articles": [{"file": ..., "body_first": ...,
"body_last": ..., "not_in_body": [...]}]}, the files in a folder beside it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from articles.ingest.cleaning import page_end_lines
from articles.ingest.story_end import CUTTING_MARGIN, TRAITS, line_traits, lines_to_cut
from articles.ingest.text import content_words
from articles.ingest.training import fit_yes_no, gold_articles, named_weights

L2_PENALTY = 0.003  # chosen by cross-validation across the layout batches of tests/data/layouts
STEPS = 3000
LEARNING_RATE = 1.0
MARGINS_TRIED = tuple(m / 2 for m in range(0, 13))  # 0.0 … 6.0 log-odds


def comparable(text: str) -> str:
    """Text as the extraction scorer compares it (tests/data/score_extraction.py): folded case, quotation
    marks and punctuation, runs of spaces."""
    text = unicodedata.normalize("NFKC", text or "")
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


@dataclass
class LabelledPage:
    name: str  # the file's name
    texts: list[str]  # the page's non-empty lines
    cut: list[str]  # what the rules made of each line (story_end.KEPT, INSIDE or OUTSIDE)
    kept: list[int]  # the lines the rules keep in the body
    headline: str
    story: list[int]  # the kept lines from body_first to body_last: story
    furniture: list[int]  # the lines after body_last
    checks: tuple[str, str, list[str]]  # body_first, body_last, not_in_body, as the scorer compares them

    def examples(self) -> tuple[list[dict[str, float]], list[int]]:
        """Each labelled line's traits, and 1 for furniture, 0 for story."""
        story_words = set().union(*(content_words(self.texts[k]) for k in self.kept[: max(1, len(self.kept) // 2)]))
        lines = self.story + self.furniture
        traits = [line_traits(self.texts, self.cut, i, self.headline, story_words) for i in lines]
        return traits, [0] * len(self.story) + [1] * len(self.furniture)


def read_gold_pages(folder: Path, gold_path: Path) -> list[LabelledPage]:
    """Every page the gold file lists, read by the rules alone and labelled from its gold."""
    pages = []
    for article, raw in gold_articles(folder, gold_path):
        texts, cut, kept, headline = page_end_lines(raw)
        first, last = comparable(article.get("body_first", "")), comparable(article.get("body_last", ""))
        printed = [comparable(texts[i]) for i in kept]
        starts = [k for k, text in enumerate(printed) if first and first in text]
        ends = [k for k, text in enumerate(printed) if last and last in text]
        story: list[int] = []
        furniture: list[int] = []
        if starts and ends and starts[0] <= ends[-1]:
            story = kept[starts[0] : ends[-1] + 1]
            furniture = list(range(kept[ends[-1]] + 1, len(texts)))
        checks = (first, last, [comparable(s) for s in article.get("not_in_body", [])])
        pages.append(LabelledPage(article["file"], texts, cut, kept, headline, story, furniture, checks))
    return pages


def learn_weights(pages: list[LabelledPage], l2_penalty: float = L2_PENALTY) -> dict[str, float]:
    """Trait → weight, fitted on the labelled lines of the pages."""
    rows: list[list[float]] = []
    labels: list[int] = []
    for page in pages:
        traits, page_labels = page.examples()
        rows += [[values[t] for t in TRAITS] for values in traits]
        labels += page_labels
    if not rows or len(set(labels)) < 2:
        raise ValueError("the pages give no story line or no furniture line: nothing to learn from")
    weights = fit_yes_no(rows, labels, l2_penalty=l2_penalty, steps=STEPS, learning_rate=LEARNING_RATE)
    return named_weights(weights, TRAITS)


@dataclass
class Figures:
    """How a page-end reading fares on pages: the scorer's body checks, and the lines left or cut."""

    checks_right: int = 0
    checks: int = 0
    furniture_left: int = 0  # furniture lines after body_last still in the body
    story_cut: int = 0  # story lines the weights cut

    def add(self, other: Figures) -> None:
        self.checks_right += other.checks_right
        self.checks += other.checks
        self.furniture_left += other.furniture_left
        self.story_cut += other.story_cut

    @property
    def accuracy(self) -> float:
        return self.checks_right / self.checks if self.checks else 0.0


def figures(pages: list[LabelledPage], weights: dict[str, float] | None, margin: float = CUTTING_MARGIN) -> Figures:
    """The body checks and lines left or cut on the pages by the rules alone (weights None) or with the
    weights at the margin given."""
    total = Figures()
    for page in pages:
        gone = set(lines_to_cut(page.texts, page.cut, page.kept, page.headline, weights, margin)) if weights else set()
        body = " ".join(comparable(page.texts[i]) for i in page.kept if i not in gone)
        first, last, absent = page.checks
        results = [first in body, last in body] + [text not in body for text in absent]
        total.add(
            Figures(
                checks_right=sum(results),
                checks=len(results),
                furniture_left=sum(i in page.furniture and i not in gone for i in page.kept),
                story_cut=len(gone & set(page.story)),
            )
        )
    return total


def safe_margin(pages: list[LabelledPage], weights: dict[str, float]) -> float | None:
    """The smallest margin tried at which the weights cut no story line and break no body check on the
    pages; None when none does."""
    rules = figures(pages, None)
    for margin in MARGINS_TRIED:
        found = figures(pages, weights, margin)
        if found.story_cut == 0 and found.checks_right >= rules.checks_right:
            return margin
    return None


def cross_validated(
    pages: list[LabelledPage], group: Callable[[LabelledPage], str], l2_penalty: float = L2_PENALTY
) -> tuple[Figures, Figures]:
    """The rules' figures and the rules-with-weights figures on each group of pages (a batch of one kind of
    layout), the weights learned and their margin chosen without that group (safe_margin, and never below the
    margin in use), summed over all groups: how the weights should fare on a kind of page they have not seen."""
    rules, weighed = Figures(), Figures()
    for name in sorted({group(page) for page in pages}):
        held_out = [page for page in pages if group(page) == name]
        others = [page for page in pages if group(page) != name]
        learned = learn_weights(others, l2_penalty)
        rules.add(figures(held_out, None))
        margin = safe_margin(others, learned)
        if margin is not None:
            weighed.add(figures(held_out, learned, max(margin, CUTTING_MARGIN)))
        else:
            weighed.add(figures(held_out, None))
    return rules, weighed
