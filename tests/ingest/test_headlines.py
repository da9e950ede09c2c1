"""The learned headline weights (headlines.py) and where cleaning/page_start.py lets them overrule the page-start
rules: only by a wide margin, and never in favour of the headline's deck, a story sentence, or a line
under the byline, the date or the story's first sentence."""

import json

import pytest

from articles.ingest import headlines
from articles.ingest.cleaning import clean_page, headline_candidates
from articles.ingest.headline_training import LabelledPage, accuracy, headline_index, learn_weights, read_gold_pages
from articles.ingest.headlines import TRAITS, overruling_candidate

STORY = [
    "",
    "The harbour board voted on Tuesday to close the old ferry terminal by the end of the year, its chair said.",
    "",
    "Board member Ruth Okafor said the terminal had lost money for a decade and could not be repaired.",
]
HEADLINE = "Harbour board votes to close old ferry terminal"
APP_BANNER = "Get the Harbour Herald app: alerts as they happen"


def page(*lines: str) -> str:
    return "\n".join([*lines, *STORY])


def title_of(text: str) -> str | None:
    cleaned = clean_page(text)
    return None if cleaned.title_line is None else cleaned.raw_lines[cleaned.title_line]


@pytest.fixture
def story_words_weigh_most(monkeypatch):
    """Weights that score a line by how many of its words the story uses, and nothing else."""
    learned = dict.fromkeys(TRAITS, 0.0) | {"story_words_share": 10.0}
    monkeypatch.setattr(headlines, "weights", lambda: learned)


def test_the_shipped_weights_weigh_every_trait_the_page_reader_gives():
    (_text, traits), *_ = headline_candidates(page(HEADLINE, "By Sam Ortiz"))[0]
    assert set(traits) == set(TRAITS) == set(headlines.weights())


def test_the_rules_choice_stands_unless_another_line_scores_far_above_it(monkeypatch):
    monkeypatch.setattr(headlines, "weights", lambda: dict.fromkeys(TRAITS, 0.0) | {"byline_below": 1.0})
    close = [{"byline_below": 0.0}, {"byline_below": headlines.OVERRULING_MARGIN / 2}]
    far = [{"byline_below": 0.0}, {"byline_below": headlines.OVERRULING_MARGIN * 2}]
    assert overruling_candidate(close, ruled=0) == 0
    assert overruling_candidate(far, ruled=0) == 1


@pytest.mark.parametrize("verdict", ["ticker_shaped", "credit_line", "reads_as_motto", "publisher_name"])
def test_a_line_the_rules_call_furniture_or_a_credit_is_never_chosen_over_their_headline(monkeypatch, verdict):
    monkeypatch.setattr(headlines, "weights", lambda: dict.fromkeys(TRAITS, 0.0) | {"byline_below": 1.0})
    far_above = headlines.OVERRULING_MARGIN * 2
    assert overruling_candidate([{"byline_below": far_above, verdict: 1.0}, {"byline_below": 0.0}], ruled=1) == 1
    assert overruling_candidate([{"byline_below": far_above}, {"byline_below": 0.0}], ruled=1) == 0


def test_a_headline_the_page_echoes_stands_whatever_the_weights_favour(monkeypatch):
    monkeypatch.setattr(headlines, "weights", lambda: dict.fromkeys(TRAITS, 0.0) | {"byline_below": 1.0})
    echoed = {"byline_below": 0.0, "echoed_by_share_or_browser_title": 1.0}
    assert overruling_candidate([{"byline_below": headlines.OVERRULING_MARGIN * 2}, echoed], ruled=1) == 1


def test_a_banner_the_rules_take_gives_way_to_the_line_the_weights_favour_far_above_it(story_words_weigh_most):
    text = page(APP_BANNER, "Download it free today", HEADLINE, "By Sam Ortiz", "12 March 2025")
    assert title_of(text) == HEADLINE


