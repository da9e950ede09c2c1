"""python manage.py evaluate PATH --gold GOLD.json [--attributions ATTRIBUTIONS.json] [--as-of YYYY-MM-DD] [--json]

Measures the extraction: imports the files under PATH into a throwaway PostgreSQL database
on the same server (newsdesk_eval_<pid>), exports it as export_json would, scores the export
against the gold file with the scorer (tests/data/score_extraction.py) and prints its
figures. With --attributions, the same export is also scored for reported speech (every
quote of every kind) by score_attributions.py (--attribution-scorer, default
../shared/tools/score_attributions.py) against that PolNeAR-style attributions file.
The scratch database is dropped afterwards, whatever happens; the working database is
never touched.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from articles.services.exporting import export_extraction
from articles.services.importing import FAILED, collect_files, import_path

SCORER = Path(settings.BASE_DIR) / "tests" / "data" / "score_extraction.py"
ATTRIBUTION_SCORER = Path(settings.BASE_DIR).parent / "shared" / "tools" / "score_attributions.py"


class Command(BaseCommand):
    help = "Import PATH into a scratch database, export it and score the export against a gold file."

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path, help="A folder (or file) of news pages.")
        parser.add_argument("--gold", type=Path, required=True, help="Gold annotation (gold/seeds.json form).")
        parser.add_argument("--as-of", type=date.fromisoformat, help="Reference date for relative dates.")
        parser.add_argument("--json", action="store_true", help="Print the scorer's figures as JSON.")
        parser.add_argument("--export", type=Path, help="Also keep the export at this path.")
        parser.add_argument("--attributions", type=Path, help="Also score reported speech against this gold.")
        parser.add_argument(
            "--attribution-scorer", type=Path, default=ATTRIBUTION_SCORER, help="score_attributions.py to run."
        )

    def handle(self, *args, path: Path, gold: Path, as_of, json: bool, export: Path | None, **options):
        if not path.exists():
            raise CommandError(f"no such file or folder: {path}")
        if not gold.exists():
            raise CommandError(f"no such gold file: {gold}")
        attributions, attribution_scorer = options["attributions"], options["attribution_scorer"]
        if attributions is not None and not attributions.exists():
            raise CommandError(f"no such attributions file: {attributions}")
        if attributions is not None and not attribution_scorer.exists():
            raise CommandError(f"no such scorer: {attribution_scorer}")
        files = collect_files([path])
        if not files:
            raise CommandError(f"no importable files under {path}")
        self.stderr.write(f"evaluating {len(files)} files from {path} against {gold}")
        with scratch_database(f"newsdesk_eval_{os.getpid()}") as name:
            self.stderr.write(f"scratch database {name}: migrating")
            call_command("migrate", verbosity=0, interactive=False)
            failed = [r for r in (import_path(f, as_of=as_of) for f in files) if r.status == FAILED]
            for result in failed:
                self.stderr.write(self.style.WARNING(result.line()))
            exported = export_extraction()
        self.stdout.write(score(exported, gold, as_json=json, keep=export))
        if attributions is not None:
            self.stdout.write(
                score(exported, attributions, as_json=json, scorer=attribution_scorer, label="reported speech")
            )


@contextmanager
def scratch_database(name: str):
    """A new empty database on the same server, used as the default connection, then dropped."""
    settings_dict = connection.settings_dict
    original = settings_dict["NAME"]
    # A pooled connection stays bound to the working database whatever NAME says: the scratch
    # database is reached without the pool, which comes back afterwards.
    pool = settings_dict["OPTIONS"].get("pool")
    quoted = connection.ops.quote_name(name)
    with connection.cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {quoted}")
        cursor.execute(f"CREATE DATABASE {quoted}")
    connection.close()
    settings_dict["OPTIONS"].pop("pool", None)
    settings_dict["NAME"] = name
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT current_database()")
            (current,) = cursor.fetchone()
        if current != name:
            # A pooled connection keeps its database: importing now would write into the working one.
            raise CommandError(
                f"the connection still reaches database {current!r}, not the scratch database {name!r} "
                "(connection pooling is on): run evaluate with NEWSDESK_DB_POOL=0"
            )
        yield name
    finally:
        connection.close()
        settings_dict["NAME"] = original
        if pool is not None:
            settings_dict["OPTIONS"]["pool"] = pool
        with connection.cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS {quoted} WITH (FORCE)")


def score(
    exported: dict,
    gold: Path,
    *,
    as_json: bool = False,
    keep: Path | None = None,
    scorer: Path = SCORER,
    label: str = "the scorer",
) -> str:
    """The scorer's report on an export (run as its own process: it is a standalone script)."""
    with tempfile.TemporaryDirectory() as folder:
        export_path = keep or Path(folder) / "export.json"
        export_path.write_text(json.dumps(exported, ensure_ascii=False))
        command = [sys.executable, str(scorer), str(gold), str(export_path)] + (["--json"] if as_json else [])
        result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise CommandError(f"{label} failed: {result.stderr.strip()}")
    return result.stdout.rstrip("\n")
