"""A large, realistic corpus for benchmarks, written in bulk: `manage.py generate_corpus N`.

The normal import path runs spaCy on every article (tens of articles a second on two
cores), so 100,000 articles would take hours. Here the real pipeline runs once on a few
dozen template texts (the seeds and the PolNeAR copies in tests/data/polnear), and
variants are stamped out of the extracted records:

- a *story* takes a template's paragraphs (and a few from a second template), renames its
  people consistently (every mention, by its offsets, and the surname wherever else it is
  written, in the title, the speaker labels and the event summaries), swaps a few words
  for others of the corpus's vocabulary and gets a date between 2015 and 2025;
- one to four *outlets* report each story: each variant keeps the lede, drops or moves some
  paragraphs, and has its own outlet, authors, time and headline. Quotes in shared
  paragraphs are word for word the same, so "also reported by" groups a few reports of one
  quotation, as with real wires;
- people are drawn from a pool of 60,000 invented names with a long tail (the busiest
  appear in a few thousand articles, most in a handful).

Every offset is carried through the edits, so the records are the ones an import writes:
Article (title, outlet, authors, published_* parts, body, raw_text, content_hash …),
Person with aliases, Mention offsets into the body, Quote text = body[start:end] with its
speaker, label and fingerprint, Event with participants, articles and quotes. Rows go in
with COPY in batches, ids drawn from the tables' own sequences, so a corpus can be added to
a database that already has articles. No history rows are written (nothing a page reads).
"""

from __future__ import annotations

import bisect
import itertools
import logging
import queue
import random
import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cached_property
from pathlib import Path
from types import SimpleNamespace

from django.db import connection, models, transaction
from django.utils import timezone
from psycopg.types.json import Jsonb

from articles.ingest.cleaning import BYLINE, DATE_LINE, PROMPT
from articles.ingest.decoding import decode_text
from articles.ingest.pipeline import extract
from articles.ingest.records import ExtractedEvent
from articles.models import Article, Event, Mention, Person, Quote, ReviewStatus, Tag
from articles.services.identity import event_fingerprint, quote_fingerprint
from articles.services.importing import collect_files, content_hash

logger = logging.getLogger(__name__)

# --- invented names ---------------------------------------------------------------------------

GIVEN_NAMES = """
Aaron Abigail Adaeze Adrian Agnes Aisha Alan Alba Alejandro Alice Amara Amir Ana Anders Andrea Anika
Anton Arjun Astrid Aurelio Ayasha Beatriz Benedikt Bianca Bogdan Bruno Camille Carla Carmen Cecilia
Chidi Clara Colm Dalia Damian Dana Daria Declan Delia Dmitar Edith Elena Elif Emeka Emil Enzo Erik
Esther Farah Felix Fiona Florin Freya Gabriel Greta Hamid Hana Hannah Hector Helga Hugo Ilse Imani
Ines Ingrid Irene Isaac Ivana Jamal Jana Joaquin Jonas Jorge Josefa Julian Kamala Karim Katya Kenji
Keziah Kofi Lars Laila Lena Leon Liam Lidia Lorenzo Lucia Magnus Maia Malik Mara Marek Marta Mateo
Mei Milan Mirela Nadia Nasser Nell Nikolai Nina Noor Odile Olga Omar Orla Oskar Paloma Pavel Petra
Priya Rafael Rania Reza Rosa Rowan Ruth Sami Sanna Selin Simone Sofia Stellan Sunita Tamar Teodor
Thea Tomas Ugo Ulla Valentin Vera Viktor Wanjiru Wendell Xenia Yara Yusuf Zainab Zofia Zoran
""".split()  # noqa: SIM905

