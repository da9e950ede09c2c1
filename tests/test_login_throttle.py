"""Repeated failed log-ins are refused for a while; a success clears the count."""

import pytest
from django.urls import reverse

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db


def attempt(client, url, password):
    return client.post(url, {"username": "editor", "password": password})


@pytest.mark.parametrize("url", ["/accounts/login/", "/admin/login/"])
def test_fifth_failure_locks_out_even_the_right_password(client, editor, settings, url):
    settings.NEWSDESK_LOGIN_MAX_FAILURES = 5
    for _ in range(5):
        assert attempt(client, url, "wrong").status_code == 200
    locked = attempt(client, url, PASSWORD)
    assert locked.status_code == 429
    assert b"Too many failed log-ins" in locked.content
    assert "_auth_user_id" not in client.session


def test_success_clears_failures(client, editor, settings):
    settings.NEWSDESK_LOGIN_MAX_FAILURES = 3
    url = reverse("login")
    attempt(client, url, "wrong")
    attempt(client, url, "wrong")
    assert attempt(client, url, PASSWORD).status_code == 302
    client.logout()
    attempt(client, url, "wrong")
    attempt(client, url, "wrong")
    assert attempt(client, url, PASSWORD).status_code == 302
