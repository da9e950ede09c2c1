"""python manage.py export_json [--output FILE]: the extraction export (docs/EXPORT_SCHEMA.md)."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand

from articles.services.exporting import export_extraction


class Command(BaseCommand):
    help = "Write articles, persons, quotes and events as JSON (docs/EXPORT_SCHEMA.md)."

    def add_arguments(self, parser):
        parser.add_argument("--output", type=Path, help="File to write; standard output when omitted.")

    def handle(self, *args, output, **options):
        text = json.dumps(export_extraction(), ensure_ascii=False, indent=1)
        if output:
            output.write_text(text + "\n", encoding="utf-8")
            self.stderr.write(f"wrote {output}")
        else:
            self.stdout.write(text)
