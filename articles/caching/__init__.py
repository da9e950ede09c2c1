"""The speed layer: everything that exists only to make pages fast, behind a small face.

- `kept_while_unchanged`: a view decorator that serves a whole page again while nothing in the
  database has committed since it was rendered (pages.py).
- `article_content`, `person_content`: a page's costly part rendered once and kept under a
  *stamp* of every row it shows (stamps.py), in a store every process shares (store.py), so it
  is served again until any of those rows changes, from any process. The import worker renders
  an article's content before anyone asks for it (articles/views/prerender.py).
- `article_page`, `person_page`: the whole page around that content, kept in each worker's
  memory under the content's key and the reader, so it outlives commits that leave it as it was.
- `list_rows`: a list's rows kept the same way, in each worker's memory.
- `person_rows`, `person_rows_changed`: which rows a person's page lists, kept a short while
  (rows.py: a change made through the app or an import shows at once, any other within
  NEWSDESK_LISTED_ROWS_SECONDS).
- `middleware.SpeedLayerMiddleware`: puts each request's CSRF token and CSP nonce into kept HTML,
  and after a request that may have changed something, has those rows read again.

Only views and that middleware import this package. NEWSDESK_CACHING=0 switches it off: every
page is then rendered on every request, and is the same page.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import Http404, HttpResponse
from django.utils.safestring import SafeString, mark_safe

from articles.caching import marks, pages, rows, stamps, store
from articles.caching.pages import kept_while_unchanged
from articles.caching.store import enabled

__all__ = [
    "article_content",
    "article_page",
    "enabled",
    "kept_while_unchanged",
    "list_rows",
    "person_content",
    "person_page",
    "person_rows",
    "person_rows_changed",
]


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


# A content is kept under the key of what it shows (a stamp of its rows and what else it
# depends on); the page around it under that key and what the frame shows of the reader.
Content = Callable[[], tuple[str, str]]  # renders (title, html) of a page's content
Page = Callable[[str, SafeString], HttpResponse]  # renders the page around (title, content html)


def _article_key(request, pk: int, parts: list) -> tuple[str, str]:
    """(title, key) of an article page's content; Http404 when there is no such article."""
    state = stamps.article(pk)
    if state is None:
        raise Http404("No such article.")
    title, stamp, annotated = state
    # An annotated article shows the user's own notes with edit buttons: per user.
    user = request.user.pk if annotated else ""
    return title, store.key("article", pk, stamp, user, request.get_full_path(), *parts)


def _person_key(request, pk: int, shown: tuple[list[int], list[int], list[int]], parts: list) -> tuple[str, str]:
    """(name, key) of a person page's content showing these quotes, articles and events;
    Http404 when there is no such person."""
    state = stamps.person(pk, *shown)
    if state is None:
        raise Http404("No such person.")
    name, stamp = state
    return name, store.key("person", pk, stamp, request.get_full_path(), *parts)


def _page_around(request, title: str, key: str, render: Content, render_page: Page) -> HttpResponse:
    """The page around the content kept under key: the content from the shared store (rendered
    if need be), the page kept whole in this worker's memory under the content's key and what
    the frame shows of the reader, so a commit that leaves the content unchanged costs no
    rendering at all."""

    def page() -> HttpResponse:
        _title, html = _kept(request, key, render, shared=True)
        return render_page(title, mark_safe(html))

    if not pages.can_keep(request):
        return page()
    user = request.user
    framed = store.key("around", key, user.pk, user.get_username(), user.is_staff, *pages.asked_for(request))
    return pages.kept_response(request, framed, page)


def article_content(request, pk: int, parts: list, render: Content) -> tuple[str, SafeString]:
    """(title, html) of an article page's content: render()'s, or kept from an earlier render
    while nothing it shows has changed. `parts` is what else the rendering depends on (who may
    edit, which rows are shown). Http404 when there is no such article."""
    if not enabled():
        title, html = render()
        return title, mark_safe(html)
    title, key = _article_key(request, pk, parts)
    _title, html = _kept(request, key, render, shared=True)
    return title, mark_safe(html)


def article_page(request, pk: int, parts: list, render: Content, render_page: Page) -> HttpResponse:
    """render_page(title, content) around the article's content (article_content), kept whole
    in this worker's memory while the content is unchanged."""
    if not enabled():
        return render_page(*article_content(request, pk, parts, render))
    title, key = _article_key(request, pk, parts)
    return _page_around(request, title, key, render, render_page)


def person_content(
    request, pk: int, shown: tuple[list[int], list[int], list[int]], parts: list, render: Content
) -> tuple[str, SafeString]:
    """(name, html) of a person page's content showing these quotes, articles and events, as
    article_content. Http404 when there is no such person."""
    if not enabled():
        name, html = render()
        return name, mark_safe(html)
    name, key = _person_key(request, pk, shown, parts)
    _name, html = _kept(request, key, render, shared=True)
    return name, mark_safe(html)


def person_page(
    request, pk: int, shown: tuple[list[int], list[int], list[int]], parts: list, render: Content, render_page: Page
) -> HttpResponse:
    """render_page(name, content) around the person's content (person_content), as article_page."""
    if not enabled():
        return render_page(*person_content(request, pk, shown, parts, render))
    name, key = _person_key(request, pk, shown, parts)
    return _page_around(request, name, key, render, render_page)


def list_rows(request, name: str, ids: list[int], parts: list, render: Callable[[], str]) -> SafeString:
    """The rendered rows of a list ("articles" or "quotes") with these ids, in this order, as
    article_content."""
    if not ids:
        return mark_safe("")
    if not enabled():
        return mark_safe(render())
    stamp = stamps.rows(name, ids)
    return mark_safe(_kept(request, store.key(name, stamp, request.get_full_path(), *parts), render))


def person_rows[Rows](pk: int, variant: tuple, read: Callable[[], Rows]) -> Rows:
    """Which rows person pk's page lists with these options (read()'s value), or those kept for
    it: see rows.py."""
    return rows.kept("person", pk, variant, read)


def person_rows_changed[Rows](pk: int, variant: tuple, read: Callable[[], Rows]) -> Rows:
    """Person pk's page may list other rows now (the import worker, after an import mentioned
    them): read() reads those it lists for this variant, returned and kept for every process
    while fresh (rows.py); other variants are read again on their next view."""
    return rows.changed("person", pk, variant=variant, read=read)
