"""The speed layer: everything that exists only to make pages fast, behind a small face.

- `kept_while_unchanged`: a view decorator that serves a whole page again while nothing in the
  database has committed since it was rendered (pages.py).
- `article_content`, `person_content`: a page's costly part rendered once and kept under a
  *stamp* of every row it shows (stamps.py), in a store every process shares (store.py), so it
  is served again until any of those rows changes, from any process. The import worker renders
  an article's content before anyone asks for it (articles/views/prerender.py).
- `list_rows`: a list's rows kept the same way, in each worker's memory.
- `marks.RequestValuesMiddleware`: puts each request's CSRF token and CSP nonce into kept HTML.

Only views and that middleware import this package. NEWSDESK_CACHING=0 switches it off: every
page is then rendered on every request, and is the same page.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import Http404
from django.utils.safestring import SafeString, mark_safe

from articles.caching import marks, stamps, store
from articles.caching.pages import kept_while_unchanged
from articles.caching.store import enabled

__all__ = ["article_content", "enabled", "kept_while_unchanged", "list_rows", "person_content"]


def _kept(request, key: str, render: Callable, *, shared: bool = False):
    """render()'s value kept under key, in the store every process shares or in this worker's
    memory: rendered with marks, so it serves any request."""
    get, keep = (store.get_shared, store.keep_shared) if shared else (store.local().get, store.local().set)
    kept = get(key)
    if kept is None:
        with marks.rendering_to_keep(request):
            kept = render()
        keep(key, kept)
    marks.carries_marks(request)
    return kept


def article_content(request, pk: int, parts: list, render: Callable[[], tuple[str, str]]) -> tuple[str, SafeString]:
    """(title, html) of an article page's content: render()'s, or kept from an earlier render
    while nothing it shows has changed. `parts` is what else the rendering depends on (who may
    edit, which rows are shown). Http404 when there is no such article."""
    if not enabled():
        title, html = render()
        return title, mark_safe(html)
    state = stamps.article(pk)
    if state is None:
        raise Http404("No such article.")
    title, stamp, annotated = state
    # An annotated article shows the user's own notes with edit buttons: per user.
    user = request.user.pk if annotated else ""
    _title, html = _kept(
        request, store.key("article", pk, stamp, user, request.get_full_path(), *parts), render, shared=True
    )
    return title, mark_safe(html)


def person_content(
    request, pk: int, shown: tuple[list[int], list[int], list[int]], parts: list, render: Callable[[], tuple[str, str]]
) -> tuple[str, SafeString]:
    """(name, html) of a person page's content showing these quotes, articles and events, as
    article_content. Http404 when there is no such person."""
    if not enabled():
        name, html = render()
        return name, mark_safe(html)
    state = stamps.person(pk, *shown)
    if state is None:
        raise Http404("No such person.")
    name, stamp = state
    key = store.key("person", pk, stamp, request.get_full_path(), *parts)
    _name, html = _kept(request, key, render, shared=True)
    return name, mark_safe(html)


def list_rows(request, name: str, ids: list[int], parts: list, render: Callable[[], str]) -> SafeString:
    """The rendered rows of a list ("articles" or "quotes") with these ids, in this order, as
    article_content."""
    if not ids:
        return mark_safe("")
    if not enabled():
        return mark_safe(render())
    stamp = stamps.rows(name, ids)
    return mark_safe(_kept(request, store.key(name, stamp, request.get_full_path(), *parts), render))