SURNAMES = """
Abara Achterberg Adeyemi Agnelli Ahlberg Alder Almeida Alvarenga Amsel Andersen Arkwright Arnaud
Ashdown Asante Babic Bakshi Balogun Barrientos Bartok Bauer Beaumont Bekele Bellamy Bergqvist Bianchi
Blackwood Blom Bodrov Borowski Brannigan Brightwater Brodeur Calloway Camargo Carrick Castellano
Cerny Chandra Chaudry Cheval Cipriani Clement Collier Corvin Costa Crane Dabrowski Dalca Danforth
Darabont Dekker Delacroix Demir Desai Dimitrov Doherty Dragomir Drummond Dubois Duarte Eberhardt
Ekwueme Elling Esposito Everly Falconer Farrow Fenwick Ferreira Fiorelli Fitzroy Fontaine Forsberg
Galvan Garnier Gaspard Gatti Gentry Gerrard Ghosh Giordano Gladwell Goncalves Gorski Granger Greaves
Grimaldi Gunnarsson Haddad Halloran Hamada Harrow Hartigan Haugen Hawthorne Heller Hendrix Hollis
Horvath Hussain Ibarra Idowu Ilic Ingram Iqbal Ivanova Jablonski Jaramillo Jensen Joubert Juarez
Kaminski Karlsson Kasprzak Kavanagh Keller Kettering Khalil Kinsella Kipling Kiriakou Kowalczyk
Krause Kuznetsova Lachance Lambrecht Landry Larkspur Lautner Lazarov Leclerc Lehmann Lindqvist
Lombardi Lorca Lucchesi Lund Machado Madsen Magnusson Malloy Marchetti Markovic Marlowe Massey
Mbeki Medina Mendel Mercer Meszaros Mikkelsen Milosevic Mirza Molnar Montague Moreau Morrow Mwangi
Nakamura Navarro Nemeth Nilsen Njoroge Novak Nowicki Nyberg Oakes Obi Ocampo Odum Okafor Okonjo
Olander Oliveira Orban Ostrowski Pacheco Palmer Papadakis Pardo Pasternak Pellegrini Penrose Perrin
Petrescu Pham Pieterse Pinto Pollard Popescu Prentice Pryce Quaid Quintero Radu Rahimi Ramirez
Rasmussen Ravel Reinholt Renwick Ricci Rinaldi Rivas Roemer Rosales Rossiter Rowntree Rusnak
Saarinen Salazar Salo Sandoval Santoro Sauer Scarlatti Schafer Segal Serrano Sharma Sheridan Sibanda
Silva Sinclair Skovgaard Sokolov Solberg Soriano Stavros Steiner Stojanovic Strand Sullivan Svoboda
Takahashi Talbot Tamura Tanaka Tavares Tennant Thackeray Thorsen Toivonen Torres Trask Tremblay
Trevino Turek Uchenna Ulrich Underhill Urbanek Vaccaro Valdez Vance Varga Vasquez Vella Verhoeven
Vidal Villanueva Vogel Volkov Voss Wakefield Walcott Waring Weiland Westergaard Whitlock Wieczorek
Winslow Wojcik Wolfe Yamada Yardley Yilmaz Yorke Zamora Zeller Zielinski Zivkovic Zubiri
""".split()  # noqa: SIM905

OUTLETS = """
The Morning Ledger|Northern Courier|The Capital Record|Evening Standard-Post|The Civic Herald|Harbour Times
|Daily Meridian|The Provincial|Wire Service Europa|Atlantic Dispatch|The Weekly Review|Metro Bulletin
|The Observer-Gazette|River City Journal|Frontline Wire|The National Tribune|Coastal Sentinel|Lakeside Examiner
|The Continental|Public Radio Desk|Highland Press|The Correspondent|Valley News|Union Chronicle
|The Digest|Global Affairs Daily|The Inquirer-Star|Southern Telegraph|Prairie Voice|The Parliament Report
|Market Street Journal|The Free Press|City Desk|The Examiner|Borough Times|World Brief
""".replace("\n", "").split("|")

TAG_NAMES = """Elections|Economy|Defence|Diplomacy|Health|Energy|Courts|Climate|Migration|Trade|Security
|Technology|Education|Housing|Transport|Labour|Budget|Media|Sanctions|Protests""".replace("\n", "").split("|")

PEOPLE_POOL = len(GIVEN_NAMES) * len(SURNAMES)
ZIPF_OFFSET = 20  # weight 1/(rank + 20): the busiest name is in about 5% of articles, most in a few
OUTLETS_PER_STORY = (1, 1, 1, 1, 2, 2, 2, 3, 3, 4)  # drawn uniformly: 1.85 reports per story
WORD_SWAP_RATE = 0.05  # share of ordinary words replaced by another word of the corpus, per story
FIRST_DAY, LAST_DAY = date(2015, 1, 1), date(2025, 6, 30)
NOISE_LINES = ("Share this article", "Sign up for our newsletter", "Advertisement")

DEFAULT_TEMPLATE_DIRS = ("seeds", "tests/data/polnear")


