"""Not-found, forbidden, bad-request and server-error pages wear the site's layout: the
navigation and a way back, not Django's bare pages."""

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client, override_settings
from django.urls import include, path, reverse

pytestmark = pytest.mark.django_db

NAV = ('<nav aria-label="Main">', 'href="/people/"', 'href="/quotes/"', 'href="/events/"', 'href="/import/"')


def broken(request):
    raise RuntimeError("a bug")


def refused(request):
    raise PermissionDenied("Only editors can do this.")


urlpatterns = [
    path("broken/", broken),
    path("refused/", refused),
    path("", include("newsdesk.urls")),
]
handler500 = "articles.middleware.server_error"


def assert_site_layout(page: str):
    assert '<link rel="stylesheet" href="/static/css/newsdesk.css">' in page
    assert all(part in page for part in NAV), page[:2000]
    assert '<a href="/">← Back to the articles</a>' in page


def test_not_found_for_an_editor(editor_client):
    response = editor_client.get("/no/such/page/")
    page = response.content.decode()
    assert response.status_code == 404
    assert "Nothing is here" in page and "<code>/no/such/page/</code>" in page
    assert_site_layout(page)
    assert "Log out" in page


def test_a_missing_record_is_a_page_of_the_site(editor_client):
    response = editor_client.get(reverse("articles:person", args=[987654]))
    assert response.status_code == 404
    assert_site_layout(response.content.decode())


def test_not_found_logged_out_offers_to_log_in(client):
    page = client.get("/no/such/page/").content.decode()
    assert "Nothing is here" in page and 'href="/accounts/login/">Log in</a>' in page


@override_settings(ROOT_URLCONF=__name__)
def test_forbidden_says_why_with_the_layout(viewer_client):
    response = viewer_client.get("/refused/")
    page = response.content.decode()
    assert response.status_code == 403
    assert "Only editors can do this." in page and "needs an Editor account" in page
    assert_site_layout(page)


def test_a_viewer_refused_a_write_gets_the_forbidden_page(viewer_client, editor):
    response = viewer_client.post(reverse("articles:import"), {})
    assert response.status_code == 403
    assert "Only editors can import articles." in response.content.decode()


@override_settings(ROOT_URLCONF=__name__)
def test_server_error_keeps_the_layout(editor):
    client = Client(raise_request_exception=False)
    client.force_login(editor)
    response = client.get("/broken/")
    page = response.content.decode()
    assert response.status_code == 500
    assert "Something went wrong on our side" in page
    assert_site_layout(page)
    assert "a bug" not in page  # no detail of the error reaches the page


def test_an_expired_form_gets_the_layout(editor):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    response = client.post(reverse("articles:import"), {})
    page = response.content.decode()
    assert response.status_code == 403
    assert "This form has expired" in page
    assert_site_layout(page)
