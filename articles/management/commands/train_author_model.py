"""python manage.py train_author_model [--pages FOLDER GOLD]... [--output FILE] [--cross-validate]

Relearns the author weights (articles/ingest/data/author_weights.json) from pages whose authors are known: by
default newsdesk's own layout pages (tests/data/layouts) and the seeds. Takes a few seconds; --cross-validate adds
the accuracy on each layout batch of weights learned without it (about half a minute).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles.ingest import authorship
from articles.ingest.author_training import (
    LabelledPage,
    accuracies,
    cross_validated,
    learn_weights,
    read_gold_pages,
    wrongly_accepted,
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
    help = "Learn the author weights from pages whose authors are known."
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
        parser.add_argument("--output", type=Path, default=authorship.MODEL_PATH, help="Where to write the weights.")
        parser.add_argument("--cross-validate", action="store_true", help="Also report leave-one-batch-out accuracy.")

    def handle(self, *args, pages: list[tuple[Path, Path]] | None, output: Path, cross_validate: bool, **options):
        labelled: list[LabelledPage] = []
        try:
            for folder, gold in pages or DEFAULT_PAGES:
                labelled += read_gold_pages(folder, gold)
            weights = learn_weights(labelled)
        except ValueError as error:
            raise CommandError(str(error)) from error
        with_authors = sum(bool(page.authors) for page in labelled)
        model = {"weights": weights, "trained_on": {"pages": len(labelled), "with_authors": with_authors}}
        output.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n")
        self.stdout.write(f"{len(weights)} weights from {len(labelled)} pages ({with_authors} with authors) → {output}")
        self.stdout.write(f"accuracy on the pages learned from: {figures(accuracies(weights, labelled))}")
        accepted = wrongly_accepted(weights, labelled, authorship.ACCEPTING_MARGIN)
        if accepted:
            self.stdout.write(f"rules' right authors changed at the margin: {', '.join(accepted)}")
        if cross_validate:
            self.stdout.write(f"accuracy on each batch learned without it: {figures(cross_validated(labelled, batch))}")
