"""python manage.py train_attributions [CORPUS] [--output FILE]

Relearns the reported-speech cue table (articles/ingest/data/attribution_cues.json) from an
annotated corpus laid out as ../shared/benchmarks/polnear-train (text/*.txt and
attributions.json). Parses every article with the pipeline's spaCy model, so the table
matches the parses it will be applied to. Takes about a minute for the 840 training articles.
"""

from __future__ import annotations

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles.ingest import attributions, nlp
from articles.ingest.attribution_training import learn_cue_table, read_corpus

DEFAULT_CORPUS = Path(settings.BASE_DIR).parent / "shared" / "benchmarks" / "polnear-train"


class Command(BaseCommand):
    help = "Learn the reported-speech cue table from an annotated corpus (PolNeAR layout)."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS, help="text/ + attributions.json")
        parser.add_argument("--output", type=Path, default=attributions.MODEL_PATH, help="Where to write the table.")

    def handle(self, *args, corpus: Path, output: Path, **options):
        try:
            articles = read_corpus(corpus)
        except ValueError as error:
            raise CommandError(str(error)) from error
        self.stderr.write(f"parsing {len(articles)} articles from {corpus}")
        docs = nlp.parse_many(text for text, _ in articles)
        table = learn_cue_table(zip(docs, (gold for _, gold in articles), strict=True))
        table["trained_on"] = {"corpus": corpus.name, "articles": len(articles)}
        output.write_text(json.dumps(table, indent=0, sort_keys=True) + "\n")
        pairs = sum(len(relations) for relations in table["cues"].values())
        self.stdout.write(
            f"{len(table['cues'])} cue words, {pairs} relations → {output} ({output.stat().st_size:,} bytes)"
        )
