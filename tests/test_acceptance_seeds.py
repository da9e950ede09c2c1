"""Acceptance: the four seeds, imported the normal way, scored against the gold annotation.

The gold (tests/data/gold_seeds.json) and the scorer (tests/data/score_extraction.py) are
copies of the shared ones; the scorer runs as its own process, as it does for `make eval`.
"""

import json
import subprocess
import sys

import pytest

from articles.models import Quote
from articles.services.exporting import export_extraction

from .conftest import DATA

pytestmark = pytest.mark.django_db


@pytest.fixture
def scores(seeded, tmp_path):
    export = tmp_path / "export.json"
    export.write_text(json.dumps(export_extraction()))
    command = [sys.executable, str(DATA / "score_extraction.py"), str(DATA / "gold_seeds.json"), str(export), "--json"]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def test_people(scores):
    persons = scores["persons"]
    assert persons["f1"] >= 0.95, persons
    assert persons["unmerged_duplicates"] == []
    assert persons["not_gold"] == []


def test_quotes_with_speakers(scores):
    assert scores["quotes"]["with_speaker"]["f1"] >= 0.90, scores["problems"]


def test_events(scores):
    assert scores["events"]["recall"] >= 0.85, scores["events"]


def test_unnamed_sources_are_never_attributed_to_a_person(seeded):
    unnamed = Quote.objects.filter(speaker_label__istartswith="a s")  # "A senior …", "A spokesman …"
    assert unnamed.exists()
    assert not unnamed.filter(speaker__isnull=False).exists()
