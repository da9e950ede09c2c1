"""python manage.py train_outlet_model [--pages FOLDER GOLD]... [--output FILE] [--cross-validate]

Relearns the outlet weights (articles/ingest/data/outlet_weights.json) from pages whose outlet is known: by
default newsdesk's own layout pages (tests/data/layouts) and the seeds. Takes a few seconds; --cross-validate adds
the accuracy on each layout batch of weights learned without it (about half a minute).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles.ingest import outlets
from articles.ingest.outlet_training import (
    LabelledPage,
    accuracies,
    cross_validated,
    learn_weights,
    read_gold_pages,
    wrongly_overruled,
)

BASE = Path(settings.BASE_DIR)
DEFAULT_PAGES = [
    (BASE / "tests" / "data" / "layouts", BASE / "tests" / "data" / "gold_layouts.json"),
    (BASE / "seeds", BASE / "tests" / "data" / "gold_seeds.json"),
]
_BATCH = re.compile(r"^([a-z]+)\d")  # layout pages are named by batch: 'e12_…' is batch e, 'aa03_…' batch aa


def batch(page: LabelledPage) -> str:
    match = _BATCH.match(page.name)
    return match.group(1) if match else "other"


def figures(accuracy: dict[str, float]) -> str:
    return ", ".join(f"{name} {accuracy[name]:.3f}" for name in ("rules", "weights", "combined"))


class Command(BaseCommand):
    help = "Learn the outlet weights from pages whose outlet is known."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument(
            "--pages",
            nargs=2,
            action="append",
            type=Path,
            metavar=("FOLDER", "GOLD"),
            help="A folder of pages and its gold file (the seeds' format); repeatable. Default: layouts and seeds.",
        )
        parser.add_argument("--output", type=Path, default=outlets.MODEL_PATH, help="Where to write the weights.")
        parser.add_argument("--cross-validate", action="store_true", help="Also report leave-one-batch-out accuracy.")

    def handle(self, *args, pages: list[tuple[Path, Path]] | None, output: Path, cross_validate: bool, **options):
        labelled: list[LabelledPage] = []
        try:
            for folder, gold in pages or DEFAULT_PAGES:
                labelled += read_gold_pages(folder, gold)
            weights = learn_weights(labelled)
        except ValueError as error:
            raise CommandError(str(error)) from error
        taught = sum(page.outlet is not None for page in labelled)
        model = {"weights": weights, "trained_on": {"pages": len(labelled), "with_outlet_found": taught}}
        output.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n")
        self.stdout.write(f"{len(weights)} weights from {taught} of {len(labelled)} pages → {output}")
        self.stdout.write(f"accuracy on the pages learned from: {figures(accuracies(weights, labelled))}")
        overruled = wrongly_overruled(weights, labelled, outlets.OVERRULING_MARGIN)
        if overruled:
            self.stdout.write(f"rules' right outlet overruled at the margin: {', '.join(overruled)}")
        if cross_validate:
            self.stdout.write(f"accuracy on each batch learned without it: {figures(cross_validated(labelled, batch))}")
