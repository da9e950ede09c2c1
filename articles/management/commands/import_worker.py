"""The background import worker: django-tasks-db's db_worker, made to outlive the database.

db_worker exits on the first database error, so a PostgreSQL restart used to leave uploads
"Queued" for ever. Here a database error waits for the database (a try every 0.5 s doubling to
5 s), reconnects and carries on, logging a line when it goes and one when it is back. A
sweeper thread queues again the jobs whose worker died (their heartbeat stopped:
services/importing.py), including those this worker was running when it was killed. The worker
runs at NEWSDESK_IMPORT_WORKER_NICENESS, so on a machine that also serves pages the pages come first.
"""

import logging
import os
import threading
import time

from django.conf import settings
from django.db import InterfaceError, OperationalError, connections
from django_tasks_db.management.commands import db_worker

from articles.tasks import resume_interrupted_imports

logger = logging.getLogger("articles.worker")
DATABASE_AWAY = (OperationalError, InterfaceError)


def sweep_forever(stop: threading.Event) -> None:
    """Every half lease: queue again the jobs whose worker stopped (first sweep at once)."""
    interval = max(0.5, settings.NEWSDESK_IMPORT_LEASE_SECONDS / 2)
    try:
        while True:
            try:
                resume_interrupted_imports()
            except DATABASE_AWAY:
                connections.close_all()  # the main loop reports the outage; try again next round
            except Exception:
                logger.exception("sweeping for interrupted import jobs failed")
            if stop.wait(interval):
                return
    finally:
        connections.close_all()


def yield_cpu_to_pages(niceness: int) -> None:
    """Runs this process at least `niceness` nice (a process may lower its own priority, never raise it)."""
    current = os.getpriority(os.PRIO_PROCESS, 0)
    if niceness > current:
        os.setpriority(os.PRIO_PROCESS, 0, min(niceness, 19))


def first_line(error: Exception) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def wait_for_database() -> float:
    """Blocks until a connection can be made again (0.5 s doubling to 5 s between tries); returns seconds waited."""
    started, pause = time.monotonic(), 0.5
    while True:
        connections.close_all()
        try:
            connections["default"].ensure_connection()
            return time.monotonic() - started
        except DATABASE_AWAY:
            time.sleep(pause)
            pause = min(pause * 2, 5.0)


class Command(db_worker.Command):
    help = "Run the import worker: db_worker that reconnects after a database restart and resumes interrupted jobs."

    def handle(self, *args, **options):
        yield_cpu_to_pages(settings.NEWSDESK_IMPORT_WORKER_NICENESS)
        stop = threading.Event()
        threading.Thread(target=sweep_forever, args=(stop,), name="import-sweeper", daemon=True).start()
        try:
            while True:
                try:
                    return super().handle(*args, **options)  # returns only for --batch or --max-tasks
                except DATABASE_AWAY as error:
                    logger.warning("database unavailable (%s); the import worker waits for it", first_line(error))
                    waited = wait_for_database()
                    logger.warning("database back after %.1f s; the import worker carries on", waited)
        finally:
            stop.set()
