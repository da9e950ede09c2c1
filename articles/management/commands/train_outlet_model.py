"""python manage.py train_outlet_model [--pages FOLDER GOLD]... [--output FILE] [--cross-validate]

Relearns the outlet weights (articles/ingest/data/outlet_weights.json) from pages whose outlet is known: by
default newsdesk's own layout pages (tests/data/layouts) and the seeds. Takes a few seconds; --cross-validate adds
the accuracy on each layout batch of weights learned without it (about half a minute).
"""

from __future__ import annotations

from articles.ingest import outlet_training, outlets
from articles.management.training import TrainWeightsCommand, layout_batch, rules_and_weights


class Command(TrainWeightsCommand):
    help = "Learn the outlet weights from pages whose outlet is known."
    model_path = outlets.MODEL_PATH
    training = outlet_training

    def trained_on(self, labelled):
        return {"pages": len(labelled), "with_outlet_found": sum(page.outlet is not None for page in labelled)}

    def report(self, labelled, weights, *, output, cross_validate):
        taught = self.trained_on(labelled)["with_outlet_found"]
        self.stdout.write(f"{len(weights)} weights from {taught} of {len(labelled)} pages → {output}")
        self.stdout.write(
            f"accuracy on the pages learned from: {rules_and_weights(outlet_training.accuracies(weights, labelled))}"
        )
        overruled = outlet_training.wrongly_overruled(weights, labelled, outlets.OVERRULING_MARGIN)
        if overruled:
            self.stdout.write(f"rules' right outlet overruled at the margin: {', '.join(overruled)}")
        if cross_validate:
            accuracy = outlet_training.cross_validated(labelled, layout_batch)
            self.stdout.write(f"accuracy on each batch learned without it: {rules_and_weights(accuracy)}")
