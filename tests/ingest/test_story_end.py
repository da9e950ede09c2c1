"""The learned page-end weights (story_end.py) and where cleaning/reader.py lets them cut: only the lines the rules
keep at the page's end, from the last upwards, by a margin; never a line that reports someone's words,
carries a quotation or is a long sentence, never a line an editor restored, never the story's first line,
and never a story line above a line they keep."""

import json

import pytest

from articles.ingest import story_end
from articles.ingest.cleaning import LEARNED_PAGE_END, clean_page, page_end_lines
from articles.ingest.story_end import INSIDE, KEPT, OUTSIDE, TRAITS, line_traits, lines_to_cut
from articles.ingest.story_end_training import figures, learn_weights, read_gold_pages, safe_margin

STORY = [
    "Harbour board votes to close old ferry terminal",
    "",
    "By Sam Ortiz",
    "",
    "The harbour board voted on Tuesday to close the old ferry terminal by the end of the year, its chair said.",
    "",
    "Board member Ruth Okafor said the terminal had lost money for a decade and could not be repaired.",
    "",
    "Passengers will move to the new pier on the east side of the harbour from July.",
]


def page(*tail: str) -> str:
    return "\n".join([*STORY, *(f"\n{line}" for line in tail)])


def cut_by_weights(text: str, keep_lines: frozenset[int] = frozenset()) -> list[str]:
    cleaned = clean_page(text, keep_lines)
    return [removed.text for removed in cleaned.removed if removed.reason == LEARNED_PAGE_END]


@pytest.fixture
def short_lines_weigh_most(monkeypatch):
    """Weights that call every line of five words or fewer furniture, far past the margin, and nothing else."""
    far = story_end.CUTTING_MARGIN * 10
    learned = dict.fromkeys(TRAITS, 0.0) | {"one_or_two_words": far, "three_to_five_words": far}
    monkeypatch.setattr(story_end, "weights", lambda: learned)


@pytest.fixture
def every_line_weighs_as_furniture(monkeypatch):
    learned = dict.fromkeys(TRAITS, 0.0) | {"bias": story_end.CUTTING_MARGIN * 10}
    monkeypatch.setattr(story_end, "weights", lambda: learned)


def test_the_shipped_weights_weigh_every_trait_the_page_reader_gives():
    texts, cut, kept, headline = page_end_lines(page("Tags", "Ferries"))
    assert set(line_traits(texts, cut, kept[-1], headline, set())) == set(TRAITS) == set(story_end.weights())


def test_what_the_rules_make_of_each_line_is_read_as_kept_inside_or_outside_furniture():
    texts, cut, kept, headline = page_end_lines(page("Photo: Sam Ortiz", "The new pier opens on 1 July.", "Ferries"))
    kinds = dict(zip(texts, cut, strict=True))
    assert headline == STORY[0] and kinds[STORY[0]] == OUTSIDE
    assert kinds["Photo: Sam Ortiz"] == INSIDE
    assert kinds["The new pier opens on 1 July."] == KEPT
    assert [texts[i] for i in kept][-1] == "The new pier opens on 1 July."


# --- with the shipped weights -------------------------------------------------------------------------


def test_a_short_closing_sentence_under_a_photo_credit_stays():
    assert cut_by_weights(page("Photo: Sam Ortiz", "The new pier opens on 1 July.")) == []


def test_a_short_closing_sentence_stays():
    assert cut_by_weights(page("The new pier opens on 1 July.")) == []
    assert "The new pier opens on 1 July." in clean_page(page("The new pier opens on 1 July.")).body


def test_a_page_the_rules_clean_entirely_is_not_touched():
    related = ("Related", "Council plans new cycle lanes on the seafront", "Fishing fleet returns early")
    cleaned = clean_page(page(*related))
    assert cleaned.body.endswith("from July.")
    assert not any(removed.reason == LEARNED_PAGE_END for removed in cleaned.removed)


# --- where the weights may cut ------------------------------------------------------------------------


def test_short_lines_left_at_the_end_are_cut_from_the_bottom_up(short_lines_weigh_most):
    # short questions the page-end rules have no pattern for
    assert cut_by_weights(page("Any thoughts?", "Fancy another?")) == ["Any thoughts?", "Fancy another?"]


def test_the_walk_stops_at_the_first_line_the_weights_keep(short_lines_weigh_most):
    # the subheading above the closing sentence is never reached
    text = page("What happens next", "Tickets for the new route go on sale at the pier office in June.")
    assert cut_by_weights(text) == []


@pytest.mark.parametrize(
    "line",
    [
        "Nobody asked us, a passenger said.",  # reports someone's words
        "“Goodbye, old pier.”",  # a quotation
        "The terminal, built in 1931 and extended twice since the war, will be demolished next spring to make room"
        " for new housing.",  # a long sentence
    ],
)
def test_a_line_the_rules_protect_is_never_cut(every_line_weighs_as_furniture, line):
    assert cut_by_weights(page(line)) == []


def test_a_line_an_editor_restored_is_never_cut_nor_any_above_it(short_lines_weigh_most):
    text = page("Any thoughts?", "Fancy another?")
    restored = text.split("\n").index("Fancy another?")
    assert cut_by_weights(text, frozenset({restored})) == []


def test_the_story_first_line_is_never_cut(every_line_weighs_as_furniture):
    texts = ["Headline", "A lone short line."]
    assert lines_to_cut(texts, [OUTSIDE, KEPT], [1], "Headline") == []


def test_only_the_last_lines_are_asked(every_line_weighs_as_furniture):
    texts = [f"Line {n} of the story." for n in range(20)]
    kept = list(range(20))
    chosen = lines_to_cut(texts, [KEPT] * 20, kept, "")
    assert sorted(chosen) == kept[-story_end.LINES_ASKED :]


# --- learning ---------------------------------------------------------------------------------------------


@pytest.fixture
def gold_pages(tmp_path):
    endings = {
        "a.txt": ("Ready for more?", "Harbour"),
        "b.txt": ("Hungry for more news?", "Ferries"),
        "c.txt": ("Fancy another story?", "Pier"),
    }
    articles = []
    for name, tail in endings.items():
        (tmp_path / name).write_text(page(*tail))
        articles.append(
            {
                "file": name,
                "body_first": "The harbour board voted on Tuesday",
                "body_last": "east side of the harbour from July.",
                "not_in_body": [tail[0]],
            }
        )
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"articles": articles}))
    return read_gold_pages(tmp_path, gold)


def test_lines_are_labelled_story_from_body_first_to_body_last_and_furniture_after(gold_pages):
    first = gold_pages[0]
    assert [first.texts[i] for i in first.story] == [line for line in STORY[4:] if line]
    assert [first.texts[i] for i in first.furniture] == ["Ready for more?", "Harbour"]


def test_learned_weights_cut_the_furniture_the_rules_leave(gold_pages):
    learned = learn_weights(gold_pages, l2_penalty=0.0001)
    assert figures(gold_pages, None).furniture_left == 3
    margin = safe_margin(gold_pages, learned)
    assert margin is not None
    found = figures(gold_pages, learned, margin)
    assert found.story_cut == 0 and found.furniture_left < 3
    assert found.checks_right > figures(gold_pages, None).checks_right


def test_learning_needs_both_kinds_of_line(gold_pages):
    for labelled in gold_pages:
        labelled.furniture = []
    with pytest.raises(ValueError, match="nothing to learn"):
        learn_weights(gold_pages)
