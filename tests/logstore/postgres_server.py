"""A real PostgreSQL server for tests: Debian's binaries, a fresh cluster in a temporary
directory, on a free port, run by a non-root user when the tests run as root (PostgreSQL
refuses to run as root). `scripts/ci-deps.sh` installs the `postgresql` package in CI."""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tests.conftest import free_port


def binaries() -> Path | None:
    """The directory of `initdb` and `pg_ctl`, newest version first; None if not installed."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), reverse=True)
    if found:
        return Path(found[0]).parent
    pg_ctl = shutil.which("pg_ctl")
    return Path(pg_ctl).parent if pg_ctl else None


MISSING = "PostgreSQL is not installed (Debian's `postgresql`; scripts/ci-deps.sh installs it)"


@contextlib.contextmanager
def running() -> Iterator[PostgresServer]:
    """A started server of its own, closed at the end; skips the test when none is installed."""
    import pytest

    bindir = binaries()
    if bindir is None:
        pytest.skip(MISSING)
    server = PostgresServer(bindir)
    server.start()
    try:
        yield server
    finally:
        server.close()


class PostgresServer:
    """`start()`, `stop()` (fast or immediate, i.e. a crash), `start()` again on the same
    port and data; `url` names its database; `close()` removes everything."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.dir = Path(tempfile.mkdtemp(prefix="rung-pg-"))
        self.data = self.dir / "data"
        self.port = free_port()
        self.user = "nobody" if os.geteuid() == 0 else None
        if self.user:
            shutil.chown(self.dir, self.user)
        self._run("initdb", "-D", str(self.data), "-U", "rung", "-A", "trust", "--no-sync",
                  "-E", "UTF8", "--locale=C.UTF-8")  # fmt: skip
        self.url = f"postgresql://rung@127.0.0.1:{self.port}/postgres"

    def _run(self, tool: str, *args: str) -> None:
        command = [str(self.bindir / tool), *args]
        if self.user:
            command = ["runuser", "-u", self.user, "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        options = (f"-p {self.port} -h 127.0.0.1 -k {self.dir} -c fsync=off "
                   "-c full_page_writes=off -c max_connections=200")  # fmt: skip
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.dir / "log"),
                  "-w", "-t", "60", "start")  # fmt: skip

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "-t", "60", "stop")

    def database(self, name: str) -> str:
        """A new empty database on this server; its URL."""
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as db:
            db.execute(f'CREATE DATABASE "{name}"')
        return self.url.rsplit("/", 1)[0] + f"/{name}"

    def close(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):  # not running
            self.stop("immediate")
        shutil.rmtree(self.dir, ignore_errors=True)


def at_schema(db: Any, version: int) -> None:
    """Make the log's tables in `db` (a psycopg connection in autocommit) as a rung whose last
    migration was `version` made them: an older database to upgrade."""
    from rung.telemetry.logstore.schema import MIGRATIONS, postgres

    db.execute(postgres("CREATE TABLE migrations (version INTEGER PRIMARY KEY, applied REAL)"))
    for number, script in enumerate(MIGRATIONS[:version], start=1):
        for statement in filter(str.strip, script.split(";")):
            db.execute(postgres(statement))
        db.execute("INSERT INTO migrations VALUES (%s, 0)", (number,))
