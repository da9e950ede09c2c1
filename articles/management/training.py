"""What the train_*_model commands share: their arguments (--pages, --output, --cross-validate),
reading the gold pages, writing the weights file, and the layout batch each page belongs to.
Each command names its training module (how its pages are read and its weights learned) and says
what it reports."""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import ModuleType

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

BASE = Path(settings.BASE_DIR)
DEFAULT_PAGES = [
    (BASE / "tests" / "data" / "layouts", BASE / "tests" / "data" / "gold_layouts.json"),
    (BASE / "seeds", BASE / "tests" / "data" / "gold_seeds.json"),
]
_BATCH = re.compile(r"^([a-z]+)\d")  # layout pages are named by batch: 'e12_…' is batch e, 'aa03_…' batch aa


def layout_batch(page) -> str:
    """The layout batch a labelled page belongs to (cross-validation leaves one out at a time)."""
    match = _BATCH.match(page.name)
    return match.group(1) if match else "other"


def rules_and_weights(accuracy: dict[str, float]) -> str:
    """A chooser's accuracies as its command prints them: the rules alone, the weights alone, the two together."""
    return ", ".join(f"{name} {accuracy[name]:.3f}" for name in ("rules", "weights", "combined"))


class TrainWeightsCommand(BaseCommand):
    """Learns a chooser's weights from gold pages and writes them as {"weights", "trained_on"}."""

    requires_system_checks = []
    model_path: Path  # where the chooser reads its weights: the default --output
    # The chooser's training module: read_gold_pages(folder, gold) and learn_weights(labelled).
    training: ModuleType

    def trained_on(self, labelled: list) -> dict[str, int]:
        """What the weights were learned from, written beside them."""
        raise NotImplementedError

    def report(self, labelled: list, weights: dict[str, float], *, output: Path, cross_validate: bool) -> None:
        """Prints what was learned and how well it chooses (and, if asked, on each batch left out)."""
        raise NotImplementedError

    def add_arguments(self, parser):
        parser.add_argument(
            "--pages",
            nargs=2,
            action="append",
            type=Path,
            metavar=("FOLDER", "GOLD"),
            help="A folder of pages and its gold file (the seeds' format); repeatable. Default: layouts and seeds.",
        )
        parser.add_argument("--output", type=Path, default=self.model_path, help="Where to write the weights.")
        parser.add_argument(
            "--cross-validate", action="store_true", help="Also report the figures on each batch learned without it."
        )

    def handle(self, *args, pages: list[tuple[Path, Path]] | None, output: Path, cross_validate: bool, **options):
        labelled = []
        try:
            for folder, gold in pages or DEFAULT_PAGES:
                labelled += self.training.read_gold_pages(folder, gold)
            weights = self.training.learn_weights(labelled)
        except ValueError as error:
            raise CommandError(str(error)) from error
        model = {"weights": weights, "trained_on": self.trained_on(labelled)}
        output.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n")
        self.report(labelled, weights, output=output, cross_validate=cross_validate)
