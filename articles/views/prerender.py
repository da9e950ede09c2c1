"""Pages rendered ahead of their readers: an article's content, as readers and as editors see
it, rendered by the import worker right after the article is saved, so nobody waits for its
first rendering (articles/caching/ keeps it for every web worker). `manage.py prerender` does
the same for articles already stored (after a deployment, whose renderings start empty)."""

from __future__ import annotations

import logging

from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest
from django.urls import reverse

from articles import caching
from articles.views.browse import article_parts, render_article_content

logger = logging.getLogger(__name__)


def reader_request(path: str) -> HttpRequest:
    """A GET of path by nobody in particular: what a content rendering needs of a request (its
    address, for the forms' `next`; its CSRF token and CSP nonce are marks in kept renderings)."""
    request = HttpRequest()
    request.method = "GET"
    request.path = request.path_info = path
    request.user = AnonymousUser()
    return request


def article(pk: int) -> None:
    """Renders article pk's content for readers and for editors and keeps it, unless kept already."""
    if not caching.enabled():
        return
    request = reader_request(reverse("articles:detail", args=[pk]))
    for can_edit in (False, True):

        def render(can_edit=can_edit):
            return render_article_content(request, pk, can_edit=can_edit, show_rejected=False)

        caching.article_content(request, pk, article_parts(can_edit, False), render)


def articles(ids) -> int:
    """Renders each of these articles' content (article()); how many were rendered. A failure is
    logged and skipped: a page renders on its first view anyway."""
    done = 0
    for pk in ids:
        try:
            article(pk)
            done += 1
        except Exception:
            logger.exception("could not render article %s ahead of its readers", pk)
    return done
