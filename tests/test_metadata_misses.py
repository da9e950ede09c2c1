"""scripts/metadata_misses.py: the pages behind the scorer's metadata figures (invented export and gold)."""

import importlib.util
import json
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "metadata_misses.py"
spec = importlib.util.spec_from_file_location("metadata_misses", SCRIPT)
metadata_misses = importlib.util.module_from_spec(spec)
spec.loader.exec_module(metadata_misses)

GOLD = {
    "articles": [
        {
            "file": "a01_right.txt",
            "title": "Council approves harbour levy",
            "authors": ["Mira Talbot"],
            "outlet": "Harbour Gazette",
            "published": "2024-03-14",
            "body_first": "The council approved the levy on Tuesday.",
            "body_last": "The levy starts in May.",
        },
        {
            "file": "a02_wrong.txt",
            "title": "Minister resigns over ferry deal",
            "authors": [],
            "outlet": "Island Courier",
            "published": "2024-03-15",
            "body_first": "The transport minister resigned on Friday.",
            "body_last": "A successor is expected next week.",
            "not_in_body": ["Most read"],
        },
        {"file": "a03_absent.txt", "title": "", "authors": [], "body_first": "x", "body_last": "y"},
        {"file": "a04_unscored.txt", "quotes": []},
    ]
}
EXPORT = {
    "articles": [
        {
            "source_file": "/uploads/a01_right.txt",
            "title": "Council approves harbour levy",
            "authors": ["Mira Talbot"],
            "outlet": "Harbour Gazette",
            "published": "2024-03-14T09:00:00+00:00",
            "body": "The council approved the levy on Tuesday. The levy starts in May.",
        },
        {
            "source_file": "/uploads/a02_wrong.txt",
            "title": "Home | News",
            "authors": ["Staff Reporter"],
            "outlet": "Island Courier",
            "published": "2024-03-15",
            "body": "The transport minister resigned on Friday. Most read",
        },
    ]
}


def test_lists_each_wrong_field_with_what_was_read_and_skips_the_right_ones():
    misses = metadata_misses.metadata_misses(EXPORT, GOLD)
    by_field = {(m.file, m.field): m for m in misses}
    assert set(by_field) == {
        ("a02_wrong.txt", "title"),
        ("a02_wrong.txt", "authors"),
        ("a02_wrong.txt", "body"),
        ("a03_absent.txt", "article"),
    }
    title = by_field["a02_wrong.txt", "title"]
    assert (title.gold, title.read) == ("Minister resigns over ferry deal", "Home | News")
    assert by_field["a02_wrong.txt", "authors"].read == ["Staff Reporter"]
    assert by_field["a02_wrong.txt", "body"].gold == [
        "last: A successor is expected next week.",
        "not in body: Most read",
    ]


def test_command_line_filters_by_field(tmp_path, capsys):
    export, gold = tmp_path / "export.json", tmp_path / "gold.json"
    export.write_text(json.dumps(EXPORT))
    gold.write_text(json.dumps(GOLD))
    assert metadata_misses.main([str(export), str(gold), "--field", "title"]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == "a02_wrong.txt  title: gold 'Minister resigns over ferry deal', read 'Home | News'"
    assert "1 misses on 1 pages" in err
