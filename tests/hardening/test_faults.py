"""Faults, for real: PostgreSQL restarted under a serving app; an import killed half-way.

The restart test runs gunicorn, as `make run` does, against a throwaway cluster of its own
(tests/hardening/pgcluster.py), stops that cluster with `pg_ctl stop -m fast` while the app
keeps serving, then starts it again.
"""

import os
import socket
import subprocess
import sys
import textwrap
import time
import urllib.request
from pathlib import Path

import pytest
from django.db import connection
from django.urls import reverse

from articles.models import Article, ImportJob, Mention, Quote
from articles.services import importing

from ..conftest import PASSWORD, ROOT
from .httpclient import Editor
from .pgcluster import database_url, throwaway_cluster

STORY = (
    "Council approves harbour plan\n\nBy Ann Lee\n\n"
    "Portsmouth City Council met on Monday and voted for the new harbour plan, officials said.\n\n"
    "\u201cWe have waited years for this,\u201d said the mayor, Tom Price, after the vote.\n"
)


def app_env(**extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSDESK_", "DATABASE_URL"))}
    env.update(DJANGO_SETTINGS_MODULE="newsdesk.settings", PYTHONPATH=str(ROOT), **extra)
    return env


def manage(*args, env, timeout=300):
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert result.returncode == 0, f"manage.py {' '.join(args)}: {result.stdout}\n{result.stderr}"
    return result


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_serving(url: str, server: subprocess.Popen, log: Path) -> None:
    for _ in range(600):
        if server.poll() is not None:
            pytest.fail(f"gunicorn exited: {log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.1)
    pytest.fail(f"gunicorn did not answer: {log.read_text()[-3000:]}")


def test_database_restart_gives_a_calm_503_then_recovers_without_restarting_the_app(tmp_path):
    with throwaway_cluster() as pg:
        pg.createdb("newsdesk")
        env = app_env(
            DATABASE_URL=pg.url("newsdesk"),
            NEWSDESK_SECRET_KEY="fault-test-" + "k" * 50,
            NEWSDESK_STATIC_ROOT=str(tmp_path / "static"),
            NEWSDESK_EDITOR_PASSWORD=PASSWORD,
        )
        manage("migrate", "--noinput", "-v", "0", env=env)
        manage("createcachetable", env=env)
        manage("collectstatic", "--noinput", "-v", "0", env=env)
        manage("ensure_editor", env=env)
        script = "from articles.models import Article; Article.objects.create(title='Harbour', body='Text.')"
        manage("shell", "-c", script, env=env)

        port, log = free_port(), tmp_path / "gunicorn.log"
        with open(log, "w") as out:
            server = subprocess.Popen(
                [str(Path(sys.executable).parent / "gunicorn"), "newsdesk.wsgi:application",
                 "--bind", f"127.0.0.1:{port}", "--workers", "2", "--timeout", "60"],
                cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
            )  # fmt: skip
        base = f"http://127.0.0.1:{port}"
        try:
            wait_until_serving(base + reverse("login"), server, log)
            editor = Editor(base, "editor")
            article = "/articles/1/"
            assert editor.request("GET", "/", htmx=False) == 200
            assert editor.request("GET", article, htmx=False) == 200

            pg.stop()
            for path in ["/", article, "/people/", "/quotes/?q=harbour"]:
                for _ in range(3):  # each worker, whatever state its connection is in
                    assert editor.request("GET", path, htmx=False) == 503, (path, editor.last_body[:500])
                    assert "The database is unavailable" in editor.last_body and "Traceback" not in editor.last_body
            tag_add = reverse("articles:tag_add", args=["article", 1])
            assert editor.request("POST", tag_add, {"name": "During the outage"}) == 503
            with urllib.request.urlopen(base + reverse("login"), timeout=30) as anonymous:
                assert anonymous.status == 200  # a stranger's log-in page needs no database

            pg.start()
            statuses = [editor.request("GET", path, htmx=False) for path in ["/", article, "/people/"] * 3]
            assert statuses == [200] * 9, editor.statuses[-9:]
            assert editor.request("POST", tag_add, {"name": "After the outage"}) == 200
            assert server.poll() is None  # the same server process throughout: nothing was restarted
        finally:
            server.terminate()
            server.wait(timeout=30)
        text = log.read_text()
        assert "Traceback" not in text, text[-3000:]
        assert "database unavailable for GET /" in text  # logged as one calm line


CRASHING_IMPORT = textwrap.dedent(
    """
    import os, sys
    import django
    django.setup()
    from articles.services import importing

    real_save_quotes = importing.save_quotes

    def die_half_way(article, *args, **kwargs):
        # The article row and its mentions are written (not committed): the process dies here.
        assert article.pk and article.mentions.exists()
        os._exit(9)

    if os.environ.get("CRASH_ON") == "quotes":
        importing.save_quotes = die_half_way
    {call}
    """
)


def run_child(code: str, crash: bool) -> subprocess.CompletedProcess:
    env = app_env(DATABASE_URL=database_url(connection.settings_dict))
    if crash:
        env["CRASH_ON"] = "quotes"
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


@pytest.mark.django_db(transaction=True)
def test_an_import_killed_half_way_leaves_nothing_and_a_rerun_completes_it(tmp_path):
    path = tmp_path / "harbour.txt"
    path.write_text(STORY)
    call = f"print(importing.import_path(__import__('pathlib').Path({str(path)!r})).line())"
    killed = run_child(CRASHING_IMPORT.format(call=call), crash=True)
    assert killed.returncode == 9, killed.stderr
    assert not Article.objects.exists() and not Mention.objects.exists() and not Quote.objects.exists()

    rerun = run_child(CRASHING_IMPORT.format(call=call), crash=False)
    assert rerun.returncode == 0 and rerun.stdout.strip() == "harbour.txt: imported", rerun.stderr
    article = Article.objects.get()
    assert article.title == "Council approves harbour plan" and article.quotes.exists() and article.mentions.exists()


@pytest.mark.django_db(transaction=True)
def test_a_background_import_killed_half_way_is_completed_by_running_the_job_again(editor, settings):
    settings.NEWSDESK_IMPORT_LEASE_SECONDS = 0  # the killed run's lease is over at once
    other = STORY.replace("Portsmouth", "Southampton").replace("harbour plan", "harbour scheme")
    job = importing.create_job([("first.txt", STORY.encode()), ("second.txt", other.encode())], user=editor)
    call = textwrap.dedent(
        f"""
        calls = []
        def die_on_the_second(article, *args, **kwargs):
            calls.append(article)
            if len(calls) == 2:
                os._exit(9)
            return real_save_quotes(article, *args, **kwargs)
        importing.save_quotes = die_on_the_second
        importing.run_job({job.pk})
        """
    )
    killed = run_child(CRASHING_IMPORT.format(call=call), crash=False)
    assert killed.returncode == 9, killed.stderr
    job.refresh_from_db()
    assert job.status == ImportJob.Status.RUNNING
    assert list(job.files.order_by("pk").values_list("status", flat=True)) == ["imported", ""]
    assert list(Article.objects.values_list("source_file", flat=True)) == ["first.txt"]

    importing.run_job(job.pk)  # what the worker does when it picks the job up again
    job.refresh_from_db()
    assert job.status == ImportJob.Status.DONE
    assert list(job.files.order_by("pk").values_list("status", flat=True)) == ["imported", "imported"]
    assert sorted(Article.objects.values_list("source_file", flat=True)) == ["first.txt", "second.txt"]
