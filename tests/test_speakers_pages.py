"""Acceptance: newsdesk's own speaker pages (tests/data/speakers), imported the normal way and
scored against their gold by the shared scorer, for persons and quotes with the right speaker.

Invented stories in many outlets' styles (tests/data/speakers/README.md), written to hold
the speaker classes the rules must handle: pronouns paragraphs after a name, alternating
speakers, role nouns ("the Treasurer", "the spokesman", "Kenya's president"), institutions as
sources, organisations and regions beside people, hyphenated and misspelt surnames.
"""

import json
import subprocess
import sys

import pytest

from articles.services.exporting import export_extraction
from articles.services.importing import collect_files, import_path

from .conftest import DATA

pytestmark = pytest.mark.django_db

PAGES = DATA / "speakers"


@pytest.fixture
def scores(db, tmp_path):
    files = collect_files([PAGES / "text"])
    gold = json.loads((PAGES / "gold.json").read_text())
    assert len(files) == len(gold["articles"]), "every page has its gold"
    results = [import_path(p) for p in files]
    assert [r.status for r in results] == ["imported"] * len(files), [r.line() for r in results]
    export = tmp_path / "export.json"
    export.write_text(json.dumps(export_extraction()))
    command = [sys.executable, str(DATA / "score_extraction.py"), str(PAGES / "gold.json"), str(export), "--json"]
    return json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)


def test_people_on_unseen_pages(scores):
    persons = scores["persons"]
    assert persons["f1"] >= 0.95, persons
    assert persons["not_gold"] == [], persons  # no organisation, region or common word as a person


def test_quotes_with_their_speakers_on_unseen_pages(scores):
    quotes = scores["quotes"]
    assert quotes["detection"]["f1"] >= 0.95, scores["problems"]
    assert quotes["with_speaker"]["f1"] >= 0.90, scores["problems"]
