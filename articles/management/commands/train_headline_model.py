"""python manage.py train_headline_model [--pages FOLDER GOLD]... [--output FILE] [--cross-validate]

Relearns the headline weights (articles/ingest/data/headline_weights.json) from pages whose headline
is known: by default newsdesk's own layout pages (tests/data/layouts) and the seeds. Takes about a
minute; --cross-validate adds the accuracy on each layout batch of weights learned without it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles.ingest import headlines
from articles.ingest.headline_training import (
    LabelledPage,
    accuracy,
    cross_validated_accuracy,
    learn_weights,
    read_gold_pages,
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


class Command(BaseCommand):
    help = "Learn the headline weights from pages whose headline is known."
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
        parser.add_argument("--output", type=Path, default=headlines.MODEL_PATH, help="Where to write the weights.")
        parser.add_argument("--cross-validate", action="store_true", help="Also report leave-one-batch-out accuracy.")

    def handle(self, *args, pages: list[tuple[Path, Path]] | None, output: Path, cross_validate: bool, **options):
        labelled: list[LabelledPage] = []
        try:
            for folder, gold in pages or DEFAULT_PAGES:
                labelled += read_gold_pages(folder, gold)
            weights = learn_weights(labelled)
        except ValueError as error:
            raise CommandError(str(error)) from error
        taught = sum(page.headline is not None for page in labelled)
        model = {"weights": weights, "trained_on": {"pages": len(labelled), "with_headline_found": taught}}
        output.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n")
        self.stdout.write(f"{len(weights)} weights from {taught} of {len(labelled)} pages → {output}")
        self.stdout.write(f"accuracy on the pages learned from: {accuracy(weights, labelled):.3f}")
        if cross_validate:
            figure = cross_validated_accuracy(labelled, batch)
            self.stdout.write(f"accuracy on each batch learned without it: {figure:.3f}")
