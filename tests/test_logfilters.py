"""The log: a refused request is one line, a server error keeps its traceback."""

import io
import logging

import pytest
from django.test import Client, override_settings
from django.urls import include, path

pytestmark = pytest.mark.django_db


def broken(request):
    raise RuntimeError("a bug worth a traceback")


urlpatterns = [path("broken/", broken), path("", include("newsdesk.urls"))]
handler500 = "articles.middleware.server_error"


@pytest.fixture
def console():
    """What the configured console handler (settings.LOGGING) writes, its filters included."""
    handlers = [h for h in logging.getLogger().handlers if h.get_name() == "console"]
    assert handlers, "settings.LOGGING's console handler is not on the root logger"
    buffer = io.StringIO()
    previous = handlers[0].setStream(buffer)
    yield buffer
    handlers[0].setStream(previous)


def test_a_refused_admin_request_logs_one_line_without_traceback(editor_client, console):
    response = editor_client.get("/admin/auth/user/")  # editors do not manage accounts
    assert response.status_code == 403
    written = console.getvalue()
    assert "Forbidden (Permission denied): /admin/auth/user/" in written
    assert "Traceback" not in written and len(written.strip().splitlines()) == 1


@override_settings(ROOT_URLCONF=__name__)
def test_a_server_error_keeps_its_traceback(console):
    response = Client(raise_request_exception=False).get("/broken/")
    assert response.status_code == 500
    written = console.getvalue()
    assert "Traceback" in written and "a bug worth a traceback" in written


def test_favicon_ico_leads_to_the_site_icon(client, settings):
    response = client.get("/favicon.ico")
    assert response.status_code == 302 and response["Location"] == "/static/favicon.svg"
    assert (settings.BASE_DIR / "static" / "favicon.svg").is_file()
