"""articles/ingest/training.py: what the learned choosers' training shares."""

import json

import numpy as np
import pytest

from articles.ingest.training import fit_choice, fit_yes_no, gold_articles, highest, named_weights


def test_fit_choice_weighs_up_the_trait_of_each_pages_chosen_candidate():
    # Two traits per candidate; the chosen one always has the first, a decoy the second.
    pages = [[[0.0, 1.0], [1.0, 0.0]], [[1.0, 0.0], [0.0, 1.0], [0.0, 0.0]]]
    weights = fit_choice(pages, [1, 0], l2_penalty=0.0, steps=200, learning_rate=0.5)
    assert weights[0] > 0 > weights[1]


def test_fit_yes_no_weighs_up_the_trait_of_the_yes_candidates():
    traits = [[1.0, 0.0], [1.0, 1.0], [0.0, 1.0], [0.0, 0.0]]
    weights = fit_yes_no(traits, [1, 1, 0, 0], l2_penalty=0.0, steps=200, learning_rate=0.5)
    assert weights[0] > 0
    assert abs(weights[1]) < weights[0]


def test_gold_articles_yields_each_listed_page_with_its_text(tmp_path):
    (tmp_path / "a.txt").write_text("Headline\n\nStory.\n", encoding="utf-8")
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"articles": [{"file": "a.txt", "title": "Headline"}]}))
    assert list(gold_articles(tmp_path, gold)) == [({"file": "a.txt", "title": "Headline"}, "Headline\n\nStory.\n")]


def test_gold_articles_names_the_page_it_cannot_read(tmp_path):
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"articles": [{"file": "missing.txt"}]}))
    with pytest.raises(ValueError, match=r"missing\.txt: listed in .*gold\.json"):
        list(gold_articles(tmp_path, gold))


def test_gold_articles_names_a_gold_file_that_is_not_a_list_of_articles(tmp_path):
    gold = tmp_path / "gold.json"
    gold.write_text("[]")
    with pytest.raises(ValueError, match=r"gold\.json: expected a JSON object"):
        list(gold_articles(tmp_path, gold))


def test_gold_articles_names_an_article_without_its_page(tmp_path):
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"articles": [{"title": "Headline"}]}))
    with pytest.raises(ValueError, match=r"gold\.json: article 1 has no 'file'"):
        list(gold_articles(tmp_path, gold))


def test_named_weights_pairs_each_trait_with_its_weight_rounded_as_the_weights_files_keep_them():
    assert named_weights(np.array([0.123456, -2.0]), ("cue", "menu")) == {"cue": 0.1235, "menu": -2.0}


def test_highest_is_the_first_of_equal_scores_and_none_without_scores():
    assert highest([0.5, 2.0, 2.0]) == 1
    assert highest([]) is None
