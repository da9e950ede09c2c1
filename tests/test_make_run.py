"""`make run` ends cleanly on Ctrl-C: server and worker stopped, exit without make's "Error 130".

Runs the real target against a throwaway cluster of its own (tests/hardening/pgcluster.py), as
an editor would in a terminal: Ctrl-C reaches make and everything under it (one process group).
"""

import os
import signal
import socket
import subprocess
import threading
import time

from .conftest import ROOT
from .hardening.pgcluster import throwaway_cluster


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def answers(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def test_ctrl_c_stops_make_run_cleanly():
    port = free_port()
    with throwaway_cluster() as cluster:
        cluster.createdb("newsdesk_run")
        env = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSDESK_", "DATABASE_URL", "DJANGO_"))}
        env |= {"DATABASE_URL": cluster.url("newsdesk_run"), "PORT": str(port), "NEWSDESK_EDITOR_PASSWORD": "x" * 12}
        make = subprocess.Popen(
            ["make", "run"], cwd=ROOT, env=env, text=True, start_new_session=True,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        )  # fmt: skip
        lines: list[str] = []
        reader = threading.Thread(target=lambda: lines.extend(make.stdout), daemon=True)
        reader.start()
        deadline = time.monotonic() + 300
        while not answers(port):
            assert make.poll() is None, "make run ended early:\n" + "".join(lines)
            assert time.monotonic() < deadline, "make run did not serve within 300 s:\n" + "".join(lines)
            time.sleep(0.5)

        os.killpg(make.pid, signal.SIGINT)  # what Ctrl-C in the terminal does
        make.wait(timeout=60)
        reader.join(timeout=10)
        output = "".join(lines)

        assert "make: ***" not in output, output[-2000:]
        assert "newsdesk: stopped" in output.replace("\x1b[1m", "").replace("\x1b[0m", "")
        assert not answers(port)
        # make itself took the Ctrl-C and says so the usual way (killed by SIGINT, no message);
        # run.sh under it exited 0, which is why make printed nothing.
        assert make.returncode in (0, -signal.SIGINT)
        leftovers = subprocess.run(["pgrep", "-g", str(make.pid)], capture_output=True, text=True).stdout.split()
        assert leftovers == [], "processes of make run still alive"
