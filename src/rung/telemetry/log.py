"""The request log: one row per request, one per backend call, in a SQLite file.

Rows are written by one background thread in batches, never on the request path. The schema
grows by append-only, numbered migrations (`MIGRATIONS`); a file records which it has.
"""

from __future__ import annotations

import logging
import queue
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from rung.types import Trace

logger = logging.getLogger("rung.log")
RECENT_IDS = 100_000
LINGER = 0.02  # seconds the writer waits after a batch

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
    """
    ALTER TABLE requests ADD COLUMN escalated INTEGER;
    ALTER TABLE requests ADD COLUMN cost REAL NOT NULL DEFAULT 0;
    ALTER TABLE calls ADD COLUMN cost REAL NOT NULL DEFAULT 0;
    CREATE TABLE feedback (
        id INTEGER PRIMARY KEY,
        request_id TEXT NOT NULL,
        time REAL NOT NULL,
        name TEXT NOT NULL,
        value REAL NOT NULL,
        raw TEXT
    );
    CREATE INDEX feedback_request ON feedback(request_id);
    """,
    "ALTER TABLE requests ADD COLUMN cache TEXT;",
    """
    CREATE TABLE audit (
        request_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        backend TEXT NOT NULL,
        residency TEXT,
        policy TEXT,
        action TEXT,
        kinds TEXT,
        sent_sha256 TEXT,
        raw_values TEXT,
        PRIMARY KEY (request_id, seq)
    );
    """,
    """
    ALTER TABLE requests ADD COLUMN variant TEXT;
    ALTER TABLE requests ADD COLUMN parent_id TEXT;
    """,
    "ALTER TABLE requests ADD COLUMN prompt TEXT;",
]
REQUEST_COLUMNS = (
    "id, time, route, pattern, stream, status, error, latency_ms, answered_by, decisions,"
    " escalated, cost, cache, variant, parent_id, prompt"
)
CALL_COLUMNS = (
    "request_id, seq, backend, model, latency_ms, ttft_ms, prompt_tokens, completion_tokens,"
    " status, error, cost"
)


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
    parent_id: str | None = None  # a shadow run's primary request
    prompt: str | None = None  # the last user turn, only with `log: {prompts: true}`


@dataclass(slots=True)
class Feedback:
    """A quality signal about one request: a name ("thumbs", "tests_passed", ...) and a value
    as a number (thumbs up and true are 1, down and false 0), with what the client sent."""

    request_id: str
    name: str
    value: float
    raw: str
    time: float


REQUEST_INSERT = f"INSERT OR REPLACE INTO requests ({REQUEST_COLUMNS}) VALUES ({'?,' * 15}?)"
CALL_INSERT = f"INSERT OR REPLACE INTO calls ({CALL_COLUMNS}) VALUES ({'?,' * 10}?)"
AUDIT_INSERT = "INSERT OR REPLACE INTO audit VALUES (?,?,?,?,?,?,?,?,?)"
FEEDBACK_INSERT = "INSERT INTO feedback (request_id, time, name, value, raw) VALUES (?,?,?,?,?)"
Item = RequestRecord | Feedback | threading.Event | None


def _audit_rows(record: RequestRecord) -> list[tuple[Any, ...]]:
    def dumps(value: Any) -> str | None:
        return None if value is None else orjson.dumps(value).decode()

    return [
        (record.id, seq, a["backend"], a["residency"], a["policy"], a["action"],
         dumps(a["kinds"]), a["sent_sha256"], dumps(a.get("values")))
        for seq, a in enumerate(record.trace.audits)
    ]  # fmt: skip


def _feedback_row(feedback: Feedback) -> tuple[Any, ...]:
    return (feedback.request_id, feedback.time, feedback.name, feedback.value, feedback.raw)


