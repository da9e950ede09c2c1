"""Whole pages served again while nothing in the database has changed.

PostgreSQL's snapshot (`pg_current_snapshot()`: which transactions have committed, as seen by
the next statement) names the state of the whole database: two statements that see the same
snapshot read the same rows. A page rendered for one user at one address is kept in
CACHES["fragments"] under the snapshot it was read at, and served again for as long as no
transaction commits anywhere (an import, an editor's change, a log-in, the admin): no queries
beyond the user's, no templates. The snapshot comes with the user's row (articles/auth.py), so
a page served again costs that one query.

Any commit changes the snapshot, so an entry is never served after a change; the pages then
render again from their fragment stamps (articles/fragments.py), which keep each part of a
page across the changes that do not touch it. Nothing is kept or served:
- inside a transaction block, whose own writes the snapshot does not show (tests that run in
  one, a view that writes before it renders);
- when the user has messages waiting (showing them is part of the page, and only once);
- for anything but a 200 answer to a GET.

What differs between requests of the same page (the CSRF token, the CSP nonce) is rendered as
a mark (the `render_marks` context processor) and put in on the way out.
"""

from __future__ import annotations

from functools import wraps

from django.contrib import messages
from django.db import connections
from django.http import HttpResponse
from django.middleware.csp import get_nonce
from django.middleware.csrf import get_token

from articles import fragments
from articles.compiled import fetch_all

SNAPSHOT_SQL = "SELECT pg_current_snapshot()::text"
NONCE_MARK = "csp-nonce-8c2e51a0"  # stands for the request's CSP nonce in kept pages
KEPT_HEADERS = ("Content-Type", "Vary", "HX-Push-Url")


def outside_transactions(using: str) -> bool:
    """Whether each statement on `using` commits on its own (its snapshot then shows every write)."""
    connection = connections[using]
    return not connection.in_atomic_block and connection.get_autocommit()


def database_snapshot(request, using: str) -> str | None:
    """The snapshot the request reads `using` at, or None inside a transaction block. The one
    read with the user's row (articles/auth.py) when it came from the same database."""
    if not outside_transactions(using):
        return None
    known = getattr(request.user, "read_snapshot", None)
    if known is not None and known[0] == using:
        return known[1]
    return fetch_all(SNAPSHOT_SQL, [], using)[0][0]


def render_marks(request) -> dict:
    """Context processor: marks instead of the CSRF token and the CSP nonce while a page is
    rendered to be kept (listed after Django's own, so these win)."""
    if getattr(request, "rendering_to_keep", False):
        return {"csrf_token": fragments.CSRF_MARK, "csp_nonce": NONCE_MARK}
    return {}


def _page_key(request, using: str, snapshot: str) -> str:
    htmx = getattr(request, "htmx", None)
    asked = (bool(htmx), htmx.target, htmx.trigger, htmx.history_restore_request) if htmx else ()
    return fragments.key(
        "page",
        using,
        snapshot,
        request.user.pk,
        request.get_host(),
        request.is_secure(),
        request.get_full_path(),
        asked,
    )


def _with_request_values(request, response: HttpResponse) -> HttpResponse:
    """The response with this request's CSRF token and CSP nonce in place of the marks."""
    content = response.content
    if fragments.CSRF_MARK.encode() in content:
        content = content.replace(fragments.CSRF_MARK.encode(), get_token(request).encode())
    if NONCE_MARK.encode() in content:
        content = content.replace(NONCE_MARK.encode(), str(get_nonce(request)).encode())
    response.content = content
    return response


def kept_while_unchanged(view):
    """Serves the view's page from the cache while the database is unchanged (see above).
    Goes inside login_required: the user, and with them the snapshot, are loaded by then."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        using = fragments.read_alias()
        snapshot = None
        if request.method == "GET" and not len(messages.get_messages(request)):
            snapshot = database_snapshot(request, using)
        if snapshot is None:
            return view(request, *args, **kwargs)
        key = _page_key(request, using, snapshot)
        kept = fragments.cache().get(key)
        if kept is not None:
            headers, content = kept
            return _with_request_values(request, HttpResponse(content, headers=headers))
        request.rendering_to_keep = True
        try:
            response = view(request, *args, **kwargs)
        finally:
            # Whatever renders after an exception (an error page) gets the real token and nonce.
            request.rendering_to_keep = False
        if response.streaming:
            return response
        if response.status_code == 200 and not response.cookies:
            headers = {name: response[name] for name in KEPT_HEADERS if name in response}
            fragments.cache().set(key, (headers, response.content))
        return _with_request_values(request, response)

    return wrapper
