"""The learned author weights (authorship.py), the candidates metadata.py gathers for them (person names printed in
byline positions), where they may name authors (only where the rules read none, never a person the story quotes,
the outlet or a desk), learning them (author_training.py) and the train_author_model command."""

import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.ingest import authorship
from articles.ingest.author_training import accuracies, labelled_page, learn_weights, read_gold_pages, same_authors
from articles.ingest.authorship import TRAITS, accepted
from articles.ingest.cleaning import clean_page
from articles.ingest.metadata import credited_authors, page_author_candidates, page_outlet, read_metadata

HEADLINE = "Board votes to close old ferry terminal"
STORY = [
    "",
    "The harbour board voted on Tuesday to close the old ferry terminal by the end of the year, its chair said.",
    "",
    "Board member Ruth Okafor told the Harbour Herald the terminal had lost money for a decade.",
    "",
    '"We cannot keep paying for a building nobody uses," Okafor said.',
    "",
]


def page(*top: str, end: tuple[str, ...] = ()) -> str:
    return "\n".join([*top, *STORY, *end])


def authors_of(text: str) -> list[str]:
    return read_metadata(clean_page(text)).authors


def rules_authors_of(text: str) -> list[str]:
    cleaned = clean_page(text)
    return credited_authors(cleaned, page_outlet(cleaned), learned=False)


def candidate_names(text: str) -> list[str]:
    return [c.name for c in page_author_candidates(clean_page(text))]


def weighing(monkeypatch, **learned: float) -> None:
    monkeypatch.setattr(authorship, "weights", lambda: dict.fromkeys(TRAITS, 0.0) | learned)


REPORTING_CREDIT_AT_END = page("Harbour Herald", HEADLINE, "12 March 2025", end=("— Reporting: Tomas Lindgren",))
NAME_OVER_HANDLE = page("Harbour Herald", "Tomas Lindgren", "@tlindgren", "12 March 2025", HEADLINE)


# the candidates


def test_every_candidate_has_every_trait_the_shipped_weights_weigh():
    candidates = page_author_candidates(clean_page(NAME_OVER_HANDLE))
    assert [c.name for c in candidates] == ["Tomas Lindgren"]
    assert all(set(c.traits) == set(TRAITS) == set(authorship.weights()) for c in candidates)


def test_names_joined_on_one_credit_line_are_each_a_candidate():
    text = page("Harbour Herald", HEADLINE, "12 March 2025", end=("Reporting by Tomas Lindgren and Mei Sato",))
    assert candidate_names(text) == ["Tomas Lindgren", "Mei Sato"]


def test_a_name_before_its_role_and_a_name_with_its_outlet_in_brackets_are_candidates():
    assert candidate_names(page(HEADLINE, "Tomas Lindgren Senior Reporter", "12 March 2025")) == ["Tomas Lindgren"]
    assert candidate_names(page(HEADLINE, "Tomas Lindgren (Harbour Herald)", "12 March 2025")) == ["Tomas Lindgren"]


def test_the_outlet_and_a_desk_are_never_candidates():
    text = page("Harbour Herald", HEADLINE, "12 March 2025", end=("Harbour Herald", "Harbour Herald Newsroom"))
    assert candidate_names(text) == []


def test_a_person_named_in_a_story_sentence_is_no_candidate():
    text = page(
        HEADLINE, "Live coverage by Tomas Lindgren and Mei Sato", "The chair, Ruth Okafor, has arrived at the hall."
    )
    assert candidate_names(text) == ["Tomas Lindgren", "Mei Sato"]


def test_a_quoted_persons_candidate_says_the_story_has_them_speak():
    (candidate,) = page_author_candidates(clean_page(page("Harbour Herald", HEADLINE, "12 March 2025", "Ruth Okafor")))
    assert candidate.traits["surname_speaks"] == candidate.traits["surname_in_story"] == 1.0


# where the weights name authors