def person_name(identity: int) -> str:
    """The invented full name of pool identity n (distinct for every n < PEOPLE_POOL)."""
    g = identity % len(GIVEN_NAMES)
    s = (identity // len(GIVEN_NAMES) + 37 * g) % len(SURNAMES)
    return f"{GIVEN_NAMES[g]} {SURNAMES[s]}"


# --- templates --------------------------------------------------------------------------------


@dataclass
class Block:
    """One or more paragraphs that no quote or mention crosses, with spans local to its text."""

    text: str
    mentions: list[tuple[int, int, int]]  # start, end, person index
    quotes: list[tuple[int, int, int]]  # start, end, quote index


@dataclass
class Template:
    key: int
    source: str
    title: str
    standfirst: str
    dateline_place: str
    blocks: list[Block]
    people: list[tuple[str, str]]  # name, role
    quotes: list[tuple[int | None, str, bool]]  # speaker index, label, partial
    events: list[ExtractedEvent]

    @cached_property
    def slug(self) -> str:
        return slug(self.source)[:24]


def build_template(key: int, source: str, raw_text: str) -> Template | None:
    """Runs the real pipeline once on a text and cuts its body into blocks."""
    extracted = extract(raw_text)
    body = extracted.body
    if not body.strip() or not extracted.people:
        return None
    spans = [(m.start, m.end) for p in extracted.people for m in p.mentions]
    spans += [(q.start, q.end) for q in extracted.quotes]
    paragraphs, start = [], 0
    for gap in re.finditer(r"\n{2,}", body):
        paragraphs.append((start, gap.start()))
        start = gap.end()
    paragraphs.append((start, len(body)))
    # Join paragraphs a span runs across (a quotation over two paragraphs stays whole).
    merged = [list(paragraphs[0])]
    for para in paragraphs[1:]:
        crossing = any(s < para[0] and e > merged[-1][1] for s, e in spans)
        if crossing:
            merged[-1][1] = para[1]
        else:
            merged.append(list(para))
    blocks = []
    for b_start, b_end in merged:
        inside = lambda s, e, b_start=b_start, b_end=b_end: b_start <= s and e <= b_end  # noqa: E731
        blocks.append(
            Block(
                text=body[b_start:b_end],
                mentions=sorted(
                    (m.start - b_start, m.end - b_start, i)
                    for i, p in enumerate(extracted.people)
                    for m in p.mentions
                    if inside(m.start, m.end)
                ),
                quotes=[
                    (q.start - b_start, q.end - b_start, i)
                    for i, q in enumerate(extracted.quotes)
                    if inside(q.start, q.end)
                ],
            )
        )
    meta = extracted.metadata
    return Template(
        key=key,
        source=source,
        title=meta.title or body.split("\n")[0][:200],
        standfirst=meta.standfirst,
        dateline_place=meta.dateline_place,
        blocks=[b for b in blocks if b.text.strip()],
        people=[(" ".join(p.name.split()), p.role) for p in extracted.people],
        quotes=[(q.speaker, q.speaker_label, q.partial) for q in extracted.quotes],
        events=list(extracted.events),
    )


def load_templates(paths: Iterable[Path], progress: Callable[[str], None] = lambda s: None) -> list[Template]:
    templates = []
    for n, path in enumerate(collect_files(list(paths))):
        template = build_template(n, path.name, decode_text(path.read_bytes()))
        if template is not None:
            templates.append(template)
        if (n + 1) % 20 == 0:
            progress(f"extracted {n + 1} template texts")
    return templates


# --- text edits that keep offsets right -------------------------------------------------------


def apply_edits(text: str, edits: list[tuple[int, int, str]]) -> tuple[str, Callable[[int], int]]:
    """The text with non-overlapping (start, end, replacement) edits made, and a function that
    maps an offset of the old text to the new one (offsets inside an edit go to its edges)."""
    edits = sorted(edits)
    pieces, old_starts, shifts, pos, shift = [], [], [], 0, 0
    kept = []
    for s, e, rep in edits:
        if s < pos:  # overlaps an earlier edit: skipped
            continue
        kept.append((s, e, rep))
        pieces.append(text[pos:s])
        pieces.append(rep)
        pos = e
    pieces.append(text[pos:])
    for s, e, rep in kept:
        old_starts.append(s)
        shifts.append((s, e, s + shift, s + shift + len(rep)))
        shift += len(rep) - (e - s)

    def remap(offset: int) -> int:
        i = bisect.bisect_right(old_starts, offset) - 1
        if i < 0:
            return offset
        s, e, ns, ne = shifts[i]
        if offset == s:
            return ns
        if offset >= e:
            return ne + (offset - e)
        return ne  # inside an edit: its end

    return "".join(pieces), remap


WORD = re.compile(r"\b[a-z]{4,}\b")


def token_pattern(tokens: Iterable[str]) -> re.Pattern | None:
    tokens = sorted({t for t in tokens if t}, key=len, reverse=True)
    if not tokens:
        return None
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(t) for t in tokens) + r")(?!\w)")


def rename(text: str, mapping: dict[str, str], pattern: re.Pattern | None) -> str:
    if not pattern or not text:
        return text
    return pattern.sub(lambda m: mapping[m.group(1)], text)


# --- stories and their reports ----------------------------------------------------------------


