"""What the learned choosers' training shares: reading a gold file's pages, fitting weights that
pick one candidate per page (headline_training.py, outlet_training.py), and fitting weights that
say yes or no to each candidate (author_training.py, story_end_training.py)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import numpy as np


def gold_articles(folder: Path, gold_path: Path) -> Iterator[tuple[dict, str]]:
    """Each article the gold file lists, with its page's text from folder; ValueError naming the
    file when the gold file or a page it lists cannot be read."""
    try:
        articles = json.loads(gold_path.read_text(encoding="utf-8"))["articles"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise ValueError(f"{gold_path}: expected a JSON object with an 'articles' list ({error})") from error
    for number, article in enumerate(articles, 1):
        if not isinstance(article, dict) or not isinstance(article.get("file"), str):
            raise ValueError(f"{gold_path}: article {number} has no 'file' naming its page")
        path = folder / article["file"]
        try:
            raw = path.read_text(encoding="utf-8")
        except OSError as error:
            raise ValueError(f"{path}: listed in {gold_path} but unreadable ({error})") from error
        yield article, raw


def fit_choice(
    candidates: list[list[list[float]]], chosen: list[int], *, l2_penalty: float, steps: int, learning_rate: float
) -> np.ndarray:
    """Weights of a per-page softmax over each page's candidates (rows of trait values), fitted by
    gradient descent so that the chosen candidate of each page scores highest."""
    traits = np.array([values for page in candidates for values in page])
    page_of = np.repeat(np.arange(len(candidates)), [len(page) for page in candidates])
    starts = np.concatenate([[0], np.cumsum([len(page) for page in candidates])[:-1]])
    right = starts + np.array(chosen)
    weights = np.zeros(traits.shape[1])
    for _ in range(steps):
        scores = traits @ weights
        top = np.full(len(candidates), -np.inf)
        np.maximum.at(top, page_of, scores)
        exp = np.exp(scores - top[page_of])
        totals = np.zeros(len(candidates))
        np.add.at(totals, page_of, exp)
        chance = exp / totals[page_of]
        gradient = (traits.T @ chance - traits[right].sum(axis=0)) / len(candidates) + l2_penalty * weights
        weights -= learning_rate * gradient
    return weights


def fit_yes_no(
    traits: list[list[float]], labels: list[float], *, l2_penalty: float, steps: int, learning_rate: float
) -> np.ndarray:
    """Weights of a logistic model over candidates (rows of trait values) labelled 1 (yes) or 0
    (no), fitted by gradient descent."""
    x, y = np.array(traits), np.array(labels, dtype=float)
    weights = np.zeros(x.shape[1])
    for _ in range(steps):
        chance = 1.0 / (1.0 + np.exp(-(x @ weights)))
        gradient = x.T @ (chance - y) / len(y) + l2_penalty * weights
        weights -= learning_rate * gradient
    return weights


def named_weights(weights: np.ndarray, traits: tuple[str, ...] | list[str]) -> dict[str, float]:
    """Trait → fitted weight, rounded as the shipped weights files keep them."""
    return {trait: round(float(weight), 4) for trait, weight in zip(traits, weights, strict=True)}


def highest(scores: list[float]) -> int | None:
    """The index of the highest score (the first of equals), or None when there is none."""
    return scores.index(max(scores)) if scores else None
