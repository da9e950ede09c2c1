"""Pages rendered ahead of their readers, into the renderings every web worker shares
(articles/caching/), so nobody waits for a first rendering:
- an article's content, as readers and as editors see it, right after the import worker saves
  it and after an editor changes what it shows;
- the page of each person an import mentions, after the import (a task of lower priority than
  imports, so it waits while files are queued).
Each is rendered as the desk's kinds of account see it (accounts.reader_kinds: a desk of
editors only renders no viewer's page); any other kind renders on its first view.
`manage.py prerender` does the same for what is already stored (a deployment starts with no
renderings: their keys carry a digest of the code)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.http import HttpRequest
from django.urls import reverse

from articles import caching
from articles.services.accounts import reader_kinds
from articles.views.browse import article_parts, article_workspace, render_article_content
from articles.views.people import FIRST_LISTING, PersonShown, person_parts, person_workspace, render_person_content

logger = logging.getLogger(__name__)


def reader_request(path: str) -> HttpRequest:
    """A GET of path by nobody in particular: what a content rendering needs of a request (its
    address, for the forms' `next`; its CSRF token and CSP nonce are marks in kept renderings)."""
    request = HttpRequest()
    request.method = "GET"
    request.path = request.path_info = path
    request.user = AnonymousUser()
    return request


def article(pk: int, readers: set[tuple[bool, bool]] | None = None) -> None:
    """Renders article pk's content as readers and as editors see it (those of `readers`, the
    desk's reader_kinds(), when given) and keeps it, unless kept already."""
    readers = reader_kinds() if readers is None else readers
    request = reader_request(reverse("articles:detail", args=[pk]))
    read = []  # the article's rows, read once for its renderings (and not at all when all are kept)
    for can_edit in sorted({can_edit for can_edit, _staff in readers}):

        def render(can_edit=can_edit):
            if not read:
                read.append(article_workspace(pk, can_edit=can_edit))
            return render_article_content(request, read[0], can_edit=can_edit)

        caching.article_content(request, pk, article_parts(can_edit, False), render)


def person(pk: int, readers: set[tuple[bool, bool]] | None = None) -> None:
    """Reads the rows person pk's page lists again for every web worker (caching.person_rows_changed),
    and renders its content as viewers, editors and administrators see it (those of `readers`,
    the desk's reader_kinds(), when given) and keeps it, unless kept already."""
    request = reader_request(reverse("articles:person", args=[pk]))
    # An import just gave them rows: those of the page as it opens are read here, once, for
    # every web worker.
    show_rejected, quote_kind = FIRST_LISTING
    shown = caching.person_rows_changed(
        pk, FIRST_LISTING, lambda: PersonShown.read(pk, show_rejected=show_rejected, quote_kind=quote_kind)
    )
    read = []
    for can_edit, is_staff in sorted(reader_kinds() if readers is None else readers):
        request.user = get_user_model()(is_staff=is_staff)  # the template asks only whether staff

        def render(can_edit=can_edit):
            if not read:
                read.append(person_workspace(pk, shown, can_edit=can_edit))
            return render_person_content(request, read[0], can_edit=can_edit)

        parts = person_parts(shown, can_edit=can_edit, is_staff=is_staff, show_rejected=False)
        caching.person_content(request, pk, shown.ids(), parts, render)


def each(render: Callable[[int, set], None], ids: Iterable[int]) -> int:
    """render(pk, the desk's reader kinds) for each of ids; how many were rendered. A failure is logged and skipped: the
    page renders on its first view anyway.

    The renderings are kept in one transaction: each commit ends every whole page the web
    workers keep (articles/caching/pages.py), so one commit for the lot, not one per rendering."""
    if not caching.enabled():
        return 0
    done = 0
    readers = reader_kinds()
    with transaction.atomic():
        for pk in ids:
            try:
                with transaction.atomic():
                    render(pk, readers)
                done += 1
            except Exception:
                logger.exception("could not render %s %s ahead of its readers", render.__name__, pk)
    return done


def articles(ids: Iterable[int]) -> int:
    return each(article, ids)


def people(ids: Iterable[int]) -> int:
    return each(person, ids)