@dataclass
class Cast:
    """Who the template people are in one story: pool identities and the word-for-word renames."""

    identities: dict[tuple[int, int], int] = field(default_factory=dict)  # (template, person) → identity
    person_maps: dict[tuple[int, int], tuple[dict, re.Pattern | None]] = field(default_factory=dict)
    surnames: dict[int, tuple[dict, re.Pattern | None]] = field(default_factory=dict)  # template → outside text
    full: dict[int, tuple[dict, re.Pattern | None]] = field(default_factory=dict)  # template → titles, summaries


@dataclass
class StoryBlock:
    template: int
    lede: bool
    text: str
    mentions: list[tuple[int, int, int, str]]  # start, end, person index (of its template), text
    quotes: list[tuple[int, int, int]]


@dataclass
class Report:
    """One generated article and its rows, before ids."""

    article: dict
    mentions: list[tuple[int, int, int, str]]  # start, end, identity, text
    quotes: list[dict]  # with "identity" (speaker) and "key" (template, quote index)
    quote_keys: dict[tuple[int, int], int]  # (template, quote index) → position in quotes
    tags: list[int]


class Generator:
    def __init__(self, templates: list[Template], seed: int):
        if not templates:
            raise ValueError("no template articles: nothing to generate from")
        self.templates = templates
        self.seed = seed
        self.rng = random.Random(seed)
        weights = [1 / (rank + ZIPF_OFFSET) for rank in range(PEOPLE_POOL)]
        self.cum_weights = list(itertools.accumulate(weights))
        self.roles: dict[int, str] = {}  # identity → the role first given to it
        self.vocabulary = [w for t in templates for b in t.blocks for w in WORD.findall(b.text)]
        self.author_pool = [person_name((i * 7919 + 13) % PEOPLE_POOL) for i in range(400)]

    def draw_identity(self, rng: random.Random) -> int:
        return bisect.bisect_left(self.cum_weights, rng.random() * self.cum_weights[-1])

    # .. casting ..

    def cast(self, rng: random.Random, template_keys: list[int]) -> Cast:
        cast, used = Cast(), set()
        for key in template_keys:
            t = self.templates[key]
            surname_map, full_map = {}, {}
            for i, (name, role) in enumerate(t.people):
                identity = self.draw_identity(rng)
                while identity in used:
                    identity = self.draw_identity(rng)
                used.add(identity)
                cast.identities[(key, i)] = identity
                self.roles.setdefault(identity, role)
                new_given, new_surname = person_name(identity).split()
                old = name.split()
                mapping = {old[-1]: new_surname}
                if len(old) > 1:
                    mapping[old[0]] = new_given
                    for middle in old[1:-1]:
                        mapping.setdefault(middle, GIVEN_NAMES[(identity * 31 + 7) % len(GIVEN_NAMES)])
                cast.person_maps[(key, i)] = (mapping, token_pattern(mapping))
                if len(old[-1]) >= 3 and old[-1][0].isupper():
                    surname_map.setdefault(old[-1], new_surname)
                for old_token, new_token in mapping.items():
                    full_map.setdefault(old_token, new_token)
            cast.surnames[key] = (surname_map, token_pattern(surname_map))
            cast.full[key] = (full_map, token_pattern(full_map))
        return cast

    def story_block(self, rng: random.Random, cast: Cast, key: int, index: int) -> StoryBlock:
        """A template block with its people renamed and a few words swapped, offsets carried."""
        block = self.templates[key].blocks[index]
        text = block.text
        edits, taken = [], []
        for s, e, person in block.mentions:
            mapping, pattern = cast.person_maps[(key, person)]
            edits.append((s, e, rename(text[s:e], mapping, pattern)))
            taken.append((s, e))
        taken_starts = [s for s, _ in taken]

        def free(s: int, e: int) -> bool:
            i = bisect.bisect_right(taken_starts, e) - 1
            return i < 0 or taken[i][1] <= s

        surname_map, surname_pattern = cast.surnames[key]
        if surname_pattern:
            for m in surname_pattern.finditer(text):
                if free(m.start(), m.end()):
                    edits.append((m.start(), m.end(), surname_map[m.group(1)]))
        swapped = set()
        words = [m for m in WORD.finditer(text) if free(m.start(), m.end())]
        for m in words:
            if rng.random() < WORD_SWAP_RATE:
                swapped.add(m.start())
        word_starts = [m.start() for m in words]
        for s, e, _q in block.quotes:
            # Every quotation gets a word of its own, so stories do not share fingerprints.
            lo, hi = bisect.bisect_left(word_starts, s), bisect.bisect_left(word_starts, e)
            inside = [m.start() for m in words[lo:hi] if m.end() <= e]
            if inside and not swapped.intersection(inside):
                swapped.add(rng.choice(inside))
        for m in words:
            if m.start() in swapped:
                edits.append((m.start(), m.end(), rng.choice(self.vocabulary)))
        new_text, remap = apply_edits(text, edits)
        mentions = [
            (remap(s), remap(e), person, rename(text[s:e], *cast.person_maps[(key, person)]))
            for s, e, person in block.mentions
        ]
        quotes = [(remap(s), remap(e), q) for s, e, q in block.quotes]
        return StoryBlock(key, index == 0, new_text, mentions, quotes)

    def stories(self) -> Iterable[list[Report]]:
        """Endless stories, each a list of one to four reports."""
        for number in itertools.count():
            rng = random.Random(f"{self.seed}:{number}")
            yield self.story(rng, number)

    def story(self, rng: random.Random, number: int) -> list[Report]:
        main = rng.randrange(len(self.templates))
        keys = [main]
        extra: list[int] = []
        if len(self.templates) > 1 and rng.random() < 0.5:
            second = rng.randrange(len(self.templates) - 1)
            second += second >= main
            candidates = list(range(1, len(self.templates[second].blocks)))
            extra = rng.sample(candidates, min(len(candidates), rng.randint(1, 3)))
            if extra:
                keys.append(second)
        cast = self.cast(rng, keys)
        blocks = [self.story_block(rng, cast, main, i) for i in range(len(self.templates[main].blocks))]
        blocks += [self.story_block(rng, cast, keys[-1], i) for i in extra]
        day = FIRST_DAY + timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days))
        outlets = rng.sample(OUTLETS, rng.choice(OUTLETS_PER_STORY))
        reports = [self.report(rng, cast, main, blocks, day, outlet, number) for outlet in outlets]
        events = self.events(rng, cast, keys, day, reports)
        for report in reports:
            report.article["_events"] = events
        return reports

    def report(self, rng, cast, main, blocks, day, outlet, number) -> Report:
        t = self.templates[main]
        lede, rest = blocks[0], blocks[1:]
        kept = [b for b in rest if rng.random() < 0.85] or rest[:1]
        for _ in range(rng.randint(0, 2)):  # a few paragraphs moved
            if len(kept) > 2:
                i = rng.randrange(len(kept) - 1)
                kept[i], kept[i + 1] = kept[i + 1], kept[i]
        chosen = [lede, *kept]
        body_parts, mentions, quotes, quote_keys, offset = [], [], [], {}, 0
        for block in chosen:
            for s, e, person, text in block.mentions:
                mentions.append((offset + s, offset + e, cast.identities[(block.template, person)], text))
            for s, e, qi in block.quotes:
                speaker, label, partial = self.templates[block.template].quotes[qi]
                quote_keys[(block.template, qi)] = len(quotes)
                quotes.append(
                    {
                        "start": offset + s,
                        "end": offset + e,
                        "text": block.text[s:e],
                        "identity": None if speaker is None else cast.identities[(block.template, speaker)],
                        "speaker_label": rename(label, *cast.full[block.template])[:300],
                        "partial": partial,
                        "review_status": review_status(rng, verified=0.05, rejected=0.01),
                    }
                )
            body_parts.append(block.text)
            offset += len(block.text) + 2
        body = "\n\n".join(body_parts)
        title = rename(t.title, *cast.full[main])
        words = list(WORD.finditer(title))
        if words:  # each outlet words its headline a little differently
            w = rng.choice(words)
            title = title[: w.start()] + rng.choice(self.vocabulary) + title[w.end() :]
        moment = datetime.combine(
            day + timedelta(days=rng.choice((0, 0, 0, 1, 2))), time(rng.randint(5, 22), rng.randrange(60))
        )
        precise = rng.random() < 0.85
        authors = rng.sample(self.author_pool, rng.choice((0, 1, 1, 1, 2)))
        standfirst = rename(t.standfirst, *cast.full[main])
        dateline = moment.strftime("%d %B %Y, %H:%M") if precise else moment.strftime("%d %B %Y")
        header = [title, ""]
        removed = []
        noise = rng.choice(NOISE_LINES) if rng.random() < 0.5 else None
        if authors:
            removed.append((len(header), "By " + " and ".join(authors), BYLINE))
            header.append("By " + " and ".join(authors))
        removed.append((len(header), dateline, DATE_LINE))
        header.append(dateline)
        if standfirst:
            header.append(standfirst)
        header.append("")
        raw_lines = [*header, *body.split("\n")]
        if noise:
            removed.append((len(raw_lines), noise, PROMPT))
            raw_lines.append(noise)
        raw_text = "\n".join(raw_lines) + "\n"
        published_at = timezone.make_aware(moment if precise else datetime.combine(moment.date(), time.min), UTC)
        article = {
            "source_file": f"{slug(outlet)}_{moment:%Y-%m-%d}_{number:06d}_{t.slug}.txt",
            "content_hash": content_hash(raw_text),
            "title": title,
            "standfirst": standfirst,
            "outlet": outlet,
            "authors": authors,
            "published_year": moment.year,
            "published_month": moment.month,
            "published_day": moment.day,
            "published_time": moment.time() if precise else None,
            "published_precision": "minute" if precise else "day",
            "published_at": published_at,
            "dateline_place": t.dateline_place,
            "raw_text": raw_text,
            "body": body,
            "removed_lines": [{"line": n, "text": text, "reason": reason} for n, text, reason in removed],
            "review_status": review_status(rng, verified=0.04, rejected=0.01),
        }
        tags = rng.sample(range(len(TAG_NAMES)), rng.choice((1, 2))) if rng.random() < 0.1 else []
        return Report(article, mentions, quotes, quote_keys, tags)

    def events(self, rng, cast, keys, day, reports) -> list[dict]:
        out = []
        for key in keys[:1]:
            for e in self.templates[key].events:
                participants = sorted({cast.identities[(key, i)] for i in e.participants})
                date_year = date_month = date_day = None
                if e.date.known:
                    d = day - timedelta(days=rng.choice((0, 0, 1, 2, 5)))
                    date_year = d.year if e.date.year is not None or e.date.month is not None else None
                    date_month = d.month if e.date.month is not None else None
                    date_day = d.day if e.date.day is not None and date_month is not None else None
                    if date_year is None:
                        date_month = date_day = None
                precision = "day" if date_day else "month" if date_month else "year" if date_year else ""
                out.append(
                    {
                        "summary": rename(e.summary, *cast.full[key]),
                        "kind": e.kind,
                        "date_year": date_year,
                        "date_month": date_month,
                        "date_day": date_day,
                        "date_precision": precision,
                        "date_text": e.date_text[:100],
                        "location": e.location[:200],
                        "participants": participants,
                        "quotes": [(key, q) for q in e.quotes],
                        "reports": reports,
                    }
                )
        return out


