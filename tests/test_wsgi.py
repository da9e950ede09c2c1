"""newsdesk/wsgi.py: a worker loads its views and templates, then freezes them out of the GC's walk."""

import os
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent

PROBE = """
import gc, sys
before = gc.get_freeze_count()
import newsdesk.wsgi
from django.template import engines
print(gc.get_freeze_count() - before)
print("articles.views.browse" in sys.modules)
loaders = engines["django"].engine.template_loaders
cached = [name for loader in loaders for name in getattr(loader, "get_template_cache", {})]
print("articles/article_workspace.html" in cached)
"""


def test_the_worker_loads_views_and_templates_then_freezes_them():
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "newsdesk.settings"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=PROJECT, env=environment, capture_output=True, text=True, check=True
    )
    frozen, views_loaded, template_compiled = done.stdout.split()
    assert int(frozen) > 10_000
    assert views_loaded == "True"
    assert template_compiled == "True"
