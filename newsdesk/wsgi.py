"""WSGI entry point (gunicorn newsdesk.wsgi:application).

Each worker loads what its first requests would load anyway (the URLconf with the views, the
site's templates) and then freezes everything loaded so far (`gc.freeze()`): Python's garbage
collector no longer walks those long-lived objects. Without it, every few hundred requests a
full collection walked the whole heap (150,000 objects), 66–86 ms during which the worker
answered nothing; frozen, such a collection takes about a millisecond (docs/performance.md,
fifth round).
"""

import gc
import os
from pathlib import Path

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings")
application = get_wsgi_application()


def load_then_freeze() -> None:
    """Import the URLconf and compile the site's templates, then freeze the heap."""
    from django.conf import settings
    from django.template.loader import get_template
    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018 (imports the URLconf and every view module)
    for folder in settings.TEMPLATES[0]["DIRS"]:
        for path in sorted(Path(folder).rglob("*.html")):
            get_template(path.relative_to(folder).as_posix())
    gc.freeze()


load_then_freeze()
