"""Guards in front of every view.

Signed-in pages are the desk's unpublished work: they are marked `Cache-Control: private`, so
no shared cache (a proxy, a CDN) keeps them for the next person.

NUL characters: PostgreSQL text cannot hold them, so a query parameter, form field or path
carrying one would fail deep inside a query (500). Such requests are refused up front (400).

When PostgreSQL is down (restarting, failing over), pages answer a calm 503, not a traceback.

Pooled connections are checked before each use (settings: the pool's `check`), so once the
database is back the next request reconnects by itself: nothing needs restarting.

Two ways a database error reaches the user, both covered:
- raised by a view (nearly always: the session and the user load inside it) → the middleware's
  process_exception answers 503 and logs one line, not a traceback;
- raised anywhere else (another middleware) → Django's 500 handler, `server_error` below, still
  answers 503 when the error in flight is a database one.
"""

from __future__ import annotations

import logging
import sys

from django.db.utils import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseBadRequest
from django.template import loader
from django.utils.cache import patch_cache_control
from django.views import defaults
from django.views.decorators.csrf import requires_csrf_token

logger = logging.getLogger("newsdesk.database")

DATABASE_ERRORS = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 5


def database_unavailable() -> HttpResponse:
    # Rendered without the request: context processors would ask the database who the user is.
    html = loader.render_to_string("503.html")
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


class PrivateWhenSignedInMiddleware:
    """Cache-Control: private on every response to a signed-in user (after AuthenticationMiddleware)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if "no-store" in response.get("Cache-Control", ""):
            # Kept by no cache at all already: the 503 page while the database is away (asking
            # who the user is would wait for the database again), pages marked never_cache.
            return response
        try:
            signed_in = request.user.is_authenticated
        except DATABASE_ERRORS:
            signed_in = False
        if signed_in:
            patch_cache_control(response, private=True)
        return response


class RejectNulCharactersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _has_nul(request):
            return HttpResponseBadRequest("NUL characters are not allowed here.", content_type="text/plain")
        return self.get_response(request)


def _has_nul(request) -> bool:
    if "\x00" in request.path:
        return True
    fields = [request.GET] + ([request.POST] if request.method == "POST" else [])
    return any("\x00" in key or any("\x00" in v for v in values) for qd in fields for key, values in qd.lists())


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_ERRORS):
            logger.warning("database unavailable for %s %s: %s", request.method, request.path, exception)
            return database_unavailable()
        return None


@requires_csrf_token
def server_error(request, template_name="500.html"):
    """handler500: a database error in flight gets the 503 page; anything else Django's plain 500."""
    if isinstance(sys.exc_info()[1], DATABASE_ERRORS):
        return database_unavailable()
    return defaults.server_error(request, template_name)
