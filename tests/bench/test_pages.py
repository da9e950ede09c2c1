"""bench_pages' requests look like an editor's browser's: logged in, CSRF cookie sent back."""

import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from articles.bench.pages import bench_user, explainable, reload_workers, session_cookie

from .. import factories as f
from ..conftest import ROOT
from ..hardening.pgcluster import database_url
from ..hardening.test_faults import app_env, free_port, manage, wait_until_serving

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


def workers_of(master: int) -> set[int]:
    return set(map(int, Path(f"/proc/{master}/task/{master}/children").read_text().split()))


def test_reloading_the_workers_replaces_them_and_waits_until_the_new_ones_answer(tmp_path):
    """Each page of the load test starts with new workers (empty in-memory renderings)."""
    port, log = free_port(), tmp_path / "gunicorn.log"
    # The login page reads no table: the test database serves (its name is the connection's).
    env = app_env(DATABASE_URL=database_url(connection.settings_dict), NEWSDESK_STATIC_ROOT=str(tmp_path / "static"))
    manage("collectstatic", "--noinput", "-v", "0", env=env)
    with open(log, "w") as out:
        server = subprocess.Popen(
            [str(Path(sys.executable).parent / "gunicorn"), "newsdesk.wsgi:application",
             "--bind", f"127.0.0.1:{port}", "--workers", "2"],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(base + "/accounts/login/", server, log)
        before = workers_of(server.pid)
        reload_workers(server.pid, base)
        after = workers_of(server.pid)
        assert len(before) == 2 and after and not before & after, log.read_text()[-2000:]
        with urllib.request.urlopen(base + "/accounts/login/", timeout=5) as answer:
            assert answer.status == 200
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_only_reads_are_explained_as_a_pages_slowest_query():
    # EXPLAIN ANALYZE runs its statement: a cache write's INSERT or COMMIT, logged among a page's
    # queries, is neither explained nor run again.
    assert explainable('SELECT "articles_article"."id" FROM "articles_article"')
    assert explainable("  WITH many AS MATERIALIZED (SELECT 1) SELECT * FROM many")
    assert not explainable("COMMIT")
    assert not explainable('INSERT INTO "newsdesk_renderings" VALUES (%s)')
    assert not explainable('DELETE FROM "newsdesk_renderings" WHERE expires < %s')
