"""python manage.py train_headline_model [--pages FOLDER GOLD]... [--output FILE] [--cross-validate]

Relearns the headline weights (articles/ingest/data/headline_weights.json) from pages whose headline
is known: by default newsdesk's own layout pages (tests/data/layouts) and the seeds. Takes about a
minute; --cross-validate adds the accuracy on each layout batch of weights learned without it.
"""

from __future__ import annotations

from articles.ingest import headline_training, headlines
from articles.management.training import TrainWeightsCommand, layout_batch


class Command(TrainWeightsCommand):
    help = "Learn the headline weights from pages whose headline is known."
    model_path = headlines.MODEL_PATH
    training = headline_training

    def trained_on(self, labelled):
        return {"pages": len(labelled), "with_headline_found": sum(page.headline is not None for page in labelled)}

    def report(self, labelled, weights, *, output, cross_validate):
        taught = self.trained_on(labelled)["with_headline_found"]
        self.stdout.write(f"{len(weights)} weights from {taught} of {len(labelled)} pages → {output}")
        self.stdout.write(f"accuracy on the pages learned from: {headline_training.accuracy(weights, labelled):.3f}")
        if cross_validate:
            figure = headline_training.cross_validated_accuracy(labelled, layout_batch)
            self.stdout.write(f"accuracy on each batch learned without it: {figure:.3f}")
