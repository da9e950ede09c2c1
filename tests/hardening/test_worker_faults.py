"""The import worker, for real (`manage.py import_worker` processes): it waits out a PostgreSQL
restart and carries on, and a job whose worker was killed is marked interrupted and finished by
the next worker, keeping the per-file results it had.
"""

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import psycopg
import pytest
from django.db import connection
from django.urls import reverse

from articles.models import Article, ImportJob
from articles.services import importing
from articles.tasks import run_import_job

from .pgcluster import database_url, throwaway_cluster
from .test_faults import STORY, app_env, manage

OTHER = STORY.replace("Portsmouth", "Southampton").replace("harbour plan", "harbour scheme")
THIRD = STORY.replace("Portsmouth", "Plymouth").replace("harbour plan", "ferry timetable")
FAST_LEASE = {"NEWSDESK_IMPORT_HEARTBEAT_SECONDS": "0.5", "NEWSDESK_IMPORT_LEASE_SECONDS": "3"}

# A worker that stops on the second file of a job (after writing a marker), until it is killed.
STALLING_WORKER = textwrap.dedent(
    """
    import pathlib, sys, time
    import django
    django.setup()
    from django.core.management import call_command
    from articles.services import importing

    real_save_quotes, calls = importing.save_quotes, []

    def stall_on_the_second(article, *args, **kwargs):
        calls.append(article)
        if len(calls) == 2:
            pathlib.Path(sys.argv[1]).write_text("stalled")
            time.sleep(3600)
        return real_save_quotes(article, *args, **kwargs)

    importing.save_quotes = stall_on_the_second
    call_command("import_worker", "--queue-name", "default", "--interval", "0.2", "--no-startup-delay")
    """
)


def start_worker(env: dict, log: Path, *script_and_args: str) -> subprocess.Popen:
    command = [sys.executable, *script_and_args] if script_and_args else [sys.executable, "manage.py"]
    if not script_and_args:
        command += ["import_worker", "--queue-name", "default", "--interval", "0.2", "--no-startup-delay"]
    with open(log, "a") as out:
        return subprocess.Popen(command, cwd=Path(__file__).resolve().parents[2], env=env, stdout=out, stderr=out)


def wait_for(condition, what: str, worker: subprocess.Popen, log: Path, seconds: float = 180):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        if worker.poll() is not None:
            pytest.fail(f"the worker exited ({worker.returncode}) waiting for {what}: {log.read_text()[-3000:]}")
        time.sleep(0.2)
    pytest.fail(f"timed out waiting for {what}: {log.read_text()[-3000:]}")


def stop(worker: subprocess.Popen) -> None:
    if worker.poll() is None:
        worker.send_signal(signal.SIGTERM)
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.wait(timeout=30)


def test_the_worker_waits_out_a_database_restart_then_imports(tmp_path):
    with throwaway_cluster() as pg:
        pg.createdb("newsdesk")
        env = app_env(DATABASE_URL=pg.url("newsdesk"), NEWSDESK_SECRET_KEY="worker-test-" + "k" * 50)
        manage("migrate", "--noinput", "-v", "0", env=env)
        log = tmp_path / "worker.log"
        worker = start_worker(env, log)
        try:
            wait_for(lambda: "Starting worker" in log.read_text(), "the worker to start", worker, log)
            pg.stop()
            wait_for(lambda: "database unavailable" in log.read_text(), "the worker to notice", worker, log)
            time.sleep(3)  # several polls with the database away
            assert worker.poll() is None, log.read_text()[-3000:]
            pg.start()

            code = (
                "from articles.services.importing import create_job; from articles.tasks import run_import_job; "
                f"job = create_job([('harbour.txt', {STORY.encode()!r})]); "
                "run_import_job.enqueue(job.pk); print(job.pk)"
            )
            job_id = int(manage("shell", "-c", code, env=env).stdout.split()[-1])

            def job_state():
                with psycopg.connect(pg.url("newsdesk")) as db:
                    status = db.execute("SELECT status FROM articles_importjob WHERE id = %s", [job_id]).fetchone()[0]
                    files = db.execute("SELECT status FROM articles_importfile WHERE job_id = %s", [job_id]).fetchall()
                return (status, [f[0] for f in files]) if status == "done" else None

            assert wait_for(job_state, "the import after the restart", worker, log) == ("done", ["imported"])
            assert worker.poll() is None  # the same worker process throughout
        finally:
            stop(worker)
        text = log.read_text()
        assert "database back after" in text and "Traceback" not in text, text[-3000:]


@pytest.mark.django_db(transaction=True)
def test_a_job_whose_worker_was_killed_is_marked_interrupted_and_finished_keeping_results(
    editor, editor_client, settings, tmp_path
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
    settings.NEWSDESK_IMPORT_LEASE_SECONDS = 3
    uploads = [("first.txt", STORY.encode()), ("second.txt", OTHER.encode()), ("third.txt", THIRD.encode())]
    job = importing.create_job(uploads, user=editor)
    run_import_job.enqueue(job.pk)
    env = app_env(DATABASE_URL=database_url(connection.settings_dict), **FAST_LEASE)
    log, marker = tmp_path / "worker.log", tmp_path / "stalled"
    script = tmp_path / "stalling_worker.py"
    script.write_text(STALLING_WORKER)

    doomed = start_worker(env, log, str(script), str(marker))
    try:
        wait_for(marker.exists, "the worker to reach the second file", doomed, log)
        job.refresh_from_db()
        assert job.status == "running" and job.runs == 1
        first = job.files.get(name="first.txt")
        assert first.status == "imported" and first.article_id
        os.kill(doomed.pid, signal.SIGKILL)
        doomed.wait(timeout=30)
    finally:
        stop(doomed)

    # Nobody is working on it: once the lease runs out the page says so instead of "Running".
    time.sleep(3.5)
    page = editor_client.get(reverse("articles:import_job", args=[job.pk])).content.decode()
    assert "Interrupted — the import worker stopped" in page

    worker = start_worker(env, log)
    try:
        done = wait_for(
            lambda: ImportJob.objects.filter(pk=job.pk, status="done").first(), "the job to be resumed", worker, log
        )
    finally:
        stop(worker)
    assert done.runs == 2
    assert "with 1 of 3 files done" in done.notice
    files = {f.name: f for f in done.files.all()}
    assert [files[n].status for n in ("first.txt", "second.txt", "third.txt")] == ["imported"] * 3
    assert files["first.txt"].article_id == first.article_id  # the first run's result, kept
    assert Article.objects.count() == 3
    page = editor_client.get(reverse("articles:import_job", args=[job.pk])).content.decode()
    assert "Done" in page and "The import worker stopped during this import" in page
    assert f"import job {job.pk} interrupted (worker last heard from" in log.read_text()
