"""Failed log-ins slow the client that makes them, and slow guessing at one account from many
addresses, without ever locking the account's editor out of their own browser."""

import time

import pytest
from django.test import Client
from django.urls import reverse

from articles.views import accounts

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _small_limits(settings):
    settings.NEWSDESK_LOGIN_MAX_FAILURES = 5
    settings.NEWSDESK_LOGIN_BACKOFF_SECONDS = 60
    settings.NEWSDESK_LOGIN_MAX_WAIT_SECONDS = 900


def attempt(client, url, password, address="192.0.2.1", username="editor"):
    return client.post(url, {"username": username, "password": password}, REMOTE_ADDR=address)


@pytest.mark.parametrize("url", ["/accounts/login/", "/admin/login/"])
def test_a_client_failing_again_and_again_waits_longer_each_time(client, editor, url, monkeypatch):
    for _ in range(5):
        assert attempt(client, url, "wrong").status_code == 200
    held = attempt(client, url, PASSWORD)
    assert held.status_code == 429 and held["Retry-After"] == "60"
    assert b"many failed log-ins from your network" in held.content
    assert "_auth_user_id" not in client.session

    now = accounts.time.time()
    monkeypatch.setattr(accounts.time, "time", lambda: now + 61)  # the wait is over: one more try
    assert attempt(client, url, "wrong").status_code == 200
    assert attempt(client, url, PASSWORD)["Retry-After"] == "120"  # and the next wait is twice as long


def test_failures_are_remembered_longer_than_the_caches_default_timeout(client, editor, settings):
    settings.CACHES = {**settings.CACHES, "default": {**settings.CACHES["default"], "TIMEOUT": 1}}
    settings.NEWSDESK_LOGIN_BACKOFF_SECONDS = 1
    url = reverse("login")
    for _ in range(5):
        attempt(client, url, "wrong")
    time.sleep(1.5)  # the first wait is over, and so is the cache's default timeout
    assert attempt(client, url, "wrong").status_code == 200
    assert attempt(client, url, PASSWORD)["Retry-After"] == "2"  # the sixth failure was counted as one


def test_other_clients_are_not_held_back_by_one_clients_failures(client, editor):
    url = reverse("login")
    for _ in range(6):
        attempt(client, url, "wrong", address="192.0.2.66", username="someone-else")
    assert attempt(Client(), url, PASSWORD, address="198.51.100.7").status_code == 302


def test_guessing_from_many_addresses_cannot_lock_the_editor_out_of_their_browser(editor):
    url = reverse("login")
    own_browser = Client()
    assert attempt(own_browser, url, PASSWORD, address="198.51.100.7").status_code == 302
    own_browser.post(reverse("logout"))  # as a browser logs out: its other cookies stay
    assert "_auth_user_id" not in own_browser.session

    attacker = Client()
    for n in range(40):  # a botnet: every guess from a new address, so no address is slowed
        assert attempt(attacker, url, f"guess {n}", address=f"203.0.113.{n}").status_code in (200, 429)
    # Unknown browsers now wait before trying this account…
    stranger = attempt(Client(), url, PASSWORD, address="203.0.113.200")
    assert stranger.status_code == 429 and b"sign in from a browser you have used before" in stranger.content
    # …but the editor's own browser, which signed in before, gets in at once.
    assert attempt(own_browser, url, PASSWORD, address="198.51.100.7").status_code == 302
    assert "_auth_user_id" in own_browser.session


def test_a_forged_device_cookie_does_not_skip_the_wait(editor):
    url = reverse("login")
    for n in range(6):
        attempt(Client(), url, "wrong", address=f"203.0.113.{n}")
    forger = Client()
    forger.cookies[accounts.DEVICE_COOKIE] = "editor"
    assert attempt(forger, url, PASSWORD, address="203.0.113.99").status_code == 429


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
