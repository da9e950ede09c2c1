"""Log-in and password-reset throttling, without handing an attacker a way to lock editors out.

Failed log-ins slow down the client making them: after NEWSDESK_LOGIN_MAX_FAILURES from one
address, each further attempt from it waits NEWSDESK_LOGIN_BACKOFF_SECONDS, doubled at every
failure up to NEWSDESK_LOGIN_MAX_WAIT_SECONDS. Failures against one account from anywhere
(guessing spread over many addresses) slow down the same way, but only browsers that have
never signed in to that account: a browser that has carries a signed cookie naming it
(newsdesk_device), so the editor's own browser is never held back by someone else's guesses.

Password reset requests are limited per client address and per e-mail address an hour.
"""

import math
import time
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.core.signing import BadSignature
from django.shortcuts import render

DEVICE_COOKIE = "newsdesk_device"
DEVICE_SALT = "newsdesk.signed-in-before"
DEVICE_MAX_AGE = 365 * 24 * 3600
DEVICE_USERNAMES = 5  # accounts remembered per browser (a shared desk computer)
RESET_WINDOW = 3600


def client_address(request) -> str:
    """The client's address. Behind NEWSDESK_PROXY_HOPS trusted proxies (the TLS proxy in
    production) REMOTE_ADDR is the proxy's, shared by everyone: the address is then the one the
    nearest proxy appended to X-Forwarded-For, which the client cannot forge."""
    hops = settings.NEWSDESK_PROXY_HOPS
    forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if a.strip()]
    if hops and len(forwarded) >= hops:
        return forwarded[-hops]
    return request.META.get("REMOTE_ADDR", "")


def _username(request) -> str:
    return (request.POST.get("username") or "").strip().casefold()[:150]


def seconds_to_wait(key: str) -> int:
    until = cache.get(f"login-wait:{key}")
    return max(0, math.ceil(until - time.time())) if until else 0


def record_failure(key: str) -> None:
    """Counts a failure; from the limit on, the next attempt waits, twice as long each time."""
    window = settings.NEWSDESK_LOGIN_WINDOW_SECONDS
    count_key = f"login-failures:{key}"
    count = count_up(count_key, window)
    over = count - settings.NEWSDESK_LOGIN_MAX_FAILURES
    if over >= 0:
        wait = min(settings.NEWSDESK_LOGIN_BACKOFF_SECONDS * 2**over, settings.NEWSDESK_LOGIN_MAX_WAIT_SECONDS)
        cache.set(f"login-wait:{key}", time.time() + wait, window + wait)


def count_up(key: str, window: int) -> int:
    """Adds one to a counter kept `window` seconds after its last change (incr alone would give
    it the cache's default timeout)."""
    cache.add(key, 0, window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, count := 1, window)
    cache.touch(key, window)
    return count


def clear_failures(*keys: str) -> None:
    cache.delete_many([f"login-{kind}:{key}" for key in keys for kind in ("failures", "wait")])


def signed_in_here_before(request) -> set[str]:
    """The accounts this browser has signed in to (from its signed cookie)."""
    try:
        value = request.get_signed_cookie(DEVICE_COOKIE, default="", salt=DEVICE_SALT, max_age=DEVICE_MAX_AGE)
    except BadSignature:
        return set()
    return set(value.split())


def remember_this_browser(request, response, username: str) -> None:
    known = [username, *sorted(signed_in_here_before(request) - {username})][:DEVICE_USERNAMES]
    response.set_signed_cookie(
        DEVICE_COOKIE,
        " ".join(known),
        salt=DEVICE_SALT,
        max_age=DEVICE_MAX_AGE,
        httponly=True,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE,
    )


def too_many(request, seconds: int, reason: str):
    response = render(request, "registration/locked_out.html", {"seconds": seconds, "reason": reason}, status=429)
    response["Retry-After"] = str(seconds)
    return response


def throttle_login(login_view):
    """Wraps a log-in view: a POST that does not redirect is a failure, counted for the client's
    address and for the account; an attempt during a wait answers 429 saying how long is left."""

    @wraps(login_view)
    def view(request, *args, **kwargs):
        if request.method != "POST":
            return login_view(request, *args, **kwargs)
        address, username = f"addr:{client_address(request)}", _username(request)
        account = f"user:{username}"
        if wait := seconds_to_wait(address):
            return too_many(request, wait, "address")
        if username not in signed_in_here_before(request) and (wait := seconds_to_wait(account)):
            return too_many(request, wait, "account")
        response = login_view(request, *args, **kwargs)
        if response.status_code in (301, 302, 303):
            clear_failures(address, account)
            remember_this_browser(request, response, username)
        else:
            record_failure(address)
            record_failure(account)
        return response

    return view


def throttle_password_reset(reset_view):
    """Wraps the password reset view: a client address, and an e-mail address, get at most
    NEWSDESK_PASSWORD_RESETS_PER_HOUR requests an hour (the same answer whether or not the
    address belongs to anyone)."""

    @wraps(reset_view)
    def view(request, *args, **kwargs):
        if request.method != "POST":
            return reset_view(request, *args, **kwargs)
        email = (request.POST.get("email") or "").strip().casefold()[:254]
        keys = [f"reset-requests:addr:{client_address(request)}", f"reset-requests:email:{email}"]
        if max(cache.get(key, 0) for key in keys) >= settings.NEWSDESK_PASSWORD_RESETS_PER_HOUR:
            return too_many(request, RESET_WINDOW, "reset")
        for key in keys:
            count_up(key, RESET_WINDOW)
        return reset_view(request, *args, **kwargs)

    return view
