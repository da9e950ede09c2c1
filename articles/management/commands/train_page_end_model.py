"""python manage.py train_page_end_model [--pages FOLDER GOLD]... [--output FILE] [--cross-validate]

Relearns the page-end weights (articles/ingest/data/page_end_weights.json) from pages whose story's first and
last sentences are known: by default newsdesk's own layout pages (tests/data/layouts) and the seeds. Takes
under a minute; --cross-validate adds the body checks on each layout batch, rules alone and with weights
learned (and their margin chosen) without that batch.
"""

from __future__ import annotations

from articles.ingest import story_end, story_end_training
from articles.ingest.story_end_training import Figures
from articles.management.training import TrainWeightsCommand, layout_batch


def described(found: Figures) -> str:
    return (
        f"body checks {found.accuracy:.4f} ({found.checks_right} of {found.checks}), "
        f"furniture lines left after the story {found.furniture_left}, story lines cut {found.story_cut}"
    )


class Command(TrainWeightsCommand):
    help = "Learn the page-end weights from pages whose story's first and last sentences are known."
    model_path = story_end.MODEL_PATH
    training = story_end_training

    def trained_on(self, labelled):
        story = sum(len(page.story) for page in labelled)
        furniture = sum(len(page.furniture) for page in labelled)
        return {"pages": len(labelled), "story_lines": story, "furniture_lines": furniture}

    def report(self, labelled, weights, *, output, cross_validate):
        counts = self.trained_on(labelled)
        story, furniture = counts["story_lines"], counts["furniture_lines"]
        self.stdout.write(f"{len(weights)} weights from {story} story and {furniture} furniture lines → {output}")
        margin = story_end_training.safe_margin(labelled, weights)
        shown = "none" if margin is None else f"{margin:.1f}"
        self.stdout.write(f"smallest margin that cuts no story line of these pages: {shown}")
        self.stdout.write(f"rules alone: {described(story_end_training.figures(labelled, None))}")
        used = f"with the weights at the margin in use ({story_end.CUTTING_MARGIN:.1f})"
        self.stdout.write(f"{used}: {described(story_end_training.figures(labelled, weights))}")
        if cross_validate:
            rules, weighed = story_end_training.cross_validated(labelled, layout_batch)
            self.stdout.write(f"each batch, rules alone: {described(rules)}")
            self.stdout.write(f"each batch, weights learned without it: {described(weighed)}")
