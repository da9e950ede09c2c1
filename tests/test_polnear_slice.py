"""scripts/polnear_slice.py: a held-out slice of a PolNeAR-style corpus laid out for evaluate,
its quotation gold built the way polnear-test/gold.json is (invented articles)."""

import importlib.util
import json
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "polnear_slice.py"
spec = importlib.util.spec_from_file_location("polnear_slice", SCRIPT)
polnear_slice = importlib.util.module_from_spec(spec)
spec.loader.exec_module(polnear_slice)


def write_corpus(root: Path, texts: dict[str, str], attributions: dict[str, list[dict]]) -> Path:
    (root / "text").mkdir(parents=True)
    for name, text in texts.items():
        (root / "text" / name).write_text(text)
    articles = [{"file": name, "attributions": attributions.get(name, [])} for name in texts]
    (root / "attributions.json").write_text(json.dumps({"articles": articles}))
    return root


def attribution(text, content, kind, source):
    start = text.index(content)
    return {
        "content": content,
        "ranges": [[start, start + len(content)]],
        "source": source,
        "cue": "said",
        "kind": kind,
    }


def test_the_slice_keeps_one_article_in_n_and_its_quotation_gold(tmp_path):
    text = 'Ann Cole said the plan was "a disgrace to everyone involved". "We will fight it," she said. He said no.'
    texts = {f"a{i}.txt": "Nothing reported." for i in range(5)} | {"a4.txt": text}
    attributions = {
        "a4.txt": [
            attribution(text, 'the plan was "a disgrace to everyone involved"', "mixed", "Ann Cole"),
            attribution(text, '"We will fight it,"', "direct", "she"),
            attribution(text, "no", "indirect", "He"),
        ]
    }
    corpus = write_corpus(tmp_path / "corpus", texts, attributions)
    out = tmp_path / "slice"
    assert polnear_slice.make_slice(corpus, out, every=5, keep=4) == 1
    assert [p.name for p in (out / "text").iterdir()] == ["a4.txt"]
    assert (out / "text" / "a4.txt").read_text() == text
    gold = json.loads((out / "gold.json").read_text())["articles"]
    assert gold == [
        {
            "file": "a4.txt",
            "quotes": [
                {"text": "a disgrace to everyone involved", "speaker": None, "speaker_span": "Ann Cole"},
                {"text": "We will fight it,", "speaker": None, "speaker_span": "she"},
            ],
        }
    ]
    kept = json.loads((out / "attributions.json").read_text())["articles"]
    assert [a["file"] for a in kept] == ["a4.txt"] and len(kept[0]["attributions"]) == 3


def test_short_segments_are_optional_and_doubled_apostrophes_are_quote_marks(tmp_path):
    text = "Mr. Hale called it ''rigged.'' He added: ''We will not stop.''"
    corpus = write_corpus(
        tmp_path / "corpus",
        {"nyt.txt": text},
        {
            "nyt.txt": [
                attribution(text, "it ''rigged.''", "mixed", "Mr. Hale"),
                attribution(text, "''We will not stop.''", "direct", "He"),
            ]
        },
    )
    polnear_slice.make_slice(corpus, tmp_path / "slice", every=1, keep=0)
    quotes = json.loads((tmp_path / "slice" / "gold.json").read_text())["articles"][0]["quotes"]
    assert quotes == [
        {"text": "rigged.", "speaker": None, "speaker_span": "Mr. Hale", "optional": True},
        {"text": "We will not stop.", "speaker": None, "speaker_span": "He"},
    ]


def test_a_folder_that_is_not_a_corpus_is_named_in_the_error(tmp_path, capsys):
    assert polnear_slice.main([str(tmp_path), str(tmp_path / "out")]) == 1
    assert str(tmp_path) in capsys.readouterr().err