def connect(path: Path) -> sqlite3.Connection:
    """Open the log file, creating it and applying any migrations it lacks."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")  # WAL stays consistent; no fsync per commit
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
        {"step": d.step, "outcome": d.outcome, "reason": d.reason, "kind": d.kind,
         "code": d.code, "subject": d.subject}
        for d in trace.decisions
    ]  # fmt: skip
    request = (
        record.id, record.time, record.route, record.pattern, int(record.stream), record.status,
        record.error, record.latency_ms, trace.answered_by or None,
        orjson.dumps(decisions).decode() if decisions else None,
        None if trace.escalated is None else int(trace.escalated), sum(c.cost for c in trace.calls),
        trace.cache, trace.variant, record.parent_id, record.prompt,
    )  # fmt: skip
    calls = [
        (record.id, seq, c.backend, c.model, c.latency_ms, c.ttft_ms, c.prompt_tokens,
         c.completion_tokens, c.status, c.error, c.cost)
        for seq, c in enumerate(trace.calls)
    ]  # fmt: skip
    return request, calls


class RequestLog:
    """Writes request records to SQLite from a background thread.

    Each of `hooks` sees every request record in that thread, before it is written (pricing
    and metrics run there, off the request path). With no `path`, nothing is written, but the
    hooks still run.
    """

    def __init__(
        self,
        path: Path | None,
        hooks: Sequence[Callable[[RequestRecord], None]] = (),
        batch: int = 200,
    ) -> None:
        self.path = path
        self.hooks = list(hooks)
        self.batch = batch
        self._queue: queue.SimpleQueue[Item] = queue.SimpleQueue()
        self._recent: dict[str, None] = {}  # ids written lately, oldest first
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            if self.path is not None:
                connect(self.path).close()  # fail at start-up, not on the first request
            self._thread = threading.Thread(target=self._run, name="rung-log", daemon=True)
            self._thread.start()

    def write(self, record: RequestRecord | Feedback) -> None:
        if isinstance(record, RequestRecord):
            self._recent[record.id] = None
            if len(self._recent) > RECENT_IDS:
                self._recent.pop(next(iter(self._recent)))
        self._queue.put(record)

    def known(self, request_id: str) -> bool:
        """Whether a request with this id was logged (recent ones without touching the file)."""
        if request_id in self._recent:
            return True
        if self.path is None:
            return False
        db = connect(self.path)
        try:
            return (
                db.execute("SELECT 1 FROM requests WHERE id = ?", (request_id,)).fetchone()
                is not None
            )
        finally:
            db.close()

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
        db = connect(self.path) if self.path is not None else None
        try:
            while True:
                records, marker = self._drain()
                self._run_hooks(records)
                if records and db is not None:
                    self._insert(db, records)
                if isinstance(marker, threading.Event):
                    marker.set()
                elif marker is None:
                    return
                elif records:
                    time.sleep(LINGER)  # let the next batch gather: fewer, larger writes
        finally:
            if db is not None:
                db.close()

    def _run_hooks(self, records: list[RequestRecord | Feedback]) -> None:
        for record in records:
            if not isinstance(record, RequestRecord):
                continue
            for hook in self.hooks:
                try:
                    hook(record)
                except Exception:
                    logger.exception("a request-log hook failed on %s", record.id)

    def _drain(self) -> tuple[list[RequestRecord | Feedback], threading.Event | bool | None]:
        """A batch of records, and what ended it: a flush marker, None to stop, or False."""
        records: list[RequestRecord | Feedback] = []
        item = self._queue.get()
        while isinstance(item, RequestRecord | Feedback):
            records.append(item)
            if len(records) >= self.batch:
                return records, False
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return records, False
        return records, item

    def _insert(self, db: sqlite3.Connection, records: list[RequestRecord | Feedback]) -> None:
        try:
            with _transaction(db):
                for record in records:
                    if isinstance(record, Feedback):
                        db.execute(FEEDBACK_INSERT, _feedback_row(record))
                        continue
                    request, calls = _rows(record)
                    db.execute(REQUEST_INSERT, request)
                    db.executemany(CALL_INSERT, calls)
                    db.executemany(AUDIT_INSERT, _audit_rows(record))
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
    """The newest requests with their calls, newest first (the file opened read-only)."""
    from rung.telemetry.readonly import open_readonly

    db = open_readonly(path)
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
