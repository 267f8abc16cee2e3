"""Rows the store has not taken yet, in a private JSONL file, fsynced, replayed in order.

Each writer process takes a numbered slot beside the log (`<name>.spill.jsonl`, then
`<name>.spill-1.jsonl`, ...) and holds an exclusive `flock` on its `.lock` file while it runs,
so two processes (`--workers`, or replicas sharing a directory) never replay the same file
twice. A slot left by a process that died is taken by the next one to start, and the writer
also replays every other unlocked slot it finds at start-up and every few seconds. The
same slot (and lock) holds the process's journal (`logstore.journal`).
"""

from __future__ import annotations

import fcntl
import logging
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import orjson

from rung.telemetry.logstore.base import Database, Rows, count
from rung.telemetry.logstore.schema import TABLES, padded

logger = logging.getLogger("rung.log")
SLOTS = 64


def slot_path(base: Path, slot: int) -> Path:
    suffix = ".spill.jsonl" if slot == 0 else f".spill-{slot}.jsonl"
    return base.with_name(base.name + suffix)


class Spill:
    """Batches of rows not yet in the store, one JSON object per line, in a file only this
    user can read. Appends come from any thread; replay from the writer's."""

    def __init__(self, path: Path, lock: IO[bytes] | None = None, base: Path | None = None) -> None:
        self.path = path
        self.base = base or path.with_name(path.name.split(".spill")[0])
        self.replaying = path.with_name(path.name + ".replaying")
        self.lock = lock  # held while this process owns the slot
        self._mutex = threading.Lock()
        self.pending = path.exists() or self.replaying.exists()

    @classmethod
    def claim(cls, base: Path) -> Spill:
        """The first slot beside `base` no other process holds (the last one if all are)."""
        with private_files():
            base.parent.mkdir(parents=True, exist_ok=True)
        for slot in range(SLOTS):
            lock = _try_lock(slot_path(base, slot))
            if lock is not None:
                return cls(slot_path(base, slot), lock, base)
        return cls(slot_path(base, SLOTS), None, base)

    def release(self) -> None:
        if self.lock is not None:
            self.lock.close()
            self.lock = None

    def orphans(self) -> Iterator[Spill]:
        """Other slots with rows in them (spilled or journaled) that no running process
        holds (taken one at a time; the caller releases each)."""
        try:
            names = set(os.listdir(self.base.parent))
        except FileNotFoundError:
            return
        for slot in range(SLOTS):
            path = slot_path(self.base, slot)
            if path == self.path:
                continue
            journaled = any(n.startswith(path.name + ".journal-") for n in names)
            if journaled or path.name in names or path.name + ".replaying" in names:
                lock = _try_lock(path)
                if lock is not None:
                    yield Spill(path, lock, self.base)

    def append(self, rows: Rows) -> None:
        line = orjson.dumps(rows) + b"\n"
        with self._mutex:
            try:
                self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
                try:
                    view = memoryview(line)
                    while view:
                        view = view[os.write(fd, view) :]
                    os.fsync(fd)
                finally:
                    os.close(fd)
            except OSError:
                logger.exception("LOST %d log rows: cannot spill to %s", count(rows), self.path)
                return
            self.pending = True

    def replay(self, db: Database) -> int:
        """Write every spilled batch in one transaction (so a failed replay is retried whole),
        then delete the file. The number of batches."""
        with self._mutex:
            if self.path.exists() and not self.replaying.exists():
                os.replace(self.path, self.replaying)
            self.pending = self.path.exists()
        if not self.replaying.exists():
            return 0
        try:
            with self.replaying.open("rb") as lines:
                written = db.replay(_batches(lines))
        except BaseException:
            self.pending = True
            raise
        self.replaying.unlink(missing_ok=True)
        return written


def _batches(lines: IO[bytes]) -> Iterator[Rows]:
    for line in lines:
        if not line.endswith(b"\n"):  # a last line cut short by a crash has no rows
            logger.warning("skipped a torn last line of the spill file %s", lines.name)
            continue
        try:
            rows = orjson.loads(line)
        except ValueError:
            logger.error("LOST a spilled line that is not JSON: %.200r", line)
            continue
        yield {t: [padded(t, r) for r in rs] if t in TABLES else rs for t, rs in rows.items()}


_UMASK = threading.Lock()


@contextmanager
def private_files() -> Iterator[None]:
    """Files and directories created inside are for this user only. The umask is the
    process's, so it is held briefly (and only ever narrowed)."""
    with _UMASK:
        before = os.umask(0o077)
        try:
            yield
        finally:
            os.umask(before)


def _try_lock(path: Path) -> IO[bytes] | None:
    lock_path = path.with_name(path.name + ".lock")
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    handle = os.fdopen(fd, "r+b")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        return None
    return handle
