"""What the learned choosers (headlines, outlets, authorship, story_end) share at run time: reading their
shipped weights, and scoring a candidate's traits by them."""

from __future__ import annotations

import json
from pathlib import Path


def read_weights(path: Path, traits: tuple[str, ...], *, what: str, command: str) -> dict[str, float]:
    """Trait → weight from a weights file written by `manage.py <command>`; OSError naming the file when it is
    missing, unreadable or lacks a weight for one of `traits` (`what` says whose weights they are)."""
    try:
        learned = json.loads(path.read_text())["weights"]
    except (OSError, ValueError, KeyError) as error:
        raise OSError(f"{path}: the {what} weights are missing or unreadable ({error})") from error
    missing = set(traits) - set(learned)
    if missing:
        raise OSError(f"{path}: no weight for {', '.join(sorted(missing))}; run manage.py {command}")
    return {trait: float(learned[trait]) for trait in traits}


def weighted_sum(traits: dict[str, float], learned: dict[str, float]) -> float:
    """The sum of each trait's value times its weight (traits at zero add nothing)."""
    return sum(learned[trait] * value for trait, value in traits.items() if value)
