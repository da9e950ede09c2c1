"""The speed layer's one middleware."""

from __future__ import annotations

from django.conf import settings

from articles.caching import marks, rows

# Requests that may change what pages show (RFC 9110's unsafe methods).
MAY_WRITE = {"POST", "PUT", "PATCH", "DELETE"}


class SpeedLayerMiddleware:
    """Puts the request's CSRF token and CSP nonce in place of the marks of kept HTML (listed
    after CsrfViewMiddleware and the CSP middleware, so the cookie and header follow), and after
    a request that may have changed something and did not fail, has the rows kept for pages read
    again (rows.py)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not settings.NEWSDESK_CACHING:
            return response
        if request.method in MAY_WRITE and response.status_code < 400:
            rows.note_change()
        marks.put_request_values(request, response)
        return response
