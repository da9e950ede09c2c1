"""Signed-in pages are marked Cache-Control: private (no shared cache keeps them); the anonymous
log-in page and static files are not."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path",
    ["/", "/people/", "/quotes/", "/events/", "/tags/", "/import/", "/admin/", "/admin/articles/annotation/"],
)
def test_signed_in_pages_are_private(editor_client, path):
    response = editor_client.get(path)
    assert response.status_code == 200
    assert "private" in response["Cache-Control"] and "public" not in response["Cache-Control"]


def test_htmx_fragments_and_viewers_pages_are_private_too(viewer_client):
    response = viewer_client.get("/", headers={"HX-Request": "true"})
    assert response.status_code == 200 and "private" in response["Cache-Control"]


def test_anonymous_pages_are_not_marked(client):
    assert "private" not in client.get(reverse("password_reset")).get("Cache-Control", "")
