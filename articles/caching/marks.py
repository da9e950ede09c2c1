"""Marks for the values that differ between requests (the CSRF token, the CSP nonce) in
renderings kept for many requests, and how this request's values are put in (the middleware
calls put_request_values on every response).

A mark is written where the value would be (`{% csrf_token %}`, `{{ csp_nonce }}`) while
something is rendered to be kept. Each mark begins with `<`, which the templates escape in any
text they show: an article, a name or a query that contains a mark's text is shown as `&lt;…`,
so only the marks the templates wrote are ever replaced.
"""

from __future__ import annotations

from django.middleware.csp import get_nonce
from django.middleware.csrf import get_token
from django.utils.safestring import mark_safe

CSRF_MARK = mark_safe("<newsdesk-csrf-token>")
NONCE_MARK = mark_safe("<newsdesk-csp-nonce>")

_RENDERING = "newsdesk_rendering_to_keep"
_MARKED = "newsdesk_response_has_marks"


class rendering_to_keep:
    """Within this block the request's renderings carry marks instead of its token and nonce."""

    def __init__(self, request):
        self.request = request

    def __enter__(self):
        self.outer = getattr(self.request, _RENDERING, False)  # a part kept within a page kept whole
        setattr(self.request, _RENDERING, True)
        setattr(self.request, _MARKED, True)

    def __exit__(self, *exc):
        # Whatever renders after (an error page, the page's frame) gets the real values.
        setattr(self.request, _RENDERING, self.outer)


def carries_marks(request) -> None:
    """Says that this request's response holds kept HTML, so the middleware puts values in."""
    setattr(request, _MARKED, True)


def render_marks(request) -> dict:
    """Context processor (listed after Django's csrf and csp): marks while rendering to keep."""
    if getattr(request, _RENDERING, False):
        return {"csrf_token": CSRF_MARK, "csp_nonce": NONCE_MARK}
    return {}


def put_request_values(request, response) -> None:
    """Puts the request's CSRF token and CSP nonce in place of the marks in its response, when
    it holds kept HTML."""
    if not getattr(request, _MARKED, False) or response.streaming:
        return
    content = response.content
    csrf, nonce = CSRF_MARK.encode(), NONCE_MARK.encode()
    if csrf in content:
        content = content.replace(csrf, get_token(request).encode())
    if nonce in content:
        content = content.replace(nonce, str(get_nonce(request)).encode())
    response.content = content
