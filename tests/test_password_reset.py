"""Password reset: mail goes to the console unless a server is configured, and requests are
limited per client and per e-mail address."""

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from .test_settings import run_manage

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_with_email(editor):
    editor.email = "editor@newsroom.example"
    editor.save()
    return editor


def ask(client, email="editor@newsroom.example", address="192.0.2.1"):
    return client.post(reverse("password_reset"), {"email": email}, REMOTE_ADDR=address)


def test_a_reset_sends_one_mail_with_a_link(client, editor_with_email):
    assert client.get(reverse("login")).content.decode().count(reverse("password_reset")) == 1
    assert ask(client).status_code == 302
    assert len(mail.outbox) == 1 and "/accounts/reset/" in mail.outbox[0].body


def test_resets_are_limited_per_client(client, editor_with_email, settings):
    settings.NEWSDESK_PASSWORD_RESETS_PER_HOUR = 5
    for n in range(5):
        assert ask(client, email=f"nobody{n}@example.org").status_code == 302
    refused = ask(client)
    assert refused.status_code == 429 and b"Too many password reset requests" in refused.content
    assert not mail.outbox


def test_resets_are_limited_per_email_address_from_any_client(editor_with_email, settings):
    settings.NEWSDESK_PASSWORD_RESETS_PER_HOUR = 3
    for n in range(3):
        assert ask(Client(), address=f"203.0.113.{n}").status_code == 302
    assert ask(Client(), address="203.0.113.50").status_code == 429
    assert len(mail.outbox) == 3


PRODUCTION = {
    "NEWSDESK_PRODUCTION": "1",
    "NEWSDESK_SECRET_KEY": "x7!" * 20 + "production-secret-key-for-the-check",
    "NEWSDESK_ALLOWED_HOSTS": "newsdesk.example.org",
}


def test_production_without_a_mail_server_has_no_reset_pages():
    routes = "from django.urls import get_resolver; print('password_reset' in get_resolver().reverse_dict)"
    assert run_manage("shell", "-c", routes, **PRODUCTION).stdout.split()[-1] == "False"
    with_server = run_manage("shell", "-c", routes, NEWSDESK_EMAIL_HOST="smtp.newsroom.example", **PRODUCTION)
    assert with_server.stdout.split()[-1] == "True"


def test_mail_goes_to_the_console_unless_a_server_is_configured():
    shown = "from django.conf import settings; print(settings.MAILERS['default']['BACKEND'])"
    assert run_manage("shell", "-c", shown).stdout.split()[-1] == "django.core.mail.backends.console.EmailBackend"
    smtp = run_manage("shell", "-c", shown, NEWSDESK_EMAIL_HOST="smtp.newsroom.example")
    assert smtp.stdout.split()[-1] == "django.core.mail.backends.smtp.EmailBackend"
