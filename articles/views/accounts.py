"""Log-in throttling: after repeated failures, the username and the client address wait a while."""

from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render


def client_address(request) -> str:
    """The client's address. Behind NEWSDESK_PROXY_HOPS trusted proxies (the TLS proxy in
    production) REMOTE_ADDR is the proxy's, shared by everyone: the address is then the one the
    nearest proxy appended to X-Forwarded-For, which the client cannot forge."""
    hops = settings.NEWSDESK_PROXY_HOPS
    forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if a.strip()]
    if hops and len(forwarded) >= hops:
        return forwarded[-hops]
    return request.META.get("REMOTE_ADDR", "")


def _keys(request) -> list[str]:
    username = (request.POST.get("username") or "").strip().casefold()[:150]
    return [f"login-failures:user:{username}", f"login-failures:addr:{client_address(request)}"]


def _record_failure(request) -> None:
    for key in _keys(request):
        cache.add(key, 0, settings.NEWSDESK_LOGIN_LOCKOUT_SECONDS)
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, settings.NEWSDESK_LOGIN_LOCKOUT_SECONDS)


def throttle_login(login_view):
    """Wraps a log-in view: a POST that does not redirect is a failure; too many and it answers 429."""

    @wraps(login_view)
    def view(request, *args, **kwargs):
        if request.method != "POST":
            return login_view(request, *args, **kwargs)
        if max(cache.get(key, 0) for key in _keys(request)) >= settings.NEWSDESK_LOGIN_MAX_FAILURES:
            minutes = max(1, settings.NEWSDESK_LOGIN_LOCKOUT_SECONDS // 60)
            return render(request, "registration/locked_out.html", {"minutes": minutes}, status=429)
        response = login_view(request, *args, **kwargs)
        if response.status_code in (301, 302, 303):
            cache.delete_many(_keys(request))
        else:
            _record_failure(request)
        return response

    return view
