"""A small HTTP client that behaves like one editor's browser (cookies, CSRF token, htmx
header), for tests against a live server or a gunicorn subprocess. Redirects are answers."""

from __future__ import annotations

import http.cookiejar
import urllib.error
import urllib.parse
import urllib.request

from django.urls import reverse

from ..conftest import PASSWORD


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Editor:
    def __init__(self, base_url: str, username: str, password: str = PASSWORD):
        self.base = base_url
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect)
        self.statuses: list[tuple[str, int]] = []
        self.last_body = ""
        self.request("GET", reverse("login"))
        status = self.request("POST", reverse("login"), {"username": username, "password": password}, htmx=False)
        assert status == 302, f"{username} could not log in ({status}): {self.last_body[:300]}"

    def token(self) -> str:
        return next(c.value for c in self.jar if c.name == "csrftoken")

    def request(self, method: str, path: str, data: dict | None = None, htmx: bool = True) -> int:
        """The response's status; its text is kept in last_body."""
        headers = {"HX-Request": "true"} if htmx else {}
        body = None
        if method == "POST":
            headers["X-CSRFToken"] = self.token()
            body = urllib.parse.urlencode(data or {}).encode()
        req = urllib.request.Request(self.base + path, data=body, headers=headers, method=method)
        try:
            with self.opener.open(req, timeout=60) as response:
                status, raw = response.status, response.read()
        except urllib.error.HTTPError as error:
            status, raw = error.code, error.read()
        self.last_body = raw.decode("utf-8", "replace")
        self.statuses.append((path, status))
        return status
