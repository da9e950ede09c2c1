"""The speed layer is one package with a small face: only the views import it (and settings
name its middleware, context processor and static storage). Models, querysets, services, auth,
the import pipeline and the admin know nothing of it."""

import ast
from pathlib import Path

from ..conftest import ROOT


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_only_views_import_the_speed_layer():
    importers = {
        str(path.relative_to(ROOT))
        for path in (ROOT / "articles").rglob("*.py")
        if "caching" not in path.relative_to(ROOT / "articles").parts
        and any(name == "articles.caching" or name.startswith("articles.caching.") for name in imports_of(path))
    }
    assert importers, "the views use the speed layer"
    assert {path for path in importers if not path.startswith("articles/views/")} == set()
