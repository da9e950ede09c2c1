"""Two app servers sharing one Redis (CACHE_URL), as docs/performance.md deploys newsdesk past
one machine: a session started on one is honoured by the other, renderings kept by one are
served by both, and a change made through either shows on both.

Each "machine" is a gunicorn of its own, with nothing in common but the database and the Redis
that scripts/test.sh starts (Debian's redis-server on a private socket, NEWSDESK_TEST_CACHE_URL).
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest
import redis
from django.urls import reverse

from newsdesk.settings import caches_from_environment

from ..conftest import PASSWORD, ROOT
from ..hardening.httpclient import Editor
from ..hardening.pgcluster import throwaway_cluster
from ..hardening.test_faults import app_env, free_port, manage, wait_until_serving

CACHE_URL = os.environ.get("NEWSDESK_TEST_CACHE_URL")


@pytest.fixture
def cache_url() -> str:
    if not CACHE_URL:
        pytest.fail(
            "NEWSDESK_TEST_CACHE_URL is not set: run the tests through scripts/test.sh (it starts redis-server)"
        )
    client = redis.Redis.from_url(CACHE_URL)
    client.flushdb()  # entries of an earlier run's throwaway database must not be served
    return CACHE_URL


def test_cache_url_puts_sessions_renderings_and_counts_in_redis(cache_url):
    caches = caches_from_environment(cache_url)
    shared = ("default", "changes", "renderings", "pages", "sessions")
    for alias in shared:
        assert caches[alias]["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
        assert caches[alias]["LOCATION"] == cache_url
    prefixes = {caches[alias]["KEY_PREFIX"] for alias in shared}
    assert len(prefixes) == 5  # one Redis, five kinds of entry kept apart
    with pytest.raises(ValueError, match="CACHE_URL"):
        caches_from_environment("memcached://localhost")


def test_without_cache_url_sessions_are_files_under_var_renderings_in_the_database_pages_in_memory():
    caches = caches_from_environment(None)
    assert caches["sessions"]["BACKEND"] == "django.core.cache.backends.filebased.FileBasedCache"
    assert caches["sessions"]["LOCATION"].startswith(str(ROOT / "var"))
    # Contents every process renders and serves (the import worker renders them ahead)...
    assert caches["renderings"]["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"
    # ...and whole pages, kept until the next commit: a worker's own copy is never stale.
    assert caches["pages"]["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"


def start_server(env: dict, log: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    with open(log, "w") as out:
        server = subprocess.Popen(
            [str(Path(sys.executable).parent / "gunicorn"), "newsdesk.wsgi:application",
             "--bind", f"127.0.0.1:{port}", "--workers", "1", "--timeout", "60"],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    wait_until_serving(base + reverse("login"), server, log)
    return server, base


def test_two_app_servers_share_sessions_and_renderings_through_redis(cache_url, tmp_path):
    with throwaway_cluster() as pg:
        pg.createdb("newsdesk")
        env = app_env(
            DATABASE_URL=pg.url("newsdesk"),
            CACHE_URL=cache_url,
            NEWSDESK_SECRET_KEY="shared-cache-test-" + "k" * 50,
            NEWSDESK_STATIC_ROOT=str(tmp_path / "static"),
            NEWSDESK_EDITOR_PASSWORD=PASSWORD,
        )
        manage("migrate", "--noinput", "-v", "0", env=env)
        manage("collectstatic", "--noinput", "-v", "0", env=env)
        manage("ensure_editor", env=env)
        manage(
            "shell",
            "-c",
            "from articles.models import Article; Article.objects.create(title='Harbour plan', body='Text.')",
            env=env,
        )
        servers = []
        try:
            server_a, base_a = start_server(env, tmp_path / "a.log")
            servers.append(server_a)
            server_b, base_b = start_server(env, tmp_path / "b.log")
            servers.append(server_b)
            store = redis.Redis.from_url(cache_url)

            editor = Editor(base_a, "editor")  # logs in on A
            # The session is in Redis, not only in its table: with the row gone, B still knows the editor.
            assert store.keys("newsdesk-s:*")
            manage(
                "shell",
                "-c",
                "from django.contrib.sessions.models import Session; Session.objects.all().delete()",
                env=env,
            )
            editor.base = base_b
            article = "/articles/1/"
            assert editor.request("GET", article, htmx=False) == 200, editor.last_body[:300]
            assert "Harbour plan" in editor.last_body
            assert store.keys("newsdesk-r-*")  # B's rendering, kept where A finds it

            # A change made through B shows on A (a kept rendering is never stale on either).
            tag_add = reverse("articles:tag_add", args=["article", 1])
            assert editor.request("POST", tag_add, {"name": "Ports"}) == 200
            editor.base = base_a
            assert editor.request("GET", article, htmx=False) == 200
            assert "Ports" in editor.last_body and "newsdesk-csrf-token" not in editor.last_body

            # Logging out on A ends the session on B too.
            assert editor.request("POST", reverse("logout"), htmx=False) == 302
            editor.base = base_b
            assert editor.request("GET", article, htmx=False) == 302  # to the log-in page
        finally:
            for server in servers:
                server.terminate()
                server.wait(timeout=30)
        for name in ("a.log", "b.log"):
            text = (tmp_path / name).read_text()
            assert "Traceback" not in text, text[-3000:]
