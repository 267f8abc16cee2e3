"""PostgreSQL stopped (a crash: `pg_ctl stop -m immediate`) and started again while records
keep coming: the writer says so once, holds rows in memory, spills them to a fsynced file,
replays it when the server is back, and every record is a row in the end."""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from rung.telemetry.log import RequestLog
from tests.logstore.postgres_server import PostgresServer, running
from tests.logstore.records import records
from tests.waiting import poll


@pytest.fixture
def server() -> Iterator[PostgresServer]:
    """A server of this test's own, to stop and start."""
    with running() as server:
        yield server


@pytest.fixture
def spill_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("RUNG_SPILL_DIR", str(tmp_path / "spill"))
    return tmp_path / "spill"


def ids(url: str) -> set[str]:
    try:
        with psycopg.connect(url, connect_timeout=3) as db:
            return {r[0] for r in db.execute("SELECT id FROM requests")}
    except psycopg.OperationalError:
        return set()


def spilled(spill_dir: Path) -> list[Path]:
    return sorted(p for p in spill_dir.glob("*.spill*.jsonl*") if not p.name.endswith(".lock"))


class Producer(threading.Thread):
    """Writes records as fast as a busy gateway would, until stopped; counts them."""

    def __init__(self, log: RequestLog) -> None:
        super().__init__(daemon=True)
        self.log, self.stop, self.written = log, threading.Event(), 0

    def run(self) -> None:
        while not self.stop.is_set():
            for item in records(20, start=self.written):
                self.log.write(item)
            self.written += 20
            self.stop.wait(0.002)  # pacing (~10,000 records/s), not a wait for a result


def test_a_restart_under_load_loses_no_row(
    server: PostgresServer, spill_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    log = RequestLog(server.url, batch=200, hold=500)
    log.start()
    producer = Producer(log)
    with caplog.at_level(logging.INFO, logger="rung.log"):
        producer.start()
        assert len(poll(lambda: ids(server.url), lambda s: len(s) >= 1000, 60)) >= 1000
        server.stop("immediate")  # a crash, mid-load
        assert poll(lambda: spilled(spill_dir), bool, 60), "nothing was spilled"
        before = producer.written
        assert poll(lambda: producer.written, lambda n: n >= before + 2000, 60) >= before + 2000
        server.start()
        back = producer.written
        # caught up while the load goes on (not only at close)
        assert f"req_{back:05d}" in poll(
            lambda: ids(server.url), lambda s: f"req_{back:05d}" in s, 60
        )
        producer.stop.set()
        producer.join()
        log.close()
    written = {f"req_{i:05d}" for i in range(producer.written)}
    assert ids(server.url) == written  # every record, none twice (ids are keys)
    assert spilled(spill_dir) == []  # replayed and removed
    down = [r for r in caplog.records if "cannot take rows" in r.getMessage()]
    up = [r for r in caplog.records if "takes rows again" in r.getMessage()]
    assert len(down) == 1 and len(up) == 1  # said once each, not once a batch


def test_a_database_down_at_start_is_said_and_caught_up_later(
    server: PostgresServer, spill_dir: Path
) -> None:
    server.stop()
    log = RequestLog(server.url, hold=50)
    log.start()  # starts anyway: a replica must keep serving
    for item in records(300):
        log.write(item)
    assert log.flush()  # the store is down: flushed to the spill file, fsynced
    assert spilled(spill_dir) and log.held_rows == 0
    server.start()
    log.write(records(1, start=300)[0])
    assert log.flush()
    log.close()
    assert len(ids(server.url)) == 301
    assert spilled(spill_dir) == []


CRASHING_WRITER = """
import os, sys
from rung.telemetry.log import RequestLog
from tests.logstore.records import records
log = RequestLog(sys.argv[1], hold=10)
log.start()
for item in records(200):
    log.write(item)
assert log.flush()
print("spilled", flush=True)
os._exit(0)  # dies without close: its slot's lock goes with it
"""


def test_what_a_dead_writer_spilled_is_replayed_by_the_next(
    server: PostgresServer, spill_dir: Path, tmp_path: Path
) -> None:
    server.stop()
    script = tmp_path / "writer.py"
    script.write_text(CRASHING_WRITER)
    root = Path(__file__).resolve().parents[2]
    env = {"RUNG_SPILL_DIR": str(spill_dir), "PYTHONPATH": f"{root / 'src'}:{root}",
           "PATH": "/usr/bin:/bin"}  # fmt: skip
    done = subprocess.run([sys.executable, str(script), server.url], env=env,
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.stdout.strip() == "spilled", done.stderr
    assert spilled(spill_dir)
    server.start()
    first = RequestLog(server.url)  # takes slot 0 (the dead writer's) at once
    second = RequestLog(server.url)
    for log in (first, second):
        log.start()
        assert log.flush()
    first.close()
    second.close()
    assert len(ids(server.url)) == 200
    assert spilled(spill_dir) == []
