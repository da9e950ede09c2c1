"""Whole pages kept per database snapshot (articles/caching/pages.py).

These tests commit (transaction=True): inside a test's transaction the snapshot does not move
with the test's own writes, which is why pages are neither kept nor served there (the last
test shows that).
"""

import re

import pytest
from django.contrib import messages
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.models import Article
from tests import factories

pytestmark = pytest.mark.django_db(transaction=True)


def get(client, url, **headers):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **headers)
    return response, len(queries)


def test_a_page_seen_again_costs_only_the_users_and_the_snapshots_queries_until_anything_commits(editor_client):
    article = factories.article(title="Talks in Moscow")
    url = reverse("articles:detail", args=[article.pk])
    first, first_queries = get(editor_client, url)
    again, again_queries = get(editor_client, url)
    assert first.status_code == again.status_code == 200
    assert again_queries == 2 < first_queries  # the user's row and the snapshot
    assert "Talks in Moscow" in again.content.decode()

    Article.objects.filter(pk=article.pk).update(title="Talks in Kyiv")  # a commit
    changed, changed_queries = get(editor_client, url)
    assert "Talks in Kyiv" in changed.content.decode()
    assert "Talks in Moscow" not in changed.content.decode()
    assert changed_queries > 2


def test_a_kept_page_carries_this_requests_csrf_token_and_csp_nonce(editor):
    article = factories.article()
    url = reverse("articles:detail", args=[article.pk])
    for attempt in range(2):  # rendered and kept, then served from the cache
        client = Client(enforce_csrf_checks=True)
        client.force_login(editor)
        response = client.get(url)
        html = response.content.decode()
        assert "newsdesk-csrf-token" not in html and "newsdesk-csp-nonce" not in html
        nonce = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"]).group(1)
        assert f'nonce="{nonce}"' in html, attempt
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
        # The token works for this client's next post (its CSRF cookie came with the page).
        posted = client.post(reverse("articles:review", args=["article", article.pk]), {"status": "verified"})
        assert posted.status_code == 403  # refused without the token…
        posted = client.post(
            reverse("articles:review", args=["article", article.pk]),
            {"status": "verified", "csrfmiddlewaretoken": token},
        )
        assert posted.status_code in {200, 302}  # …accepted with it
        Article.objects.filter(pk=article.pk).update(review_status="needs_review")


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_each_user_and_each_rendering_is_kept_apart(editor, viewer):
    editor_client, viewer_client = logged_in(editor), logged_in(viewer)
    article = factories.article()
    url = reverse("articles:detail", args=[article.pk])
    get(editor_client, url)
    get(editor_client, url)
    as_viewer, viewer_queries = get(viewer_client, url)
    assert viewer_queries > 2  # not the editor's page
    assert 'name="status"' not in as_viewer.content.decode()  # no review buttons for a viewer

    whole, _ = get(editor_client, url)
    fragment, fragment_queries = get(editor_client, url, HTTP_HX_REQUEST="true", HTTP_HX_TARGET="article-body")
    assert fragment_queries > 2
    assert "<html" in whole.content.decode() and "<html" not in fragment.content.decode()


def test_a_page_with_messages_waiting_is_rendered_and_shows_them_once(editor_client):
    article = factories.article()
    url = reverse("articles:detail", args=[article.pk])
    get(editor_client, url)
    # A form posted without JavaScript leaves a message for the next page.
    response = editor_client.post(
        reverse("articles:review", args=["article", article.pk]), {"status": "bogus", "next": url}
    )
    assert response.status_code == 302
    assert list(messages.get_messages(response.wsgi_request))
    with CaptureQueriesContext(connection) as queries:
        shown = editor_client.get(url)
    assert not any("pg_current_snapshot" in q["sql"] for q in queries)  # rendered, not kept
    assert 'class="messages"' in shown.content.decode()
    after, _ = get(editor_client, url)
    assert 'class="messages"' not in after.content.decode()


def test_answers_other_than_200_are_not_kept(editor_client):
    url = reverse("articles:detail", args=[999_999])
    first, _ = get(editor_client, url)
    again, again_queries = get(editor_client, url)
    assert first.status_code == again.status_code == 404
    assert again_queries > 2


@pytest.mark.django_db(transaction=False)
def test_nothing_is_kept_inside_a_transaction_whose_own_writes_the_snapshot_does_not_show(editor_client):
    article = factories.article(title="Talks in Moscow")
    url = reverse("articles:detail", args=[article.pk])
    get(editor_client, url)
    with CaptureQueriesContext(connection) as queries:
        editor_client.get(url)
    assert not any("pg_current_snapshot" in q["sql"] for q in queries)  # no snapshot asked, none kept
    Article.objects.filter(pk=article.pk).update(title="Talks in Kyiv")  # not committed: same snapshot
    assert "Talks in Kyiv" in editor_client.get(url).content.decode()
