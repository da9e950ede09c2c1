"""The first pages render for a logged-in user and send others to the login page."""

import html
import re

import pytest
from django.urls import reverse

from articles.models import Article

pytestmark = pytest.mark.django_db


def test_pages_require_login(client, seeded):
    article = Article.objects.first()
    for url in [reverse("articles:list"), article.get_absolute_url()]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))


def test_login_page_renders(client):
    response = client.get(reverse("login"))
    assert response.status_code == 200
    assert b"Log in" in response.content


def test_article_list_shows_seeds_with_htmx_and_csrf_header(editor_client, seeded):
    response = editor_client.get(reverse("articles:list"))
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('class="title"') == 4
    assert "htmx" in html
    assert 'hx-headers=\'{"X-CSRFToken": "' in html


def test_each_seed_article_page_renders(editor_client, seeded):
    for article in Article.objects.all():
        response = editor_client.get(article.get_absolute_url())
        assert response.status_code == 200
        text = html.unescape(re.sub(r"<[^>]+>", "", response.content.decode()))
        assert article.title in text
        assert article.paragraphs[0] in text
        assert article.paragraphs[-1] in text


def test_article_text_is_escaped(editor_client):
    from articles.services.importing import import_bytes

    result = import_bytes(b"<script>alert(1)</script> headline\n\nBody with <b>tags</b> in it.\n", "x.txt")
    response = editor_client.get(reverse("articles:detail", args=[result.article_id]))
    assert b"<script>alert(1)</script>" not in response.content
    assert b"&lt;script&gt;" in response.content
