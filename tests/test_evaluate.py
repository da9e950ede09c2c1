"""manage.py evaluate: scores a folder in a scratch database, never in the working one."""

import json
import shutil

from .conftest import ROOT
from .test_settings import run_manage

PAGE = ROOT / "tests" / "data" / "layouts" / "p12_dateline_full_date.txt"


def one_page_gold(tmp_path):
    gold = json.loads((ROOT / "tests" / "data" / "gold_layouts.json").read_text(encoding="utf-8"))
    article = next(a for a in gold["articles"] if a["file"] == PAGE.name)
    folder = tmp_path / "pages"
    folder.mkdir()
    shutil.copy(PAGE, folder / PAGE.name)
    path = tmp_path / "gold.json"
    path.write_text(json.dumps({"articles": [article]}), encoding="utf-8")
    return folder, path


def test_evaluate_scores_a_folder_in_a_scratch_database(tmp_path):
    folder, gold = one_page_gold(tmp_path)
    result = run_manage("evaluate", str(folder), "--gold", str(gold), NEWSDESK_DB_POOL="0")
    assert result.returncode == 0, result.stderr
    assert "metadata     title 1.00  authors 1.00  published 1.00  body 1.00" in result.stdout
    # one person: the page's own, nothing from the working database
    assert "persons      P 1.00  R 1.00  F1 1.00   (system 1, gold 1)" in result.stdout


def test_evaluate_scores_in_the_scratch_database_with_pooled_connections(tmp_path):
    folder, gold = one_page_gold(tmp_path)
    result = run_manage("evaluate", str(folder), "--gold", str(gold), NEWSDESK_DB_POOL="1")
    assert result.returncode == 0, result.stderr
    assert "persons      P 1.00  R 1.00  F1 1.00   (system 1, gold 1)" in result.stdout
