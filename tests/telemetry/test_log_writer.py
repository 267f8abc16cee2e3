"""The request log's writer: batched rows, a bounded backlog that spills to a private file and
is replayed, a shutdown that drains everything, and private files."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from rung.telemetry.log import Feedback, RequestLog, RequestRecord, connect
from rung.types import Call, Decision, Trace


def record(i: int, calls: int = 1) -> RequestRecord:
    trace = Trace(
        calls=[Call("up", "m", latency_ms=2.0, prompt_tokens=i, completion_tokens=3)
               for _ in range(calls)],
        decisions=[Decision("fixed", "answered", f"reason {i}")],
        answered_by="up",
        audits=[{"backend": "up", "residency": "eu", "policy": "p", "action": "send",
                 "kinds": ["email"], "sent_sha256": "ab" * 32}],
    )  # fmt: skip
    return RequestRecord(f"r{i}", 1000.0 + i, "chat", "fixed", latency_ms=5.5, trace=trace)


def counts(path: Path) -> tuple[int, int, int, int]:
    with sqlite3.connect(path) as db:
        return tuple(  # type: ignore[return-value]
            db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("requests", "calls", "audit", "feedback")
        )


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_large_batch_is_written_whole_with_its_values(tmp_path: Path) -> None:
    path = tmp_path / "log.db"
    log = RequestLog(path, batch=700)  # several batches, several statement sizes
    log.start()
    for i in range(2_345):
        log.write(record(i, calls=2))
    log.write(Feedback("r7", "thumbs", 1.0, "up", 5.0))
    assert log.flush()
    log.close()
    assert counts(path) == (2_345, 4_690, 2_345, 1)
    with sqlite3.connect(path) as db:
        row = db.execute(
            "SELECT time, route, status, latency_ms, answered_by, decisions FROM requests"
            " WHERE id = 'r1234'"
        ).fetchone()
        call = db.execute("SELECT seq, prompt_tokens FROM calls WHERE request_id = 'r9'").fetchall()
        kinds = db.execute("SELECT kinds FROM audit WHERE request_id = 'r3'").fetchone()
    assert row == (2234.0, "chat", 200, 5.5, "up",
                   '[{"step":"fixed","outcome":"answered","reason":"reason 1234"}]')  # fmt: skip
    assert call == [(0, 9), (1, 9)]
    assert kinds == ('["email"]',)


def test_past_the_backlog_records_spill_to_a_private_file_and_are_replayed(
    tmp_path: Path,
) -> None:
    path = tmp_path / "log.db"
    seen: list[str] = []
    log = RequestLog(path, hooks=[lambda r: seen.append(r.id)], backlog=10)
    for i in range(25):  # not started: the first 10 wait in memory, the rest spill
        log.write(record(i))
    spill = tmp_path / "log.db.spill.jsonl"
    assert len(spill.read_bytes().splitlines()) == 15
    assert mode(spill) == 0o600
    assert sorted(seen) == sorted(f"r{i}" for i in range(10, 25))  # hooks ran on the spilled
    log.start()
    assert log.flush()
    log.close()
    assert counts(path)[0] == 25
    assert not spill.exists()
    assert sorted(seen) == sorted(f"r{i}" for i in range(25))  # each record's hooks ran once


def test_close_drains_everything_queued(tmp_path: Path) -> None:
    path = tmp_path / "log.db"
    log = RequestLog(path, batch=100)
    log.start()
    for i in range(5_000):
        log.write(record(i))
    log.close()  # no flush first: close itself must write all of them
    assert counts(path)[0] == 5_000


def test_a_record_written_after_close_waits_for_the_next_start(tmp_path: Path) -> None:
    path = tmp_path / "log.db"
    log = RequestLog(path)
    log.start()
    log.close()
    log.write(record(1))  # a late shadow run, say
    assert counts(path)[0] == 0
    later = RequestLog(path)  # a new process starting on the same file
    later.start()
    assert later.flush()
    later.close()
    assert counts(path)[0] == 1


def test_a_database_that_refuses_writes_spills_then_catches_up(tmp_path: Path) -> None:
    path = tmp_path / "log.db"
    log = RequestLog(path)
    log.start()
    log.write(record(1))
    assert log.flush()
    with sqlite3.connect(path) as other:
        other.execute("ALTER TABLE calls RENAME TO calls_away")  # every insert now fails
    log.write(record(2))
    log.write(record(3))
    assert log.flush()  # the replay fails too, and keeps the file for later
    assert (tmp_path / "log.db.spill.jsonl").exists() or (
        tmp_path / "log.db.spill.jsonl.replaying"
    ).exists()
    with sqlite3.connect(path) as other:
        other.execute("ALTER TABLE calls_away RENAME TO calls")
    log.write(record(4))
    assert log.flush()
    log.close()
    assert counts(path)[:2] == (4, 4)


def test_a_row_the_schema_refuses_loses_only_itself(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "log.db"
    log = RequestLog(path)
    bad = record(2)
    bad.status = None  # type: ignore[assignment]  # NOT NULL in the schema
    for r in (record(1), bad, record(3)):
        log.write(r)
    with caplog.at_level(logging.ERROR, logger="rung.log"):
        log.start()
        assert log.flush()
        log.close()
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT id FROM requests ORDER BY id").fetchall() == [("r1",), ("r3",)]
    assert "LOST a requests row of r2" in caplog.text


def test_a_failing_hook_loses_no_row(tmp_path: Path) -> None:
    def broken(_: RequestRecord) -> None:
        raise RuntimeError("boom")

    path = tmp_path / "log.db"
    log = RequestLog(path, hooks=[broken])
    log.start()
    log.write(record(1))
    assert log.flush()
    log.close()
    assert counts(path)[0] == 1


def test_the_log_its_directory_and_its_wal_files_are_private(tmp_path: Path) -> None:
    before = os.umask(0o022)
    try:
        path = tmp_path / "new" / "dir" / "log.db"
        log = RequestLog(path)
        log.start()
        log.write(record(1))
        assert log.flush()
        assert mode(path.parent) == 0o700
        assert mode(path.parent.parent) == 0o700
        for name in ("log.db", "log.db-wal", "log.db-shm"):
            assert mode(path.parent / name) == 0o600, name
        log.close()
        assert os.umask(0o022) == 0o022  # restored after opening
    finally:
        os.umask(before)


def test_an_existing_world_readable_log_is_made_private(tmp_path: Path) -> None:
    path = tmp_path / "log.db"
    connect(path).close()
    path.chmod(0o644)
    connect(path).close()
    assert mode(path) == 0o600


def test_close_also_writes_what_was_spilled(tmp_path: Path) -> None:
    path = tmp_path / "log.db"
    log = RequestLog(path, backlog=5)
    for i in range(40):
        log.write(record(i))
    log.start()
    log.close()
    assert counts(path)[0] == 40
    assert not (tmp_path / "log.db.spill.jsonl").exists()


def test_writing_faster_than_the_writer_loses_nothing(tmp_path: Path) -> None:
    """A small backlog under a burst: records go to the queue or the spill file while the
    writer drains and replays at the same time; after close every one is a row."""
    path = tmp_path / "log.db"
    log = RequestLog(path, batch=50, backlog=100)
    log.start()
    for i in range(10_000):
        log.write(record(i))
    log.close()
    assert counts(path)[:3] == (10_000, 10_000, 10_000)
