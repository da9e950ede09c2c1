"""python manage.py bench_html_tables [ROWS ...] [--all-extractors ROWS ...]

Time to read a saved web page with a big data table (an article, then a results table of ROWS
rows) as an import does: the page's text (articles/ingest/decoding.html_to_text) and the
extraction of the article from it (articles/ingest/pipeline.extract). Time should grow linearly
with the rows; a page over NEWSDESK_MAX_HTML_ELEMENTS is refused (printed as such, with the time
the refusal took). --all-extractors also times trafilatura with every fallback extractor on
(how pages of any size were read before), for a few small sizes: it grows with the square.
Prints figures; it asserts nothing.
"""

from __future__ import annotations

import sys
import time

from django.conf import settings
from django.core.management.base import BaseCommand

from articles.ingest import decoding
from articles.ingest.decoding import UnreadableFile, html_to_text
from articles.ingest.pipeline import extract

ARTICLE = (
    "<h1>Ward results published in full</h1>"
    "<p class='byline'>By a staff reporter</p>"
    "<p>The borough council published the count for every polling district on Friday, two days after "
    "the vote, and its returning officer said turnout had risen in all but three wards.</p>"
    "<p>“We counted every ballot twice,” the returning officer told reporters at the civic centre.</p>"
)


def table_page(rows: int) -> bytes:
    """A saved page: the article, then a table of `rows` rows of four cells."""
    cells = "".join(
        f"<tr><td>District {n}</td><td>Ward {n % 41}</td><td>{n * 7 % 1000}</td><td>{n % 3 * 10}%</td></tr>"
        for n in range(rows)
    )
    return (
        "<!DOCTYPE html><html><head><title>Ward results published in full</title></head><body>"
        f"<nav><a href='/'>Home</a> <a href='/local'>Local</a></nav><main>{ARTICLE}"
        f"<table><thead><tr><th>District</th><th>Ward</th><th>Votes</th><th>Swing</th></tr></thead>"
        f"<tbody>{cells}</tbody></table><p>The next count is in May.</p></main></body></html>"
    ).encode()


class Command(BaseCommand):
    help = "Seconds to read saved web pages with big tables (1k/10k/50k rows by default)."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("rows", nargs="*", type=int, default=[1_000, 10_000, 50_000])
        parser.add_argument("--all-extractors", nargs="*", type=int, default=[], metavar="ROWS")

    def handle(self, *args, rows: list[int], all_extractors: list[int], **options):
        limit = settings.NEWSDESK_MAX_HTML_ELEMENTS
        extract(html_to_text(table_page(10)))  # trafilatura and spaCy loaded and warmed up before timing
        self.stdout.write(f"{'rows':>8} {'bytes':>11} {'page text':>10} {'extraction':>11} {'µs/row':>8}")
        for n in rows:
            data = table_page(n)
            started = time.perf_counter()
            try:
                text = html_to_text(data, max_elements=limit)
            except UnreadableFile as error:
                seconds = time.perf_counter() - started
                self.stdout.write(f"{n:>8,} {len(data):>11,} refused in {seconds:.2f} s: {error}")
                continue
            read = time.perf_counter() - started
            started = time.perf_counter()
            extract(text, max_body_chars=settings.NEWSDESK_MAX_STORY_CHARS)
            extracted = time.perf_counter() - started
            per_row = (read + extracted) / n * 1e6
            self.stdout.write(f"{n:>8,} {len(data):>11,} {read:>8.2f} s {extracted:>9.2f} s {per_row:>8.0f}")
        if all_extractors:
            self.stdout.write("every fallback extractor on (as before the element count chose):")
            kept = decoding.FULL_EXTRACTION_ELEMENTS
            decoding.FULL_EXTRACTION_ELEMENTS = sys.maxsize
            try:
                for n in all_extractors:
                    started = time.perf_counter()
                    html_to_text(table_page(n), max_elements=sys.maxsize)
                    seconds = time.perf_counter() - started
                    self.stdout.write(f"{n:>8,} rows {seconds:>8.2f} s {seconds / n * 1e6:>8.0f} µs/row")
            finally:
                decoding.FULL_EXTRACTION_ELEMENTS = kept
