"""bench_pages' requests look like an editor's browser's: logged in, CSRF cookie sent back."""

import pytest
from django.conf import settings

from articles.bench.pages import bench_user, session_cookie

from .. import factories as f

pytestmark = pytest.mark.django_db


def test_the_bench_cookie_logs_in_and_carries_the_csrf_cookie(client):
    article = f.article()
    cookie = session_cookie(bench_user())
    response = client.get(f"/articles/{article.pk}/", HTTP_COOKIE=cookie)
    assert response.status_code == 200
    assert response.wsgi_request.user.username == bench_user().username
    # A browser that has the CSRF cookie keeps its secret (Django sends the cookie again only to
    # renew its expiry); without it every page would make a new secret.
    sent = dict(part.split("=", 1) for part in cookie.split("; "))[settings.CSRF_COOKIE_NAME]
    assert response.cookies[settings.CSRF_COOKIE_NAME].value == sent
