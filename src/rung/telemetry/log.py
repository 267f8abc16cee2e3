"""The request log: one row per request, one per backend call, in a SQLite file.

Rows are written by one background thread in batches, never on the request path. The schema
grows by append-only, numbered migrations (`MIGRATIONS`); a file records which it has.
"""

from __future__ import annotations

import logging
import queue
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from rung.types import Trace

logger = logging.getLogger("rung.log")

MIGRATIONS: list[str] = [
    """
    CREATE TABLE requests (
        id TEXT PRIMARY KEY,
        time REAL NOT NULL,
        route TEXT,
        pattern TEXT,
        stream INTEGER NOT NULL DEFAULT 0,
        status INTEGER NOT NULL,
        error TEXT,
        latency_ms REAL,
        answered_by TEXT,
        decisions TEXT
    );
    CREATE INDEX requests_time ON requests(time);
    CREATE TABLE calls (
        request_id TEXT NOT NULL REFERENCES requests(id),
        seq INTEGER NOT NULL,
        backend TEXT NOT NULL,
        model TEXT,
        latency_ms REAL,
        ttft_ms REAL,
        prompt_tokens INTEGER,
        completion_tokens INTEGER,
        status TEXT,
        error TEXT,
        PRIMARY KEY (request_id, seq)
    );
    """,
]


@dataclass(slots=True)
class RequestRecord:
    """What the gateway knows of one request when it is done."""

    id: str
    time: float
    route: str | None = None
    pattern: str | None = None
    stream: bool = False
    status: int = 200
    error: str | None = None
    latency_ms: float = 0.0
    trace: Trace = field(default_factory=Trace)


def connect(path: Path) -> sqlite3.Connection:
    """Open the log file, creating it and applying any migrations it lacks."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA busy_timeout=5000")
    db.execute("CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, applied REAL)")
    done = {row[0] for row in db.execute("SELECT version FROM migrations")}
    for version, script in enumerate(MIGRATIONS, start=1):
        if version not in done:
            db.executescript(
                f"BEGIN; {script}; INSERT INTO migrations VALUES ({version}, unixepoch()); COMMIT;"
            )
    return db


def _rows(record: RequestRecord) -> tuple[tuple[Any, ...], list[tuple[Any, ...]]]:
    trace = record.trace
    decisions = [
        {"step": d.step, "outcome": d.outcome, "reason": d.reason} for d in trace.decisions
    ]
    request = (
        record.id, record.time, record.route, record.pattern, int(record.stream), record.status,
        record.error, record.latency_ms, trace.answered_by or None,
        orjson.dumps(decisions).decode() if decisions else None,
    )  # fmt: skip
    calls = [
        (record.id, seq, c.backend, c.model, c.latency_ms, c.ttft_ms, c.prompt_tokens,
         c.completion_tokens, c.status, c.error)
        for seq, c in enumerate(trace.calls)
    ]  # fmt: skip
    return request, calls


class RequestLog:
    """Writes request records to SQLite from a background thread."""

    def __init__(self, path: Path, batch: int = 200) -> None:
        self.path = path
        self.batch = batch
        self._queue: queue.SimpleQueue[RequestRecord | threading.Event | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            connect(self.path).close()  # fail at start-up, not on the first request
            self._thread = threading.Thread(target=self._run, name="rung-log", daemon=True)
            self._thread.start()

    def write(self, record: RequestRecord) -> None:
        self._queue.put(record)

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until every record written so far is in the file."""
        if self._thread is None:
            return True
        done = threading.Event()
        self._queue.put(done)
        return done.wait(timeout)

    def close(self) -> None:
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join(timeout=10)
            self._thread = None

    def _run(self) -> None:
        db = connect(self.path)
        try:
            while True:
                records, marker = self._drain()
                if records:
                    self._insert(db, records)
                if isinstance(marker, threading.Event):
                    marker.set()
                elif marker is None:
                    return
        finally:
            db.close()

    def _drain(self) -> tuple[list[RequestRecord], threading.Event | bool | None]:
        """A batch of records, and what ended it: a flush marker, None to stop, or False."""
        records: list[RequestRecord] = []
        item = self._queue.get()
        while isinstance(item, RequestRecord):
            records.append(item)
            if len(records) >= self.batch:
                return records, False
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return records, False
        return records, item

    def _insert(self, db: sqlite3.Connection, records: list[RequestRecord]) -> None:
        try:
            with _transaction(db):
                for record in records:
                    request, calls = _rows(record)
                    db.execute(
                        "INSERT OR REPLACE INTO requests VALUES (?,?,?,?,?,?,?,?,?,?)", request
                    )
                    db.executemany(
                        "INSERT OR REPLACE INTO calls VALUES (?,?,?,?,?,?,?,?,?,?)", calls
                    )
        except sqlite3.Error:
            logger.exception("could not write %d request records to %s", len(records), self.path)


@contextmanager
def _transaction(db: sqlite3.Connection) -> Iterator[None]:
    db.execute("BEGIN")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def recent(path: Path, limit: int = 20) -> list[dict[str, Any]]:
    """The newest requests with their calls, newest first."""
    db = connect(path)
    db.row_factory = sqlite3.Row
    try:
        rows = [dict(r) for r in db.execute(
            "SELECT * FROM requests ORDER BY time DESC LIMIT ?", (limit,)
        )]  # fmt: skip
        for row in rows:
            calls = db.execute(
                "SELECT * FROM calls WHERE request_id = ? ORDER BY seq", (row["id"],)
            )
            row["calls"] = [dict(c) for c in calls]
        return rows
    finally:
        db.close()