def test_the_headlines_own_deck_never_replaces_it(story_words_weigh_most):
    deck = "Harbour board votes on Tuesday to close the ferry terminal, saying it lost money for a decade"
    text = page(HEADLINE.replace("ferry terminal", "pier"), deck, "By Sam Ortiz", "12 March 2025")
    assert title_of(text) == HEADLINE.replace("ferry terminal", "pier")


def test_no_line_under_the_byline_or_date_replaces_the_headline_over_them(story_words_weigh_most):
    text = page(
        "Terminal to shut", "By Sam Ortiz", "12 March 2025", "Harbour board votes to close terminal by year end"
    )
    assert title_of(text) == "Terminal to shut"


def test_no_line_under_the_storys_first_sentence_replaces_the_headline(story_words_weigh_most):
    lines = ["Terminal to shut", "", STORY[1], "", "Harbour board to close old ferry terminal", "", STORY[3]]
    assert title_of("\n".join(lines)) == "Terminal to shut"


@pytest.mark.parametrize(
    ("lines", "headline", "expected"),
    [
        (["Menu", HEADLINE, "By Sam Ortiz"], HEADLINE, 1),
        ([f"{HEADLINE} | Harbour Herald", HEADLINE], HEADLINE, 0),  # the browser title carries it first
        (["Harbour board votes to close", "old ferry terminal"], HEADLINE, 0),  # wrapped onto a second line
        (["Menu", "Sport"], HEADLINE, None),
        (["Menu", HEADLINE], "", None),
    ],
)
def test_the_line_that_prints_a_known_headline(lines, headline, expected):
    assert headline_index(lines, headline) == expected


def labelled(*pages: tuple[list[float], int | None]) -> list[LabelledPage]:
    """Pages whose candidates differ only in byline_below (1.0 or 0.0)."""
    made = []
    for n, (bylines, headline) in enumerate(pages):
        candidates = [(f"line {k}", dict.fromkeys(TRAITS, 0.0) | {"byline_below": b}) for k, b in enumerate(bylines)]
        made.append(LabelledPage(f"p{n}", candidates, headline, ruled=0))
    return made


def test_weights_are_learned_for_the_trait_that_marks_the_headline():
    pages = labelled(([0.0, 1.0, 0.0], 1), ([1.0, 0.0], 0), ([0.0, 0.0, 1.0], 2), ([0.0, 1.0], None))
    weights = learn_weights(pages)
    assert weights["byline_below"] > 1.0
    assert accuracy(weights, pages) == 1.0


def test_learning_with_no_headline_found_says_so():
    with pytest.raises(ValueError, match="nothing to learn from"):
        learn_weights(labelled(([0.0, 1.0], None)))


def test_gold_pages_are_read_with_their_headline_and_the_rules_choice(tmp_path):
    (tmp_path / "a.txt").write_text(page("Harbour Herald", HEADLINE, "By Sam Ortiz", "12 March 2025"))
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"articles": [{"file": "a.txt", "title": HEADLINE}]}))
    (read,) = read_gold_pages(tmp_path, gold)
    assert read.candidates[read.headline][0] == HEADLINE
    assert read.ruled == read.headline


def test_a_gold_file_naming_a_missing_page_is_refused_with_both_names(tmp_path):
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"articles": [{"file": "missing.txt", "title": HEADLINE}]}))
    with pytest.raises(ValueError, match=r"missing\.txt.*gold\.json"):
        read_gold_pages(tmp_path, gold)


def test_a_page_the_rules_find_no_headline_on_keeps_none_whatever_the_weights_favour(monkeypatch):
    monkeypatch.setattr(headlines, "weights", lambda: dict.fromkeys(TRAITS, 0.0) | {"one_word": 10.0})
    lead = "The harbour board voted on Tuesday to close the old ferry terminal by the end of the year, its chair said."
    cleaned = clean_page("\n".join(["Council", "", lead, "", STORY[3]]))
    assert cleaned.title_line is None
    assert lead in cleaned.body
