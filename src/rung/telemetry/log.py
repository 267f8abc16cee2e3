"""The request log: one row per request, one per backend call, in a SQLite file.

Rows are written by one background thread in batches, never on the request path. The schema
grows by append-only, numbered migrations (`MIGRATIONS`); a file records which it has.
"""

from __future__ import annotations

import functools
import itertools
import logging
import os
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
BATCH = 5_000  # the most records one transaction takes
LINGER = 0.02  # seconds the writer waits after a small batch, when it is not behind
BACKLOG = 20_000  # records queued in memory (~8 s at 2,400 req/s); past it, spill
SPILL_SUFFIX = ".spill.jsonl"

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
    """
    CREATE TABLE teams (
        name TEXT PRIMARY KEY,
        rpm INTEGER,
        tpm INTEGER,
        budget REAL,
        period TEXT NOT NULL DEFAULT 'month',
        privacy TEXT,
        created REAL NOT NULL,
        updated REAL NOT NULL
    );
    CREATE TABLE keys (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE,
        team TEXT,
        routes TEXT,
        rpm INTEGER,
        tpm INTEGER,
        budget REAL,
        period TEXT NOT NULL DEFAULT 'month',
        privacy TEXT,
        request_tests INTEGER NOT NULL DEFAULT 0,
        expires REAL,
        revoked REAL,
        created REAL NOT NULL,
        updated REAL NOT NULL
    );
    ALTER TABLE requests ADD COLUMN key_id TEXT;
    ALTER TABLE requests ADD COLUMN key_name TEXT;
    ALTER TABLE requests ADD COLUMN team TEXT;
    """,
]
REQUEST_COLUMNS = (
    "id, time, route, pattern, stream, status, error, latency_ms, answered_by, decisions,"
    " escalated, cost, cache, variant, parent_id, prompt, key_id, key_name, team"
)
CALL_COLUMNS = (
    "request_id, seq, backend, model, latency_ms, ttft_ms, prompt_tokens, completion_tokens,"
    " status, error, cost"
)
AUDIT_COLUMNS = (
    "request_id, seq, backend, residency, policy, action, kinds, sent_sha256, raw_values"
)
FEEDBACK_COLUMNS = "request_id, time, name, value, raw"


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
    key_id: str | None = None  # who called (rung.keys): the key's id, never the key
    key_name: str | None = None
    team: str | None = None
    admission: Any = None  # what rung.limits admitted (settled after pricing); not stored


@dataclass(slots=True)
class Feedback:
    """A quality signal about one request: a name ("thumbs", "tests_passed", ...) and a value
    as a number (thumbs up and true are 1, down and false 0), with what the client sent."""

    request_id: str
    name: str
    value: float
    raw: str
    time: float


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


_UMASK = threading.Lock()


@contextmanager
def _private_files() -> Iterator[None]:
    """Files and directories created inside are for this user only. The umask is the
    process's, so it is held briefly (and only ever narrowed)."""
    with _UMASK:
        before = os.umask(0o077)
        try:
            yield
        finally:
            os.umask(before)


def connect(path: Path) -> sqlite3.Connection:
    """Open the log file, creating it and applying any migrations it lacks.

    The file, its -wal and -shm, and any directory created for it are private (0600 / 0700).
    """
    with _private_files():
        path.parent.mkdir(parents=True, exist_ok=True)
        for name in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm"))):
            if name.exists() and name.stat().st_mode & 0o077:
                name.chmod(0o600)  # made by an older rung
        db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        _migrate(db)
    return db


def _migrate(db: sqlite3.Connection) -> None:
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
        trace.cache, trace.variant, record.parent_id, record.prompt, record.key_id,
        record.key_name, record.team,
    )  # fmt: skip
    calls = [
        (record.id, seq, c.backend, c.model, c.latency_ms, c.ttft_ms, c.prompt_tokens,
         c.completion_tokens, c.status, c.error, c.cost)
        for seq, c in enumerate(trace.calls)
    ]  # fmt: skip
    return request, calls


