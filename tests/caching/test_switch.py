"""NEWSDESK_CACHING=False switches the speed layer off: the main pages render on every request
and are the same pages (but for the per-request CSRF token and CSP nonce)."""

import re

import pytest
from django.urls import reverse

from articles.models import Article, Person, Quote

from .. import factories as f

pytestmark = pytest.mark.django_db(transaction=True)  # commits, so whole pages are kept when on


def main_pages() -> list[str]:
    article = Article.objects.order_by("pk").first()
    person = Person.objects.get(name="Ben Wallace")
    quote = Quote.objects.order_by("pk").first()
    return [
        reverse("articles:list"),
        reverse("articles:list") + "?q=Moscow",
        article.get_absolute_url(),
        article.get_absolute_url() + "?show_rejected=1",
        person.get_absolute_url(),
        reverse("articles:quotes"),
        reverse("articles:quotes") + "?q=calm",
        reverse("articles:quote", args=[quote.pk]),
        reverse("articles:events"),
        reverse("articles:tags"),
    ]


def comparable(html: str) -> str:
    """The page without what differs on every request."""
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "TOKEN", html)
    html = re.sub(r'"X-CSRFToken": "[^"]+"', "TOKEN", html)
    return re.sub(r'nonce="[^"]+"', "NONCE", html)


@pytest.mark.parametrize("who", ["editor", "viewer"])
def test_the_main_pages_are_the_same_with_the_speed_layer_on_and_off(who, editor, viewer, client, settings):
    f.newsroom(editor, size=2)
    client.force_login(editor if who == "editor" else viewer)
    pages = {}
    for caching in (True, False, True):
        settings.NEWSDESK_CACHING = caching
        for url in main_pages():
            response = client.get(url)
            assert response.status_code == 200, (caching, url)
            pages.setdefault(url, []).append(comparable(response.content.decode()))
    for url, (on, off, on_again) in pages.items():
        assert on == off == on_again, url
    assert "newsdesk-csrf-token" not in "".join(off for _on, off, _again in pages.values())


@pytest.fixture
def kept(monkeypatch) -> list[str]:
    """The keys the speed layer keeps renderings under, while the test runs."""
    from articles.caching import store

    keys = []

    def recording(cache):
        class Recording:
            def __getattr__(self, name):
                return getattr(cache(), name)

            def set(self, key, value, *args, **kwargs):
                keys.append(key)
                return cache().set(key, value, *args, **kwargs)

        return Recording

    monkeypatch.setattr(store, "shared", recording(store.shared))
    monkeypatch.setattr(store, "local", recording(store.local))
    return keys


def test_off_nothing_is_kept(editor, client, settings, kept):
    settings.NEWSDESK_CACHING = False
    f.newsroom(editor, size=1)
    client.force_login(editor)
    for url in main_pages():
        assert client.get(url).status_code == 200
    assert kept == []


def test_on_the_pages_are_kept(editor, client, settings, kept):
    f.newsroom(editor, size=1)
    client.force_login(editor)
    for url in main_pages():
        assert client.get(url).status_code == 200
    assert len(kept) >= len(main_pages())  # each page whole, and its parts
