#!/usr/bin/env python3
"""Metadata that survives a change of layout: a metamorphic check of the page rules.

usage: .venv/bin/python scripts/mutate_layouts.py [--sample N] [--only WORDS,...] [--show MUTATION:FIELD]
       (--sample: at most N pages per mutation, default 100, 0 for all; about 0.1 s a page read)

Each page of tests/data/layouts (only those: never layouts_blind or layouts_untuned) is read once as written and
once per mutation: a small change of layout real outlets make that leaves what the page should
give (its gold) as it was: the date line in another common format, the byline in another shape,
the separators swapped, blank lines dropped or doubled, a menu or crumb trail above the headline,
"Advertisement" between paragraphs, curly or straight quotes, non-breaking spaces, the headline
in capitals. For each mutation and field (title, authors, outlet, published, body) it prints the
share of pages whose reading is unchanged and how many pages the mutation applied to (a page
without a date line, say, is left out of the date mutations). --show lists the pages a mutation
breaks for a field, with both readings.

It reads pages the way `manage.py evaluate` does (cleaning.clean_page, then metadata.read_metadata),
without a database, and compares the readings as the scorer does (case and punctuation aside).
A dev tool: it changes nothing.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from articles.ingest import cleaning, metadata  # noqa: E402
from articles.ingest.dates import find_date, find_time  # noqa: E402

LAYOUTS = ROOT / "tests" / "data" / "layouts"
GOLD = ROOT / "tests" / "data" / "gold_layouts.json"
FIELDS = ("title", "authors", "outlet", "published", "body")
AS_OF = date(2026, 12, 5)  # one reference day for every reading, so relative dates agree

MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def norm(text: str | None) -> str:
    """As the scorer compares: NFKC, quote marks alike, case and punctuation aside."""
    text = unicodedata.normalize("NFKC", text or "")
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def reading(text: str) -> dict[str, object]:
    """What evaluate reads from a page, in comparable form."""
    page = cleaning.clean_page(text)
    meta = metadata.read_metadata(page, as_of=AS_OF)
    return {
        "title": norm(meta.title),
        "authors": sorted(norm(a) for a in meta.authors),
        "outlet": norm(meta.outlet),
        "published": (meta.published.iso() or "")[:10],
        "body": norm(page.body),
    }


@dataclass
class Page:
    name: str
    text: str
    gold: dict

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")


# --- where things are on a page --------------------------------------------------------------


def body_start(page: Page) -> int:
    """The raw line number where the story's first paragraph starts (the gold's body_first)."""
    first = norm(page.gold.get("body_first"))
    for number, line in enumerate(page.lines):
        if first and first[:40] in norm(line):
            return number
    return len(page.lines)


def title_line(page: Page) -> int | None:
    """The first line before the story that carries the gold headline."""
    title = norm(page.gold.get("title"))
    if not title:
        return None
    for number, line in enumerate(page.lines[: body_start(page) + 1]):
        if title in norm(line):
            return number
    return None


def gold_day(page: Page) -> date | None:
    published = page.gold.get("published") or ""
    if len(published) < 10:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def date_span(page: Page) -> tuple[int, int, int, tuple[int, int] | None] | None:
    """(line, start, end, time span) of the first short line's date that is the gold publication day."""
    day = gold_day(page)
    if day is None:
        return None
    for number, line in enumerate(page.lines):
        if len(line) > 140:
            continue
        found = find_date(line)
        if not found:
            continue
        value, (start, end) = found
        if (value.year, value.month, value.day) != (day.year, day.month, day.day):
            continue
        # a weekday written just before the date belongs to it
        before = re.search(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s*$", line[:start])
        if before:
            start = before.start()
        clock = find_time(line[end:])
        time_span = None
        if clock and clock[2][0] <= 6:
            time_span = (end + clock[2][0], end + clock[2][1])
            zone = re.match(r"\s*(?:GMT|UTC|BST|CET|EST|EDT|IST|WIB|EAT|[A-Z]{2,4}T)\b", line[time_span[1] :])
            if zone:
                time_span = (time_span[0], time_span[1] + zone.end())
        return number, start, end, time_span
    return None


def date_mutation(
    render: Callable[[date], str], whole_line: bool = False, with_clock: bool = False
) -> Callable[[Page], str | None]:
    """Rewrite the page's date (and the clock time after it) in another format."""

    def mutate(page: Page) -> str | None:
        found = date_span(page)
        if found is None:
            return None
        number, start, end, time_span = found
        line = page.lines[number]
        if with_clock and find_time(line[:start]):
            return None  # "10:05 AM March 14": a line whose clock comes first would print two
        stop = time_span[1] if time_span else end
        written = render(gold_day(page))
        if whole_line:
            rest = norm(line[:start] + " " + line[stop:])
            # only a line that is the date and a publishing label: an update or a byline stays as written
            if rest not in ("", "published", "posted", "published on", "posted on", "first published", "date"):
                return None
            new_line = written
        else:
            new_line = line[:start] + written + line[stop:]
        lines = page.lines
        lines[number] = new_line
        return "\n".join(lines)

    return mutate


def _dmy(day: date) -> str:
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def _mdy(day: date) -> str:
    return f"{MONTH_NAMES[day.month - 1]} {day.day}, {day.year}"


DATE_MUTATIONS = {
    "date D Month YYYY": date_mutation(_dmy),
    "date Month D, YYYY": date_mutation(_mdy),
    "date DD.MM.YYYY": date_mutation(lambda d: d.strftime("%d.%m.%Y")),
    "date YYYY-MM-DD": date_mutation(lambda d: d.isoformat()),
    "date Weekday, D Month YYYY, HH:MM": date_mutation(
        lambda d: f"{WEEKDAY_NAMES[d.weekday()]}, {_dmy(d)}, 10:21", with_clock=True
    ),
    "date D Mon YYYY HH:MM GMT": date_mutation(
        lambda d: f"{d.day} {MONTH_NAMES[d.month - 1][:3]} {d.year} 10:21 GMT", with_clock=True
    ),
    "date line 'Published: …'": date_mutation(lambda d: f"Published: {_dmy(d)}", whole_line=True),
    "date line 'Posted on …'": date_mutation(lambda d: f"Posted on {_mdy(d)}", whole_line=True),
}


# --- bylines ---------------------------------------------------------------------------------


def byline_span(page: Page) -> tuple[int, int, int] | None:
    """(line, start, end) of a header line naming every gold author, from 'By' to the last name."""
    authors = page.gold.get("authors") or []
    if not authors:
        return None
    for number, line in enumerate(page.lines[: body_start(page)]):
        spans = []
        for name in authors:
            at = line.casefold().find(name.casefold())
            if at < 0:
                break
            spans.append((at, at + len(name)))
        else:
            start, end = min(s for s, _ in spans), max(e for _, e in spans)
            between = line[start:end]
            for s, e in sorted(spans, reverse=True):
                between = between[: s - start] + between[e - start :]
            # only names and their joiners between them: the byline, not a sentence that names them
            if norm(between).replace("and", "").strip():
                continue
            by = re.search(r"\b(?:by|BY|By)\s*:?\s*$", line[:start])
            if by:
                start = by.start()
            label = line[:start]
            # a label before the names ('By', 'Reporter:', 'Words by', 'From') is the byline's own: it goes too
            if label.strip() and not re.search(r"\d|[|·•]", label) and len(label.split()) <= 4:
                start = 0
            return number, start, end
    return None


def byline_mutation(render: Callable[[list[str], Page], str], *, whole_line: bool = False, least: int = 1):
    def mutate(page: Page) -> str | None:
        authors = page.gold.get("authors") or []
        if len(authors) < least:
            return None
        found = byline_span(page)
        if found is None:
            return None
        number, start, end = found
        line = page.lines[number]
        if whole_line and norm(line[:start] + " " + line[end:]):
            return None
        lines = page.lines
        lines[number] = line[:start] + render(authors, page) + line[end:]
        return "\n".join(lines)

    return mutate


def _joined(authors: list[str]) -> str:
    return authors[0] if len(authors) == 1 else ", ".join(authors[:-1]) + " and " + authors[-1]


BYLINE_MUTATIONS = {
    "byline 'By A and B'": byline_mutation(lambda a, p: "By " + _joined(a)),
    # names without 'By' only where there are two: one name alone is no credit unless the page backs it (the
    # convention of tests/data/layouts, f24), so dropping a lone author's 'By' is no gold-preserving change
    "byline 'A, B'": byline_mutation(lambda a, p: ", ".join(a), whole_line=True, least=2),
    "byline names on own lines": byline_mutation(lambda a, p: "\n".join(a), whole_line=True, least=2),
    "byline 'By A | Outlet'": byline_mutation(
        lambda a, p: "By " + _joined(a) + (f" | {p.gold['outlet']}" if p.gold.get("outlet") else ""), whole_line=True
    ),
    "byline in capitals": byline_mutation(lambda a, p: ("By " + _joined(a)).upper()),
}


# --- separators, blank lines, furniture --------------------------------------------------------

SEPARATORS = ["|", "·", "—", "-", "/"]
_SPACED_SEPARATOR = re.compile(r"(?<=\S) ([|·—/-]) (?=\S)")


def separator_mutation(target: str) -> Callable[[Page], str | None]:
    """Every spaced separator in the lines above the story (the headline's own words aside) becomes target."""

    def mutate(page: Page) -> str | None:
        lines = page.lines
        title = norm(page.gold.get("title"))
        changed = False
        for number in range(body_start(page)):
            line = lines[number]
            if title and title in norm(line):
                # the separators after the headline ('Headline | Site') swap; those inside it stay
                at = norm_prefix_end(line, page.gold["title"])
                if at is None:
                    continue
                head, tail = line[:at], line[at:]
            else:
                head, tail = "", line
            new_tail = _SPACED_SEPARATOR.sub(lambda m: f" {target} ", tail)
            if new_tail != tail:
                lines[number] = head + new_tail
                changed = True
        return "\n".join(lines) if changed else None

    return mutate


def norm_prefix_end(line: str, title: str) -> int | None:
    """Where the gold headline ends in a line that starts with it."""
    wanted = norm(title)
    for end in range(len(line) + 1):
        if norm(line[:end]) == wanted and (end == len(line) or not line[end].isalnum()):
            return end
    return None


def blank_lines_removed_above(page: Page) -> str | None:
    lines = page.lines
    start = body_start(page)
    head = [line for line in lines[:start] if line.strip()]
    if len(head) == start:
        return None
    return "\n".join(head + lines[start:])


def blank_lines_removed(page: Page) -> str | None:
    lines = [line for line in page.lines if line.strip()]
    return "\n".join(lines) if len(lines) < len(page.lines) else None


def blank_lines_doubled(page: Page) -> str | None:
    out = []
    for line in page.lines:
        out.append(line)
        if not line.strip():
            out.append("")
    return "\n".join(out)


def inserted_above_headline(furniture: list[str]) -> Callable[[Page], str | None]:
    def mutate(page: Page) -> str | None:
        number = title_line(page)
        if number is None:
            return None
        lines = page.lines
        return "\n".join(lines[:number] + furniture + lines[number:])

    return mutate


def advertisements(page: Page) -> str | None:
    """'Advertisement' between the story's paragraphs (after every second one, three at most)."""
    body = {norm(p)[:60] for p in re.split(r"\n\s*\n", page.text)}
    lines = page.lines
    start = body_start(page)
    out, count, seen = lines[:start], 0, 0
    for number in range(start, len(lines)):
        out.append(lines[number])
        after = lines[number + 1] if number + 1 < len(lines) else None
        if len(lines[number]) > 80 and after is not None and not after.strip() and norm(lines[number])[:60] in body:
            seen += 1
            if seen % 2 == 0 and count < 3:
                out += ["", "Advertisement"]
                count += 1
    return "\n".join(out) if count else None


def straight_quotes(page: Page) -> str | None:
    text = page.text.translate(str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'}))
    return text if text != page.text else None


def curly_quotes(page: Page) -> str | None:
    text = re.sub(r'(^|[\s(\[—-])"', "\\1\u201c", page.text)
    text = text.replace('"', "\u201d")
    text = re.sub(r"(^|[\s(\[—-])'", "\\1\u2018", text)
    text = text.replace("'", "\u2019")
    return text if text != page.text else None


def non_breaking_spaces(page: Page) -> str | None:
    """A third of the spaces (chosen by the page's name, so runs agree) become non-breaking."""
    chooser = random.Random(page.name)
    return "".join("\u00a0" if c == " " and chooser.random() < 0.33 else c for c in page.text)


def headline_in_capitals(page: Page) -> str | None:
    number = title_line(page)
    if number is None:
        return None
    lines = page.lines
    lines[number] = lines[number].upper()
    return "\n".join(lines)


OTHER_MUTATIONS = {
    **{f"separators → '{target}'": separator_mutation(target) for target in SEPARATORS},
    "blank lines removed above the story": blank_lines_removed_above,
    "blank lines removed": blank_lines_removed,
    "blank lines doubled": blank_lines_doubled,
    "menu line above the headline": inserted_above_headline(
        ["Home  News  Politics  Business  Sport  Culture  Opinion", ""]
    ),
    "crumb trail above the headline": inserted_above_headline(["Home › News › Region", ""]),
    "'Advertisement' between paragraphs": advertisements,
    "quotes straight": straight_quotes,
    "quotes curly": curly_quotes,
    "non-breaking spaces": non_breaking_spaces,
    "headline in capitals": headline_in_capitals,
}

MUTATIONS = {**DATE_MUTATIONS, **BYLINE_MUTATIONS, **OTHER_MUTATIONS}


def load_pages() -> list[Page]:
    gold = {a["file"]: a for a in json.loads(GOLD.read_text())["articles"]}
    return [
        Page(path.name, path.read_text(encoding="utf-8"), gold[path.name])
        for path in sorted(LAYOUTS.glob("*.txt"))
        if path.name in gold
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", type=int, default=100, help="at most N pages per mutation (0: all; default 100)")
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--only", default="", help="comma-separated words; mutations whose name has one")
    parser.add_argument("--show", action="append", default=[], help="MUTATION-WORDS:FIELD to list broken pages")
    parser.add_argument("--json", type=Path, help="also write the table as JSON here")
    args = parser.parse_args()

    pages = load_pages()
    originals: dict[str, dict] = {}  # read when first needed: a sample reads only its pages
    chooser = random.Random(args.seed)
    table = {}
    wanted = [w.strip().casefold() for w in args.only.split(",") if w.strip()]
    sample = f"a sample of at most {args.sample} per mutation" if args.sample else "all of them"
    print(f"{len(pages)} pages, {sample}; share whose reading is unchanged, per field (n: pages mutated)")
    print(f"{'mutation':44}" + "".join(f"{f:>10}" for f in FIELDS) + "       n")
    totals = dict.fromkeys(FIELDS, 0)
    applied_total = 0
    for label, mutate in MUTATIONS.items():
        if wanted and not any(w in label.casefold() for w in wanted):
            continue
        mutated = [(page, text) for page in pages if (text := mutate(page)) is not None and text != page.text]
        if args.sample and len(mutated) > args.sample:
            mutated = chooser.sample(mutated, args.sample)
        kept = dict.fromkeys(FIELDS, 0)
        broken = {f: [] for f in FIELDS}
        for page, text in mutated:
            if page.name not in originals:
                originals[page.name] = reading(page.text)
            now = reading(text)
            for field in FIELDS:
                if now[field] == originals[page.name][field]:
                    kept[field] += 1
                else:
                    broken[field].append((page.name, originals[page.name][field], now[field]))
        n = len(mutated)
        table[label] = {"n": n, **{f: (kept[f] / n if n else None) for f in FIELDS}}
        applied_total += n
        for field in FIELDS:
            totals[field] += kept[field]
        cells = "".join(f"{kept[f] / n:>10.2f}" if n else f"{'-':>10}" for f in FIELDS)
        print(f"{label:44}{cells}{n:>8}", flush=True)
        for show in args.show:
            words, _, field = show.rpartition(":")
            if words.casefold() in label.casefold() and field in broken:
                for name, before, after in broken[field]:
                    print(f"    {name}: {before!r} -> {after!r}")
    if applied_total:
        cells = "".join(f"{totals[f] / applied_total:>10.2f}" for f in FIELDS)
        print(f"{'all mutations':44}{cells}{applied_total:>8}")
    if args.json:
        args.json.write_text(json.dumps(table, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
