"""What the workspace views share: who may edit, partial rendering for htmx, going back."""

from __future__ import annotations

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils.http import url_has_allowed_host_and_scheme, urlencode

from articles import kinds
from articles.services.accounts import can_edit

FORBIDDEN_TEXT = "Your account can read but not change the desk (Viewers group)."


def user_can_edit(request) -> bool:
    """can_edit for the request's user, asked of the database once per request."""
    if not hasattr(request, "_can_edit"):
        request._can_edit = can_edit(request.user)
    return request._can_edit


def editor_required(view):
    """Logged-in Editors only: anyone else logged in gets 403 (before any write is attempted)."""

    @wraps(view)
    @login_required
    def wrapper(request, *args, **kwargs):
        if not user_can_edit(request):
            return HttpResponseForbidden(FORBIDDEN_TEXT, content_type="text/plain; charset=utf-8")
        return view(request, *args, **kwargs)

    return wrapper


def wants_fragment(request) -> bool:
    """An htmx request that swaps a fragment (a history restore wants the whole page)."""
    htmx = getattr(request, "htmx", None)
    return bool(htmx) and not htmx.history_restore_request


def render_fragments(request, template: str, names: list[str], context: dict, status: int = 200) -> HttpResponse:
    """Renders partials of one template back to back (later ones usually swap out of band)."""
    html = "".join(render_to_string(f"{template}#{name}", context, request=request) for name in names)
    response = HttpResponse(html, status=status)
    response["Vary"] = "HX-Request"
    return response


def page_or_fragment(request, template: str, fragment: str, context: dict) -> HttpResponse:
    """The whole page, or for htmx only the fragment it asked for: one view, two renderings."""
    partial = wants_fragment(request)
    response = render(request, f"{template}#{fragment}" if partial else template, context)
    response["Vary"] = "HX-Request"
    if partial and request.htmx.target in {"results", "timeline"}:
        # A filter form was submitted: the address bar gets the query without empty fields.
        query = urlencode([(k, v) for k, v in request.GET.items() if v.strip() and k != "page"])
        response["HX-Push-Url"] = f"{request.path}?{query}" if query else request.path
    return response


def get_record(kind: str, pk: int):
    """An article, person, quote or event by the kind name URLs use."""
    try:
        model = kinds.model_of(kind)
    except LookupError:
        raise Http404("No such kind of record.") from None
    return get_object_or_404(model, pk=pk)


def go_back(request, fallback: str, error: str | None = None):
    """After a form posted without JavaScript: back to `next` (same site only) or the fallback."""
    if error:
        messages.error(request, error)
    target = request.POST.get("next") or request.GET.get("next") or ""
    hosts = {request.get_host()}
    safe = url_has_allowed_host_and_scheme(target, allowed_hosts=hosts, require_https=request.is_secure())
    if not safe:
        target = fallback
    return redirect(target)
