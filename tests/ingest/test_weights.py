"""articles/ingest/weights.py: the learned choosers' shipped weights, read and used."""

import json

import pytest

from articles.ingest.weights import read_weights, weighted_sum


def test_read_weights_gives_each_trait_its_weight(tmp_path):
    path = tmp_path / "w.json"
    path.write_text(json.dumps({"weights": {"a": 1.5, "b": -2, "unused": 9}}))
    assert read_weights(path, ("a", "b"), what="test", command="train_test") == {"a": 1.5, "b": -2.0}


def test_read_weights_names_the_file_and_the_missing_trait(tmp_path):
    path = tmp_path / "w.json"
    path.write_text(json.dumps({"weights": {"a": 1.0}}))
    with pytest.raises(OSError, match=r"w\.json: no weight for b; run manage.py train_test"):
        read_weights(path, ("a", "b"), what="test", command="train_test")


def test_read_weights_names_a_missing_file(tmp_path):
    with pytest.raises(OSError, match=r"absent\.json: the test weights are missing or unreadable"):
        read_weights(tmp_path / "absent.json", ("a",), what="test", command="train_test")


def test_weighted_sum_adds_each_present_trait_times_its_weight():
    assert weighted_sum({"a": 1.0, "b": 0.0, "c": 2.0}, {"a": 0.5, "b": 100.0, "c": -1.0}) == -1.5
