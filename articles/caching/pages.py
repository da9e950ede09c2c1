"""Whole pages served again while nothing in the database has changed.

PostgreSQL's snapshot (`pg_current_snapshot()`: which transactions have committed, as seen by
the next statement) names the state of the whole database: two statements that see the same
snapshot read the same rows. A page rendered for one user at one address is kept under the
snapshot it was read at, and served again for as long as no transaction commits anywhere (an
import, an editor's change, a log-in, the admin), for at most NEWSDESK_LISTED_ROWS_SECONDS (the
longest the rows a page lists may be kept: rows.py): no queries beyond the user's and the
snapshot's, no templates. After any commit the page renders again, its parts from their
stamped renderings (articles/caching/__init__.py). Nothing is kept or served:
- inside a transaction block, whose own writes the snapshot does not show (tests that run in
  one, a view that writes before it renders);
- when the user has messages waiting (showing them is part of the page, and only once);
- for anything but a 200 answer to a GET without cookies.
"""

from __future__ import annotations

from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.db import connections
from django.http import HttpResponse

from articles.caching import marks, stamps, store

SNAPSHOT_SQL = "SELECT pg_current_snapshot()::text"
KEPT_HEADERS = ("Content-Type", "Vary", "HX-Push-Url")


def database_snapshot(using: str) -> str | None:
    """The snapshot the next statement on `using` reads at, or None inside a transaction block."""
    if stamps.in_transaction_block(using):
        return None
    with connections[using].cursor() as cursor:
        cursor.execute(SNAPSHOT_SQL)
        return cursor.fetchone()[0]


def can_keep(request) -> bool:
    """Whether this request's page may be served from, or kept for, later requests: a GET with
    the speed layer on and no messages waiting for the user."""
    return store.enabled() and request.method == "GET" and not len(messages.get_messages(request))


def asked_for(request) -> tuple:
    """What in a request, besides its address and user, changes the page it gets."""
    htmx = getattr(request, "htmx", None)
    asked = (bool(htmx), htmx.target, htmx.trigger, htmx.history_restore_request) if htmx else ()
    return request.get_host(), request.is_secure(), request.get_full_path(), asked


def kept_response(request, key: str, respond, timeout: float | None = DEFAULT_TIMEOUT) -> HttpResponse:
    """The response kept under key in this worker's memory (for `timeout` seconds), or
    respond()'s, rendered with marks and kept when it can serve anyone who asks under that key
    (a 200 setting no cookie)."""
    kept = store.local().get(key)
    if kept is not None:
        headers, content = kept
        marks.carries_marks(request)
        return HttpResponse(content, headers=headers)
    with marks.rendering_to_keep(request):
        response = respond()
    if not response.streaming and response.status_code == 200 and not response.cookies:
        headers = {name: response[name] for name in KEPT_HEADERS if name in response}
        store.local().set(key, (headers, response.content), timeout)
    return response


def kept_while_unchanged(view):
    """Serves the view's page again while the database is unchanged (see above). Goes inside
    login_required: the user is loaded by then."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not can_keep(request):
            return view(request, *args, **kwargs)
        using = stamps.read_alias()
        snapshot = database_snapshot(using)
        if snapshot is None:
            return view(request, *args, **kwargs)
        key = store.key("page", using, snapshot, request.user.pk, *asked_for(request))
        # A page may list rows kept a while (rows.py), which are read again when they expire,
        # commit or not: the page is kept no longer than they are.
        timeout = settings.NEWSDESK_LISTED_ROWS_SECONDS
        return kept_response(request, key, lambda: view(request, *args, **kwargs), timeout)

    return wrapper
