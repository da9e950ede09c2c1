"""Which pages' metadata the scorer counts wrong, and what was read instead.

The scorer (tests/data/score_extraction.py) prints each metadata figure as a share only; this lists the pages behind
it, judged by the scorer's own score_metadata, so a tuning set's misses can be read page by page:

    .venv/bin/python manage.py evaluate DIR --gold GOLD.json --export /tmp/export.json
    .venv/bin/python scripts/metadata_misses.py /tmp/export.json GOLD.json [--field outlet]
"""

import argparse
import importlib.util
import json
import sys
from dataclasses import dataclass
from pathlib import Path

SCORER = Path(__file__).resolve().parent.parent / "tests" / "data" / "score_extraction.py"
FIELDS = ("title", "authors", "outlet", "published", "body")


@dataclass(frozen=True)
class Miss:
    file: str
    field: str
    gold: object
    read: object


def load_scorer(path: Path = SCORER):
    spec = importlib.util.spec_from_file_location("score_extraction", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def body_misses(gold_article: dict, read_body: str, norm) -> list[str]:
    """The body checks that fail, each named by what it looks for."""
    body = norm(read_body)
    failed = []
    if norm(gold_article["body_first"]) not in body:
        failed.append(f"first: {gold_article['body_first']}")
    if norm(gold_article["body_last"]) not in body:
        failed.append(f"last: {gold_article['body_last']}")
    failed += [f"not in body: {x}" for x in gold_article.get("not_in_body", []) if norm(x) in body]
    return failed


def metadata_misses(export: dict, gold: dict, scorer=None) -> list[Miss]:
    """Every (page, field) the scorer counts wrong; a page the export lacks is one miss with field "article"."""
    scorer = scorer or load_scorer()
    by_file = {(a.get("source_file") or "").rsplit("/", 1)[-1]: a for a in export.get("articles", [])}
    misses = []
    for gold_article in gold["articles"]:
        if "title" not in gold_article:
            continue  # the scorer scores no metadata for it
        name = gold_article["file"]
        read = by_file.get(name)
        if read is None:
            misses.append(Miss(name, "article", name, None))
            continue
        meta = {field: [0, 0] for field in FIELDS}
        scorer.score_metadata(gold_article, read, meta)
        for field in FIELDS:
            right, counted = meta[field]
            if right == counted:
                continue
            if field == "body":
                misses.append(Miss(name, field, body_misses(gold_article, read.get("body") or "", scorer.norm), None))
            else:
                misses.append(Miss(name, field, gold_article.get(field), read.get(field)))
    return misses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("export", type=Path, help="The export evaluate --export kept.")
    parser.add_argument("gold", type=Path, help="The gold file the pages were scored against.")
    parser.add_argument("--field", choices=(*FIELDS, "article"), help="Only this field's misses.")
    args = parser.parse_args(argv)
    for path in (args.export, args.gold):
        if not path.is_file():
            parser.error(f"no such file: {path}")
    try:
        export, gold = json.loads(args.export.read_text()), json.loads(args.gold.read_text())
    except json.JSONDecodeError as error:
        parser.error(f"not JSON: {error}")
    misses = [m for m in metadata_misses(export, gold) if args.field in (None, m.field)]
    for miss in misses:
        if miss.field == "body":
            print(f"{miss.file}  body")
            for check in miss.gold:
                print(f"    {check}")
        else:
            print(f"{miss.file}  {miss.field}: gold {miss.gold!r}, read {miss.read!r}")
    print(f"{len(misses)} misses on {len({m.file for m in misses})} pages", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
