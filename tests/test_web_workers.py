"""scripts/lib.sh's web_workers: how many gunicorn workers `make run` and `make bench` start."""

import os
import subprocess
from pathlib import Path

LIB = Path(__file__).resolve().parent.parent / "scripts" / "lib.sh"


def web_workers(**env) -> str:
    environment = {k: v for k, v in os.environ.items() if k != "WEB_CONCURRENCY"} | env
    done = subprocess.run(
        ["bash", "-c", f'source "{LIB}" && web_workers'], env=environment, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def test_one_worker_per_core_and_at_least_two():
    assert web_workers() == str(max(2, len(os.sched_getaffinity(0))))


def test_web_concurrency_says_otherwise():
    assert web_workers(WEB_CONCURRENCY="5") == "5"
