"""python manage.py train_page_end_model [--pages FOLDER GOLD]... [--output FILE] [--cross-validate]

Relearns the page-end weights (articles/ingest/data/page_end_weights.json) from pages whose story's first and
last sentences are known: by default newsdesk's own layout pages (tests/data/layouts) and the seeds. Takes
under a minute; --cross-validate adds the body checks on each layout batch, rules alone and with weights
learned (and their margin chosen) without that batch.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles.ingest import story_end
from articles.ingest.story_end_training import (
    Figures,
    LabelledPage,
    cross_validated,
    figures,
    learn_weights,
    read_gold_pages,
    safe_margin,
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


def described(found: Figures) -> str:
    return (
        f"body checks {found.accuracy:.4f} ({found.checks_right} of {found.checks}), "
        f"furniture lines left after the story {found.furniture_left}, story lines cut {found.story_cut}"
    )


class Command(BaseCommand):
    help = "Learn the page-end weights from pages whose story's first and last sentences are known."
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
        parser.add_argument("--output", type=Path, default=story_end.MODEL_PATH, help="Where to write the weights.")
        parser.add_argument("--cross-validate", action="store_true", help="Also report leave-one-batch-out figures.")

    def handle(self, *args, pages: list[tuple[Path, Path]] | None, output: Path, cross_validate: bool, **options):
        labelled: list[LabelledPage] = []
        try:
            for folder, gold in pages or DEFAULT_PAGES:
                labelled += read_gold_pages(folder, gold)
            weights = learn_weights(labelled)
        except ValueError as error:
            raise CommandError(str(error)) from error
        story = sum(len(page.story) for page in labelled)
        furniture = sum(len(page.furniture) for page in labelled)
        trained_on = {"pages": len(labelled), "story_lines": story, "furniture_lines": furniture}
        output.write_text(json.dumps({"weights": weights, "trained_on": trained_on}, indent=1, sort_keys=True) + "\n")
        self.stdout.write(f"{len(weights)} weights from {story} story and {furniture} furniture lines → {output}")
        margin = safe_margin(labelled, weights)
        shown = "none" if margin is None else f"{margin:.1f}"
        self.stdout.write(f"smallest margin that cuts no story line of these pages: {shown}")
        self.stdout.write(f"rules alone: {described(figures(labelled, None))}")
        used = f"with the weights at the margin in use ({story_end.CUTTING_MARGIN:.1f})"
        self.stdout.write(f"{used}: {described(figures(labelled, weights))}")
        if cross_validate:
            rules, weighed = cross_validated(labelled, batch)
            self.stdout.write(f"each batch, rules alone: {described(rules)}")
            self.stdout.write(f"each batch, weights learned without it: {described(weighed)}")
