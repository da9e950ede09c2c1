"""The learned outlet weights (outlets.py), the candidates metadata.py gathers for them, where they may overrule the
outlet rules (only where the evidence disagrees or the rules find none, and only by a wide margin), learning them
(outlet_training.py) and the train_outlet_model command."""

import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.ingest import outlets
from articles.ingest.cleaning import clean_page
from articles.ingest.metadata import page_outlet_candidates, read_metadata
from articles.ingest.outlet_training import accuracies, labelled_page, learn_weights, outlet_index, read_gold_pages
from articles.ingest.outlets import TRAITS, overruling_candidate

HEADLINE = "Board votes to close old ferry terminal"
STORY = [
    "",
    "The harbour board voted on Tuesday to close the old ferry terminal by the end of the year, its chair said.",
    "",
    "Board member Ruth Okafor told the Harbour Herald the terminal had lost money for a decade.",
    "",
]


def page(*top: str, end: tuple[str, ...] = ()) -> str:
    return "\n".join([*top, *STORY, *end])


def outlet_of(text: str) -> str:
    return read_metadata(clean_page(text)).outlet


def weighing(monkeypatch, **learned: float) -> None:
    monkeypatch.setattr(outlets, "weights", lambda: dict.fromkeys(TRAITS, 0.0) | learned)


# the candidates


def test_every_candidate_has_every_trait_the_shipped_weights_weigh():
    text = page("Harbour Herald", "News", "Sport", HEADLINE, "By Sam Ortiz", end=("PA Media", "© 2025 Harbour Herald"))
    candidates = page_outlet_candidates(clean_page(text))
    # the agency closing the story wrote it: issue 18's convention puts the newsroom credited for a carried story first
    assert [c.name for c in candidates] == ["PA Media", "Harbour Herald"]
    assert all(set(c.traits) == set(TRAITS) == set(outlets.weights()) for c in candidates)


def test_the_masthead_its_copyright_line_repeats_is_one_candidate_named_by_both_kinds_of_evidence():
    text = page("Harbour Herald", "News", "Sport", HEADLINE, "By Sam Ortiz", end=("© 2025 Harbour Herald",))
    (candidate,) = page_outlet_candidates(clean_page(text))
    assert {"masthead", "copyright"} <= set(candidate.kinds)
    assert candidate.traits["by_masthead"] == candidate.traits["three_or_more_kinds"] == 1.0
    assert candidate.traits["line_of_its_own"] == candidate.traits["in_story"] == 1.0


def test_a_page_whose_rules_find_no_outlet_gets_a_nameless_first_candidate_beside_what_looser_evidence_names():
    text = page(HEADLINE, "By Sam Ortiz", end=("Contact the newsroom: desk@harbourherald.com",))
    candidates = page_outlet_candidates(clean_page(text))
    assert [c.name for c in candidates] == ["", "Harbour Herald"]
    assert candidates[0].traits["no_outlet"] == 1.0
    assert candidates[1].kinds == ["spelt_by_a_domain"]


def test_a_section_name_is_never_a_candidate():
    text = page("World News", HEADLINE, "By Sam Ortiz", end=("More from World News",))
    assert all(c.name != "World News" for c in page_outlet_candidates(clean_page(text)))


# the chooser


def test_the_rules_answer_stands_unless_another_candidate_scores_far_above_it(monkeypatch):
    weighing(monkeypatch, by_masthead=1.0)
    close = [{"by_masthead": 0.0}, {"by_masthead": outlets.OVERRULING_MARGIN / 2}]
    far = [{"by_masthead": 0.0}, {"by_masthead": outlets.OVERRULING_MARGIN * 2}]
    assert overruling_candidate(close, ruled=0) == 0
    assert overruling_candidate(far, ruled=0) == 1


def test_a_page_whose_evidence_agrees_keeps_the_rules_answer_whatever_the_weights_say(monkeypatch):
    weighing(monkeypatch, no_outlet=-100.0, by_masthead=-100.0)
    text = page("Harbour Herald", "News", "Sport", HEADLINE, "By Sam Ortiz", end=("© 2025 Harbour Herald",))
    assert outlet_of(text) == "Harbour Herald"


def test_a_label_naming_the_pages_issuer_stands_whatever_the_weights_say(monkeypatch):
    weighing(monkeypatch, by_masthead=10.0)
    issued = {"by_issuer": 1.0, "by_masthead": 0.0}
    assert overruling_candidate([issued, {"by_masthead": 1.0}], ruled=0) == 0
    assert overruling_candidate([issued | {"by_issuer": 0.0}, {"by_masthead": 1.0}], ruled=0) == 1
    # "Issued by: Communications Department": an office, not the body that issued the page
    assert overruling_candidate([issued | {"office_shaped": 1.0}, {"by_masthead": 1.0}], ruled=0) == 1