class RequestLog:
    """Writes request records to SQLite from a background thread.

    Each of `hooks` sees every request record once, before it is written (pricing and metrics
    run in the log's thread, off the request path). With no `path`, nothing is written, but
    the hooks still run.

    The writer takes whatever is queued (up to `batch` records) and inserts it in one
    transaction, up to 512 rows per INSERT statement. Each statement lets go of the GIL once;
    with `executemany` every row did, and each hand-back waited up to the switch interval
    for the busy event loop (1,400 rows/s against one spinning thread, 316,000 without).

    Nothing is dropped silently. Past `backlog` queued records, or when the database cannot
    take a batch (locked, full, gone), rows go to a private JSONL file beside the log
    (`<log>.spill.jsonl`, 0600), replayed in one transaction when the writer has caught up,
    on `flush`, on `close` and on the next start.
    `close` drains everything queued and spilled, however long it takes. Only a row the
    schema itself refuses is lost, alone and with an error in the log.

    Why spill rather than backpressure: `write` is called on the event loop, so blocking it
    would stall every request (and /health) behind the disk; a spilled record costs the
    caller its hooks and one append instead, and is written once the database keeps up.
    """

    def __init__(
        self,
        path: Path | None,
        hooks: Sequence[Callable[[RequestRecord], None]] = (),
        batch: int = BATCH,
        backlog: int = BACKLOG,
    ) -> None:
        self.path = path
        self.hooks = list(hooks)
        self.batch = batch
        self.backlog = backlog
        self.spill = None if path is None else Spill(path.with_name(path.name + SPILL_SUFFIX))
        self._queue: queue.SimpleQueue[Item] = queue.SimpleQueue()
        self._recent: dict[str, None] = {}  # ids written lately, oldest first
        self._thread: threading.Thread | None = None
        self._closed = False

    def start(self) -> None:
        if self._thread is None:
            if self.path is not None:
                connect(self.path).close()  # fail at start-up, not on the first request
            self._closed = False
            self._thread = threading.Thread(target=self._run, name="rung-log", daemon=True)
            self._thread.start()

    def write(self, record: RequestRecord | Feedback) -> None:
        if isinstance(record, RequestRecord):
            self._recent[record.id] = None
            if len(self._recent) > RECENT_IDS:
                self._recent.pop(next(iter(self._recent)))
        if self._closed or self._queue.qsize() >= self.backlog:
            self._overflow(record)
            return
        self._queue.put(record)

    def _overflow(self, record: RequestRecord | Feedback) -> None:
        """Past the backlog (or after `close`): hooks here, rows to the spill file."""
        self._run_hooks([record])
        if self.spill is not None:
            self.spill.append(_batch_rows([record]))

    @property
    def backlog_size(self) -> int:
        """Records queued and not yet taken by the writer."""
        return self._queue.qsize()

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
        """Wait until every record written so far is in the file (spilled ones too)."""
        if self._thread is None:
            return True
        done = threading.Event()
        self._queue.put(done)
        return done.wait(timeout)

    def close(self) -> None:
        """Write everything queued, then stop the writer. No cut-off: a record still queued
        here would be a row lost (a slow disk is reported every 10 s, not abandoned)."""
        if self._thread is None:
            return
        self._closed = True  # from now on records spill: nothing lands behind the stop marker
        self._queue.put(None)
        while True:
            self._thread.join(timeout=10)
            if not self._thread.is_alive():
                break
            logger.warning("the request log is still writing (%d queued)", self.backlog_size)
        self._thread = None

    def _run(self) -> None:
        db = connect(self.path) if self.path is not None else None
        try:
            self._replay(db)
            while True:
                records, marker = self._drain()
                self._run_hooks(records)
                if records:
                    self._store(db, _batch_rows(records))
                if marker is False and self._queue.qsize() == 0:
                    self._replay(db)  # caught up: take back what was spilled
                    if len(records) < self.batch:
                        time.sleep(LINGER)  # not behind: let the next batch gather (fewer,
                        # larger transactions, less time holding the GIL from the event loop)
                elif isinstance(marker, threading.Event):
                    self._replay(db)
                    marker.set()
                elif marker is None:
                    self._replay(db)  # shut down with the log complete
                    return
        finally:
            if db is not None:
                db.close()

    def _run_hooks(self, records: Sequence[RequestRecord | Feedback]) -> None:
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

    def _store(self, db: sqlite3.Connection | None, rows: Rows) -> None:
        if db is None or self.spill is None:
            return
        try:
            _insert(db, rows)
        except DATA_ERRORS:  # one row the schema refuses must not take its batch with it
            for table, table_rows in rows.items():
                for row in table_rows:
                    self._store_one(db, table, row)
        except sqlite3.Error:  # locked, full, gone: the rows wait in the spill file
            logger.exception("could not write to %s; spilling %d rows", self.path, _count(rows))
            self.spill.append(rows)

    def _store_one(self, db: sqlite3.Connection, table: str, row: Any) -> None:
        assert self.spill is not None
        try:
            _insert(db, {table: [row]})
        except DATA_ERRORS:
            logger.exception("LOST a %s row of %s: the log refuses it", table, row[0])
        except sqlite3.Error:
            self.spill.append({table: [row]})

    def _replay(self, db: sqlite3.Connection | None) -> None:
        if db is None or self.spill is None or not self.spill.pending:
            return
        try:
            count = self.spill.replay(db)
        except (sqlite3.Error, OSError):
            logger.exception("could not replay %s; kept for the next try", self.spill.path)
            return
        logger.info("replayed %d spilled batches into %s", count, self.path)