def review_status(rng: random.Random, *, verified: float, rejected: float) -> str:
    x = rng.random()
    if x < rejected:
        return ReviewStatus.REJECTED
    if x < rejected + verified:
        return ReviewStatus.VERIFIED
    return ReviewStatus.NEEDS_REVIEW


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", Path(text).stem.lower()).strip("-")


# --- writing with COPY ------------------------------------------------------------------------


class Table:
    """COPY rows of a model (or m2m through model) from dicts; missing fields take their defaults."""

    def __init__(self, model: type[models.Model]):
        self.model = model
        self.fields = [f for f in model._meta.concrete_fields if not f.generated]
        self.columns = [f.column for f in self.fields]
        self.rows: list[tuple] = []
        self.defaults = {}
        for f in self.fields:
            if f.has_default():
                self.defaults[f.attname] = f.get_default
            elif getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False):
                self.defaults[f.attname] = None  # filled with the batch's time
        self.json = {f.attname for f in self.fields if isinstance(f, models.JSONField)}

    def add(self, values: dict, now: datetime) -> None:
        row = []
        for f in self.fields:
            if f.attname in values:
                value = values[f.attname]
            elif f.attname in self.defaults:
                default = self.defaults[f.attname]
                value = default() if default else now
            elif f.null or f.primary_key:  # a through table's id comes from Writer.number
                value = None
            elif f.blank and isinstance(f, (models.CharField, models.TextField)):
                value = ""
            else:
                raise ValueError(f"no value for {self.model.__name__}.{f.attname}")
            if f.attname in self.json:
                value = Jsonb(value)
            row.append(value)
        self.rows.append(tuple(row))

    def copy(self, cursor) -> int:
        if not self.rows:
            return 0
        table = connection.ops.quote_name(self.model._meta.db_table)
        columns = ", ".join(connection.ops.quote_name(c) for c in self.columns)
        with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
            for row in self.rows:
                copy.write_row(row)
        n = len(self.rows)
        self.rows = []
        return n