def test_the_weights_name_the_author_of_a_credit_the_rules_cannot_read():
    assert rules_authors_of(NAME_OVER_HANDLE) == []
    assert authors_of(NAME_OVER_HANDLE) == ["Tomas Lindgren"]


def test_a_person_the_story_quotes_never_becomes_its_author_whatever_the_weights_say(monkeypatch):
    weighing(monkeypatch, bias=5.0)
    assert authors_of(page("Harbour Herald", HEADLINE, "12 March 2025", "Ruth Okafor")) == []


def test_the_rules_authors_stand_whatever_the_weights_say(monkeypatch):
    weighing(monkeypatch, bias=5.0)
    text = page("Harbour Herald", HEADLINE, "By Tomas Lindgren", "12 March 2025", end=("Mei Sato", "@meisato"))
    assert candidate_names(text) == ["Tomas Lindgren", "Mei Sato"]
    assert authors_of(text) == rules_authors_of(text) == ["Tomas Lindgren"]


def test_a_name_the_weights_score_below_the_margin_is_not_taken(monkeypatch):
    weighing(monkeypatch, bias=-1.0)
    assert authors_of(NAME_OVER_HANDLE) == []
    assert accepted([{"bias": 1.0}], {"bias": 0.4}, margin=0.5) == []
    assert accepted([{"bias": 1.0}], {"bias": 0.6}, margin=0.5) == [0]


# learning


def test_weights_learned_from_small_pages_take_the_credited_name_and_leave_the_caption():
    photographed = page(HEADLINE, "12 March 2025", "Photo by Mei Sato", end=("— Reporting: Tomas Lindgren",))
    pages = [
        labelled_page("a.txt", REPORTING_CREDIT_AT_END, ["Tomas Lindgren"]),
        labelled_page("b.txt", photographed, ["Tomas Lindgren"]),
        labelled_page("c.txt", NAME_OVER_HANDLE, ["Tomas Lindgren"]),
    ]
    weights = learn_weights(pages)
    assert weights["photo_word"] < 0 < weights["credit_word"]
    assert accuracies(weights, pages)["combined"] == 1.0


def test_learning_from_pages_with_no_candidate_says_so():
    with pytest.raises(ValueError, match="nothing to learn"):
        learn_weights([labelled_page("a.txt", page(HEADLINE), [])])


@pytest.mark.parametrize(
    ("found", "known", "same"),
    [(["Dr Ann Lee"], ["Ann Lee"], True), (["Ann Lee", "Ben Ode"], ["Ben Ode", "ann lee"], True), ([], ["A B"], False)],
)
def test_authors_compare_as_the_scorer_compares_them(found, known, same):
    assert same_authors(found, known) is same


def test_a_gold_file_naming_a_missing_page_is_refused_with_both_names(tmp_path):
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"articles": [{"file": "missing.txt", "authors": []}]}))
    with pytest.raises(ValueError, match=r"missing\.txt.*gold\.json"):
        read_gold_pages(tmp_path, gold)


# the command


def test_train_author_model_writes_a_weight_for_every_trait(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(REPORTING_CREDIT_AT_END)
    (tmp_path / "b.txt").write_text(NAME_OVER_HANDLE)
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"articles": [{"file": f, "authors": ["Tomas Lindgren"]} for f in ("a.txt", "b.txt")]}))
    output = tmp_path / "weights.json"
    call_command("train_author_model", "--pages", str(tmp_path), str(gold), "--output", str(output))
    assert set(json.loads(output.read_text())["weights"]) == set(TRAITS)
    assert "from 2 pages (2 with authors)" in capsys.readouterr().out


def test_train_author_model_refuses_a_gold_file_it_cannot_read(tmp_path):
    (tmp_path / "gold.json").write_text("not json")
    with pytest.raises(CommandError, match=r"gold\.json"):
        call_command("train_author_model", "--pages", str(tmp_path), str(tmp_path / "gold.json"))