Rows = dict[str, list[Any]]  # table -> its rows, each a tuple (a list once read back)


TABLES = {  # table -> the start of its INSERT and its number of columns
    "requests": (f"INSERT OR REPLACE INTO requests ({REQUEST_COLUMNS})", REQUEST_COLUMNS),
    "calls": (f"INSERT OR REPLACE INTO calls ({CALL_COLUMNS})", CALL_COLUMNS),
    "audit": (f"INSERT OR REPLACE INTO audit ({AUDIT_COLUMNS})", AUDIT_COLUMNS),
    "feedback": (f"INSERT INTO feedback ({FEEDBACK_COLUMNS})", FEEDBACK_COLUMNS),
}
DATA_ERRORS = (sqlite3.IntegrityError, sqlite3.InterfaceError, sqlite3.ProgrammingError)
MAX_ROWS = 512  # rows in one INSERT statement (fewer if SQLite allows fewer variables)


@functools.cache
def _values(table: str, rows: int) -> str:
    head, columns = TABLES[table]
    one = "(" + ",".join("?" * (columns.count(",") + 1)) + ")"
    return f"{head} VALUES {','.join([one] * rows)}"


def _batch_rows(records: Sequence[RequestRecord | Feedback]) -> Rows:
    rows: Rows = {table: [] for table in TABLES}
    for record in records:
        try:
            if isinstance(record, Feedback):
                rows["feedback"].append(_feedback_row(record))
                continue
            request, calls = _rows(record)
            audits = _audit_rows(record)
        except Exception:  # a record that cannot become rows: say so, keep the others
            logger.exception("LOST the log record of %s: cannot turn it into rows", record)
            continue
        rows["requests"].append(request)
        rows["calls"].extend(calls)
        rows["audit"].extend(audits)
    return rows


def _insert(db: sqlite3.Connection, rows: Rows) -> None:
    with _transaction(db):
        _insert_tables(db, rows)


def _insert_tables(db: sqlite3.Connection, rows: Rows) -> None:
    """Many rows per statement: each statement lets go of the GIL once, not once a row."""
    limit = db.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    for table, (_, columns) in TABLES.items():
        pending = rows.get(table) or []
        most = min(MAX_ROWS, limit // (columns.count(",") + 1))
        start = 0
        while start < len(pending):
            size = min(most, 1 << (len(pending) - start).bit_length() - 1)  # a power of two
            part = pending[start : start + size]
            db.execute(_values(table, size), list(itertools.chain.from_iterable(part)))
            start += size


class Spill:
    """Batches of rows the database has not taken yet, one JSON object per line, in a file
    only this user can read. Appends come from any thread; replay from the writer's."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.replaying = path.with_name(path.name + ".replaying")
        self._lock = threading.Lock()
        self.pending = path.exists() or self.replaying.exists()

    def append(self, rows: Rows) -> None:
        line = orjson.dumps(rows) + b"\n"
        with self._lock:
            try:
                self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
                try:
                    view = memoryview(line)
                    while view:
                        view = view[os.write(fd, view) :]
                finally:
                    os.close(fd)
            except OSError:
                logger.exception("LOST %d log rows: cannot spill to %s", _count(rows), self.path)
                return
            self.pending = True

    def replay(self, db: sqlite3.Connection) -> int:
        """Insert every spilled batch in one transaction (so a failed replay can be retried
        whole), then delete the file. The number of batches."""
        with self._lock:
            if self.path.exists() and not self.replaying.exists():
                os.replace(self.path, self.replaying)
            self.pending = self.path.exists()
        if not self.replaying.exists():
            return 0
        count = 0
        try:
            with _transaction(db), self.replaying.open("rb") as lines:
                for line in lines:
                    if line.endswith(b"\n"):  # a last line cut short by a crash has no rows
                        count += _replay_line(db, line)
        except BaseException:
            self.pending = True
            raise
        self.replaying.unlink(missing_ok=True)
        return count


def _replay_line(db: sqlite3.Connection, line: bytes) -> int:
    db.execute("SAVEPOINT line")
    try:
        _insert_tables(db, orjson.loads(line))
    except (*DATA_ERRORS, ValueError):
        db.execute("ROLLBACK TO line")
        logger.exception("LOST a spilled batch the log refuses: %.200r", line)
        return 0
    finally:
        db.execute("RELEASE line")
    return 1


def _count(rows: Rows) -> int:
    return sum(len(table_rows) for table_rows in rows.values())


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
