"""A throwaway PostgreSQL cluster for fault tests: its own data folder and socket, stopped and
started at will without touching the cluster the rest of the suite uses.

Like scripts/lib.sh: the server binaries run as user `postgres` when the tests run as root
(initdb and postgres refuse root), the socket sits in a short path, no TCP port is opened.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote


def pg_bin() -> Path | None:
    """The newest PostgreSQL server binaries (initdb, pg_ctl), as scripts/lib.sh finds them."""
    if os.environ.get("PG_BIN") and Path(os.environ["PG_BIN"], "initdb").exists():
        return Path(os.environ["PG_BIN"])
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda d: int(Path(d).parent.name), reverse=True)
    for folder in found:
        if Path(folder, "initdb").exists() and Path(folder, "pg_ctl").exists():
            return Path(folder)
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def as_owner(args: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


class Cluster:
    def __init__(self, folder: Path, bin_dir: Path):
        self.folder, self.bin = folder, bin_dir
        self.data, self.log = folder / "data", folder / "postgres.log"

    @property
    def socket_dir(self) -> str:
        return str(self.folder)

    def url(self, name: str) -> str:
        return f"postgresql://postgres@/{name}?host={self.folder}"

    def pg_ctl(self, *args: str) -> None:
        pg_ctl = [str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60"]
        command = as_owner([*pg_ctl, *args])
        result = subprocess.run(command, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, f"pg_ctl {' '.join(args)} failed: {result.stderr}\n{self.log_tail()}"

    def start(self) -> None:
        self.pg_ctl("start")

    def stop(self) -> None:
        self.pg_ctl("stop", "-m", "fast")

    def createdb(self, name: str) -> None:
        subprocess.run([str(self.bin / "createdb"), "-h", self.socket_dir, "-U", "postgres", name], check=True)

    def log_tail(self) -> str:
        return self.log.read_text()[-2000:] if self.log.exists() else ""


@contextmanager
def throwaway_cluster() -> Iterator[Cluster]:
    """initdb in a fresh short folder under /tmp (the postgres user cannot enter pytest's
    tmp_path, which is private to root), started; stopped and removed afterwards."""
    bin_dir = pg_bin()
    if bin_dir is None:
        import pytest

        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed here")
    folder = Path(tempfile.mkdtemp(prefix="nd-pg-"))
    folder.chmod(0o755)
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    cluster = Cluster(folder, bin_dir)
    try:
        subprocess.run(
            as_owner([str(bin_dir / "initdb"), "-D", str(cluster.data), "-U", "postgres", "--auth=trust",
                      "-E", "UTF8", "--locale=C.UTF-8"]),
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        with open(cluster.data / "postgresql.conf", "a") as conf:
            conf.write(
                f"listen_addresses = ''\nunix_socket_directories = '{folder}'\n"
                "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\nshared_buffers = 32MB\n"
            )
        cluster.start()
        yield cluster
    finally:
        if (cluster.data / "postmaster.pid").exists():
            subprocess.run(as_owner([str(bin_dir / "pg_ctl"), "-D", str(cluster.data), "-m", "immediate", "stop"]),
                           capture_output=True, timeout=120)  # fmt: skip
        shutil.rmtree(folder, ignore_errors=True)


def database_url(settings_dict: dict, name: str | None = None) -> str:
    """A DATABASE_URL (as newsdesk/settings.py reads it) for a Django connection's settings,
    socket or TCP, pointing at database `name` (default: the connection's own)."""
    db = settings_dict
    user = quote(db["USER"], safe="") + (f":{quote(db['PASSWORD'], safe='')}" if db["PASSWORD"] else "")
    name = name or db["NAME"]
    if not db["HOST"] or db["HOST"].startswith("/"):
        return f"postgresql://{user}@/{name}" + (f"?host={db['HOST']}" if db["HOST"] else "")
    port = f":{db['PORT']}" if db["PORT"] else ""
    return f"postgresql://{user}@{db['HOST']}{port}/{name}"
