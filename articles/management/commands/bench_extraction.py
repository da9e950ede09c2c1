"""python manage.py bench_extraction [PATH ...] [--repeat N]

Throughput of the extraction pipeline (reported speech included) beside spaCy's own nlp.pipe
on the same texts: the pipeline parses each article once and runs its rules on that Doc, so it
should keep most of spaCy's speed. The reported-speech step is also timed alone. Prints
figures; it asserts nothing (timings belong in a benchmark, not a test).
Default texts: seeds/ and, when present, ../shared/benchmarks/polnear-test/text.
"""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.bench.timing import DEFAULT_PATHS, best_of, rate_line
from articles.ingest import attributions, cleaning, nlp, people, quotes
from articles.ingest.decoding import decode_text
from articles.ingest.pipeline import extract
from articles.services.importing import collect_files


class Command(BaseCommand):
    help = "Articles/s and tokens/s of the extraction pipeline beside spaCy's nlp.pipe on the same texts."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", type=Path, help="Files or folders (default: seeds and PolNeAR).")
        parser.add_argument("--repeat", type=int, default=3, help="Runs of each; the best is reported.")

    def handle(self, *args, paths: list[Path], repeat: int, **options):
        paths = paths or [p for p in DEFAULT_PATHS if p.exists()]
        texts = [decode_text(f.read_bytes()) for f in collect_files(paths)]
        if not texts:
            raise CommandError("no texts to run on")
        bodies = [cleaning.clean_page(t).body for t in texts]
        model = nlp.load()
        list(model.pipe(bodies[:2]))  # load and warm up before timing
        tokens = sum(len(doc) for doc in model.pipe(bodies))

        spacy_seconds = best_of(repeat, lambda: list(model.pipe(bodies)))
        single_seconds = best_of(repeat, lambda: [model(b) for b in bodies])
        pipeline_seconds = best_of(repeat, lambda: [extract(t) for t in texts])
        # Reported speech alone, on Docs parsed beforehand: its share of the pipeline's time.
        docs = list(model.pipe(bodies))
        found = [(b, d, people.find_people(b, d)) for b, d in zip(bodies, docs, strict=True)]
        found = [(b, d, p, quotes.find_quotes(b, p, d)) for b, d, p in found]
        reported_seconds = best_of(
            repeat, lambda: [attributions.find_attributions(b, p, list(q), d) for b, d, p, q in found]
        )

        self.stdout.write(f"{len(texts)} articles, {tokens:,} tokens (best of {repeat} runs)")
        self.stdout.write(rate_line("spaCy nlp.pipe", len(texts), tokens, spacy_seconds))
        self.stdout.write(rate_line("spaCy nlp(text)", len(texts), tokens, single_seconds))
        self.stdout.write(rate_line("newsdesk pipeline", len(texts), tokens, pipeline_seconds))
        self.stdout.write(rate_line("  of which reported", len(texts), tokens, reported_seconds))
        # Against the faster of spaCy's two ways, so load on a shared machine cannot flatter the ratio.
        fastest = min(spacy_seconds, single_seconds)
        self.stdout.write(f"pipeline keeps {fastest / pipeline_seconds:.0%} of spaCy's throughput")
