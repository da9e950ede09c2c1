"""tests/data/layouts_untuned: pages no rule is tuned on, scored by `make eval`. Their gold must
describe the pages as written: one entry a page, and every span it names is on its page."""

import json

from .conftest import DATA

PAGES = DATA / "layouts_untuned"


def test_every_page_has_gold_whose_spans_are_on_the_page():
    gold = json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))["articles"]
    files = sorted(p.name for p in (PAGES / "text").glob("*.txt"))
    assert sorted(a["file"] for a in gold) == files
    for article in gold:
        text = (PAGES / "text" / article["file"]).read_text(encoding="utf-8")
        spans = [article["title"], article["body_first"], article["body_last"], *article["not_in_body"]]
        spans += [mention for person in article["persons"] for mention in person["mentions"]]
        spans += [quote["text"] for quote in article["quotes"]]
        missing = [span for span in spans if span not in text]
        assert not missing, (article["file"], missing)
        named = {person["name"] for person in article["persons"]}
        assert {quote["speaker"] for quote in article["quotes"]} <= named, article["file"]