def next_ids(cursor, model: type[models.Model], n: int) -> list[int]:
    """n fresh primary keys from the table's own sequence (safe beside concurrent inserts)."""
    if n == 0:
        return []
    cursor.execute(
        "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
        [connection.ops.quote_name(model._meta.db_table), model._meta.pk.column, n],
    )
    return [row[0] for row in cursor.fetchall()]


class Writer:
    """Turns reports into rows: people on first use (aliases topped up at the end), then COPY."""

    def __init__(self):
        self.person_ids: dict[int, int] = {}  # identity → Person pk
        self.aliases: dict[int, list[str]] = {}  # identity → aliases so far
        self.written_aliases: dict[int, int] = {}  # identity → how many aliases its row has
        self.roles: dict[int, str] = {}
        self.tag_ids: list[int] = []
        self.counts = dict.fromkeys(("articles", "people", "mentions", "quotes", "events"), 0)

    def ensure_tags(self) -> None:
        tags = []
        for name in TAG_NAMES:
            tag, _ = Tag.objects.get_or_create(slug=slug(name), defaults={"name": name})
            tags.append(tag.pk)
        self.tag_ids = tags

    def prepare(self, reports: list[Report], roles: dict[int, str]) -> list[Table]:
        """The rows of a batch of reports, with their ids, in the order they are to be copied."""
        now = timezone.now()
        with connection.cursor() as cursor:
            article_ids = next_ids(cursor, Article, len(reports))
            for report, pk in zip(reports, article_ids, strict=True):
                report.article["id"] = pk
            # People first seen in this batch.
            new_people: dict[int, None] = {}
            known = self.person_ids
            for report in reports:
                for _s, _e, identity, text in report.mentions:
                    self.note_alias(identity, text)
                    if identity not in known:
                        new_people[identity] = None
                for q in report.quotes:
                    if q["identity"] is not None and q["identity"] not in known:
                        new_people[q["identity"]] = None
                for event in report.article["_events"]:
                    for identity in event["participants"]:
                        if identity not in known:
                            new_people[identity] = None
            people = Table(Person)
            for identity, pk in zip(new_people, next_ids(cursor, Person, len(new_people)), strict=True):
                self.person_ids[identity] = pk
                aliases = self.aliases.get(identity, [])
                self.written_aliases[identity] = len(aliases)
                people.add(
                    {
                        "id": pk,
                        "name": person_name(identity),
                        "aliases": list(aliases),
                        "role": roles.get(identity, "")[:300],
                        "review_status": ReviewStatus.VERIFIED if identity % 50 == 0 else ReviewStatus.NEEDS_REVIEW,
                    },
                    now,
                )
            articles, mentions, quotes = Table(Article), Table(Mention), Table(Quote)
            article_tags = Table(Article.tags.through)
            quote_tags = Table(Quote.tags.through)
            n_mentions = sum(len(r.mentions) for r in reports)
            n_quotes = sum(len(r.quotes) for r in reports)
            mention_ids = iter(next_ids(cursor, Mention, n_mentions))
            quote_ids = iter(next_ids(cursor, Quote, n_quotes))
            for report in reports:
                values = {k: v for k, v in report.article.items() if not k.startswith("_")}
                values["imported_at"] = now
                articles.add(values, now)
                for s, e, identity, text in report.mentions:
                    mentions.add(
                        {
                            "id": next(mention_ids),
                            "article_id": values["id"],
                            "person_id": self.person_ids[identity],
                            "start": s,
                            "end": e,
                            "text": text[:300],
                        },
                        now,
                    )
                for q in report.quotes:
                    q["id"] = next(quote_ids)
                    quotes.add(
                        {
                            "id": q["id"],
                            "article_id": values["id"],
                            "text": q["text"],
                            "start": q["start"],
                            "end": q["end"],
                            "speaker_id": None if q["identity"] is None else self.person_ids[q["identity"]],
                            "speaker_label": q["speaker_label"],
                            "partial": q["partial"],
                            "fingerprint": quote_fingerprint(q["text"]),
                            "review_status": q["review_status"],
                        },
                        now,
                    )
                for t in report.tags:
                    article_tags.add({"article_id": values["id"], "tag_id": self.tag_ids[t]}, now)
                if report.quotes and values["id"] % 37 == 0:
                    quote_tags.add({"quote_id": report.quotes[0]["id"], "tag_id": self.tag_ids[values["id"] % 7]}, now)
            events = self.event_rows(cursor, reports, now)
            for table in (article_tags, quote_tags):
                self.number(cursor, table)
        self.counts["people"] += len(new_people)
        self.counts["articles"] += len(articles.rows)
        self.counts["mentions"] += len(mentions.rows)
        self.counts["quotes"] += len(quotes.rows)
        self.counts["events"] += len(events[0].rows)
        return [people, articles, mentions, quotes, *events, article_tags, quote_tags]

    @staticmethod
    def copy(tables: list[Table]) -> None:
        """One batch in one transaction (foreign keys are checked at its commit)."""
        with transaction.atomic(), connection.cursor() as cursor:
            for table in tables:
                table.copy(cursor)

    @staticmethod
    def number(cursor, table: Table) -> None:
        """Gives the rows of a through table their ids."""
        ids = next_ids(cursor, table.model, len(table.rows))
        pk = table.columns.index(table.model._meta.pk.column)
        table.rows = [(*row[:pk], i, *row[pk + 1 :]) for row, i in zip(table.rows, ids, strict=True)]

    def event_rows(self, cursor, reports: list[Report], now) -> list[Table]:
        events_table = Table(Event)
        participants = Table(Event.participants.through)
        articles = Table(Event.articles.through)
        quotes = Table(Event.quotes.through)
        seen: dict[int, dict] = {}
        for report in reports:
            for event in report.article["_events"]:
                seen.setdefault(id(event), event)
        event_ids = next_ids(cursor, Event, len(seen))
        for event, pk in zip(seen.values(), event_ids, strict=True):
            people = [self.person_ids[i] for i in event["participants"]]
            events_table.add(
                {
                    "id": pk,
                    **{k: event[k] for k in ("summary", "kind", "date_year", "date_month", "date_day")},
                    **{k: event[k] for k in ("date_precision", "date_text", "location")},
                    "fingerprint": event_fingerprint(event["kind"], [SimpleNamespace(pk=p) for p in people])[:200],
                },
                now,
            )
            for person in people:
                participants.add({"event_id": pk, "person_id": person}, now)
            for report in event["reports"]:
                articles.add({"event_id": pk, "article_id": report.article["id"]}, now)
                for key in event["quotes"]:
                    if key in report.quote_keys:
                        quotes.add({"event_id": pk, "quote_id": report.quotes[report.quote_keys[key]]["id"]}, now)
        for table in (participants, articles, quotes):
            self.number(cursor, table)
        return [events_table, participants, articles, quotes]

    def note_alias(self, identity: int, text: str) -> None:
        text = " ".join(text.split())
        if text == person_name(identity):
            return
        aliases = self.aliases.setdefault(identity, [])
        if text not in aliases and len(aliases) < 8:
            aliases.append(text)

    def finish(self) -> None:
        """Aliases found after a person's row was written, in one UPDATE."""
        grown = [(self.person_ids[i], a) for i, a in self.aliases.items() if len(a) > self.written_aliases.get(i, 0)]
        if not grown:
            return
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("CREATE TEMPORARY TABLE corpus_aliases (id bigint, aliases varchar(200)[]) ON COMMIT DROP")
            with cursor.copy("COPY corpus_aliases (id, aliases) FROM STDIN") as copy:
                for row in grown:
                    copy.write_row(row)
            table = connection.ops.quote_name(Person._meta.db_table)
            cursor.execute(f"UPDATE {table} p SET aliases = c.aliases FROM corpus_aliases c WHERE p.id = c.id")


