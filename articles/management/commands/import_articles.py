"""python manage.py import_articles PATH... [--as-of YYYY-MM-DD]"""

import sys
from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.services.importing import FAILED, collect_files, import_path


class Command(BaseCommand):
    help = "Import news pages (.txt, .html) from files or folders. Exits 1 if any file failed."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path)
        parser.add_argument(
            "--as-of",
            type=date.fromisoformat,
            help="Reference date (YYYY-MM-DD) for relative dates such as '7 days ago'.",
        )

    def handle(self, *args, paths, as_of, **options):
        missing = [str(p) for p in paths if not p.exists()]
        if missing:
            raise CommandError(f"no such file or folder: {', '.join(missing)}")
        files = collect_files(paths)
        counts: dict[str, int] = {}
        for number, path in enumerate(files, 1):
            result = import_path(path, as_of=as_of)
            counts[result.status] = counts.get(result.status, 0) + 1
            style = self.style.ERROR if result.status == FAILED else (lambda s: s)
            self.stdout.write(style(result.line()))
            if sys.stderr.isatty():
                done = int(30 * number / len(files))
                sys.stderr.write(f"\r[{'#' * done}{'.' * (30 - done)}] {number}/{len(files)}")
                sys.stderr.flush() if number < len(files) else sys.stderr.write("\n")
        summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items())) or "nothing to import"
        self.stdout.write(f"{len(files)} files: {summary}")
        if counts.get(FAILED):
            sys.exit(1)
