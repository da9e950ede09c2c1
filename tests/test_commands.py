"""The management commands: import_articles, export_json, ensure_editor, train_headline_model,
train_page_end_model, import_worker's priority."""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.ingest import story_end
from articles.ingest.headlines import TRAITS
from articles.models import Article

from .conftest import SEEDS

pytestmark = pytest.mark.django_db


def test_import_articles_reports_each_file_and_is_idempotent(capsys):
    call_command("import_articles", str(SEEDS))
    out = capsys.readouterr().out
    assert out.count(": imported") == 4
    assert "4 files: 4 imported" in out
    call_command("import_articles", str(SEEDS))
    assert "4 files: 4 unchanged" in capsys.readouterr().out
    assert Article.objects.count() == 4


def test_import_articles_exits_1_when_a_file_fails(tmp_path, capsys):
    (tmp_path / "good.txt").write_text("Council approves new harbour plan\n\nA story paragraph that is long enough.\n")
    (tmp_path / "empty.txt").write_text("")
    with pytest.raises(SystemExit) as exit_info:
        call_command("import_articles", str(tmp_path))
    assert exit_info.value.code == 1
    out = capsys.readouterr().out
    assert "empty.txt: failed: file is empty" in out
    assert "good.txt: imported" in out
    assert Article.objects.count() == 1


def test_export_json_matches_schema(seeded, tmp_path):
    path = tmp_path / "export.json"
    call_command("export_json", "--output", str(path))
    data = json.loads(path.read_text())
    assert set(data) == {"articles", "persons", "events"}
    assert len(data["articles"]) == 4
    article_keys = {"id", "source_file", "title", "outlet", "authors", "published", "body", "persons", "quotes", "tags"}
    person_ids = {p["id"] for p in data["persons"]}
    for article in data["articles"]:
        assert set(article) == article_keys
        assert article["source_file"].endswith(".txt") and "/" not in article["source_file"]
        assert isinstance(article["authors"], list)
        assert set(article["persons"]) <= person_ids
        for quote in article["quotes"]:
            assert set(quote) == {"id", "text", "speaker", "speaker_label", "kind", "cue"}
            assert quote["speaker"] is None or quote["speaker"] in person_ids
            assert quote["kind"] in {"direct", "mixed", "indirect"}
            assert quote["text"] in article["body"]  # the content as it stands, without source and cue
    kinds = {q["kind"] for a in data["articles"] for q in a["quotes"]}
    assert kinds == {"direct", "mixed", "indirect"}
    assert any(q["cue"] == "said" for a in data["articles"] for q in a["quotes"] if q["kind"] == "indirect")
    for person in data["persons"]:
        assert set(person) == {"id", "name", "aliases", "role"}
    for event in data["events"]:
        assert set(event) == {"id", "summary", "kind", "date", "location", "participants", "articles"}
        assert set(event["participants"]) <= person_ids


def test_ensure_editor_creates_once_and_honours_password(monkeypatch, capsys):
    monkeypatch.setenv("NEWSDESK_EDITOR_PASSWORD", "a long test password")
    call_command("ensure_editor")
    call_command("ensure_editor")
    user = get_user_model().objects.get(username="editor")
    assert user.check_password("a long test password")
    assert user.groups.filter(name="Editors").exists()
    assert user.has_perm("auth.add_user")  # the first account can add the desk's other accounts
    assert get_user_model().objects.count() == 1


def test_train_headline_model_writes_a_weight_for_every_trait(tmp_path, capsys):
    story = "\n\nThe harbour board voted on Tuesday to close the old ferry terminal by the end of the year.\n"
    (tmp_path / "a.txt").write_text("Harbour Herald\nBoard votes to close ferry terminal\nBy Sam Ortiz" + story)
    (tmp_path / "b.txt").write_text("Menu\nSport\nFerry terminal to close\n12 March 2025" + story)
    gold = tmp_path / "gold.json"
    titles = {"a.txt": "Board votes to close ferry terminal", "b.txt": "Ferry terminal to close"}
    gold.write_text(json.dumps({"articles": [{"file": f, "title": t} for f, t in titles.items()]}))
    output = tmp_path / "weights.json"
    call_command("train_headline_model", "--pages", str(tmp_path), str(gold), "--output", str(output))
    assert set(json.loads(output.read_text())["weights"]) == set(TRAITS)
    assert "from 2 of 2 pages" in capsys.readouterr().out


def test_train_headline_model_refuses_a_gold_file_it_cannot_read(tmp_path):
    (tmp_path / "gold.json").write_text("not json")
    with pytest.raises(CommandError, match=r"gold\.json"):
        call_command("train_headline_model", "--pages", str(tmp_path), str(tmp_path / "gold.json"))


def test_train_page_end_model_writes_a_weight_for_every_trait_and_cross_validates(tmp_path, capsys):
    story = "Ferry terminal to close\n\nThe harbour board voted on Tuesday to close the old ferry terminal.\n\n"
    endings = {"a1.txt": "Ready for more?\n\nHarbour", "b1.txt": "Fancy another story?\n\nFerries"}
    for name, ending in endings.items():
        (tmp_path / name).write_text(story + ending + "\n")
    gold = tmp_path / "gold.json"
    article = {"body_first": "The harbour board voted", "body_last": "the old ferry terminal."}
    gold.write_text(json.dumps({"articles": [{"file": name, **article} for name in endings]}))
    output = tmp_path / "weights.json"
    call_command(
        "train_page_end_model", "--pages", str(tmp_path), str(gold), "--output", str(output), "--cross-validate"
    )
    assert set(json.loads(output.read_text())["weights"]) == set(story_end.TRAITS)
    out = capsys.readouterr().out
    assert "from 2 story and 4 furniture lines" in out
    assert "each batch, weights learned without it: body checks" in out


def test_train_page_end_model_refuses_a_gold_file_it_cannot_read(tmp_path):
    (tmp_path / "gold.json").write_text("not json")
    with pytest.raises(CommandError, match=r"gold\.json"):
        call_command("train_page_end_model", "--pages", str(tmp_path), str(tmp_path / "gold.json"))


def test_the_import_worker_runs_at_the_configured_niceness():
    wanted = min(19, os.getpriority(os.PRIO_PROCESS, 0) + 5)
    env = {**os.environ, "NEWSDESK_IMPORT_WORKER_NICENESS": str(wanted)}
    command = [sys.executable, "manage.py", "import_worker", "--queue-name", "default", "--no-startup-delay"]
    worker = subprocess.Popen(command, cwd=Path(__file__).resolve().parents[1], env=env, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while os.getpriority(os.PRIO_PROCESS, worker.pid) != wanted and time.monotonic() < deadline:
            assert worker.poll() is None, worker.stderr.read().decode()
            time.sleep(0.1)
        assert os.getpriority(os.PRIO_PROCESS, worker.pid) == wanted
    finally:
        worker.terminate()
        worker.wait(timeout=30)


def test_yielding_the_cpu_never_raises_a_process_priority():
    script = (
        "import os, django; django.setup(); "
        "from articles.management.commands.import_worker import yield_cpu_to_pages; "
        "os.nice(12); yield_cpu_to_pages(5); print(os.getpriority(os.PRIO_PROCESS, 0))"
    )
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "newsdesk.settings"}
    result = subprocess.run([sys.executable, "-c", script], cwd=root, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) == max(12, os.getpriority(os.PRIO_PROCESS, 0))