class BackgroundCopy:
    """Runs Writer.copy for each batch, in order, on a thread with its own connection (or inline)."""

    def __init__(self, threaded: bool):
        self.threaded = threaded
        self.queue: queue.Queue = queue.Queue(maxsize=1)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self.run, daemon=True) if threaded else None

    def __enter__(self):
        if self.thread:
            self.thread.start()
        return self

    def submit(self, tables: list[Table]) -> None:
        if not self.thread:
            Writer.copy(tables)
            return
        if self.error:
            raise self.error
        self.queue.put(tables)

    def run(self) -> None:
        try:
            while (tables := self.queue.get()) is not None:
                if self.error is None:
                    Writer.copy(tables)
        except BaseException as error:  # handed to the main thread
            self.error = error
            while self.queue.get() is not None:
                pass
        finally:
            connection.close()

    def __exit__(self, *exc):
        if self.thread:
            self.queue.put(None)
            self.thread.join()
            if self.error and not exc[0]:
                raise self.error
        return False


def generate(
    n: int,
    templates: list[Template],
    *,
    seed: int = 0,
    batch: int = 1000,
    threaded: bool = False,
    progress: Callable[[str], None] = lambda s: None,
) -> dict[str, int]:
    """Writes n articles (with their people, quotes and events) made from the templates.

    threaded: COPY each batch on a second connection while the next one is made (the
    database and Python each keep a core busy); each batch commits on its own, so not
    inside a test's transaction.
    """
    generator = Generator(templates, seed)
    writer = Writer()
    writer.ensure_tags()
    pending: list[Report] = []
    made = 0
    stories = generator.stories()
    with BackgroundCopy(threaded) as background:
        while made < n:
            reports = next(stories)
            if len(reports) > n - made:  # the last story: fewer outlets
                reports = reports[: n - made]
                for event in reports[0].article["_events"]:
                    event["reports"] = event["reports"][: len(reports)]
            made += len(reports)
            pending.extend(reports)
            if len(pending) >= batch or made >= n:
                background.submit(writer.prepare(pending, generator.roles))
                pending = []
                progress(f"{made:,} / {n:,} articles")
    writer.finish()
    return writer.counts


ANALYZED_MODELS = (
    Article,
    Person,
    Mention,
    Quote,
    Event,
    Event.participants.through,
    Event.articles.through,
    Event.quotes.through,
    Article.tags.through,
    Quote.tags.through,
)
