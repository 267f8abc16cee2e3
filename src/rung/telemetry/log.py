"""The request log: one row per request, one per backend call, in a SQLite file or a
PostgreSQL database (`rung.telemetry.logstore`).

Rows are written by one background thread in batches, never on the request path. The schema
grows by append-only, numbered migrations (`MIGRATIONS`); a log records which it has.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from rung.telemetry.logstore import (
    Database,
    Rows,
    Target,
    count,
    describe,
    is_url,
    open_database,
    open_reader,
    open_store,
    spill_base,
)
from rung.telemetry.logstore import journal as journals
from rung.telemetry.logstore.base import merged
from rung.telemetry.logstore.journal import Journal
from rung.telemetry.logstore.schema import (  # noqa: F401  # re-exported: their old home
    AUDIT_COLUMNS,
    CALL_COLUMNS,
    FEEDBACK_COLUMNS,
    MIGRATIONS,
    REQUEST_COLUMNS,
    TABLES,
)
from rung.telemetry.logstore.spill import Spill
from rung.telemetry.logstore.sqlite import connect  # noqa: F401  # re-exported
from rung.types import Trace

logger = logging.getLogger("rung.log")
RECENT_IDS = 100_000
BATCH = 5_000  # the most records one transaction takes
FLUSH_ROWS = 1_000  # a batch is written once this many records wait ...
FLUSH_MS = 100.0  # ... or this long after its first one, whichever comes first
BACKLOG = 20_000  # records queued in memory (~8 s at 2,400 req/s); past it, spill
HOLD = 50_000  # rows held in memory while the store is down; past it, spill them
RETRY = 1.0  # seconds between tries of a store that is down
SCAN = 5.0  # seconds between looks for a dead process's spill files and journal
SPILL_SUFFIX = ".spill.jsonl"


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
    uid: str = field(default_factory=lambda: uuid.uuid4().hex)  # its row's unique key


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
    return (feedback.request_id, feedback.time, feedback.name, feedback.value, feedback.raw,
            feedback.uid)  # fmt: skip


def _finish_reason(trace: Trace) -> str | None:
    """Why the answer the client got ended: the finish reason of the call that answered."""
    for call in reversed(trace.calls):
        if call.status == "ok" and (not trace.answered_by or call.backend == trace.answered_by):
            return call.finish_reason
    return None


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
        record.key_name, record.team, _finish_reason(trace),
    )  # fmt: skip
    calls = [
        (record.id, seq, c.backend, c.model, c.latency_ms, c.ttft_ms, c.prompt_tokens,
         c.completion_tokens, c.status, c.error, c.cost, c.finish_reason)
        for seq, c in enumerate(trace.calls)
    ]  # fmt: skip
    return request, calls


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


class RequestLog:
    """Writes request records to the log (SQLite or PostgreSQL) from a background thread.

    Each of `hooks` sees every request record once, before it is written (pricing and metrics
    run in the log's thread, off the request path). With no `target`, nothing is written, but
    the hooks still run.

    The writer gathers records until `flush_rows` wait or `flush_ms` have passed since the
    first of them, whichever comes first (at once for `flush` and `close`), and writes them
    in one transaction (`rung.telemetry.logstore`: multi-row INSERTs into SQLite, one
    statement into PostgreSQL): at low load too a batch holds many requests, so the writer
    pays its per-batch cost (a commit, a round trip) rarely. The journal keeps the rows
    that wait safe from a kill meanwhile.

    Nothing is dropped silently. When the store cannot take a batch (down, locked, full),
    the writer says so once, keeps the rows in memory up to `hold` rows, and past that
    appends them to a private, fsynced JSONL spill file (`logstore.spill`); it tries the
    store again every `RETRY` seconds and, when it answers, writes the spill file and then
    the held rows, oldest first, and says so once. `flush` and `close` write what waits, or
    spill it when the store is still down (the next start replays it). Past `backlog`
    queued records (the writer behind), records spill from the caller's thread. Only a row
    the schema itself refuses is lost, alone and with an error in the log.

    Why spill rather than backpressure: `write` is called on the event loop, so blocking it
    would stall every request (and /health) behind the disk; a spilled record costs the
    caller its hooks and one append instead, and is written once the store keeps up.
    """

    def __init__(
        self,
        path: Target | None,
        hooks: Sequence[Callable[[RequestRecord], None]] = (),
        batch: int = BATCH,
        backlog: int = BACKLOG,
        hold: int = HOLD,
        journal: bool | str = True,
        prepare: Sequence[Callable[[RequestRecord], None]] = (),
        flush_rows: int = FLUSH_ROWS,
        flush_ms: float = FLUSH_MS,
    ) -> None:
        self.path = path  # a SQLite file or a postgresql:// URL (a "target")
        self.hooks = list(hooks)
        self.prepare = list(prepare)  # hooks that may run twice: before the journal, and here
        self.journaling = journal if path is not None else False  # True, False or "fsync"
        self._journal: Journal | None = None
        self._leftovers: list[Path] = []  # journal files of a dead process in this one's slot
        self._scan_at = 0.0
        self.batch, self.backlog, self.hold = batch, backlog, hold
        self.flush_rows, self.linger = max(1, min(flush_rows, batch)), flush_ms / 1000
        self._hurry = threading.Event()  # write the batch now (enough rows, flush, close)
        self._queued = 0  # records ever put in the queue (by `write`)
        self._taken = 0  # ... and taken by the writer in batches before the one it gathers
        self._spill: Spill | None = None
        self._spill_lock = threading.Lock()
        self._queue: queue.SimpleQueue[Item] = queue.SimpleQueue()
        self._recent: dict[str, None] = {}  # ids written lately, oldest first
        self._thread: threading.Thread | None = None
        self._closed = False
        self._db: Database | None = None  # the writer thread's; None while the store is down
        self._held: list[Rows] = []  # batches the store could not take yet, oldest first
        self._held_rows = 0
        self._held_ids: list[str] = []  # the requests whose rows are held (in the journal)
        self._down_since: float | None = None
        self._retry_at = 0.0
        self._orphans: list[Spill] = []

    @property
    def spill(self) -> Spill | None:
        """This process's spill file (its slot is claimed on first use)."""
        if self.path is None:
            return None
        with self._spill_lock:
            if self._spill is None:
                self._spill = Spill.claim(spill_base(self.path))
            return self._spill

    def start(self) -> None:
        if self._thread is None:
            if self.path is not None:
                self._check_store()
                self._open_journal()
            self._closed = False
            self._thread = threading.Thread(target=self._run, name="rung-log", daemon=True)
            self._thread.start()

    def _check_store(self) -> None:
        """Fail at start-up on a bad SQLite file; a database that is down is only said."""
        assert self.path is not None
        try:
            self._db = open_database(self.path)
        except Exception as exc:
            if not is_url(self.path):
                raise
            self._went_down(exc)

    def _open_journal(self) -> None:
        spill = self.spill
        if not self.journaling or spill is None or self._journal is not None:
            return
        if spill.lock is None:
            logger.warning("no free spill slot beside %s: the log journal is off", spill.base)
            return
        self._journal = Journal(spill.path, fsync=self.journaling == "fsync")
        self._leftovers = self._journal.leftovers

    def journal(self, record: RequestRecord) -> None:
        """Append the request's row to this process's journal now (before the client sees
        the end of its answer), so a kill before the writer commits it loses nothing. The
        `prepare` hooks run first (scrubbing: no secret reaches the disk). Once per request;
        `write` does it for a request not journaled yet."""
        journal = self._journal
        if journal is None or record.id in journal:
            return
        for hook in self.prepare:
            try:
                hook(record)
            except Exception:
                logger.exception("a request-log hook failed on %s", record.id)
        journal.append(record.id, _batch_rows([record]))

    def write(self, record: RequestRecord | Feedback) -> None:
        if isinstance(record, RequestRecord):
            self._recent[record.id] = None
            if len(self._recent) > RECENT_IDS:
                self._recent.pop(next(iter(self._recent)))
            self.journal(record)
        elif self._journal is not None:  # feedback: its uid makes the journal copy unique
            self._journal.append(record.uid, _batch_rows([record]))
        queued = self._queue.qsize()
        if self._closed or queued >= self.backlog:
            self._overflow(record)
            return
        self._queue.put(record)
        self._queued += 1
        if self._queued - self._taken >= self.flush_rows:  # the batch gathering is full
            self._hurry.set()

    def _overflow(self, record: RequestRecord | Feedback) -> None:
        """Past the backlog (or after `close`): hooks here, rows to the spill file."""
        self._run_hooks([record])
        spill = self.spill
        if spill is not None:
            spill.append(_batch_rows([record]))
        self._settled(_ids([record]))

    @property
    def backlog_size(self) -> int:
        """Records queued and not yet taken by the writer."""
        return self._queue.qsize()

    @property
    def held_rows(self) -> int:
        """Rows the store could not take yet, held in memory (not counting spilled ones)."""
        return self._held_rows

    def known(self, request_id: str) -> bool:
        """Whether a request with this id was logged (recent ones without touching the store)."""
        if request_id in self._recent:
            return True
        if self.path is None:
            return False
        try:
            db = open_store(self.path)
        except Exception:
            if not is_url(self.path):
                raise
            return True  # the database is down: take the feedback (it waits with the rows)
        try:
            row = db.execute("SELECT 1 FROM requests WHERE id = ?", (request_id,)).fetchone()
            return row is not None
        finally:
            db.close()

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until every record written so far is in the store, or (the store down) in
        the spill file."""
        if self._thread is None:
            return True
        done = threading.Event()
        self._queue.put(done)
        self._hurry.set()
        return done.wait(timeout)

    def close(self) -> None:
        """Write everything queued, then stop the writer. No cut-off: a record still queued
        here would be a row lost (a slow disk is reported every 10 s, not abandoned)."""
        if self._thread is None:
            return
        self._closed = True  # from now on records spill: nothing lands behind the stop marker
        self._queue.put(None)
        self._hurry.set()
        while True:
            self._thread.join(timeout=10)
            if not self._thread.is_alive():
                break
            logger.warning("the request log is still writing (%d queued)", self.backlog_size)
        self._thread = None
        if self._journal is not None:
            self._journal.close()  # every row is in the store or spilled now
            self._journal = None
        if self._spill is not None:
            self._spill.release()  # the next process on this log takes the slot

    def _run(self) -> None:
        try:
            self._scan()
            self._catch_up(force=True)
            while True:
                records, marker = self._drain()
                self._run_hooks(records)
                if records:
                    self._store(_batch_rows(records), _ids(records))
                if marker is False and self._queue.qsize() == 0:
                    self._scan()
                    self._catch_up()
                elif marker is None or isinstance(marker, threading.Event):
                    self._catch_up(force=True)
                    self._secure()  # what the store did not take is on disk now
                    if marker is None:
                        return
                    marker.set()
        finally:
            if self._db is not None:
                self._db.close()
                self._db = None

    def _scan(self) -> None:
        """Take the spill slots of processes that died (their rows go first, by `_catch_up`),
        at start and every `SCAN` seconds."""
        if self.path is None or time.monotonic() < self._scan_at:
            return
        self._scan_at = time.monotonic() + SCAN
        spill = self.spill
        if spill is not None:
            self._orphans.extend(spill.orphans())

    def _settled(self, request_ids: list[str]) -> None:
        """These requests' rows are in the store or the spill file: out of the journal."""
        if self._journal is not None and request_ids:
            self._journal.done(request_ids)

    def _run_hooks(self, records: Sequence[RequestRecord | Feedback]) -> None:
        for record in records:
            if not isinstance(record, RequestRecord):
                continue
            for hook in (*self.prepare, *self.hooks):
                try:
                    hook(record)
                except Exception:
                    logger.exception("a request-log hook failed on %s", record.id)

    def _drain(self) -> tuple[list[RequestRecord | Feedback], threading.Event | bool | None]:
        """A batch of records, and what ended it: a flush marker, None to stop, or False
        (`flush_rows` records, `batch` at most, or `flush_ms` after the first one)."""
        records, marker = self._gather()
        self._taken += len(records)
        return records, marker

    def _gather(self) -> tuple[list[RequestRecord | Feedback], threading.Event | bool | None]:
        records: list[RequestRecord | Feedback] = []
        self._hurry.clear()  # set for records taken already, or for a marker still queued
        item: Item | bool = self._queue.get()
        deadline = time.monotonic() + self.linger
        while True:
            while isinstance(item, RequestRecord | Feedback):
                records.append(item)
                if len(records) >= self.batch:
                    return records, False
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    item = False
            if item is not False:
                return records, item  # a marker: write now
            wait = deadline - time.monotonic()
            if len(records) >= self.flush_rows or wait <= 0:
                return records, False
            if self._hurry.wait(wait):
                self._hurry.clear()  # then look again: what set it is queued already
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return records, False

    # ---- the store, and what waits for it (the writer's thread only) ---------------------

    def _database(self, force: bool = False) -> Database | None:
        """The open store; None while it is down and not yet due for another try."""
        if self._db is None and self.path is not None:
            if not force and time.monotonic() < self._retry_at:
                return None
            try:
                self._db = open_database(self.path)
            except Exception as exc:  # each store's own errors; all mean "not now"
                self._went_down(exc)
        return self._db

    def _went_down(self, exc: BaseException) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
        self._retry_at = time.monotonic() + RETRY
        if self._down_since is None:  # said once per outage
            self._down_since = time.monotonic()
            logger.error(
                "the request log at %s cannot take rows (%s: %s); holding up to %d rows in "
                "memory, then spilling them to %s, retrying every %.0f s",
                describe(self.path or ""), type(exc).__name__, str(exc).strip()[:300],
                self.hold, self.spill.path if self.spill else "-", RETRY,
            )  # fmt: skip

    def _store(self, rows: Rows, ids: list[str]) -> None:
        if self.path is None:
            return
        if self._held or (self._spill is not None and self._spill.pending):
            self._catch_up()  # what waits goes first (the store is tried once it is due)
        db = None if self._held else self._database()  # still down: behind what waits
        if db is None:
            self._keep(rows, ids)
            return
        try:
            self._insert(db, rows)
        except db.errors as exc:
            self._went_down(exc)
            self._keep(rows, ids)
            return
        self._settled(ids)

    def _insert(self, db: Database, rows: Rows) -> None:
        try:
            db.insert(rows)
        except db.data_errors:  # one row the schema refuses must not take its batch with it
            for table, table_rows in rows.items():
                for row in table_rows:
                    try:
                        db.insert({table: [row]})
                    except db.data_errors:
                        logger.exception("LOST a %s row of %s: the log refuses it", table, row[0])

    def _keep(self, rows: Rows, ids: list[str]) -> None:
        """Hold rows the store cannot take; past `hold`, spill everything held."""
        self._held.append(rows)
        self._held_ids.extend(ids)
        self._held_rows += count(rows)
        if self._held_rows > self.hold:
            self._secure()

    def _secure(self) -> None:
        """Append every held batch to the spill file (fsynced), oldest first."""
        spill = self.spill
        if not self._held or spill is None:
            return
        spill.append(merged(self._held))
        self._forget_held()

    def _forget_held(self) -> None:
        """The held rows are in the store or spilled."""
        self._held.clear()
        self._held_rows = 0
        self._settled(self._held_ids)
        self._held_ids = []

    def _catch_up(self, force: bool = False) -> None:
        """Write what waits, oldest first: other processes' orphaned spill files, this one's,
        then the held batches. Stops at the first failure (the store is down again)."""
        spill = self._spill
        pending = spill is not None and spill.pending
        waiting = bool(self._held or self._orphans or self._leftovers) or pending
        if not waiting:
            return
        db = self._database(force)
        if db is None:
            return
        try:
            batches = self._replay_spills(db)
            if self._held:  # one transaction for all of them, oldest rows first
                self._insert(db, merged(self._held))
                self._forget_held()
        except db.errors as exc:
            self._went_down(exc)
            return
        except OSError:  # the spill file itself: kept for the next try
            logger.exception("could not replay a spill file of %s", describe(self.path or ""))
            return
        if self._down_since is not None:
            logger.warning(
                "the request log at %s takes rows again after %.0f s; replayed %d spilled "
                "batches", describe(self.path or ""), time.monotonic() - self._down_since,
                batches,
            )  # fmt: skip
            self._down_since = None
        elif batches:
            logger.info("replayed %d spilled batches into %s", batches, describe(self.path or ""))

    def _replay_spills(self, db: Database) -> int:
        """Dead processes' spill files, then their journals (a row already in the store
        stays); this slot's leftovers alike; then this process's own spill file."""
        batches = 0
        while self._orphans:
            orphan = self._orphans[0]
            batches += orphan.replay(db)
            self._replay_journal(db, journals.generations(orphan.path))
            orphan.release()
            self._orphans.pop(0)
        if self._spill is not None and self._spill.pending:
            batches += self._spill.replay(db)
        if self._leftovers:
            self._replay_journal(db, self._leftovers)
            self._leftovers = []
        return batches

    def _replay_journal(self, db: Database, paths: list[Path]) -> None:
        rows = journals.replay(db, paths)
        if paths:
            logger.warning(
                "replayed the journal of a process that died: %d rows from %s into %s",
                rows, ", ".join(p.name for p in paths), describe(self.path or ""),
            )  # fmt: skip


def _ids(records: Sequence[RequestRecord | Feedback]) -> list[str]:
    """The journal's keys of the records: a request's id, a feedback row's uid."""
    return [r.id if isinstance(r, RequestRecord) else r.uid for r in records]


def recent(path: Target, limit: int = 20) -> list[dict[str, Any]]:
    """The newest requests with their calls, newest first (the log opened to read only)."""
    db = open_reader(path)
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
