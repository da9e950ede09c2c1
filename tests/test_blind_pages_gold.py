"""tests/data/layouts_blind and layouts_untuned: pages written blind, scored by `make eval`. Their gold
must describe the pages as written: one entry a page, and every span it names is on its page."""

import json

import pytest

from .conftest import DATA


@pytest.mark.parametrize("folder", ["layouts_blind", "layouts_untuned"])
def test_every_page_has_gold_whose_spans_are_on_the_page(folder):
    pages = DATA / folder
    gold = json.loads((pages / "gold.json").read_text(encoding="utf-8"))["articles"]
    files = sorted(p.name for p in (pages / "text").glob("*.txt"))
    assert files
    assert sorted(a["file"] for a in gold) == files
    for article in gold:
        text = (pages / "text" / article["file"]).read_text(encoding="utf-8")
        spans = [article["title"], article["body_first"], article["body_last"], *article["not_in_body"]]
        spans += [mention for person in article["persons"] for mention in person["mentions"]]
        spans += [quote["text"] for quote in article["quotes"]]
        missing = [span for span in spans if span not in text]
        assert not missing, (article["file"], missing)
        named = {person["name"] for person in article["persons"]}
        assert {quote["speaker"] for quote in article["quotes"]} <= named, article["file"]


def test_no_page_is_in_both_sets():
    def names(folder):
        return {p.name for p in (DATA / folder / "text").glob("*.txt")}

    assert not names("layouts_blind") & names("layouts_untuned")
