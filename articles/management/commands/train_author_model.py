"""python manage.py train_author_model [--pages FOLDER GOLD]... [--output FILE] [--cross-validate]

Relearns the author weights (articles/ingest/data/author_weights.json) from pages whose authors are known: by
default newsdesk's own layout pages (tests/data/layouts) and the seeds. Takes a few seconds; --cross-validate adds
the accuracy on each layout batch of weights learned without it (about half a minute).
"""

from __future__ import annotations

from articles.ingest import author_training, authorship
from articles.management.training import TrainWeightsCommand, layout_batch, rules_and_weights


class Command(TrainWeightsCommand):
    help = "Learn the author weights from pages whose authors are known."
    model_path = authorship.MODEL_PATH
    training = author_training

    def trained_on(self, labelled):
        return {"pages": len(labelled), "with_authors": sum(bool(page.authors) for page in labelled)}

    def report(self, labelled, weights, *, output, cross_validate):
        with_authors = self.trained_on(labelled)["with_authors"]
        self.stdout.write(f"{len(weights)} weights from {len(labelled)} pages ({with_authors} with authors) → {output}")
        self.stdout.write(
            f"accuracy on the pages learned from: {rules_and_weights(author_training.accuracies(weights, labelled))}"
        )
        accepted = author_training.wrongly_accepted(weights, labelled, authorship.ACCEPTING_MARGIN)
        if accepted:
            self.stdout.write(f"rules' right authors changed at the margin: {', '.join(accepted)}")
        if cross_validate:
            accuracy = author_training.cross_validated(labelled, layout_batch)
            self.stdout.write(f"accuracy on each batch learned without it: {rules_and_weights(accuracy)}")