def test_an_issuer_naming_only_an_office_gives_way_to_the_body_named_at_the_top():
    text = page("HARBOUR PORT AUTHORITY", "PRESS RELEASE", HEADLINE, "Issued by: Media Relations Office")
    traits = {c.name: c.traits for c in page_outlet_candidates(clean_page(text))}
    assert {name: t["office_shaped"] for name, t in traits.items()} == {
        "Media Relations Office": 1.0,
        "HARBOUR PORT AUTHORITY": 0.0,
    }
    assert outlet_of(text) == "HARBOUR PORT AUTHORITY"


def test_the_pages_author_is_never_chosen_over_the_rules_answer(monkeypatch):
    weighing(monkeypatch, person_shaped=10.0)
    assert overruling_candidate([{"person_shaped": 0.0}, {"person_shaped": 1.0, "page_author": 1.0}], ruled=0) == 0


def test_a_share_widgets_menu_cue_gives_way_to_the_name_the_sites_footer_gives_itself():
    # "Popular on X" from an aggregator's widget: the rules read X as the site; the footer names the site twice
    end = ("Popular on Flipboard", "© 2025 Harbour Herald. All rights reserved.", "Thanks for reading Harbour Herald!")
    assert outlet_of(page(HEADLINE, "By Sam Ortiz", "12 March 2025", end=end)) == "Harbour Herald"


def test_a_name_only_a_domain_spells_is_chosen_where_the_rules_find_none_when_the_weights_favour_it(monkeypatch):
    text = page(HEADLINE, "By Sam Ortiz", end=("Contact the newsroom: desk@harbourherald.com",))
    assert outlet_of(text) == ""  # the shipped weights: one domain is too little to name the outlet by
    weighing(monkeypatch, by_spelt_by_a_domain=outlets.OVERRULING_MARGIN * 2)
    assert outlet_of(text) == "Harbour Herald"


# learning


# an agency named over the story (as a picture's credit is), not closing it: the masthead's own story
AGENCY_OVER_STORY = page("Harbour Herald", "News", "Sport", HEADLINE, "By Sam Ortiz", "PA Media")
LOCAL_PAPER = page("Valley Courier", "Home", "Local", HEADLINE, "By Ann Lee", "Reuters")
WIRE_ONLY = page(HEADLINE, end=("AFP",))


def test_weights_are_learned_from_small_pages_and_choose_the_masthead_over_an_agency_credit():
    pages = [
        labelled_page("a.txt", AGENCY_OVER_STORY, "Harbour Herald"),
        labelled_page("b.txt", WIRE_ONLY, "AFP"),
    ]
    assert [p.outlet for p in pages] == [0, 0]
    learned = learn_weights(pages)
    assert learned["by_masthead"] > learned["by_agency_alone"]
    assert accuracies(learned, [labelled_page("c.txt", LOCAL_PAPER, "Valley Courier")])["weights"] == 1.0


def test_learning_with_no_outlet_among_the_candidates_says_so():
    with pytest.raises(ValueError, match="nothing to learn from"):
        learn_weights([labelled_page("a.txt", AGENCY_OVER_STORY, "Some Other Paper")])


@pytest.mark.parametrize(
    ("names", "outlet", "expected"),
    [
        (["The Harbour Herald", "PA Media"], "the harbour herald", 0),
        (["Harbour Herald", "PA Media"], "PA  Media", 1),
        (["", "Harbour Herald"], "", 0),
        (["Harbour Herald"], "Valley Courier", None),
    ],
)
def test_the_candidate_that_names_a_known_outlet(names, outlet, expected):
    assert outlet_index(names, outlet) == expected


def test_a_gold_file_naming_a_missing_page_is_refused_with_both_names(tmp_path):
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"articles": [{"file": "missing.txt", "outlet": "Harbour Herald"}]}))
    with pytest.raises(ValueError, match=r"missing\.txt.*gold\.json"):
        read_gold_pages(tmp_path, gold)


# the command


def test_train_outlet_model_writes_a_weight_for_every_trait(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(AGENCY_OVER_STORY)
    (tmp_path / "b.txt").write_text(LOCAL_PAPER)
    gold = tmp_path / "gold.json"
    outlets_of = {"a.txt": "Harbour Herald", "b.txt": "Valley Courier"}
    gold.write_text(json.dumps({"articles": [{"file": f, "outlet": o} for f, o in outlets_of.items()]}))
    output = tmp_path / "weights.json"
    call_command("train_outlet_model", "--pages", str(tmp_path), str(gold), "--output", str(output))
    assert set(json.loads(output.read_text())["weights"]) == set(TRAITS)
    assert "from 2 of 2 pages" in capsys.readouterr().out


def test_train_outlet_model_refuses_a_gold_file_it_cannot_read(tmp_path):
    (tmp_path / "gold.json").write_text("not json")
    with pytest.raises(CommandError, match=r"gold\.json"):
        call_command("train_outlet_model", "--pages", str(tmp_path), str(tmp_path / "gold.json"))
