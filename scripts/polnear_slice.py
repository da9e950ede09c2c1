"""Lay out one slice of a PolNeAR-style corpus as a benchmark folder, to measure on articles the
rules were not tuned on.

usage: polnear_slice.py CORPUS OUT --every N --keep K

CORPUS holds text/*.txt and attributions.json (../shared/benchmarks/README.md). The slice is
the articles whose position in file-name order is K modulo N (--every 5 --keep 4: a fifth).
OUT gets text/ (links to the corpus' files), attributions.json (the slice's attributions) and
gold.json: the quotation segments of its direct and mixed attributions in the seeds' gold form,
as polnear-test/gold.json has them (speaker_span the raw source; segments of three words or
fewer optional), for score_extraction.py. Standard library only.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

QUOTED = re.compile(r"(?:“|\"|'')(.+?)(?:”|\"|'')", re.S)
OPENERS = ("“", '"', "''")
OPTIONAL_WORDS = 3


def quotation_segments(text: str, ranges: list[list[int]]) -> list[str]:
    """The quoted words of one attribution's content, marks stripped; a content that opens a
    quotation and runs on past its paragraph (no closing mark) is one segment."""
    out = []
    for start, end in ranges:
        content = text[start:end]
        found = [m.group(1).strip() for m in QUOTED.finditer(content)]
        if not found and content.lstrip().startswith(OPENERS):
            found = [content.strip().lstrip("“\"'").rstrip("”\"'").strip()]
        out += [segment for segment in found if segment]
    return out


def gold_quotes(text: str, attributions: list[dict]) -> list[dict]:
    quotes = []
    for attribution in attributions:
        if attribution.get("kind") not in {"direct", "mixed"}:
            continue
        for segment in quotation_segments(text, attribution["ranges"]):
            quote = {"text": segment, "speaker": None, "speaker_span": attribution.get("source")}
            if len(segment.split()) <= OPTIONAL_WORDS:
                quote["optional"] = True
            quotes.append(quote)
    return quotes


def make_slice(corpus: Path, out: Path, every: int, keep: int) -> int:
    """Write the slice under out; returns the number of articles in it."""
    source = json.loads((corpus / "attributions.json").read_text(encoding="utf-8"))
    articles = sorted(source["articles"], key=lambda a: a["file"])
    chosen = [a for position, a in enumerate(articles) if position % every == keep]
    (out / "text").mkdir(parents=True, exist_ok=True)
    gold = []
    for article in chosen:
        original = corpus / "text" / article["file"]
        link = out / "text" / article["file"]
        if not link.exists():
            os.symlink(original.resolve(), link)
        gold.append(
            {
                "file": article["file"],
                "quotes": gold_quotes(original.read_text(encoding="utf-8"), article["attributions"]),
            }
        )
    about = f"{corpus.name}: articles at positions {keep} mod {every} in file-name order"
    (out / "attributions.json").write_text(json.dumps({"about": about, "articles": chosen}, ensure_ascii=False))
    (out / "gold.json").write_text(json.dumps({"about": about, "articles": gold}, ensure_ascii=False, indent=1))
    return len(chosen)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--every", type=int, default=5)
    parser.add_argument("--keep", type=int, default=4)
    args = parser.parse_args(argv)
    if not (args.corpus / "attributions.json").is_file() or not (args.corpus / "text").is_dir():
        print(f"polnear_slice: {args.corpus} has no attributions.json and text/", file=sys.stderr)
        return 1
    if not 0 <= args.keep < args.every:
        print(f"polnear_slice: --keep must be between 0 and {args.every - 1}", file=sys.stderr)
        return 1
    count = make_slice(args.corpus, args.out, args.every, args.keep)
    print(f"{count} articles → {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
